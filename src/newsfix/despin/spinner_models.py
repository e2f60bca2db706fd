"""Spinner models: spinners that are a fixed function of a public thesaurus, inverted over its whole vocabulary.

`mythes-first` is the WordNet-style spinner of family O: for a word it writes the first plain synonym that the
LibreOffice English thesaurus (mythes, WordNet-derived) lists for the word's part of speech ("in" -> "inwards",
"he" -> "helium", "will" -> "volition", "new" -> "unexampled"). `lexicons/thesaurus/mythes-first-inverse.tsv`
(built by scripts/thesauri/build_tables.py) maps each spun form back to the most frequent word that produces it,
whatever the article's vocabulary: this is what lets the model repair words no collected article contained.

The model speaks only on pages judged spun that it attributes to itself: at least `SIGNATURE_MIN` distinct signature
forms, spun forms of the commonest English words that no writer uses for them (`mythes-first-signature.txt`), and at
least `SIGNATURE_DENSITY` per 1000 words (`applies`). On 307 unspun pages the most signature forms seen was 2; on
the family-O dev page, 4. A repair must also make the text more ordinary (its original is far more frequent than the
spun form), have few competing originals, and stand outside names, quotes, protected spans and meaning-bearing
words; the table holds no spun form that the writers of the learn part's unspun texts use ("discovery", "starchy",
"helium": the gate still counts the signature forms among them), no abbreviation of a spun phrase and no other form
of the spun word.
"""

from __future__ import annotations

import math
from functools import cached_property
from pathlib import Path

from ..model import Edit
from ..records import Frozen
from .casing import carry_case
from .matcher import inside_name
from .protect import Spans
from .table_walk import longest_forms
from .tokens import TokenTable

RULE = "model:mythes-first"
FAMILY = "O"
SIGNATURE_MIN = 3
# ... and at least this many per 1000 words: a long unspun page holds a few signature forms by chance ("firstly",
# "secondly", "devising" among a Daily Mail page's 16,700 words of text: 6, 0.4 per 1000), while the pages the model
# fits hold 13-20 per 1000 (dev family-O page 4 in 315 words; spun pages of other families with 3-4: 10-15).
SIGNATURE_DENSITY = 4.0
MIN_ZIPF_GAP = 1.0  # the original at least ten times more frequent than the spun form
MAX_COMPETITORS = 2  # other words the spinner maps to the same spun form
CONFIDENCE = 0.6
LONGEST = 2  # words in the longest spun form looked for: the table's forms of three or more are never tried


class Inverse(Frozen):
    original: str
    zipf_spun: float
    zipf_original: float
    competitors: int

    def __init__(self, original: str, zipf_spun: float, zipf_original: float, competitors: int) -> None:
        self.__dict__.update(
            original=original, zipf_spun=zipf_spun, zipf_original=zipf_original, competitors=competitors
        )


class MythesFirstModel:
    """The family-O model: `attributes(runs)` is the page gate, `edits(...)` the repairs it proposes."""

    def __init__(self, folder: Path):
        self.folder = folder

    @cached_property
    def signature(self) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
        """Signature forms of one word, and of several (as word tuples)."""
        path = self.folder / "mythes-first-signature.txt"
        forms = [] if not path.is_file() else _data_lines(path)
        return (
            frozenset(f for f in forms if " " not in f),
            frozenset(tuple(f.split()) for f in forms if " " in f),
        )

    @cached_property
    def table(self) -> dict[str, str]:
        """Spun form -> the rest of its line, parsed by `row` only for the forms a page holds: a page the model
        attributes to itself is rare, and parsing all 14,600 rows up front cost more than that page's repairs."""
        path = self.folder / "mythes-first-inverse.tsv"
        table: dict[str, str] = {}
        for line in [] if not path.is_file() else _data_lines(path):
            spun, _, rest = line.partition("\t")
            if spun.isalpha() or (" " in spun and spun.replace(" ", "").isalpha()):
                table[spun] = rest
        return table

    def row(self, spun: str) -> Inverse | None:
        rest = self.table.get(spun)
        if rest is None:
            return None
        original, zs, zo, competitors, *_ = rest.split("\t")
        return Inverse(original, float(zs), float(zo), int(competitors))

    def signature_hits(self, runs: list[str], enough: int = SIGNATURE_MIN) -> int:
        """Distinct signature forms among a text's lower-case word runs (tokens.word_runs); phrases are looked for
        only while the single words found are fewer than `enough`."""
        singles, phrases = self.signature
        hits = len(singles.intersection(runs))
        if phrases and hits < enough:
            # only phrases whose first word the text has (found in C), then as a substring of the runs joined by
            # spaces (runs hold no space, so that is the phrase as consecutive runs): no Python loop over the runs
            present = self._phrase_firsts.intersection(runs)
            maybe = [p for p in phrases if p[0] in present] if present else []
            if maybe:
                joined = f" {' '.join(runs)} "
                hits += sum(1 for p in maybe if f" {' '.join(p)} " in joined)
        return hits

    @cached_property
    def _phrase_firsts(self) -> frozenset[str]:
        return frozenset(p[0] for p in self.signature[1])

    def attributes(self, runs: list[str]) -> bool:
        needed = max(SIGNATURE_MIN, math.ceil(SIGNATURE_DENSITY * max(len(runs), 100) / 1000.0))
        return self.signature_hits(runs, enough=needed) >= needed

    @staticmethod
    def applies(attributed: bool, disable: frozenset[str]) -> bool:
        """Whether a page judged spun gets the model: only when its own gate `attributes` the page to it. Pages whose
        lexicon fingerprints name family O but that carry too few signature forms were tried (2026-12-07): on the
        learn pairs 6 right edits, 5 neutral, none wrong, but on the learn part's unpaired O pages about a third of
        its edits read wrong ("communicable" -> "catching", "microorganism" -> "viral", "worsen" -> "decline"): other
        WordNet-style spinners pick other synonyms, and the inverse of this one's function misreads their words."""
        return attributed and RULE not in disable

    def edits(
        self, text: str, tokens: TokenTable, protected: Spans, quotes: Spans, sensitive_words: dict[str, str]
    ) -> list[Edit]:
        """Repairs on a page the model attributes to itself (the caller checks `attributes`)."""
        table = self.table

        def accepted(spun: str) -> Inverse | None:
            # a row that is not repairable is no form here: the walk then tries the shorter one at the same word
            row = self.row(spun) if spun in table else None  # most words are in no row: no call for them
            return row if row is not None and _repairable(spun, row, sensitive_words) else None

        out = []
        for _, _, start, end, row in longest_forms(tokens, LONGEST, accepted):
            if protected.overlaps(start, end) or quotes.overlaps(start, end) or inside_name(text, start):
                continue
            before = text[start:end]
            out.append(Edit(start, end, before, carry_case(before, row.original), RULE, CONFIDENCE, "ambiguous"))
        return out


def _repairable(spun: str, row: Inverse, sensitive_words: dict[str, str]) -> bool:
    return (
        row.zipf_original - row.zipf_spun >= MIN_ZIPF_GAP
        and row.competitors <= MAX_COMPETITORS
        and row.original.replace(" ", "").replace("'", "").isalpha()
        and spun not in sensitive_words
        and row.original.lower() not in sensitive_words
    )


def _data_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
