"""Fuzzy restoration, for documents judged spun (or uncertain, for names):

- gazetteer names: "Neuroscience Analysis Australia" is restored to "Neuroscience Research Australia" because the
  gazetteer has that name, the two differ in one word, and "analysis" -> "research" is a known spinner swap. A
  differing word must be explained by a swap or be a near-miss spelling (rapidfuzz), and at least one distinctive
  word must agree exactly;
- near-miss spellings of multi-word fingerprints: "persistant ache" is "persistent ache" with one letter changed,
  found through a symmetric-deletion index and confirmed with rapidfuzz's Levenshtein distance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from .lexicon import CompiledLexicon, Form, Gazetteer
from .model import Edit
from .protect import Spans
from .tokens import Token, TokenTable, gap_fits, phrase_key

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
            words = tuple(w for w in phrase_key(name)[0] if w[0].isalnum())
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


MIN_NEAR_MISS_LEN = 5


def _variants(word: str) -> set[str]:
    """The word and every string one deletion away: two words within one edit share a variant."""
    return {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}


class NearMissMatcher:
    """Multi-word fingerprint forms with one word misspelt by one letter."""

    def __init__(self, lex: CompiledLexicon):
        self.index: dict[str, list[tuple[Form, int]]] = defaultdict(list)
        for words, form in lex.forms.items():
            if form.entry.tier != "fingerprint" or len(words) < 2 or not all(w.isalpha() for w in words):
                continue
            for pos, word in enumerate(words):
                if len(word) >= MIN_NEAR_MISS_LEN:
                    for v in _variants(word):
                        self.index[v].append((form, pos))
        self.known = lex.max_len.keys() | {w for words in lex.forms for w in words}

    def matches(self, text: str, tokens: TokenTable) -> Iterator[tuple[int, int, Form]]:
        """(start, end, form) for each near miss: one word off by one edit or a swap of neighbours, the rest exact."""
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        for k, key in enumerate(keys):
            if len(key) < MIN_NEAR_MISS_LEN or key in self.known or not key.isalpha():
                continue
            seen = set()
            for v in _variants(key):
                for form, pos in self.index.get(v, ()):
                    first = k - pos
                    last = first + len(form.words) - 1
                    if (form, pos) in seen or first < 0 or last >= len(keys):
                        continue
                    seen.add((form, pos))
                    if OSA.distance(key, form.words[pos]) != 1 or _inflection_of(key, form.words[pos]):
                        continue
                    if all(keys[first + q] == w for q, w in enumerate(form.words) if q != pos) and all(
                        gap_fits(text[ends[first + q] : starts[first + q + 1]], form.spaced[q])
                        for q in range(len(form.words) - 1)
                    ):
                        yield starts[first], ends[last], form


def _inflection_of(a: str, b: str) -> bool:
    """ "opinion"/"opinions" differ by one letter but are the same word: that is not a misspelling."""
    short, long = sorted((a, b), key=len)
    return long == short + "s" or long == short + "d" or long == short + "e"
