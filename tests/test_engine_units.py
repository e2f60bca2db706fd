"""Unit tests of the engine's parts, each on its own: the tokenizer, lexicon compilation, the matcher and fuzzy
name restoration (on the small test lexicon, so that the curated one can change freely)."""

from __future__ import annotations

import pytest

from conftest import TEST_LEXICON
from newsfix.despin import artifacts
from newsfix.despin.compile import compile_entries, compile_lexicon
from newsfix.despin.fuzzy import NameRestorer
from newsfix.despin.lexicon import Gazetteer, load_entries, parse_line
from newsfix.despin.matcher import ANY_FAMILY, Context, match_edit, select
from newsfix.despin.protect import Spans
from newsfix.despin.tokens import TokenTable, gap_fits, phrase_key, tokenize, word_runs

# --------------------------------------------------------------------------------------------------------- tokens


def test_tokenize_keeps_contractions_and_splits_punctuation():
    toks = tokenize("Don't stop—it's 3.5 mg")
    assert [t.text for t in toks] == ["Don't", "stop", "—", "it's", "3", ".", "5", "mg"]
    assert all("Don't stop—it's 3.5 mg"[t.start : t.end] == t.text for t in toks)


def test_token_table_keys_and_offsets():
    table = TokenTable("A persistent ache.")
    assert len(table) == 4
    assert table.keys == ["a", "persistent", "ache", "."]
    assert table.starts == [0, 2, 13, 17]


def test_word_runs_phrase_key_and_gaps():
    assert word_runs("Persistent-ache, 3.5 mg") == ["persistent", "ache", "3", "5", "mg"]
    assert phrase_key("credit score:") == (("credit", "score", ":"), (True, False))
    assert phrase_key("Nationwide", True) == (("Nationwide",), ())
    assert gap_fits(" ", True) and not gap_fits("", True)
    assert gap_fits("", False) and not gap_fits("  ", False)


# ------------------------------------------------------------------------------------------------ lexicon compile


@pytest.fixture(scope="module")
def lex():
    return compile_lexicon([TEST_LEXICON], use_cache=False)


def test_compile_indexes_forms_by_words(lex):
    form = lex.forms[("persistent", "ache")]
    assert form.replacement == "chronic pain" and form.entry.tier == "fingerprint"
    assert lex.max_len["persistent"] >= 2
    assert "persistent" in lex.fingerprint_runs or ("persistent", "ache") in lex.fingerprint_pairs
    # case-sensitive entries are kept apart, under their own case
    assert lex.cs_forms[("Nationwide",)].replacement == "National"


def test_compile_expands_inflection_flags():
    (entry,) = [parse_line("assessment | review | ambiguous | n | | tests", "t:1")]
    lex = compile_entries([entry])
    assert lex.forms[("assessments",)].replacement == "reviews"
    assert lex.forms[("assessment",)].replacement == "review"


def test_compile_is_deterministic_and_complete():
    entries, _ = load_entries([TEST_LEXICON])
    a, b = compile_entries(entries), compile_entries(entries)
    assert a.forms.keys() == b.forms.keys() and a.fingerprint_pairs == b.fingerprint_pairs
    spun = {tuple(e.spun.lower().split(" ")) for e in entries if not e.case_sensitive}
    assert {k for k in spun if all(w.isalpha() for w in k)} <= set(a.forms) | set(a.alternatives)


# --------------------------------------------------------------------------------------------------------- matcher


def matches(lex, text: str, spun: bool = True) -> list[tuple[str, str]]:
    folded = artifacts.fold(text)
    ctx = Context(text, folded, TokenTable(folded), lex)
    chosen = select(ctx, Spans(()), Spans(()), quote_policy="fingerprint", spun=spun, families=ANY_FAMILY)
    return [(e.before, e.after) for e in (match_edit(ctx, m, q) for m, q in chosen)]


def test_matcher_longest_match_first_and_case(lex):
    assert matches(lex, "Persistent ache returned.") == [("Persistent ache", "Chronic pain")]


