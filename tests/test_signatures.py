"""Family signatures: a dictionary spinner's page is recognised by several of its ordinary-word outputs together."""

from __future__ import annotations

import shutil

import pytest

import newsfix
from conftest import ROOT, TEST_LEXICON
from newsfix import Normalizer
from newsfix.despin.normalizer import default_normalizer
from newsfix.despin.signatures import FamilySignatures, parse_signature
from newsfix.despin.tokens import word_runs

SHIPPED = ROOT / "lexicons" / "signatures"

# written for these tests in the style of the family-Q dictionary spinner below ("said" -> "pronounced",
# "two" -> "dual", "study" -> "investigate", "complete" -> "finish")
Q_PAGE = (
    "A new investigate of dual groups of patients found that a finish course helped, pronounced Dr Smith. "
    "The team plans a larger trial next year."
)
THREE_ONLY = "A new investigate of dual groups found a finish course helped. The team plans a larger trial next year."


@pytest.fixture(scope="module")
def q_lexicon(tmp_path_factory):
    """The small test lexicon plus a family-Q signature and two family-Q ordinary-word entries."""
    folder = tmp_path_factory.mktemp("lexicon") / "test"
    shutil.copytree(TEST_LEXICON, folder)
    (folder / "signatures").mkdir()
    (folder / "signatures" / "Q.txt").write_text(
        "# a test signature\nmin-distinct 4\nmin-density 4.0\ndual\nfinish\ninvestigate\npronounced\n",
        encoding="utf-8",
    )
    (folder / "family-q.lex").write_text(
        "dual | two | ambiguous | - | | tests family:Q\npronounced | said | ambiguous | - | | tests family:Q\n",
        encoding="utf-8",
    )
    return folder


def test_a_page_with_enough_signature_words_is_the_familys_and_its_entries_apply(q_lexicon):
    r = Normalizer([q_lexicon]).normalize(Q_PAGE)
    assert r.spin.verdict == "spun" and r.spin.families == ("Q",) and r.spin.distinct == 0
    assert "of two groups" in r.text and ", said Dr Smith." in r.text
    assert {e.rule for e in r.edits} == {"lexicon:dual", "lexicon:pronounced"}


def test_three_signature_words_are_not_enough_and_nothing_changes(q_lexicon):
    r = Normalizer([q_lexicon]).normalize(THREE_ONLY)
    assert r.spin.verdict == "clean" and r.text == THREE_ONLY


def test_the_signature_also_needs_its_density(q_lexicon):
    ordinary = "The committee met on Tuesday to discuss the budget for the coming year and agreed on most items. "
    long_page = Q_PAGE + " " + ordinary * 80  # four signature words in about 1,500 words: under 4 per 1000
    r = Normalizer([q_lexicon]).normalize(long_page)
    assert r.spin.verdict == "clean" and r.text == long_page


def test_a_family_signature_can_be_disabled(q_lexicon):
    nf = Normalizer([q_lexicon])
    assert nf.normalize(Q_PAGE, disable=frozenset({"signature:Q"})).text == Q_PAGE
    assert nf.normalize(Q_PAGE, disable=frozenset({"signature"})).text == Q_PAGE


def test_without_a_signatures_folder_no_page_is_attributed():
    assert Normalizer([TEST_LEXICON]).normalize(Q_PAGE).spin.verdict == "clean"


def test_repaired_text_is_a_fixpoint(q_lexicon):
    nf = Normalizer([q_lexicon])
    once = nf.normalize(Q_PAGE).text
    assert nf.normalize(once).text == once


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("min-distinct 4\ndual\n", "missing min-density"),
        ("min-distinct 4\nmin-density 4.0\n", "no signature words"),
        ("min-distinct 4\nmin-density 4.0\nDual\n", "one lower-case word"),
        ("min-distinct 4\nmin-density 4.0\ntwo words\n", "one lower-case word"),
    ],
)
def test_a_malformed_signature_file_is_refused_with_its_line(tmp_path, content, message):
    path = tmp_path / "Q.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        parse_signature(path)


def test_shipped_signatures_are_sorted_unique_and_parse():
    files = sorted(SHIPPED.glob("*.txt"))
    assert files, "lexicons/signatures/ holds the family signatures"
    for path in files:
        sig = parse_signature(path)
        words = [
            line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith(("min-", "article-swap"))
        ]
        assert words == sorted(set(words)), f"{path.name}: words sorted and unique"
        assert sig.min_distinct >= 2 and sig.min_density > 0
        assert sig.family == path.stem


def test_the_shipped_p_signature_names_its_family_entries():
    # a signature attributes pages to a family; without entries tagged with that family it would only change verdicts
    families = {fam for e in default_normalizer().lexicon.entries for fam in e.families}
    for sig in FamilySignatures(SHIPPED).signatures:
        assert sig.family in families


def test_the_shipped_signature_leaves_ordinary_science_news_alone():
    originals = [ROOT / "fixtures" / "pairs" / "clean" / "c1-migraine" / "original.txt"]
    originals += sorted((ROOT / "fixtures" / "pairs" / "dev").glob("*/original.txt"))
    assert len(originals) == 4
    for path in originals:
        runs = word_runs(path.read_text(encoding="utf-8").lower())
        assert not FamilySignatures(SHIPPED).families(runs), path
    # three of the P words are not enough; four are (the shipped thresholds)
    assert newsfix.normalize(THREE_ONLY).spin.verdict == "clean"
    assert newsfix.normalize(THREE_ONLY + " Dr Smith pronounced it a success.").spin.families == ("P",)


def test_a_page_whose_the_became_a_needs_fewer_signature_words(tmp_path):
    # the family-P spinner writes "a" for "the" almost everywhere: unspun news has about 60 "the" per 1000 words
    folder = tmp_path / "test"
    shutil.copytree(TEST_LEXICON, folder)
    (folder / "signatures").mkdir()
    (folder / "signatures" / "Q.txt").write_text(
        "min-distinct 4\nmin-density 4.0\narticle-swap 20 55 2\ndual\nfinish\ninvestigate\npronounced\n",
        encoding="utf-8",
    )
    nf = Normalizer([folder])
    spun = (
        "A new investigate of dual groups found that a patients in a trial slept better, a team reported. "
        "A researchers gave a drug to a volunteers for a month and measured a change in a sleep of each one. "
        "A results held in a older group and in a younger group, a authors wrote in a paper, and a effect "
        "lasted for a whole month of a study, a first of its kind in a region, and a next trial starts soon."
    )
    assert len(spun.split()) >= 80
    assert nf.normalize(spun).spin.families == ("Q",)
    # the same words with "the" where an author writes it: two signature words are not enough
    unspun = spun.replace("A new", "The new").replace(" a ", " the ").replace("A ", "The ")
    assert nf.normalize(unspun).spin.verdict == "clean"
    # nor is one signature word on a page whose "the" became "a"
    assert nf.normalize(spun.replace("dual", "two")).spin.verdict == "clean"


def test_a_malformed_article_swap_line_is_refused(tmp_path):
    path = tmp_path / "Q.txt"
    path.write_text("min-distinct 4\nmin-density 4.0\narticle-swap 20 55\ndual\n", encoding="utf-8")
    with pytest.raises(ValueError, match="article-swap takes"):
        parse_signature(path)
