"""Engine behaviour on a small fixed lexicon (fixtures/lexicons/test), independent of the curated one."""

from __future__ import annotations

import json
import pickle

import pytest

import newsfix
from conftest import TEST_LEXICON
from newsfix import Normalizer
from newsfix.despin.casing import carry_case, wants_an

SPUN_HEADER = "Extra info:\nSystematic Opinions and persistent ache in grownup members.\n"


@pytest.fixture(scope="module")
def nf() -> Normalizer:
    return Normalizer([TEST_LEXICON])


def fixed(nf: Normalizer, text: str, **kw) -> str:
    return nf.normalize(text, **kw).text


def test_fingerprint_applies_in_clean_looking_text(nf):
    r = nf.normalize("They reported persistent ache.")
    assert r.text == "They reported chronic pain."
    (e,) = r.edits
    assert (e.start, e.end, e.before, e.after, e.tier) == (
        14,
        29,
        "persistent ache",
        "chronic pain",
        "fingerprint",
    )
    assert e.rule == "lexicon:persistent ache"
    assert 0 < e.confidence <= 1


def test_ambiguous_words_untouched_without_spin_evidence(nf):
    text = "The members of the club found proof of the theory in a brand new assessment."
    r = nf.normalize(text)
    assert r.text == text
    assert r.spin.verdict == "clean"


def test_ambiguous_words_restored_in_spun_document(nf):
    out = fixed(nf, SPUN_HEADER + "A brand new examine of sufferers gave proof.")
    assert out.endswith("A new study of patients gave evidence.")


def test_assume_forces_the_verdict(nf):
    assert fixed(nf, "Sufferers gave proof.", assume="spun") == "Patients gave evidence."
    assert fixed(nf, SPUN_HEADER + "Sufferers.", assume="clean").endswith("Sufferers.")


def test_guard_blocks_ambiguous_entry_out_of_context(nf):
    # "members" needs a trial or study nearby; "assessment" must not follow "risk"
    out = fixed(nf, SPUN_HEADER + "The club members met.\nA risk assessment was done.")
    assert "The club members met." in out
    assert "A risk assessment was done." in out


def test_guard_alternatives(nf):
    # examine -> study when after "a/the/new" OR before "found"
    assert "the study" in fixed(nf, SPUN_HEADER + "We read the examine.")
    assert "study found" in fixed(nf, SPUN_HEADER + "Our examine found it.")
    assert "to examine it" in fixed(nf, SPUN_HEADER + "We want to examine it.")


def test_longest_match_first_and_no_substring_misfires(nf):
    out = fixed(nf, "persistent acheology and persistent ache")
    assert out == "persistent acheology and chronic pain"
    assert fixed(nf, "co-persistent ache") == "co-persistent ache"


def test_case_is_carried_over(nf):
    assert fixed(nf, "Persistent ache hurts.") == "Chronic pain hurts."
    assert fixed(nf, "PERSISTENT ACHE") == "CHRONIC PAIN"
    assert fixed(nf, "Cures For Persistent Ache") == "Cures For Chronic Pain"
    assert carry_case("Systematic Opinions", "systematic reviews") == "Systematic Reviews"
    assert carry_case("assessment", "review") == "review"


def test_a_capitalised_lemma_mid_sentence_gives_a_lower_case_function_word():
    from newsfix import normalize  # the built-in lexicon's family-O entries

    # the WordNet-style spinner writes "Associate in Nursing" (its thesaurus's lemma) for "an" anywhere
    text = "It is Associate in Nursing endocrine disorder. Associate in Nursing example is the pancreas."
    assert normalize(text, assume="spun").text == "It is an endocrine disorder. An example is the pancreas."
    assert normalize("Cures For Persistent Ache").text == "Cures For Chronic Pain"  # a title keeps its capitals


def test_replacement_keeps_its_own_capitals(nf):
    assert fixed(nf, "Supplied by\nCochrane") == "Provided by\nCochrane"


def test_inflections_are_generated(nf):
    out = fixed(nf, SPUN_HEADER + "Two assessments discovered that it discovers.")
    assert "Two reviews found that it finds." in out


def test_article_agreement(nf):
    out = fixed(nf, SPUN_HEADER + "It was an assessment. An assessment followed.")
    assert "It was a review. A review followed." in out
    e = [e for e in nf.normalize(SPUN_HEADER + "It was an assessment.").edits if "article" in e.rule][0]
    assert e.before == "an assessment" and e.after == "a review"
    assert wants_an("hour") and wants_an("evidence") and not wants_an("university") and not wants_an("review")


