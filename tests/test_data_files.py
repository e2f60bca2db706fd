"""Data files beside the lexicon entries: sorted, well-formed, consistent with each other."""

from __future__ import annotations

from conftest import ROOT
from newsfix.despin import sensitive

LEXICONS = ROOT / "lexicons"
THESAURUS = LEXICONS / "thesaurus"


def _data(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_sensitive_words_are_sorted_classified_and_unique():
    lines = _data(LEXICONS / "sensitive.txt")
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    words = sensitive.load(LEXICONS / "sensitive.txt")
    assert set(words.values()) <= set(sensitive.CLASSES) and len(words) == len(lines)
    assert sensitive.classes_of("youngsters", words) == {"age"}
    assert sensitive.classes_of("sufferers", words) == {"person"}  # a plural is tried as its singular


def test_mythes_first_tables():
    rows = [line.split("\t") for line in _data(THESAURUS / "mythes-first-inverse.tsv")]
    spun = [r[0] for r in rows]
    assert spun == sorted(spun) and len(spun) == len(set(spun))
    assert all(len(r) == 6 and float(r[2]) >= 0 and float(r[3]) >= 0 and int(r[4]) >= 0 for r in rows)
    signature = _data(THESAURUS / "mythes-first-signature.txt")
    assert signature == sorted(signature)
    assert {"inwards", "helium", "volition"} <= set(signature)
    # repairs leave out the spun forms that writers of the learn part's unspun texts use ("helium" in a space story);
    # the page gate still counts them
    assert {"inwards", "volition"} <= set(spun) and not {"helium", "discovery", "starchy"} & set(spun)
    # nor abbreviations of a spun phrase, nor other forms of the spun word (build_tables.abbreviates, one_word)
    assert not {"multiple sclerosis", "deoxyribonucleic acid", "central nervous system", "bacterium"} & set(spun)
    assert (THESAURUS / "LICENSES.md").read_text(encoding="utf-8").count("##") >= 3  # a notice per source


def test_mined_rejects_are_sorted_with_reasons():
    lines = _data(LEXICONS / "mined-rejects.txt")
    assert lines == sorted(lines, key=str.lower)
    assert all(" | " in line and line.split(" | ", 1)[1].strip() for line in lines)
