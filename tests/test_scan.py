"""The lexicon automaton (despin/scan.py) is an exact pre-filter: every form the token matcher can match at any
entry point (guards, quotes and protected spans aside) is an occurrence the automaton reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfix.despin import artifacts
from newsfix.despin.compile import every_forms
from newsfix.despin.matcher import Context
from newsfix.despin.normalizer import default_normalizer
from newsfix.despin.tokens import GLUE_PREFIXES, TokenTable

ROOT = Path(__file__).resolve().parent.parent


def matched_by_tokens(text: str) -> tuple[bool, set[str]]:
    """Whether the matcher finds a fingerprint form anywhere, and the ambiguous entries it finds (no guard); and
    that each form found starts with a word the automaton says a form that occurs may start with (scan_starts)."""
    nf = default_normalizer()
    folded = artifacts.fold(text)
    ctx = Context(text, folded, TokenTable(folded), nf.lexicon)
    _, _, starts, fingerprint_starts = nf.scanner.scan_starts(folded)
    fingerprint, ambiguous = False, set()
    for i in ctx.entry_points:
        for m in ctx.candidates(i):
            entry = m.form.entry
            assert ctx.keys[i] in starts, (text, ctx.keys[i])
            if entry.tier == "fingerprint":
                fingerprint = True
                assert ctx.keys[i] in fingerprint_starts, (text, ctx.keys[i])
            elif entry.tier == "ambiguous":
                ambiguous.add(entry.spun)
    return fingerprint, ambiguous


def assert_covers(text: str) -> None:
    scanner = default_normalizer().scanner
    hits = scanner.occurring(artifacts.fold(text))
    fingerprint, ambiguous = matched_by_tokens(text)
    if fingerprint:
        assert any(scanner.fingerprint[k] for k in hits), text
    found = set().union(*(scanner.ambiguous.get(k, frozenset()) for k in hits)) if hits else set()
    assert ambiguous <= found, (text, ambiguous - found)
    assert scanner.scan(artifacts.fold(text))[1] >= len(ambiguous)


def corpus_texts() -> list[Path]:
    paths = [*(ROOT / "benchmarks" / "corpus").rglob("*.txt"), *(ROOT / "fixtures").rglob("*.txt")]
    return sorted(paths)


def test_a_hyphenated_form_ending_in_a_function_word_is_found_glued_to_the_next_word():
    # found by the property test below: the matcher splits "by" off "byjournal", so "close-by" matches there
    assert_covers(" close-byjournal data:")
    assert_covers("the close-bygalaxy")


def test_corpus_texts_are_covered():
    paths = corpus_texts()
    assert paths
    for path in paths:
        assert_covers(path.read_text(encoding="utf-8", errors="replace"))


@pytest.fixture(scope="module")
def form_texts() -> list[str]:
    forms = every_forms(default_normalizer().lexicon)
    out = []
    for f in forms[:: max(1, len(forms) // 400)]:
        out.append("".join(w + (" " if k < len(f.spaced) and f.spaced[k] else "") for k, w in enumerate(f.words)))
    return out


GAPS = st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0", ", ", ". ", "\n\n", "-", ""])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_forms_in_any_spacing_case_and_glue_are_covered(form_texts, data):
    pieces = data.draw(st.lists(st.sampled_from(form_texts), min_size=1, max_size=6))
    text = ""
    for piece in pieces:
        words = piece.split(" ")
        piece = "".join(w + (data.draw(GAPS) if k < len(words) - 1 else "") for k, w in enumerate(words))
        piece = data.draw(st.sampled_from([piece, piece.upper(), piece.title(), piece.replace("'", "’")]))
        glue = data.draw(st.sampled_from(["", "", *GLUE_PREFIXES]))
        text += data.draw(GAPS) + glue + piece
    assert_covers(text)


def test_a_lone_surrogate_sends_the_text_to_the_full_pass():
    scanner = default_normalizer().scanner
    assert scanner.scan("persistent ache \ud800") == (True, len("persistent ache \ud800") + 1)
    assert scanner.scan_starts("persistent ache \ud800")[2:] == (None, None)  # no filter on the matcher either