def test_whitespace_and_line_breaks_preserved_outside_edits(nf):
    text = "  persistent\n  ache\t\tand   more \r\n\r\npersistent ache\n"
    out = fixed(nf, text)
    assert out == "  chronic pain\t\tand   more \r\n\r\nchronic pain\n"


def test_paragraph_break_stops_a_phrase(nf):
    assert fixed(nf, "persistent\n\nache") == "persistent\n\nache"


def test_line_guards(nf):
    assert fixed(nf, "Supplied by\nCochrane").startswith("Provided by")
    assert fixed(nf, "Vitamins supplied by a lab.") == "Vitamins supplied by a lab."
    assert fixed(nf, "My credit score: 700") == "My credit score: 700"
    assert fixed(nf, "Credit score: Someone from Pexels").startswith("Credit: Someone")


def test_protected_spans_are_never_rewritten(nf):
    text = (
        "persistent ache https://example.org/persistent-ache/persistent ache-x "
        "10.1000/persistent.ache mail persistent.ache@example.org `persistent ache` persistent ache"
    )
    out = fixed(nf, text)
    assert out.startswith("chronic pain https://example.org/persistent-ache/persistent")
    assert "`persistent ache`" in out and "10.1000/persistent.ache" in out and "persistent.ache@example.org" in out
    assert out.endswith("` chronic pain")


def test_quotes_keep_their_ordinary_words_unless_the_quote_itself_is_spun(nf):
    # by default only fingerprints are repaired inside quoted speech; a quote that itself holds a fingerprint was
    # spun (spinners rewrite quotes too), so in a document with enough evidence its ordinary words are repaired too
    text = SPUN_HEADER + '“The proof of persistent ache,” she said. "Sufferers\' proof" was given.'
    r = nf.normalize(text)
    assert "“The evidence of chronic pain,”" in r.text
    assert '"Sufferers\' proof"' in r.text  # no fingerprint in this quote: the speaker's words stand
    assert {e.before for e in r.edits if e.in_quote} == {"proof", "persistent ache"}


def test_a_quote_with_three_swaps_was_spun_and_one_with_two_keeps_its_words(nf):
    # spinners rewrite quotes too: a quote with QUOTE_SWAPS (3) distinct spinner swaps in a document with two
    # fingerprints is judged like the rest of the page, even with no fingerprint of its own; with fewer swaps the
    # speaker's words stand (the seed article's spinner left its quotes alone; its one quote with a swap holds one)
    three = "“Sufferers gave proof to the college,” she said."
    two = "“Sufferers gave proof to the clinic,” he said."
    r = nf.normalize(SPUN_HEADER + three + "\n" + two)
    assert "“Patients gave evidence to the university,” she said." in r.text
    assert two in r.text
    assert {e.before for e in r.edits if e.in_quote} == {"Sufferers", "proof", "college"}
    # only under the default policy, and only in a document with two fingerprints
    assert three in fixed(nf, SPUN_HEADER + three, quotes="protect")
    one_fingerprint = "Results.\n" + three + " It was persistent ache."
    assert three in fixed(nf, one_fingerprint)


def test_a_spun_quote_needs_a_spun_document(nf):
    # one fingerprint is not evidence enough for ordinary words anywhere, quotes included
    text = "Results.\n“The proof of persistent ache,” she said."
    r = nf.normalize(text)
    assert "“The proof of chronic pain,”" in r.text
    assert all(e.tier == "fingerprint" for e in r.edits)


def test_a_quote_keeps_its_words_beside_a_single_fingerprint():
    # one fingerprint and enough ordinary swaps make the page spun (the shipped lexicon), and the swaps outside
    # quotes apply; a quote is judged spun only in a document with two or more distinct fingerprints
    from newsfix import normalize

    text = (
        "Results.\nSufferers gave proof to members in the assessment within the clinic.\n"
        "“The proof of persistent ache,” she said."
    )
    r = normalize(text)
    assert r.spin.verdict == "spun" and r.spin.distinct == 1
    assert r.text.startswith("Results.\nPatients gave evidence")
    assert "“The proof of chronic pain,”" in r.text


def test_quote_policy_protect_and_all(nf):
    text = SPUN_HEADER + "“The proof of persistent ache,” she said."
    assert "“The proof of persistent ache,”" in fixed(nf, text, quotes="protect")
    assert "“The evidence of chronic pain,”" in fixed(nf, text, quotes="all")


