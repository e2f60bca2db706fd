"""The compiled lexicon's cache files (despin/packed.py, issue 15's one-file start-up): what a start-up leaves
marshalled or unbuilt until a text needs it (form and entry rows, the follow-up and near-miss fields, the glued
fingerprint signs) gives back exactly what compiling gives, and a cache file that does not fit its layout, signed or
not, is refused and the lexicon compiled again."""

from __future__ import annotations

import marshal

import pytest

from conftest import TEST_LEXICON
from newsfix import cache
from newsfix.despin import compile as comp
from newsfix.despin import packed
from newsfix.despin.lexicon import LEXICON_FIELDS, LexiconSigns
from newsfix.despin.tokens import word_runs

HEAD = len(cache.MAGIC) + 32  # a signed cache file: MAGIC, the keyed digest, the payload
APART = ("near_miss_anchors", "scan_table")  # cached in files of their own (test_lexicon_files.py)


def _same_lexicon(got, want) -> None:
    for name in LEXICON_FIELDS:
        if name not in APART:
            assert getattr(got, name) == getattr(want, name), name
    assert got.glued_fingerprint_runs == want.glued_fingerprint_runs


def _signed(folder, data: bytes) -> bytes:
    """`data` signed with this cache folder's key, as `cache.write_signed` would write it."""
    key = (folder / "key").read_bytes()
    return cache.MAGIC + cache._mac(key, data) + data


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(comp, "_signs_read", {})  # as in a new process: the signs are read from their file
    return tmp_path / "newsfix"


def test_a_lexicon_read_from_the_cache_equals_the_compiled_one(cache_folder):
    """The built-in lexicon (thousands of forms, glued signs, follow-up keys): field by field, forms and entries
    made from their rows, the cold fields unmarshalled on first access, all equal to a fresh compile."""
    fresh = comp.compile_lexicon(use_cache=False)
    comp.compile_lexicon()  # compiles and writes the cache
    cached = comp.compile_lexicon()  # read from it
    assert isinstance(cached, packed.PackedLexicon)
    assert isinstance(cached.forms, packed.FormTable) and isinstance(cached.entries, packed.EntryTable)
    assert not set(packed.COLD) & cached.__dict__.keys()  # still one marshalled blob
    _same_lexicon(cached, fresh)
    assert set(packed.COLD) <= cached.__dict__.keys()  # unmarshalled by the first access, kept from then on
    assert "_cold" not in cached.__dict__
    assert len(cached.glued_fingerprint_runs) > 10_000 and not cached.fingerprint_runs & fresh.glued_fingerprint_runs


def test_the_glued_signs_stay_one_string_until_a_text_shows_no_other_sign(cache_folder):
    fresh = comp.compile_lexicon([TEST_LEXICON], use_cache=False)
    comp.compile_lexicon([TEST_LEXICON])
    signs = comp.load_signs([TEST_LEXICON])
    assert isinstance(signs._glued, str)
    assert signs.may_hold_fingerprint(word_runs("patients with persistent ache"))  # a pair: the glued set unneeded
    assert signs.may_hold_fingerprint(word_runs("understudies said so"))  # a one-run form
    assert isinstance(signs._glued, str)
    assert not signs.may_hold_fingerprint(word_runs("ocean temperatures rose"))  # every sign looked at
    assert isinstance(signs._glued, frozenset)
    assert signs.glued_runs == fresh.glued_fingerprint_runs == LexiconSigns.of(fresh).glued_runs
    assert "forpersistent" in signs.glued_runs
    # a glued form shows only its glued run: the set the fast path needs
    assert signs.may_hold_fingerprint(word_runs("then forpersistent ache here"))
    without = LexiconSigns(signs.digest, False, signs.fingerprint_runs, signs.fingerprint_pairs)
    assert not without.may_hold_fingerprint(word_runs("then forpersistent ache here"))


def test_rows_give_back_each_row_and_refuse_offsets_that_do_not_fit():
    rows = [("persistent", ("a", "b"), 1, frozenset({"n"})), (), ("é" * 300, None, True)]
    blob, ends = packed.Rows.pack(rows)
    got = packed.Rows(blob, ends)
    assert len(got) == 3 and [got[i] for i in range(3)] == rows
    for outside in (3, -1):
        with pytest.raises(IndexError):
            got[outside]
    assert len(packed.Rows(*packed.Rows.pack([]))) == 0
    with pytest.raises(ValueError):
        packed.Rows(blob + b"\0", ends)  # rows that do not fill their blob
    with pytest.raises(TypeError):
        packed.Rows(blob, ends[:-1])  # offsets cut short


def test_a_stale_or_tampered_lexicon_cache_file_is_refused_and_compiled_again(cache_folder, capsys):
    """Signed with this user's key but in another layout (the previous format's 8 tuples, rows that do not fill
    their blob, a field left out, cold fields that are not the expected ones), or changed after signing: the
    lexicon is compiled again, equal to a fresh compile, and its cache file written again."""
    fresh = comp.compile_lexicon([TEST_LEXICON], use_cache=False)
    comp.compile_lexicon([TEST_LEXICON])
    path = comp._cache_path(fresh.digest)
    good = path.read_bytes()
    fmt, digest, fields, cold, rows, row_ends, *rest = marshal.loads(good[HEAD:])
    assert fmt == packed.FORMAT == 2
    stale = {
        "format 1": (1, digest, fields, (), (), {}, {}, {}),
        "rows that do not fill their blob": (fmt, digest, fields, cold, rows + b"\0", row_ends, *rest),
        "a field left out": (
            fmt,
            digest,
            {k: v for k, v in fields.items() if k != "max_len"},
            cold,
            rows,
            row_ends,
            *rest,
        ),
    }
    for why, payload in stale.items():
        planted = _signed(path.parent, marshal.dumps(payload))
        path.write_bytes(planted)
        again = comp.compile_lexicon([TEST_LEXICON])
        _same_lexicon(again, fresh)
        assert path.read_bytes() != planted, why  # compiled and written again
    # changed after signing: refused by its digest, with a warning
    path.write_bytes(good[:HEAD] + marshal.dumps(stale["a field left out"]))
    _same_lexicon(comp.compile_lexicon([TEST_LEXICON]), fresh)
    assert "digest does not match" in capsys.readouterr().err
    # cold fields that are not the expected ones fail loudly on first use rather than match with wrong tables
    cached = comp.compile_lexicon([TEST_LEXICON])
    cached._cold = marshal.dumps({"fingerprint_keys": frozenset()})
    with pytest.raises(ValueError, match="cold fields"):
        cached.fingerprint_keys  # noqa: B018


def test_a_stale_signs_file_is_refused_and_written_again(cache_folder):
    fresh = comp.compile_lexicon([TEST_LEXICON], use_cache=False)
    comp.compile_lexicon([TEST_LEXICON])
    path = comp._cache_path(fresh.digest, "signs")
    fmt, digest, headless, runs, pairs, ambiguous, glued = marshal.loads(path.read_bytes()[HEAD:])
    # the previous format: the glued runs inside the fingerprint runs' set
    planted = _signed(path.parent, marshal.dumps((1, digest, headless, runs | set(glued.split()), pairs, ambiguous)))
    path.write_bytes(planted)
    comp._signs_read.clear()  # a new process
    signs = comp.load_signs([TEST_LEXICON])
    assert signs.glued_runs == fresh.glued_fingerprint_runs and signs.fingerprint_runs == fresh.fingerprint_runs
    assert path.read_bytes() != planted
    assert comp._cached_signs(fresh.digest, again=True).glued_runs == fresh.glued_fingerprint_runs
