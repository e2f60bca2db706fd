"""Gazetteer restoration: spun proper names back to canonical ones.

"Neuroscience Analysis Australia" is restored to "Neuroscience Research Australia" because the gazetteer has that
name, the two differ in one word, and "analysis" -> "research" is a known spinner swap. A differing word must be
explained by a swap or be a near-miss spelling (rapidfuzz), and at least one distinctive word must agree exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .lexicon import Gazetteer
from .model import Edit
from .protect import Spans
from .tokens import Token

CONNECTORS = {"of", "for", "and", "the", "de", "&", "in", "on"}
NEAR_MISS = 0.85  # normalized similarity for a differing word that no swap explains


@dataclass(frozen=True)
class _Name:
    text: str
    words: tuple[str, ...]


class NameRestorer:
    def __init__(self, gazetteer: Gazetteer, word_swaps: dict[str, str]):
        self.swaps = word_swaps
        self.by_anchor: dict[str, list[_Name]] = defaultdict(list)
        self.known = {n.lower() for n in gazetteer.names}
        for name in gazetteer.names:
            words = tuple(w.lower() for w in name.split())
            if len(words) < 2:
                continue
            entry = _Name(name, words)
            for w in set(words):
                if w not in CONNECTORS and w not in word_swaps.values() and w not in word_swaps:
                    self.by_anchor[w].append(entry)

    def edits(self, text: str, tokens: Sequence[Token], protected: Spans) -> Iterator[Edit]:
        words = [(k, t) for k, t in enumerate(tokens) if t.is_word]
        keys = [t.key for _, t in words]
        taken_until = -1
        for pos, key in enumerate(keys):
            if pos <= taken_until:
                continue
            best = None
            for name in self.by_anchor.get(key, ()):
                for offset in [k for k, w in enumerate(name.words) if w == key]:
                    first = pos - offset
                    last = first + len(name.words) - 1
                    if first < 0 or last >= len(keys) or first <= taken_until:
                        continue
                    score = self._score(keys[first : last + 1], name.words)
                    if score is not None and (best is None or score > best[0]):
                        best = (score, first, last, name)
            if best is None:
                continue
            score, first, last, name = best
            start, end = words[first][1].start, words[last][1].end
            span = text[start:end]
            if span.lower() == name.text.lower() or span.lower() in self.known or protected.overlaps(start, end):
                continue
            if "\n" in span or not span[:1].isupper():
                continue
            taken_until = last
            yield Edit(start, end, span, name.text, f"gazetteer:{name.text}", round(0.6 + 0.3 * score, 2), "fuzzy")

    def _score(self, got: Sequence[str], want: Sequence[str]) -> float | None:
        """Fraction of words that agree exactly, or None when a differing word is not explained."""
        same = 0
        for g, w in zip(got, want):
            if g == w:
                same += 1
            elif self.swaps.get(g) == w:
                continue
            elif Levenshtein.normalized_similarity(g, w) >= NEAR_MISS and len(w) > 4:
                continue
            else:
                return None
        differing = len(want) - same
        if differing == 0 or same < max(1, len(want) // 2):
            return None
        return same / len(want)