def test_unclosed_quote_runs_to_paragraph_end(nf):
    text = SPUN_HEADER + "“Sufferers gave proof\n\nSufferers gave proof."
    out = fixed(nf, text)
    assert "“Sufferers gave proof\n\nPatients gave evidence." in out


def test_gazetteer_names_are_restored_only_in_spun_documents(nf):
    assert "Brunel University of London" in fixed(nf, SPUN_HEADER + "At Brunel College of London.")
    assert fixed(nf, "At Brunel College of London.") == "At Brunel College of London."


def test_glued_function_word(nf):
    r = nf.normalize("Drugs forpersistent ache work.")
    assert r.text == "Drugs for chronic pain work."
    assert "formatting" in fixed(nf, "formatting persistent ache")


def test_disable_and_ignore_and_min_confidence(nf):
    text = SPUN_HEADER + "Sufferers gave proof."
    assert "Sufferers gave evidence." in fixed(nf, text, disable={"sufferers"})
    assert "Patients gave proof." in fixed(nf, text, ignore={"Proof"})
    high = fixed(nf, text, min_confidence=0.9)
    assert "Sufferers gave proof." in high and "chronic pain" in high


def test_edits_slice_the_input(nf):
    text = SPUN_HEADER + "An assessment by sufferers; “persistent ache”."
    r = nf.normalize(text)
    for e in r.edits:
        assert text[e.start : e.end] == e.before


def test_idempotent_on_spun_text(nf):
    text = SPUN_HEADER + "An assessment by sufferers forpersistent ache at Brunel College of London."
    once = fixed(nf, text)
    # the first pass repairs (an engine that does nothing would pass the fixpoint check alone)
    assert once == (
        "More information:\nSystematic Reviews and chronic pain in adult participants.\n"
        "A review by patients for chronic pain at Brunel University of London."
    )
    assert fixed(nf, once) == once
    assert nf.normalize(once).edits == []


def test_to_dict_is_json_and_has_the_documented_shape(nf):
    d = nf.normalize(SPUN_HEADER).to_dict()
    json.dumps(d)
    assert set(d) >= {"text", "edits", "spin"}
    assert set(d["spin"]) >= {"score", "verdict", "fingerprints"}
    assert set(d["edits"][0]) >= {"start", "end", "before", "after", "rule", "confidence", "tier", "in_quote"}


def test_normalizer_pickles_small_and_works(nf):
    data = pickle.dumps(nf)
    assert len(data) < 2000
    again = pickle.loads(data)
    assert again.normalize("persistent ache").text == "chronic pain"


def test_bad_options_and_types(nf):
    with pytest.raises(ValueError):
        nf.normalize("x", quotes="sometimes")
    with pytest.raises(TypeError):
        nf.normalize(b"bytes")  # type: ignore[arg-type]


def test_default_normalize_uses_the_shipped_lexicon():
    r = newsfix.normalize("Extra info:\nThe persistent ache was examined.")
    assert "chronic pain" in r.text
    assert newsfix.normalize("").text == ""


def test_near_miss_spellings_of_fingerprints_in_spun_documents(nf):
    r = nf.normalize(SPUN_HEADER + "Sufferers had persistant ache; grownup membres; Systematic Opinoins.")
    near = {e.before: e.after for e in r.edits if e.rule.startswith("near-miss:")}
    assert near == {
        "persistant ache": "chronic pain",
        "grownup membres": "adult participants",
        "Systematic Opinoins": "Systematic Reviews",
    }
    assert all(e.tier == "fuzzy" and e.confidence < 0.95 for e in r.edits if e.rule.startswith("near-miss:"))


def test_near_miss_needs_a_spun_document_and_a_real_misspelling(nf):
    assert fixed(nf, "They had persistant ache.") == "They had persistant ache."
    # one letter more is an inflection, not a misspelling
    assert "Systematic Opinion." in fixed(nf, SPUN_HEADER + "Systematic Opinion.")


