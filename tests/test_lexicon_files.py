"""The shipped lexicon data is valid: every file parses, is sorted, has no duplicates, cycles or fingerprint chains,
and `newsfix lexicon lint` passes on it. A mutated temporary copy proves that these checks catch a bad edit."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from newsfix.cli.lexicon_tools import main
from newsfix.despin.lexicon import (
    LexiconError,
    default_lexicon_dir,
    gazetteer_files,
    lexicon_files,
    read_entries,
    sort_key,
    validate,
)

LEXICON_DIR = default_lexicon_dir()
LEX_FILES = lexicon_files([LEXICON_DIR])
GAZ_FILES = gazetteer_files(LEXICON_DIR)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path / "cache"))


# provenance is data that `lexicon stats` counts: words from a fixed vocabulary, not free text (notes go in a
# comment line above the entry)
PROVENANCE_WORD = re.compile(
    r"seed|editor|mined|reviewed|(?:dev|family):[A-Z?]+|sites=\d+|spinner=[\w.-]+|thesaurus=[a-z]+(?:,[a-z]+)*"
)


def file_problems(path: Path) -> list[str]:
    """Everything wrong with one lexicon file on its own: parse errors, order, duplicates, missing provenance."""
    try:
        entries = read_entries(path)
    except LexiconError as exc:  # read_entries stops at the first bad line
        return [str(exc)]
    problems = validate(entries, {str(path): entries})
    problems += [f"{e.where}: no provenance" for e in entries if not e.provenance.strip()]
    problems += [
        f"{e.where}: provenance word {word!r} is not one of lexicons/README.md's"
        for e in entries
        for word in e.provenance.split()
        if not PROVENANCE_WORD.fullmatch(word)
    ]
    return problems


def gazetteer_problems(path: Path) -> list[str]:
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    names = [n for n in names if n and not n.startswith("#")]
    problems = [
        f"{path.name}: not sorted at {b!r}" for a, b in zip(names, names[1:]) if (b.lower(), b) < (a.lower(), a)
    ]
    seen: set[str] = set()
    for n in names:
        if n.lower() in seen:
            problems.append(f"{path.name}: duplicate {n!r}")
        seen.add(n.lower())
    return problems


def test_lexicon_files_are_shipped():
    assert LEX_FILES, f"no *.lex files in {LEXICON_DIR}"
    assert any(p.name == "core.lex" for p in LEX_FILES)


@pytest.mark.parametrize("path", LEX_FILES, ids=lambda p: p.name)
def test_lexicon_file_parses_sorted_unique_with_provenance(path):
    assert file_problems(path) == []


def test_no_duplicates_cycles_or_chains_across_files():
    entries, per_file = [], {}
    for path in LEX_FILES:
        items = read_entries(path)
        per_file[str(path)] = items
        entries += items
    assert validate(entries, per_file) == []


@pytest.mark.parametrize("path", GAZ_FILES, ids=lambda p: p.name)
def test_gazetteer_sorted_and_unique(path):
    assert gazetteer_problems(path) == []


def test_lint_passes_on_the_shipped_lexicon(capsys):
    code = main(["lint", "--quiet", str(LEXICON_DIR)])
    out = capsys.readouterr().out
    assert code == 0, out


# ------------------------------------------------------------------- the checks above catch bad edits


@pytest.fixture
def lexicon_copy(tmp_path) -> Path:
    copy = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, copy)
    return copy


def _append(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line + "\n", encoding="utf-8")


def test_an_unsorted_line_is_caught(lexicon_copy, capsys):
    core = lexicon_copy / "core.lex"
    _append(core, "aaa unsorted spun | aaa original | fingerprint | - | | tests")
    assert any("not sorted" in p for p in file_problems(core))
    assert main(["lint", str(lexicon_copy)]) == 1
    assert "not sorted" in capsys.readouterr().out


def test_a_duplicate_line_is_caught(lexicon_copy, capsys):
    core = lexicon_copy / "core.lex"
    last = [line for line in core.read_text(encoding="utf-8").splitlines() if line.strip() and line[0] != "#"][-1]
    _append(core, last)
    assert any("duplicate" in p for p in file_problems(core))
    assert main(["lint", str(lexicon_copy)]) == 1
    assert "duplicate spun form" in capsys.readouterr().out


def test_a_line_without_provenance_is_caught(lexicon_copy):
    core = lexicon_copy / "core.lex"
    _append(core, "zzzz spun | zzzz original | fingerprint | - | |")
    assert any("provenance is required" in p for p in file_problems(core))


def test_free_text_in_provenance_is_caught(lexicon_copy):
    core = lexicon_copy / "core.lex"
    _append(core, "zzzz spun | zzzz original | fingerprint | - | | editor (seen once, by hand)")
    assert any("provenance word '(seen'" in p for p in file_problems(core))


def test_an_unsorted_gazetteer_is_caught(lexicon_copy):
    gaz = sorted((lexicon_copy / "gazetteers").glob("*.txt"))[0]
    _append(gaz, "Aaaa First Institute")
    assert gazetteer_problems(gaz)
    assert main(["lint", str(lexicon_copy)]) == 1


def test_sort_key_is_case_insensitive():
    # the order the files are kept in, so that "Okay" (case-sensitive) sits among the o's
    from newsfix.despin.lexicon import parse_line

    a = parse_line("Okay | OK | ambiguous | cs | | t", "x:1")
    b = parse_line("often | frequently | ambiguous | - | | t", "x:2")
    assert sort_key(b) < sort_key(a)


def test_first_compile_happens_in_a_child_process_without_spacy_here(tmp_path):
    """A cold cache (a fresh machine, a changed lexicon) must not make `check` import spaCy."""
    import os
    import subprocess
    import sys

    code = "import sys, newsfix; newsfix.normalize('Extra info:'); print('spacy' in sys.modules)"
    env = {**os.environ, "NEWSFIX_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert list((tmp_path / "newsfix").glob("lexicon-*.marshal"))


def test_clean_text_is_checked_from_the_signs_cache_alone(tmp_path):
    """The whole compiled lexicon loads only for a text that may hold a fingerprint; both cache files are written,
    and a cache left without its signs file gets one again."""
    from newsfix.cache import cache_dir
    from newsfix.despin.normalizer import Normalizer

    nf = Normalizer()
    assert nf.normalize("Ocean temperatures rose by two degrees during the heatwave.").edits == []
    assert "lexicon" not in nf.__dict__  # a cached_property not yet computed
    assert "chronic pain" in nf.normalize("Patients with persistent ache were studied.").text
    assert "lexicon" in nf.__dict__
    signs = list(cache_dir().glob("lexicon-*.signs.marshal"))
    assert len(signs) == 1 and signs[0].with_name(signs[0].name.replace(".signs", "")).exists()
    signs[0].unlink()
    Normalizer()
    assert signs[0].exists()


def test_the_signs_never_rule_out_a_text_with_a_fingerprint():
    """The fast path skips texts without any sign: every fingerprint form, also glued to a function word, shows one."""
    from newsfix.despin.normalizer import default_normalizer
    from newsfix.despin.tokens import GLUE_PREFIXES, word_runs

    nf = default_normalizer()
    lex = nf.lexicon
    missed = []
    for table in (lex.forms, lex.cs_forms):
        for form in table.values():
            if form.entry.tier != "fingerprint":
                continue
            text = " ".join(form.words)
            glued = [p + text for p in GLUE_PREFIXES if len(form.words) > 1 and len(form.words[0]) >= 4]
            missed += [t for t in (text, *glued) if not nf.signs.may_hold_fingerprint(word_runs(f"Then {t} here."))]
    assert not missed, missed[:10]


def test_the_signs_are_pairs_unspun_text_rarely_has():
    """A form's sign is the pair of its runs least likely in unspun text (the fast path then rules out more clean
    files): not two frequent words, not a pair its original keeps."""
    from newsfix.despin.compile import compile_entries
    from newsfix.despin.lexicon import parse_line

    lines = [
        "public health and fitness | public health | fingerprint | - |  | test",
        "with the end goal to | in order to | fingerprint | - |  | test",
        "physical fitness and sport | fitness and sports | fingerprint | - |  | test",
    ]
    lex = compile_entries([parse_line(line, f"test:{i}") for i, line in enumerate(lines)])
    assert lex.fingerprint_pairs == {("and", "fitness"), ("end", "goal"), ("physical", "fitness")}


def test_no_lexicon_edit_in_general_english():
    """Python's own help texts (the standard library's pydoc topics, 65,000 words of ordinary technical English,
    on every machine): a fingerprint that fires there is ordinary English and must be an ambiguous entry."""
    import pydoc_data.topics

    from newsfix import normalize

    fired = [
        (name, e.before, e.rule)
        for name, text in pydoc_data.topics.topics.items()
        for e in normalize(text).edits
        if e.tier != "artifact"
    ]
    assert not fired, fired[:10]


EVERYDAY_IDIOMS = (
    "In all likelihood the results will hold, and they are starting to be replicated.",
    "The effect was, to a great degree, explained by diet, as much as by exercise.",
    "In response to the findings, the agency said the drug is viewed as safe.",
    "Updates will follow as more information breaks, the studio said.",
    "Thousands and thousands of people, medical doctors among them, joined his mother and father at long last.",
    "More established firms in the financial system saw gross sales fall; a surgical procedure was delayed.",
)


def test_everyday_idioms_are_not_fingerprints():
    """Idioms an author writes (some were once fingerprints: a spinner writes them too, but so does everyone):
    a clean text holding them is left as it is and not judged spun."""
    from newsfix import normalize

    for text in EVERYDAY_IDIOMS:
        r = normalize(text)
        assert (r.text, r.spin.verdict) == (text, "clean"), [e.before for e in r.edits]


def test_automaton_table_and_near_miss_index_are_cached_apart(tmp_path, monkeypatch):
    """The main cache file holds neither (a text judged clean never needs them, so start-up reads less); read back
    from their own signed files they equal a fresh build, and the automaton's table is JSON, not a pickle."""
    import json

    from conftest import TEST_LEXICON
    from newsfix.cache import read_verified
    from newsfix.despin.compile import _cache_path, compile_lexicon, load_part

    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    fresh = compile_lexicon([TEST_LEXICON], use_cache=False)
    compile_lexicon([TEST_LEXICON])  # compiles and writes the cache
    cached = compile_lexicon([TEST_LEXICON])  # read from it
    assert cached.scan_table == () and cached.near_miss_anchors == {}
    assert fresh.near_miss_anchors and fresh.scan_table
    payload = read_verified(_cache_path(cached.digest, "scan"))
    assert payload is not None and json.loads(bytes(payload))[0] == fresh.scan_table[0]
    assert load_part(cached, "scan").scan_table == fresh.scan_table
    assert load_part(cached, "near-miss").near_miss_anchors == fresh.near_miss_anchors
    # a part whose file is gone is built again from the lexicon, the same
    again = compile_lexicon([TEST_LEXICON])
    _cache_path(again.digest, "near-miss").unlink()
    assert load_part(again, "near-miss").near_miss_anchors == fresh.near_miss_anchors


# unit words a spinner may swap for another unit: a repair between two of them changes a quantity
UNITS = frozenset(
    "centimetres centimeters feet foot gallons grams inches kilograms kilometres kilometers kilos litres liters "
    "metres meters miles ounces pints pounds stone tonnes tons yards".split()
)


def test_no_entry_turns_one_unit_into_another():
    """An entry "kilos" -> "pounds" made 5 kilos 5 pounds on a page whose original said kilos (a measure-part
    pair): a number with another unit is another quantity, which no evidence of spinning makes a safe repair."""
    swaps = [
        (e.spun, e.original, e.where)
        for path in LEX_FILES
        for e in read_entries(path)
        if (spun := set(e.spun.lower().split()) & UNITS)
        and (original := set(e.original.lower().split()) & UNITS)
        and spun != original
    ]
    assert not swaps, swaps
