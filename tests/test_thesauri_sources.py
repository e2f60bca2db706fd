"""scripts/thesauri/thesauri.py reads the three public thesauri the lexicon tools check swaps against (Moby,
mythes, WordNet) and models the family-O spinner ("first plain mythes synonym"). The real sources are fetched at
curation time only, so these tests read tiny files in each source's own format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "thesauri"))
import thesauri  # noqa: E402

MOBY = "chronic,persistent,lingering\r\npain,ache,hurt,Agony\r\nStudy,research,examination\r\n"
MYTHES = (
    "UTF-8\n"
    "happy|2\n"
    "(adj)|felicitous (similar term)|glad|joyful\n"
    "(adj)|well-chosen|happy|sad (antonym)\n"
    "in|1\n"
    "(adv)|inwards (related term)|inward\n"
)
WN_HEADER = "  1 This software and database is being provided to you, the LICENSEE, by Princeton University\n"
WN_DATA = {
    "noun": "00001740 04 n 02 survey 0 study 0 000 | a detailed critical inspection\n",
    "verb": "00002000 31 v 02 analyze 0 analyse 0 000 | consider in detail\n",
    "adj": "",
    "adv": "",
}
WN_INDEX = {
    "noun": "study n 1 0 1 0 00001740\nsurvey n 1 0 1 0 00001740\n",
    "verb": "analyze v 1 0 1 0 00002000\nanalyse v 1 0 1 0 00002000\n",
    "adj": "",
    "adv": "",
}


@pytest.fixture
def sources(tmp_path, monkeypatch):
    (tmp_path / "moby").mkdir()
    (tmp_path / "moby" / "mthesaur.txt").write_bytes(MOBY.encode("latin-1"))
    (tmp_path / "mythes").mkdir()
    (tmp_path / "mythes" / "th_en_US_v2.dat").write_text(MYTHES, encoding="utf-8")
    (tmp_path / "wordnet").mkdir()
    for pos in thesauri.WN_POS:
        (tmp_path / "wordnet" / f"data.{pos}").write_text(WN_HEADER + WN_DATA[pos], encoding="latin-1")
        (tmp_path / "wordnet" / f"index.{pos}").write_text(WN_HEADER + WN_INDEX[pos], encoding="latin-1")
    monkeypatch.setattr(thesauri, "CACHE", tmp_path)
    loaders = (thesauri.moby, thesauri.moby_sets, thesauri.mythes, thesauri.mythes_sets, thesauri.wordnet,
               thesauri.wordnet_sets)
    for f in loaders:
        f.cache_clear()
    yield tmp_path
    for f in loaders:
        f.cache_clear()


def test_moby_lines_are_headword_then_synonyms_lower_cased(sources):
    assert thesauri.moby()["pain"] == ["ache", "hurt", "agony"]
    assert thesauri.moby()["study"] == ["research", "examination"]


def test_mythes_keeps_meanings_in_order_and_splits_the_tags_off(sources):
    happy = thesauri.mythes()["happy"]
    assert [m.pos for m in happy] == ["adj", "adj"]
    assert happy[0].syns[0] == thesauri.Syn("felicitous", "similar term")
    assert happy[1].syns[-1] == thesauri.Syn("sad", "antonym")
    assert "sad" not in thesauri.mythes_sets()["happy"]  # antonyms are not what a spinner swaps in


def test_wordnet_lists_each_lemmas_synsets_in_sense_order(sources):
    assert thesauri.wordnet()["study"] == [("noun", ("survey", "study"))]
    assert thesauri.wordnet_sets()["analyze"] == frozenset({"analyse"})


def test_related_names_the_sources_and_links_phrases_word_by_word(sources):
    assert thesauri.related("research", "study") == {"moby"}
    assert thesauri.related("surveys", "study") == {"wordnet"}  # an inflection of either side counts
    assert thesauri.related("persistent ache", "chronic pain") == {"moby"}
    assert thesauri.related("persistent sadness", "chronic pain") == set()  # every differing word must be linked
    assert thesauri.related("studies", "study") == set()  # a form of the same word is not a swap


@pytest.mark.parametrize(
    ("rule", "word", "expected"),
    [
        ("first", "happy", "felicitous"),
        ("first-plain", "happy", "glad"),  # skips the tagged "(similar term)"
        ("first-nonself", "in", "inwards"),
        ("first-plain", "in", "inward"),
        ("first-plain", "unlisted", None),
    ],
)
def test_the_family_o_model_picks_the_rule_s_synonym(sources, rule, word, expected):
    assert thesauri.mythes_first(word, rule) == expected


def test_the_mythes_first_table_leaves_out_abbreviations_and_forms_of_one_word():
    import build_tables

    # the spinner expands an abbreviation; its inverse would write an author's full term as one
    assert build_tables.abbreviates("multiple sclerosis", "ms")
    assert build_tables.abbreviates("deoxyribonucleic acid", "dna")
    assert build_tables.abbreviates("central nervous system", "cns")
    # the phrase's own first word, a word that is no abbreviation of it, and single words are kept
    assert not build_tables.abbreviates("ankle joint", "ankle")
    assert not build_tables.abbreviates("air travel", "air")
    assert not build_tables.abbreviates("at present", "now")
    assert not build_tables.abbreviates("adult male", "man")
    assert not build_tables.abbreviates("inwards", "in")
    # a number or a tense is the author's choice, not a synonym swap
    assert build_tables.one_word("bacterium", "bacteria")
    assert build_tables.one_word("blazing", "blaze")
    assert not build_tables.one_word("inwards", "in")
    assert not build_tables.one_word("volition", "will")