def test_a_near_miss_that_is_another_english_word_is_not_a_misspelling(tmp_path):
    # "processed meats" is one letter from the fingerprint "processed meals" (-> processed foods) and was restored
    # so on a spun page (a learn pair, m53-05); "persistant" is no word, so "persistant ache" still is a near miss
    lex = tmp_path / "near.lex"
    lex.write_text(
        "coronary heart illness | heart disease | fingerprint | - | | editor\n"
        "persistent ache | chronic pain | fingerprint | - | | editor\n"
        "processed meals | processed foods | fingerprint | - | | editor\n"
        "sufferers | patients | fingerprint | - | | editor\n",
        encoding="utf-8",
    )
    text = "Sufferers of persistent ache and coronary heart illness. They ate processed meats and had persistant ache."
    r = Normalizer([lex]).normalize(text)
    assert r.spin.verdict == "spun"
    assert "ate processed meats" in r.text and "had chronic pain" in r.text
    from newsfix.despin.fuzzy import english_words

    words = english_words()
    assert all(w in words for w in ("meats", "meals", "ache", "Aachen", "'d")) and "persistant" not in words
    assert not any(w in words for w in ("meat,noun", "mea", "eatss", "", "meats\nmeat", "Meats"))


I_HEADER = "Be that as it may, understudies with an insusceptible framework issue took part.\n"


def test_family_tagged_entries_apply_only_to_documents_of_that_family(nf):
    r = nf.normalize(I_HEADER + "The diary printed it.")
    assert r.spin.verdict == "spun" and r.spin.families == ("I",)
    assert "The journal printed it." in r.text
    r = nf.normalize(SPUN_HEADER + "Sufferers read the diary.")
    assert r.spin.families == ("A",)
    assert "Patients read the daybook." in r.text  # untagged entries apply to every spun document


def test_families_tie_and_per_family_originals(nf):
    r = nf.normalize("Extra info:\nBe that as it may, the persistent ache and the diary.")
    assert r.spin.verdict == "spun" and r.spin.families == ("A", "I")
    assert "the daybook" not in r.text
    # the same spun word restores differently for another family's documents
    assert "the daybook" in fixed(nf, SPUN_HEADER + "Read the diary.")


def test_case_sensitive_entry_wins_over_case_insensitive_one(nf):
    assert fixed(nf, "The Nationwide Institutes") == "The National Institutes"
    assert fixed(nf, "a nationwide poll") == "a nationwide poll"


def test_guards_see_what_an_earlier_match_restored(nf):
    out = fixed(nf, SPUN_HEADER + "Drugs cut back ache. My head ache.")
    assert "Drugs reduce pain." in out  # "back" was consumed by "cut back" -> "reduce"
    assert "My head ache." in out


def test_unattributed_documents_get_only_untagged_ambiguous_entries(nf):
    r = nf.normalize("Extra info:\nRevealed within the Systematic Opinions. Sufferers read the diary.")
    assert r.spin.verdict == "spun" and r.spin.families == ("A",)
    r = nf.normalize("Extra info:\nCredit score: X\nSupplied by\nRevealed within the diary. Sufferers read it.")
    assert r.spin.verdict == "spun" and r.spin.families == ()
    assert "Patients read it." in r.text  # untagged
    assert "the diary" in r.text  # tagged I and A: no family attributed, so neither applies


def test_a_repair_that_completes_a_fingerprint_is_followed_up(nf):
    # "as a result of" -> "because" makes "because manner", a fingerprint: fixed in the same call
    text = SPUN_HEADER + "It failed as a result of manner the cells grew."
    r = nf.normalize(text)
    assert "It failed due to the way the cells grew." in r.text
    (e,) = [e for e in r.edits if "manner" in e.before]
    assert text[e.start : e.end] == e.before == "as a result of manner"
    assert e.rule == "lexicon:as a result of>lexicon:because manner"
    assert nf.normalize(r.text).text == r.text


def test_compose_edits():
    from newsfix.model import Edit, apply_edits, compose_edits

    text = "aa bb cc dd"
    first = [Edit(0, 2, "aa", "x", "r1", 0.9, "fingerprint"), Edit(6, 8, "cc", "yy", "r2", 0.8, "ambiguous")]
    middle = apply_edits(text, first)
    assert middle == "x bb yy dd"
    second = [Edit(2, 4, "bb", "B", "s1", 0.95, "fingerprint"), Edit(5, 10, "yy dd", "Z", "s2", 0.7, "fingerprint")]
    combined = compose_edits(text, first, second)
    assert apply_edits(text, combined) == apply_edits(middle, second) == "x B Z"
    assert [(e.before, e.after, e.rule) for e in combined] == [
        ("aa", "x", "r1"),
        ("bb", "B", "s1"),
        ("cc dd", "Z", "r2>s2"),
    ]
    assert all(text[e.start : e.end] == e.before for e in combined)
    assert combined[-1].tier == "ambiguous" and combined[-1].confidence == 0.7


