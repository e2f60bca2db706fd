"""The rewriter model: the inverse of a random-choice "article rewriter" (families A and H), for words no entry knows.

Family A's spinner is a PHP "article rewriter" that replaces every phrase it knows by a member of the phrase's group
drawn at random from a fixed group file (scripts/thesauri/build_rewriter_table.py says which, and how it was read).
The learn part's pairs fit it: of the original words the file holds, on family A's and H's pairs 42-43 % stay as
written and 36-37 % become another member of their group (37-38 % would stay if every one were drawn at random from
its group), against 54-92 % kept and 2-13 % moved within a group by the other families' spinners
(scripts/thesauri/rewriter_fit.py). Where the groups make
one original far more probable than any other (the spun form itself included),
`lexicons/thesaurus/rewriter-inverse.tsv` lists it with that probability: this repairs words that no collected
article showed. The model speaks only on pages judged spun and attributed to family A or H by their fingerprints,
only where no other edit covers the words, and never in names, quotes, protected spans or meaning-bearing words
(`sensitive.txt`).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..model import Edit
from . import sensitive
from .casing import carry_case
from .matcher import ANY_FAMILY, inside_name
from .protect import Spans
from .table_walk import longest_forms
from .tokens import TokenTable

RULE = "model:rewriter"
FAMILIES = frozenset({"A", "H"})  # the learn pairs of both fit the rewriter (build script)
CONFIDENCE = 0.6  # as the other thesaurus model's: an ordinary word, its original chosen by frequency alone


class RewriterModel:
    """`applies(...)`: whether a page gets the model; `edits(...)`: its repairs there."""

    def __init__(self, folder: Path):
        self.path = folder / "rewriter-inverse.tsv"

    @cached_property
    def table(self) -> dict[str, str]:
        """Spun form -> its original (the build chose every row; the other columns are its evidence)."""
        table: dict[str, str] = {}
        if not self.path.is_file():
            return table
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                spun, original, *_ = line.split("\t")
                table[spun] = original
        return table

    def applies(self, families: frozenset[str] | None, disable: frozenset[str]) -> bool:
        """Whether a page judged spun, attributed to `families` (ANY_FAMILY when told it is spun), gets the model."""
        if RULE in disable or not (families is ANY_FAMILY or not FAMILIES.isdisjoint(families or ())):
            return False
        return bool(self.table)  # read on the first page of its families, not on every spun page

    @cached_property
    def longest(self) -> int:
        """Words in the longest spun form of the table."""
        return max((spun.count(" ") + 1 for spun in self.table), default=1)

    @cached_property
    def firsts(self) -> frozenset[str]:
        """The first words of the spun forms: most words of a page are none of them."""
        return frozenset(spun.split(" ", 1)[0] for spun in self.table)

    def edits(
        self,
        text: str,
        tokens: TokenTable,
        protected: Spans,
        quotes: Spans,
        others: list[Edit],
        sensitive_words: dict[str, str],
    ) -> list[Edit]:
        """Longest known spun form at each word, outside the spans that `others` (edits found so far) repair."""
        out = []
        taken = Spans((e.start, e.end) for e in others)
        for k, n, start, end, original in longest_forms(tokens, self.longest, self.table.get, self.firsts):
            spun = " ".join(tokens.keys[k : k + n])
            if (
                protected.overlaps(start, end)
                or quotes.overlaps(start, end)
                or taken.overlaps(start, end)
                or inside_name(text, start)
                or _starts_a_name(text, start, end)
                or sensitive.classes_of(f"{spun} {original}", sensitive_words)
            ):
                continue
            before = text[start:end]
            out.append(Edit(start, end, before, carry_case(before, original), RULE, CONFIDENCE, "ambiguous"))
        return out


def _starts_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word before another one ("Residing Park Hotel"): a name, even at the start of a sentence, where
    `inside_name` cannot tell a name from the sentence's first word. The model repairs by word frequency alone, so it
    leaves such words to the gazetteers."""
    if not text[start : start + 1].isupper():
        return False
    following = text[end : end + 40].lstrip(" \t\u00a0")
    return following[:1].isupper()
