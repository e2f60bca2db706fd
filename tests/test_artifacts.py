"""Spinner artifacts: each rule on its own, and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfix import Normalizer, normalize

# artifact rules on their own: a lexicon without entries for these texts (the shipped one has "U.Okay" too)
ARTIFACTS_ONLY = Normalizer([Path(__file__).resolve().parent.parent / "fixtures" / "lexicons" / "test"])


@pytest.mark.parametrize(
    ("spun", "fixed", "rule"),
    [
        ("involving three,000 people", "involving 3,000 people", "number-word"),
        ("rose by seven.1 percent", "rose by 7.1 percent", "number-word"),
        ("Twelve,500 votes", "12,500 votes", "number-word"),
        ("in the U.Okay. today", "in the U.K. today", "abbreviation"),
        ("We all know {that a} bad night", "We all know that a bad night", "spintax"),
        ("a {big|large|huge} study", "a big study", "spintax"),
        ("the vаccine triаl", "the vaccine trial", "homoglyph"),  # Cyrillic а inside Latin words
        ("Тhe study", "The study", "homoglyph"),  # Cyrillic Т at the start of a Latin word
        ("the magпetic field iп July", "the magnetic field in July", "homoglyph"),  # Cyrillic п for n
        ("WhіƖе he ɡοt qυеѕtіοnѕ", "While he got questions", "homoglyph"),  # Latin Ɩ and ɡ, Greek υ, with Cyrillic
    ],
)
def test_artifact_is_repaired(spun, fixed, rule):
    assert normalize(spun).text == fixed
    r = ARTIFACTS_ONLY.normalize(spun)
    assert r.text == fixed
    assert r.edits and {e.rule for e in r.edits} == {rule}
    assert all(e.tier == "artifact" for e in r.edits)


@pytest.mark.parametrize(
    "clean",
    [
        "one, two, three",
        "one.",
        "Okay. Let us start.",
        "He said okay.",
        "the U.S. and U.K. agreed",
        "Use {name} as a placeholder",
        r"LaTeX \frac{a b}{c}",
        "price ${total amount}",
        "α-synuclein and β cells",  # Greek letters in science notation
        "Москва и Санкт-Петербург",  # real Cyrillic text
        "the Russian word да means yes",
        "the Υ meson and the ν_e neutrino",  # Greek letters on their own stay
        "a 5 μg dose",
    ],
)
def test_clean_text_untouched(clean):
    assert normalize(clean).text == clean


def test_lone_cyrillic_letter_between_latin_words_is_folded():
    assert normalize("it is а test").text == "it is a test"


def test_look_alikes_are_never_ascii():
    # fold() returns ASCII text unchanged without scanning it: that is only right while this holds
    from newsfix.despin.artifacts import LOOKALIKE

    assert LOOKALIKE and not any(c.isascii() for c in LOOKALIKE)


DETOKENIZED_PAGE = (
    "When you buy through connectedness on our site , we may earn a commission . Here ’s how it ferment .\n"
    "Every galaxy , include our ownMilky Way , has a monster in its warmheartedness . Stargazer are still "
    "trying to figure out how the universe ’s black holes were born , and how they grew . Now , new observations "
    "fromNASA have revealed a key insight . This study was submitted to the journal , and made available to read "
    "before inspection . Teenage holes grow apace , eating up material around them , and appear as a blob ."
)


def test_a_detokenized_page_is_spun_and_its_spacing_repaired():
    r = normalize(DETOKENIZED_PAGE)
    assert r.spin.verdict == "spun"
    assert "on our site, we may earn a commission. Here’s how" in r.text
    assert "include our own Milky Way," in r.text and "observations from NASA have" in r.text
    assert {e.rule for e in r.edits} >= {"detokenized"}
    assert normalize(r.text).text == r.text  # the repaired page no longer carries the signature


def test_a_stray_space_before_punctuation_is_not_a_signature():
    text = "The sample was small , the authors said. Results fromNASA follow . " + "Plain prose here. " * 40
    r = normalize(text)
    assert r.text == text and r.spin.verdict == "clean"


@pytest.mark.parametrize(
    "text",
    [
        "A {big|large|huge} study of sleep found that adults who slept less were more often ill.",
        "The survey of three,000 adults and seven,500 children ran for a year.",
        "Тhе rеsеаrсhеrs fоund thаt slееp mаttеrs fоr thе immunе systеm.",  # Cyrillic look-alikes in many words
    ],
)
def test_artifact_signatures_make_the_verdict(text):
    assert normalize(text).spin.verdict == "spun"


@pytest.mark.parametrize(
    "text",
    [
        "Set the template to {name} and the seven.1 release notes apply.",  # one number-word, a placeholder
        "The vаccine trial enrolled adults.",  # one look-alike letter
    ],
)
def test_single_artifacts_are_repaired_but_not_a_verdict(text):
    assert normalize(text).spin.verdict != "spun"


def test_a_repair_found_on_the_folded_text_wins_over_the_homoglyph_fix_of_the_same_word():
    # "irritаtion" (Cyrillic а) on a spun page: the lexicon's "irritation -> inflammation" and the homoglyph fix
    # cover the same word; the homoglyph fix used to win, and a second run then made the lexicon repair
    text = "Many sufferers of persistent ache report coronary heart illness, most cancers and joint irrit\u0430tion."
    first = normalize(text)
    assert first.text.endswith("joint inflammation.")
    assert normalize(first.text).text == first.text
