"""Evidence gates: which ordinary-word swaps a spun document gets, and which are held back as suggestions.

An ambiguous lexicon entry is an ordinary word a spinner also writes. In a document judged spun it is applied only
where the evidence is strong enough: two distinct fingerprints in the document (or swaps dense enough, or numerous
enough beside a single fingerprint, or a spinner model's attribution: `verdict.swap_attributed`), a fingerprint
within a few sentences for a meaning-bearing word (`sensitive.py`), and never inside a capitalised name
mid-sentence. What the gates hold back is reported as a suggestion with its reason (`Normalized.suggestions`), not
applied.
"""

from __future__ import annotations

import bisect

from ..model import Edit
from . import sensitive
from .matcher import inside_name
from .protect import Spans

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Ambiguous swaps need at least this many distinct fingerprints in the document: with one, the document may be an
# unspun text that happens to use one spinner phrase, and ordinary words there are the author's (measured on fresh
# pages: swaps in single-fingerprint documents were wrong far more often than right).
AMBIGUOUS_MIN_FINGERPRINTS = 2
# A meaning-bearing ambiguous swap (see sensitive.py) needs a fingerprint within this many tokens (a few sentences).
SENSITIVE_REACH = 40
# A quote with this many distinct spinner swaps inside, in a document with AMBIGUOUS_MIN_FINGERPRINTS, was spun
# (chosen on the learn part and the dev pairs, 2026-12-07: 2 / 3 / 4 swaps read learn +0.3 / +0.2 / +0.1 restore
# points with 1 / 0 / 0 more wrong edits, dev +1.5 / +1.5 / +0.8 with 1 more wrong edit each; one swap would alter
# the seed article's unspun quote).
QUOTE_SWAPS = 3


def gate_ambiguous(
    text: str, chosen: list, fingerprints: list, distinct: int, dense: bool, sensitive_words: dict[str, str]
) -> tuple[list, list]:
    """Ambiguous swaps only where the evidence is strong enough: two distinct fingerprints in the document, or
    swaps dense enough to attribute the page to the spinners' swap model on their own; and for a
    meaning-bearing swap a fingerprint nearby (fingerprints and artifacts are never held back). Returns the
    matches kept and those held back, each with why: held swaps are reported as suggestions, not applied."""
    kept, held = [], []
    if distinct < AMBIGUOUS_MIN_FINGERPRINTS and not dense:
        for m, in_quote in chosen:
            if m.form.entry.tier == "ambiguous":
                held.append((m, in_quote, "one fingerprint in the document"))
            else:
                kept.append((m, in_quote))
        return kept, held
    anchors = sorted(m.i for m, _ in fingerprints)
    words = sensitive_words
    for m, in_quote in chosen:
        entry = m.form.entry
        if entry.tier == "ambiguous" and not entry.case_sensitive:
            if inside_name(text, m.start):
                held.append((m, in_quote, "inside a capitalised name"))
                continue
            classes = sensitive.classes_of(f"{entry.spun} {entry.original}", words)
            if classes:
                k = bisect.bisect_left(anchors, m.i - SENSITIVE_REACH)
                if k == len(anchors) or anchors[k] > m.j + SENSITIVE_REACH:
                    held.append((m, in_quote, f"{'/'.join(sorted(classes))} word, no fingerprint nearby"))
                    continue
        kept.append((m, in_quote))
    return kept, held


def spun_quotes(quotes: Spans, fingerprints: list, distinct: int, open_swaps: list | None = None) -> Spans:
    """The quoted passages whose ordinary words are judged like the rest of a spun page.

    A quote is the speaker's words, so by default only fingerprints are repaired inside it. But a spinner rewrites
    quotes like any other text: a quote that itself holds a fingerprint, in a document with enough fingerprints for
    ordinary-word swaps at all, was spun (measured on the learn part and the dev pairs: restore +0.7 and +1.3
    points, precision unchanged). So was a quote that holds `QUOTE_SWAPS` or more distinct spinner swaps
    (`open_swaps`: the matches chosen with every quote open); the seed article's spinner left its quotes alone, and
    its one quote with a swap holds a single one. Other quotes keep their words."""
    if distinct < AMBIGUOUS_MIN_FINGERPRINTS or not quotes:
        return Spans(())
    starts = [m.start for m, in_quote in fingerprints if in_quote]
    spun: list[tuple[int, int]] = [q for q in quotes if _holds(q, starts)]
    if open_swaps:
        quoted = sorted((m.start, m.form.entry.spun) for m, in_quote in open_swaps if in_quote)
        keys = [s for s, _ in quoted]
        for q in quotes:
            lo, hi = bisect.bisect_left(keys, q[0]), bisect.bisect_left(keys, q[1])
            if len({spun_form for _, spun_form in quoted[lo:hi]}) >= QUOTE_SWAPS:
                spun.append(q)
    return Spans(spun)


def _holds(span: tuple[int, int], starts: list[int]) -> bool:
    return any(span[0] <= s < span[1] for s in starts)


def rule_of(match: Any) -> str:
    return match.form.rule


def fingerprints_inside_held(chosen: list, held: list, fingerprints: list, disable: frozenset[str]) -> list:
    """`chosen` plus the fingerprints inside the ambiguous matches the gates held back. The matcher takes the longest
    match at a word ("folks dwelling persistent ache", an ordinary-word entry); when the gates hold that back, the
    fingerprint it covered ("persistent ache") must still apply, or a second run would find it (found by the
    follow-up property test)."""
    if not held:
        return chosen
    spans = sorted((m.start, m.end) for m, _, _ in held)
    taken = [(m.start, m.end) for m, _ in chosen]
    extra = [
        (m, q)
        for m, q in fingerprints
        if m.form.entry.spun not in disable
        and m.form.rule not in disable
        and any(a <= m.start and m.end <= b for a, b in spans)
        and not any(m.start < e and s < m.end for s, e in taken)
    ]
    return sorted(chosen + extra, key=lambda c: c[0].start) if extra else chosen


def apart(suggestions: list[Edit], edits: list[Edit]) -> list[Edit]:
    """Suggestions that no applied edit overlaps (a fingerprint or a name may have covered the same words)."""
    if not suggestions:
        return []
    taken = [(e.start, e.end) for e in edits]
    starts = [a for a, _ in taken]
    out = []
    for s in suggestions:
        k = bisect.bisect_right(starts, s.start)
        if (k and taken[k - 1][1] > s.start) or (k < len(taken) and taken[k][0] < s.end):
            continue
        out.append(s)
    return out
