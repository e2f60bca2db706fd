"""The results newsfix returns: edits, the spin verdict, and the normalised document."""

from __future__ import annotations

from .records import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

# The vocabularies, defined here once and imported everywhere else.
TIERS = ("artifact", "fingerprint", "fuzzy", "ambiguous")  # how sure an edit is, surest first
TIER_ORDER = {tier: rank for rank, tier in enumerate(TIERS)}
LEXICON_TIERS = ("fingerprint", "ambiguous")  # the tiers a lexicon entry can have (the others come from rules)
VERDICTS = ("spun", "clean", "uncertain")  # the spin verdict of a document
ASSUME = ("spun", "clean")  # the verdicts a caller may force (`--assume`)
QUOTE_POLICIES = ("fingerprint", "protect", "all")  # what may change inside quoted speech
KINDS = ("text", "markdown", "html")  # document kinds the pipeline masks for


class Edit(Frozen):
    """One change: `text[start:end] == before` in the input, replaced by `after`."""

    start: int
    end: int
    before: str
    after: str
    rule: str
    confidence: float
    tier: str
    in_quote: bool

    def __init__(
        self,
        start: int,
        end: int,
        before: str,
        after: str,
        rule: str,
        confidence: float,
        tier: str,
        in_quote: bool = False,
    ) -> None:
        self.__dict__.update(
            start=start,
            end=end,
            before=before,
            after=after,
            rule=rule,
            confidence=confidence,
            tier=tier,
            in_quote=in_quote,
        )

    def to_dict(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict deep-copies every field, and batches call this for every edit
        return {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "rule": self.rule,
            "confidence": self.confidence,
            "tier": self.tier,
            "in_quote": self.in_quote,
        }


class Spin(Frozen):
    """How strongly the document looks spun.

    `fingerprints` counts the unmistakable spinner phrases found, `distinct` how many different ones, and `score`
    is distinct fingerprints per 1000 words.
    """

    score: float
    verdict: str  # "spun" | "uncertain" | "clean"
    fingerprints: int
    words: int
    distinct: int
    families: tuple[str, ...]  # spinner families the fingerprints point to (lexicon provenance)

    def __init__(
        self, score: float, verdict: str, fingerprints: int, words: int, distinct: int = 0, families: tuple = ()
    ) -> None:
        self.__dict__.update(
            score=score, verdict=verdict, fingerprints=fingerprints, words=words, distinct=distinct, families=families
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "verdict": self.verdict,
            "fingerprints": self.fingerprints,
            "words": self.words,
            "distinct": self.distinct,
            "families": list(self.families),
        }


class Normalized(Frozen):
    text: str
    edits: list[Edit]
    spin: Spin
    original: str
    # ordinary-word swaps the evidence gates held back (a single fingerprint in the document, a meaning-bearing word
    # with no fingerprint nearby, a word inside a name): reported, never applied; `rule` says why ("(held: ...)")
    suggestions: list[Edit]

    def __init__(
        self,
        text: str,
        edits: list[Edit] | None = None,
        spin: Spin | None = None,
        original: str = "",
        suggestions: list[Edit] | None = None,
    ) -> None:
        self.__dict__.update(
            text=text,
            edits=[] if edits is None else edits,
            spin=Spin(0.0, "clean", 0, 0, 0) if spin is None else spin,
            original=original,
            suggestions=[] if suggestions is None else suggestions,
        )

    @property
    def changed(self) -> bool:
        return bool(self.edits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "spin": self.spin.to_dict(),
            "edits": [e.to_dict() for e in self.edits],
            "suggestions": [e.to_dict() for e in self.suggestions],
        }

    def explain(self) -> str:
        """One line per edit, with its line and column in the input: what changed and by which rule."""
        lines = [f"spin: {self.spin.verdict} (score {self.spin.score:.2f}, {self.spin.fingerprints} fingerprints)"]
        for e in self.edits:
            line, col = line_col(self.original, e.start)
            quoted = " in quote" if e.in_quote else ""
            lines.append(f"{line}:{col}: {e.before!r} -> {e.after!r} [{e.rule}; {e.tier}{quoted}; {e.confidence:.2f}]")
        for e in self.suggestions:
            line, col = line_col(self.original, e.start)
            lines.append(f"{line}:{col}: suggestion, not applied: {e.before!r} -> {e.after!r} [{e.rule}]")
        return "\n".join(lines)


class Options(Frozen):
    """How aggressive normalisation is.

    quotes: "fingerprint" (default: only unmistakable phrases inside quoted speech), "protect" (never touch quotes),
        "all" (treat quotes like other text).
    assume: force the verdict ("spun" applies ambiguous entries regardless of the evidence).
    disable: rule ids or spun forms to leave alone (e.g. "spintax", "lexicon:assessment", "assessment").
    ignore: phrases never to change (compared case-insensitively with the text an edit would replace).
    min_confidence: drop edits below this confidence.
    """

    quotes: str
    assume: str | None
    disable: frozenset[str]
    ignore: frozenset[str]
    min_confidence: float

    def __init__(
        self,
        quotes: str = "fingerprint",
        assume: str | None = None,
        disable: Iterable[str] = frozenset(),
        ignore: Iterable[str] = frozenset(),
        min_confidence: float = 0.0,
    ) -> None:
        if quotes not in QUOTE_POLICIES:
            raise ValueError(f"quotes must be one of {QUOTE_POLICIES}, not {quotes!r}")
        if assume is not None and assume not in VERDICTS:
            raise ValueError(f"assume must be one of {VERDICTS} or None, not {assume!r}")
        self.__dict__.update(
            quotes=quotes,
            assume=assume,
            disable=frozenset(disable),
            ignore=frozenset(p.lower() for p in ignore),
            min_confidence=min_confidence,
        )


HELD = " (held: "  # how a suggestion's rule names why the evidence gates held it back


def held_rule(rule: str, why: str) -> str:
    """The rule of a swap the evidence gates held back: "lexicon:members (held: one fingerprint in the document)"."""
    return f"{rule}{HELD}{why})"


def split_held(rule: str) -> tuple[str, str | None]:
    """A held-back swap's rule and why it was held ("held: ..."), or the rule as it is and None."""
    base, sep, why = rule.partition(HELD)
    return (base, "held: " + why.removesuffix(")")) if sep else (rule, None)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (sorted by start) to the text they were made for."""
    out, pos = [], 0
    for e in edits:
        out.append(text[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def output_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where each edit's replacement sits in the text the edits produce (edits sorted and not overlapping)."""
    spans, delta = [], 0
    for e in edits:
        spans.append((e.start + delta, e.start + delta + len(e.after)))
        delta += len(e.after) - (e.end - e.start)
    return spans


def compose_edits(text: str, first: list[Edit], second: list[Edit]) -> list[Edit]:
    """Edits of `text` that do what `first` and then `second` (edits of the text `first` produced) do together.

    A second edit that touches text a first edit wrote is merged with it into one edit of the input, so offsets
    stay offsets into `text` and `text[start:end] == before` still holds.
    """
    # where each first edit's replacement sits in the intermediate text; bisection over the (sorted) spans and a
    # running sum of the length changes keep this linear-logarithmic in the number of edits
    from bisect import bisect_right
    from itertools import accumulate

    placed = [(s, t, e) for (s, t), e in zip(output_spans(first), first)]
    ends = [t for _, t, _ in placed]
    shifts = [0, *accumulate(len(e.after) - (e.end - e.start) for e in first)]
    middle = apply_edits(text, first)

    def to_input(pos: int) -> int:
        # pos is outside every first edit's replacement (or on its edge): shift back by the changes before it
        return pos - shifts[bisect_right(ends, pos)]

    # groups of intermediate-text spans, each a second edit widened to the first edits it touches
    groups: list[list] = []
    for e in second:
        lo, hi, parts = e.start, e.end, [e]
        touched = []
        for k in range(bisect_right(ends, lo), len(placed)):  # the first span ending after lo, onwards
            s, t, f = placed[k]
            if s >= hi:
                break
            if lo < t:
                touched.append((s, t, f))
        for s, t, _ in touched:
            lo, hi = min(lo, s), max(hi, t)
        if groups and lo < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi)
            groups[-1][2].append(e)
            groups[-1][3].extend(f for _, _, f in touched)
        else:
            groups.append([lo, hi, parts, [f for _, _, f in touched]])
    merged_away = {id(f) for g in groups for f in g[3]}
    out = [e for e in first if id(e) not in merged_away]
    for lo, hi, parts, olds in groups:
        after, pos = [], lo
        for e in parts:
            after += [middle[pos : e.start], e.after]
            pos = e.end
        after.append(middle[pos:hi])
        start, end = to_input(lo), to_input(hi)
        if "".join(after) == text[start:end]:
            continue  # the second edit undid the first ("medicine" -> "drugs" -> "medicine"): no edit at all
        chain = sorted(olds + parts, key=lambda e: TIER_ORDER[e.tier])
        out.append(
            Edit(
                start,
                end,
                text[start:end],
                "".join(after),
                ">".join(e.rule for e in [*olds, *parts]),
                min(e.confidence for e in chain),
                chain[-1].tier,
                any(e.in_quote for e in chain),
            )
        )
    return sorted(out, key=lambda e: e.start)