def test_a_case_sensitive_entry_without_a_lower_case_twin_is_looked_for(tmp_path):
    # case-sensitive forms once never reached the entry-point index, so such an entry never fired
    lex = tmp_path / "cs.lex"
    lex.write_text(
        "persistent ache | chronic pain | fingerprint | - | | test\n"
        "proof | evidence | fingerprint | - | | test\n"
        "Quibble Institute | Qualm Institute | fingerprint | cs | | test\n"
        "rapid ache | acute pain | fingerprint | - | | test\n",
        encoding="utf-8",
    )
    r = Normalizer([lex]).normalize("Persistent ache, rapid ache and proof, said the Quibble Institute.")
    assert "the Qualm Institute" in r.text
    assert "the quibble institute" == Normalizer([lex]).normalize("the quibble institute").text


def test_every_misspellable_word_of_a_fingerprint_has_an_anchor():
    """Near misses are looked up from few anchors per form; whichever long word is misspelt, the form is found
    (unless its other words are all function words, which never anchor)."""
    from newsfix.despin.fuzzy import FUNCTION_WORDS, MIN_NEAR_MISS_LEN, NearMissMatcher, english_words
    from newsfix.despin.normalizer import default_normalizer
    from newsfix.despin.tokens import TokenTable

    lex = default_normalizer().lexicon
    matcher = NearMissMatcher(lex)
    missed = []
    for words, form in lex.forms.items():
        if form.entry.tier != "fingerprint" or len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        for q, w in enumerate(words):
            if len(w) < MIN_NEAR_MISS_LEN or all(o in FUNCTION_WORDS for k, o in enumerate(words) if k != q):
                continue
            # one letter changed, into no English word ("taxes" for "takes" is another word, not a near miss)
            typo = next(t for c in "xzqj" if (t := w[:2] + c + w[3:]) != w and t not in english_words())
            text = " ".join(words[:q] + (typo,) + words[q + 1 :])
            if not any(f is form for _, _, f in matcher.matches(text, TokenTable(text))):
                missed.append(text)
    assert not missed, missed[:10]


def test_long_trailing_white_space_tokenizes_in_linear_time():
    # masked HTML can end with a long blank stretch; the tokenizer's (\s*) once backtracked quadratically there
    from newsfix.despin.tokens import TokenTable

    tokens = TokenTable("persistent ache" + " " * 300_000)
    assert tokens.keys == ["persistent", "ache"]
    assert "chronic pain" in newsfix.normalize("Extra info: persistent ache, proof, members" + "\n " * 150_000).text


def test_single_fingerprint_documents_get_no_ambiguous_swaps():
    # one spinner phrase in otherwise ordinary prose: the phrase is restored, the ordinary words stay the author's
    text = "The persistent ache study enrolled 40 people. " + " ".join(["The members of the panel met."] * 3)
    r = newsfix.normalize(text)
    assert "chronic pain" in r.text
    assert all(e.tier != "ambiguous" for e in r.edits)


def test_one_fingerprint_with_enough_ordinary_swaps_is_attributed_to_the_swap_model():
    from newsfix.despin.verdict import ONE_FINGERPRINT_SWAPS

    assert ONE_FINGERPRINT_SWAPS == 4
    head = "The persistent ache study enrolled 40 people. "
    three = "They had to depart early. The danger was low. Nurses would assist them. "
    held = newsfix.normalize(head + three)
    held_swaps = [(s.before, s.after) for s in held.suggestions]
    assert held_swaps == [("depart", "leave"), ("danger", "risk"), ("assist", "help")]
    assert all(e.tier != "ambiguous" for e in held.edits)
    four = newsfix.normalize(head + three + "Costs fell considerably. ")
    assert four.suggestions == []
    assert four.text.endswith(
        "They had to leave early. The risk was low. Nurses would help them. Costs fell significantly. "
    )


