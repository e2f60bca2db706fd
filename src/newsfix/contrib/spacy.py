"""newsfix as a spaCy pipeline component, and a Doc of the repaired text aligned to the input.

    import spacy
    nlp = spacy.blank("en")                # or a trained pipeline: spacy.load("en_core_web_sm")
    nlp.add_pipe("newsfix")                # registered through the `spacy_factories` entry point
    doc = nlp(text)
    doc._.spin                             # newsfix.Spin: verdict, score, fingerprints, distinct, words, families
    doc._.edits                            # list[newsfix.Edit], offsets into doc.text
    doc._.claims                           # the extracted claims (newsfix.article/1 "claims"); offsets into the
                                           # repaired text, i.e. into repaired_doc(doc).doc.text

    fixed = repaired_doc(doc, nlp)         # RepairedDoc: .doc (a Doc of the repaired text), .alignment
    start, end = fixed.alignment.to_input(5, 17)      # repaired-text character span -> input span

The component does not change `doc` (a Doc's text cannot change); it annotates it. Configuration
(`nlp.add_pipe("newsfix", config={...})`): `claims` (default true: also run extraction), `quotes`, `assume`,
`min_confidence` as in `newsfix.Options`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Edit, Normalized, apply_edits

__all__ = ["Alignment", "NewsfixComponent", "RepairedDoc", "align", "make_newsfix", "repaired_doc"]

for _name in ("spin", "edits", "claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True)
class Alignment:
    """Character alignment between a text (the input) and the text its edits produce (the output).

    `segments` are (out_start, out_end, in_start, in_end, changed) runs covering both texts in order: unchanged runs
    map character for character, an edit's replacement maps as a whole onto the text it replaced."""

    segments: tuple[tuple[int, int, int, int, bool], ...]

    def to_input(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The input span of output characters [start, end): a span that reaches into a replacement widens to
        the whole replaced text."""
        return self._map(start, start if end is None else end, 0, 2)

    def to_output(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The output span of input characters [start, end), widened in the same way."""
        return self._map(start, start if end is None else end, 2, 0)

    def _map(self, start: int, end: int, src: int, dst: int) -> tuple[int, int]:
        total = self.segments[-1][src + 1]
        if not 0 <= start <= end <= total:
            raise ValueError(f"span ({start}, {end}) is outside the text (length {total})")
        # segments with characters on the source side, in order and contiguous
        segs = [s for s in self.segments if s[src + 1] > s[src]]
        if not segs:
            return self.segments[-1][dst + 1], self.segments[-1][dst + 1]
        starts = [s[src] for s in segs]
        ends = [s[src + 1] for s in segs]
        if start == total:
            left = segs[-1][dst + 1]
        else:
            s = segs[bisect.bisect_right(starts, start) - 1]
            left = s[dst] if s[4] else s[dst] + start - s[src]
        if end == 0:
            right = segs[0][dst]
        else:
            s = segs[bisect.bisect_left(ends, end)]
            right = s[dst + 1] if s[4] else s[dst] + end - s[src]
        return left, max(left, right)


def align(text: str, edits: Sequence[Edit]) -> Alignment:
    """The alignment between `text` and `apply_edits(text, edits)` (edits sorted, not overlapping)."""
    segments: list[tuple[int, int, int, int, bool]] = []
    pos = out = 0
    for e in edits:
        if e.start > pos:
            segments.append((out, out + e.start - pos, pos, e.start, False))
            out += e.start - pos
        segments.append((out, out + len(e.after), e.start, e.end, True))
        out += len(e.after)
        pos = e.end
    segments.append((out, out + len(text) - pos, pos, len(text), False))
    return Alignment(tuple(segments))


@dataclass(frozen=True)
class RepairedDoc:
    """A Doc of the repaired text, and the character alignment from it back to the input Doc's text."""

    doc: Doc
    alignment: Alignment
    edits: list[Edit]

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets in the input text of the repaired text's characters [start, end)."""
        return self.alignment.to_input(start, end)


class NewsfixComponent:
    """Annotates a Doc with the spin verdict, the edits that would repair it, and (optionally) extracted claims."""

    def __init__(self, nlp: Language, name: str, *, claims: bool, options: dict[str, Any]):
        from ..despin.normalizer import Normalizer

        self.name = name
        self.claims = claims
        self.normalizer = Normalizer(**options)

    def __call__(self, doc: Doc) -> Doc:
        if self.claims:
            from ..extractors.article import extract

            article = extract(doc.text, normalizer=self.normalizer)
            doc._.spin, doc._.edits, doc._.claims = article.spin, list(article.edits), article.claims
        else:
            result: Normalized = self.normalizer.normalize(doc.text)
            doc._.spin, doc._.edits = result.spin, list(result.edits)
        return doc


@Language.factory(
    "newsfix",
    default_config={"claims": True, "quotes": "fingerprint", "assume": None, "min_confidence": 0.0},
)
def make_newsfix(
    nlp: Language, name: str, claims: bool, quotes: str, assume: str | None, min_confidence: float
) -> NewsfixComponent:
    """The `newsfix` factory: `nlp.add_pipe("newsfix", config={"claims": False, "quotes": "protect"})`."""
    options = {"quotes": quotes, "assume": assume, "min_confidence": min_confidence}
    return NewsfixComponent(nlp, name, claims=claims, options=options)


def repaired_doc(doc: Doc | str, nlp: Language | None = None) -> RepairedDoc:
    """A Doc of the repaired text of `doc` (a Doc the newsfix component annotated, or any text), with the character
    alignment back to the input.

    nlp: the pipeline to run on the repaired text (default: the Doc's own vocabulary, tokenized only); its
    `newsfix` components are not run again."""
    if isinstance(doc, str):
        from ..despin.normalizer import normalize

        text, edits = doc, list(normalize(doc).edits)
    else:
        text = doc.text
        edits = doc._.edits
        if edits is None:
            from ..despin.normalizer import normalize

            edits = list(normalize(text).edits)
    fixed = apply_edits(text, edits)
    if nlp is None:
        out = _tokenizer_only(doc).make_doc(fixed)
    else:
        ours = [name for name, pipe in nlp.pipeline if isinstance(pipe, NewsfixComponent)]
        with nlp.select_pipes(disable=ours):
            out = nlp(fixed)
    return RepairedDoc(out, align(text, edits), list(edits))


def _tokenizer_only(doc: Doc | str) -> Language:
    import spacy

    if isinstance(doc, str):
        return _blank_english()
    return spacy.blank(doc.lang_ or "en", vocab=doc.vocab)


@lru_cache(maxsize=1)
def _blank_english() -> Language:
    import spacy

    return spacy.blank("en")
