"""The gazetteer names' index is cached with the compiled lexicon (despin/names_cache.py): read back, it is the
index built from the gazetteer files, and a changed gazetteer file is a new cache key."""

from __future__ import annotations

import os

import pytest

from conftest import TEST_LEXICON
from newsfix.despin import names_cache
from newsfix.despin.compile import compile_lexicon
from newsfix.despin.fuzzy import NameRestorer
from newsfix.despin.lexicon import Gazetteer
from newsfix.despin.protect import Spans
from newsfix.despin.tokens import TokenTable


def tables(names: NameRestorer) -> tuple:
    return names.known, names.offsets, names.placements


def restore(names: NameRestorer, text: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in names.edits(text, TokenTable(text), Spans(()))]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "newsfix"


def test_the_index_read_from_the_cache_is_the_one_built(cache_folder, monkeypatch):
    """The built-in gazetteers and lexicon: the first load builds the index and writes it, the second reads it
    (building is then refused) and gets the same tables as a NameRestorer built from the gazetteer."""
    lex = compile_lexicon()
    built = NameRestorer(Gazetteer.load(), lex.word_swaps)
    first = names_cache.load_names(None, lex)
    assert len(list(cache_folder.glob("names-*.marshal"))) == 1
    assert tables(first) == tables(built)

    def no_building(*args):
        raise AssertionError("built although the cache holds the index")

    monkeypatch.setattr(names_cache, "name_index", no_building)
    cached = names_cache.load_names(None, lex)
    assert tables(cached) == tables(built)
    assert [type(t) for t in tables(cached)] == [type(t) for t in tables(built)]
    assert cached.offsets.keys() == cached.placements.keys() and len(cached.placements) > 1000
    text = "Researchers at Brunel College of London said so."
    assert (
        restore(cached, text) == restore(built, text) == [("Brunel College of London", "Brunel University of London")]
    )


def test_a_changed_gazetteer_file_is_a_new_cache_key(cache_folder, tmp_path):
    """The key covers the gazetteer files' content: the same size and time but one letter changed, a file added, or
    another lexicon (its swaps) each make the index be built again, from the files as they now are."""
    lex = compile_lexicon([TEST_LEXICON], use_cache=False)
    lex.digest = "test-lexicon"  # compiled without the cache: a digest of its own
    folder = tmp_path / "lexicons"
    (folder / "gazetteers").mkdir(parents=True)
    names_file = folder / "gazetteers" / "names.txt"
    names_file.write_text("Brunel University of London\n", encoding="utf-8")
    text = "She works at Brunel College of London and Brunel College of Lisbon."
    assert restore(names_cache.load_names(folder, lex), text) == [
        ("Brunel College of London", "Brunel University of London")
    ]
    assert restore(names_cache.load_names(folder, lex), text)  # read back from the cache
    stat = names_file.stat()
    names_file.write_text("Brunel University of Lisbon\n", encoding="utf-8")  # as long as before
    os.utime(names_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert names_file.stat().st_size == stat.st_size
    assert restore(names_cache.load_names(folder, lex), text) == [
        ("Brunel College of Lisbon", "Brunel University of Lisbon")
    ]
    (folder / "gazetteers" / "more.txt").write_text("Brunel University of London\n", encoding="utf-8")
    assert len(restore(names_cache.load_names(folder, lex), text)) == 2
    assert len(list(cache_folder.glob("names-*.marshal"))) == 3
    lex.digest = "another-lexicon"
    names_cache.load_names(folder, lex)
    assert len(list(cache_folder.glob("names-*.marshal"))) == 4


def test_without_a_usable_cache_the_index_is_built(cache_folder, monkeypatch):
    """A lexicon without a digest, or no cache folder at all: built, as before, and nothing written."""
    lex = compile_lexicon([TEST_LEXICON], use_cache=False)
    built = tables(NameRestorer(Gazetteer.load(TEST_LEXICON), lex.word_swaps))
    lex.digest = ""
    assert tables(names_cache.load_names(TEST_LEXICON, lex)) == built
    lex.digest = "test-lexicon"
    monkeypatch.setattr(names_cache, "cache_dir", lambda: None)
    assert tables(names_cache.load_names(TEST_LEXICON, lex)) == built
    assert not list(cache_folder.parent.rglob("names-*"))


def test_an_unwritable_cache_only_costs_time(cache_folder, monkeypatch):
    lex = compile_lexicon([TEST_LEXICON], use_cache=False)
    lex.digest = "test-lexicon"

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(names_cache, "write_signed", refuse)
    built = tables(NameRestorer(Gazetteer.load(TEST_LEXICON), lex.word_swaps))
    assert tables(names_cache.load_names(TEST_LEXICON, lex)) == built


def test_a_signed_file_of_another_shape_is_built_again(cache_folder):
    """A names file signed with our key but not holding this digest's index (another format, another key's
    index, a truncated tuple, wrong tables) is not used: the index is built, and the file written again."""
    import marshal

    from newsfix.cache import write_signed

    lex = compile_lexicon([TEST_LEXICON], use_cache=False)
    lex.digest = "test-lexicon"
    built = tables(names_cache.load_names(TEST_LEXICON, lex))
    (path,) = cache_folder.glob("names-*.marshal")
    digest = path.name.removeprefix("names-").removesuffix(".marshal")
    for payload in [
        (names_cache.FORMAT + 1, digest, *built),
        (names_cache.FORMAT, "another", *built),
        (names_cache.FORMAT, digest),
        (names_cache.FORMAT, digest, *built[:3], {"word": ()}),
        (names_cache.FORMAT, digest, [], {}, {}, {}),
        [names_cache.FORMAT, digest, *built],
    ]:
        write_signed([(path, marshal.dumps(payload))], prefix=".t-")
        assert tables(names_cache.load_names(TEST_LEXICON, lex)) == built
        assert tables(names_cache.load_names(TEST_LEXICON, lex)) == built  # from the file written again