def test_meaning_bearing_swap_needs_a_fingerprint_nearby():
    from newsfix.despin.gates import SENSITIVE_REACH
    from newsfix.despin.normalizer import default_normalizer

    nf = default_normalizer()
    assert nf.sensitive_words["children"] == "age" and nf.sensitive_words["not"] == "negation"
    spun_head = "Persistent ache and most cancers were studied in the well being examine. " * 3
    filler = "The weather was mild and the roads were quiet that day. " * (SENSITIVE_REACH // 5)
    far = newsfix.normalize(spun_head + filler + "The sufferers were treated.").text
    near = newsfix.normalize(spun_head + "The sufferers were treated.").text
    assert far.endswith("The sufferers were treated.")
    assert near.endswith("The patients were treated.")


def test_ordinary_word_swaps_skip_names_mid_sentence_but_not_headlines():
    spun = "Persistent ache and most cancers were studied in the well being examine. " * 3
    name = newsfix.normalize(spun + "It appeared in the journal Diagnosis, Assessment & Monitoring today.").text
    assert "Diagnosis, Assessment & Monitoring" in name


def test_a_name_spun_in_two_words_is_restored_by_the_gazetteer():
    # "Basis" -> "Foundation" is a case-sensitive entry; it still explains a differing word of a gazetteer name
    spun = "Persistent ache and most cancers were studied in the well being examine. "
    r = newsfix.normalize(spun + "The Nationwide Sleep Basis agreed.")
    assert r.text.endswith("The National Sleep Foundation agreed.")


def test_held_back_swaps_are_reported_as_suggestions_not_applied():
    text = "The persistent ache study enrolled 40 people. " + " ".join(["The members of the panel met."] * 3)
    r = newsfix.normalize(text)
    assert "members" in r.text and r.suggestions
    s = r.suggestions[0]
    assert text[s.start : s.end] == s.before == "members" and s.after == "participants"
    assert "held: one fingerprint in the document" in s.rule
    assert r.to_dict()["suggestions"][0]["after"] == "participants"
    assert "suggestion, not applied" in r.explain()
    assert newsfix.process(text).to_dict()["suggestions"] == r.to_dict()["suggestions"]
    assert newsfix.normalize(text, assume="spun").suggestions == []  # told it is spun: nothing held back


def test_seed_keeps_the_authors_inform_before_patients(seed_text):
    # "help inform sufferers and clinicians" is the author's "inform patients": once "sufferers" was in the guard
    # of `inform -> tell` (a person after it), the seed read "help tell patients and clinicians"
    fixed = newsfix.normalize(seed_text).text
    assert "help inform patients and clinicians weighing up" in fixed
    assert "tell patients" not in fixed


SWAPS_LEXICON = (
    "additionally | also | ambiguous | - | | family:A\n"
    "analysts | researchers | ambiguous | - | | family:I\n"
    "as an outcome of | as a result of | fingerprint | - | | family:D\n"
    "examine | study | ambiguous | - | | family:A\n"
    "final | last | ambiguous | - | | family:A\n"
    "nearer | closer | ambiguous | - | | editor\n"
    "spouse | wife | ambiguous | - | | family:A\n"
    "whereas | while | ambiguous | - | | family:A\n"
)
SWAPS_ONLY = (
    "The examine moved nearer to its end this year. His spouse said the final visit went well, whereas the "
    "others waited. The team additionally spoke to analysts about the cost of care in the city."
)


def test_a_page_spun_by_its_swaps_alone_names_no_family(tmp_path):
    """No fingerprint, but six distinct swaps in a short passage: the page is spun (verdict.swap_dense), but the
    swaps name no spinner, so only entries without a family tag apply. (Session 8 let them vote for a family; a page
    whose fingerprints of one family were repaired then read as another family's on a second run: not idempotent.)"""
    lex = tmp_path / "swaps.lex"
    lex.write_text(SWAPS_LEXICON, encoding="utf-8")
    r = Normalizer([lex]).normalize(SWAPS_ONLY)
    assert r.spin.verdict == "spun" and r.spin.families == ()
    assert {(e.before, e.after) for e in r.edits} == {("nearer", "closer")}


def test_repairing_a_fingerprint_does_not_change_what_a_second_run_does(tmp_path):
    # a family-D fingerprint beside dense family-A swaps: the first run applies D's entries and untagged ones; once the
    # fingerprint is repaired, the swaps alone still make the page spun, and must not pull in family A's entries then
    lex = tmp_path / "swaps.lex"
    lex.write_text(SWAPS_LEXICON, encoding="utf-8")
    nf = Normalizer([lex])
    first = nf.normalize(SWAPS_ONLY + " It closed as an outcome of the storm.")
    assert first.spin.families == ("D",) and "as a result of the storm" in first.text
    assert nf.normalize(first.text).text == first.text


def test_a_spinner_run_over_its_own_output_is_undone_in_one_go():
    # a page spun four times over ("skin" -> "pores and skin" each time) needs one follow-up pass per level;
    # a second run must find nothing left
    from newsfix import normalize

    text = "Chewing gum holds DNA from the pores and pores and pores and pores and skin of the chewer, she said."
    fixed_text = normalize(text).text
    assert fixed_text == "Chewing gum holds DNA from the skin of the chewer, she said."
    assert normalize(fixed_text).text == fixed_text
