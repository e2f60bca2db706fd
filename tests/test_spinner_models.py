"""The family-O spinner model: a page gate of its own, then the inverse of the thesaurus function."""

from __future__ import annotations

import newsfix
from newsfix.despin.normalizer import default_normalizer
from newsfix.despin.spinner_models import RULE, SIGNATURE_MIN

# written for this test in the style of the WordNet first-synonym spinner: "in" -> "inwards", "will" -> "volition",
# "he" -> "helium", "new" -> "unexampled", "need" -> "necessitate", "can" -> "tin", "get" -> "acquire"
O_PAGE = (
    "The researchers published their findings inwards a journal last week. Helium said the team volition "
    "necessitate more funding before the unexampled trial tin begin, and that patients acquire the drug for free."
)
CHEMISTRY = "Helium and arsenic were measured in the sample; the team found traces of both in the soil."


def test_the_gate_needs_several_distinct_signature_forms():
    model = default_normalizer().mythes_first
    from newsfix.despin.tokens import word_runs

    assert model.signature_hits(word_runs(O_PAGE)) >= SIGNATURE_MIN
    assert model.signature_hits(word_runs(CHEMISTRY)) < SIGNATURE_MIN


def test_a_long_unspun_page_with_a_few_signature_forms_spread_thin_is_not_the_models():
    # a Daily Mail page's text (16,700 words of article, teasers and comments) held six signature forms by chance
    # ("firstly", "secondly", "devising"...) and had 95 words rewritten before the gate counted them per 1000 words
    ordinary = "The committee met on Tuesday to discuss the budget for the coming year and agreed on most items. "
    text = "Firstly, the plan. " + ordinary * 60 + "Secondly, the cost. " + ordinary * 60 + "They were devising a fix."
    model = default_normalizer().mythes_first
    from newsfix.despin.tokens import word_runs

    assert model.signature_hits(word_runs(text)) >= SIGNATURE_MIN
    assert not model.attributes(word_runs(text))
    assert newsfix.normalize(text).text == text
    assert model.attributes(word_runs(O_PAGE))  # a short page as dense as the spinner writes


def test_on_a_longer_page_signature_phrases_count_towards_the_density_too():
    # 800 words need 4 signature forms (4 per 1000): three single words and one phrase ("topographic point", the
    # spinner's "place") make it; the phrase is looked for even though the single words already reach SIGNATURE_MIN
    from newsfix.despin.tokens import word_runs

    model = default_normalizer().mythes_first
    filler = "the committee met on tuesday to discuss the budget for the coming year and agreed " * 50
    runs = word_runs("inwards helium volition " + filler)
    assert len(runs) >= 750 and not model.attributes(runs)
    assert model.attributes(word_runs("inwards helium volition at that topographic point " + filler))


def test_an_attributed_page_is_spun_and_repaired_by_the_inverse_table():
    r = newsfix.normalize(O_PAGE)
    assert r.spin.verdict == "spun" and "O" in r.spin.families
    assert "findings in a journal" in r.text
    assert "He said the team will need more funding before the new trial can begin" in r.text
    assert "can begin" in r.text and "patients get the drug" in r.text
    assert {e.rule for e in r.edits} & {RULE}
    assert all(e.tier == "ambiguous" for e in r.edits if e.rule == RULE)


def test_unattributed_text_keeps_its_words():
    assert newsfix.normalize(CHEMISTRY).text == CHEMISTRY
    assert newsfix.normalize(CHEMISTRY).spin.verdict == "clean"


def test_the_model_can_be_disabled():
    r = newsfix.normalize(O_PAGE, disable=frozenset({RULE}))
    assert not any(e.rule == RULE for e in r.edits)


# family O's lexicon fingerprints ("antecedently", "corpulency") but none of the signature's forms of the commonest
# words: the model's own gate stays shut, so "aesculapian" (the thesaurus function's form of "medical", which no
# lexicon entry holds) is left as written: other WordNet-style spinners choose other synonyms, and the model's
# inverse misreads their words (see MythesFirstModel.applies)
O_BY_FINGERPRINTS = (
    "The study antecedently linked corpulency to heart disease in aesculapian records, and the link between weight "
    "and risk held across the groups the researchers followed for a decade."
)


def test_fingerprints_naming_family_o_do_not_open_the_models_gate():
    from newsfix.despin.tokens import word_runs

    assert not default_normalizer().mythes_first.attributes(word_runs(O_BY_FINGERPRINTS))
    r = newsfix.normalize(O_BY_FINGERPRINTS)
    assert r.spin.verdict == "spun" and r.spin.families == ("O",)
    assert "previously linked obesity" in r.text  # the fingerprints are repaired
    assert "aesculapian" in r.text and not any(e.rule == RULE for e in r.edits)
    # the same word on a page the model attributes to itself is repaired
    assert "medical records" in newsfix.normalize(O_PAGE + " They kept aesculapian records.").text


def test_a_page_only_told_it_is_spun_does_not_get_the_model():
    r = newsfix.normalize("They kept aesculapian records.", assume="spun")
    assert "aesculapian" in r.text and not any(e.rule == RULE for e in r.edits)