def test_matcher_applies_ambiguous_entries_only_to_spun_text(lex):
    assert ("An assessment", "A review") in matches(lex, "An assessment of the trial.", spun=True)
    assert matches(lex, "An assessment of the trial.", spun=False) == []


def test_matcher_guards(lex):
    # ache | pain | !prev=back,head
    assert matches(lex, "The back ache eased.") == []
    assert ("ache", "pain") in matches(lex, "The ache eased.")


def test_matcher_fixes_the_article(lex):
    edits = matches(lex, "An assessment was published.")
    assert edits and edits[0][0].lower().startswith("an assessment") and edits[0][1].lower().startswith("a review")


def test_a_doubled_article_is_not_made_to_agree():
    # "an a more" would be wrong; hypothesis found it in the shipped lexicon ("a extra" | "a more")
    (entry,) = [parse_line("a extra | a more | fingerprint | - | | tests", "t:1")]
    assert matches(compile_entries([entry]), "It is a a extra harmful habit.") == [("a extra", "a more")]


def test_a_fingerprint_that_repaired_artifacts_spell_out_is_repaired_in_the_same_run(test_normalizer):
    # braces dropped on a page judged clean (the fingerprint was split by "}") give "persistent ache": a second run
    # used to repair it
    once = test_normalizer.normalize("{The persistent} ache returned.").text
    assert once == "The chronic pain returned." and test_normalizer.normalize(once).text == once


def test_matcher_splits_glued_function_words(lex):
    assert ("forpersistent ache", "for chronic pain") in matches(lex, "Help forpersistent ache.")


# ----------------------------------------------------------------------------------------------------- fuzzy names


@pytest.fixture(scope="module")
def restorer(lex):
    return NameRestorer(Gazetteer.load(TEST_LEXICON), lex.word_swaps)


def restore(restorer, text: str) -> list[tuple[str, str]]:
    return [(e.before, e.after) for e in restorer.edits(text, TokenTable(text), Spans(()))]


def test_fuzzy_restores_a_spun_gazetteer_name(restorer):
    assert restore(restorer, "She works at Brunel College of London.") == [
        ("Brunel College of London", "Brunel University of London")
    ]


def test_fuzzy_finds_a_name_whose_every_word_a_spinner_may_swap(lex, tmp_path):
    # "National" and "University" are originals of swaps (Nationwide, college) and "Diary" is a spun form: no word
    # of the name is a safe anchor, so the name is looked up from its words as written and as spun
    (tmp_path / "gazetteers").mkdir()
    (tmp_path / "gazetteers" / "names.txt").write_text("National Diary University\n", encoding="utf-8")
    names = NameRestorer(Gazetteer.load(tmp_path), lex.word_swaps)
    assert restore(names, "She studied at the Nationwide Diary College then.") == [
        ("Nationwide Diary College", "National Diary University")
    ]
    assert restore(names, "She studied at the National Diary University then.") == []


def test_fuzzy_leaves_exact_and_unrelated_names(restorer):
    assert restore(restorer, "She works at Brunel University of London.") == []
    assert restore(restorer, "She works at Oxford College of Music.") == []


def test_lazy_patterns_compile_on_first_use_and_match_as_compiled_ones():
    """newsfix.lazyre: the patterns a one-file `check` seldom needs are compiled when first used (issue 15)."""
    import re

    from newsfix.despin import artifacts, protect
    from newsfix.lazyre import LazyPattern

    lazy = LazyPattern(r"(?<![^\W_])(one|two)(?=,\d{3})", re.IGNORECASE)
    assert lazy._compiled is None
    text = "Two,000 and one,500 but not none,000"
    eager = re.compile(r"(?<![^\W_])(one|two)(?=,\d{3})", re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)] == [(0, 3), (12, 15)]
    assert lazy._compiled is eager  # re's own cache: the same compiled pattern
    assert (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags)
    for name in ("WORD", "LATIN", "SPINTAX", "HALF_NUMBER", "DOTTED", "DETOKENIZED", "GLUED_CAPITAL"):
        assert isinstance(getattr(artifacts, name), LazyPattern), name
    assert isinstance(protect.EMAIL, LazyPattern)
