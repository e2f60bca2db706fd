"""Fuzzy restoration, for documents judged spun (or uncertain, for names):

- gazetteer names: "Neuroscience Analysis Australia" is restored to "Neuroscience Research Australia" because the
  gazetteer has that name, the two differ in one word, and "analysis" -> "research" is a known spinner swap. A
  differing word must be explained by a swap or be a near-miss spelling (rapidfuzz), and at least one distinctive
  word must agree exactly;
- near-miss spellings of multi-word fingerprints: "persistant ache" is "persistent ache" with one letter changed,
  found from the form's correctly spelt words (anchors) and confirmed with rapidfuzz's OSA distance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import compress
from operator import eq, itemgetter
from pathlib import Path

from ..model import Edit
from .lexicon import CompiledLexicon, Form, Gazetteer
from .protect import Spans
from .tokens import TOKEN, TokenTable, gap_fits

CONNECTORS = {"of", "for", "and", "the", "de", "&", "in", "on"}
NEAR_MISS = 0.85  # normalized similarity for a differing word that no swap explains


# A gazetteer name is (text, words): the name as written, and its word tokens as phrase_key keys them. The index
# of names is plain tuples, dicts, lists, sets and strings, because it is cached on its own (`despin.names_cache`).
Name = tuple[str, tuple[str, ...]]
# (known, offsets, placements): see name_index
NameIndex = tuple[
    set[str],
    dict[str, list[int]],
    dict[str, tuple[tuple[int, int, int, tuple[str, ...], str], ...]],
]


def name_index(gazetteer: Gazetteer, word_swaps: dict[str, str]) -> NameIndex:
    """NameRestorer's tables for these names and swaps: the names in lower case (`known`); anchor word -> every
    position it has in some name (`offsets`); anchor word -> each placement of a name through it (`placements`, see
    below)."""
    # anchor word -> (name, the anchor's positions in the name): what the two tables are made from
    by_anchor: dict[str, list[tuple[Name, tuple[int, ...]]]] = defaultdict(list)
    known = {n.lower() for n in gazetteer.names}
    not_anchors = CONNECTORS | set(word_swaps.values()) | set(word_swaps)
    spun_forms: dict[str, list[str]] = defaultdict(list)  # original word -> the spun words restored to it
    for spun, original in word_swaps.items():
        spun_forms[original].append(spun)
    for name in gazetteer.names:
        # the name's word tokens as phrase_key keys them (lower case, straight apostrophe), found faster
        words = tuple(w.lower().replace("’", "'") for w in TOKEN.findall(name) if w[0].isalnum())
        if len(words) < 2:
            continue
        entry = (name, words)
        anchors = [w for w in dict.fromkeys(words) if w not in not_anchors]
        # frequent words ("a", "at", "one") only when a name has no other: they would be tried everywhere
        rare = [w for w in anchors if w not in FUNCTION_WORDS and w not in COMMON_WORDS]
        for w in rare or anchors:
            by_anchor[w].append((entry, tuple(k for k, x in enumerate(words) if x == w)))
        if not anchors:
            # every word is one a spinner may swap ("National Sleep Foundation"): the name is found from each of
            # its words as written or as spun ("Nationwide Sleep Basis"), else a new swap to or from any of them
            # would make it unfindable
            for k, w in enumerate(words):
                if w not in CONNECTORS:
                    for anchor in dict.fromkeys([w, *spun_forms.get(w, ())]):
                        by_anchor[anchor].append((entry, (k,)))
    # anchor word -> every position it has in some name: where a name through it may begin
    offsets = {w: sorted({k for _, ks in v for k in ks}) for w, v in by_anchor.items()}
    # anchor word -> each placement of a name through it, in by_anchor's order (ties go to the first one):
    # (the anchor's position in the name, the name's length, the fewest equal words it needs, its words, its text)
    placements = {
        w: tuple((k, len(words), max(1, len(words) // 2), words, text) for (text, words), ks in v for k in ks)
        for w, v in by_anchor.items()
    }
    return known, offsets, placements


class NameRestorer:
    def __init__(self, gazetteer: Gazetteer | None, word_swaps: dict[str, str], index: NameIndex | None = None):
        """`index`: `name_index(gazetteer, word_swaps)` when the caller has it (from the cache); else built here."""
        self.swaps = word_swaps
        if index is None:
            index = name_index(gazetteer or Gazetteer(()), word_swaps)
        self.known, self.offsets, self.placements = index

    def edits(self, text: str, tokens: TokenTable, protected: Spans) -> Iterator[Edit]:
        placements = self.placements
        if placements.keys().isdisjoint(tokens.keys):
            return
        # names are compared word by word, punctuation skipped
        word_index = list(compress(range(len(tokens.texts)), map(str.isalnum, map(itemgetter(0), tokens.texts))))
        keys = list(map(tokens.keys.__getitem__, word_index))
        starts, ends, texts = tokens.starts, tokens.ends, tokens.texts
        first_offsets = self.offsets
        taken_until = -1  # never below -1: `first <= taken_until` also rules out placements before the text
        n_keys = len(keys)
        for pos in compress(range(n_keys), map(placements.__contains__, keys)):
            if pos <= taken_until:
                continue
            key = keys[pos]
            # only a name whose first word is capitalised is restored (see below): when no placement of a name
            # starts at a capital, whichever scores best is turned down, so none need scoring
            for offset in first_offsets[key]:
                first = pos - offset
                if taken_until < first and texts[word_index[first]][:1].isupper():
                    break
            else:
                continue
            best = None
            for offset, size, least, want, name in placements[key]:
                first = pos - offset
                if first <= taken_until or first + size > n_keys:
                    continue
                got = keys[first : first + size]
                # _score's first test, here: most placements fail it, and a call costs more than the test
                same = sum(map(eq, got, want))
                if same == size or same < least:
                    continue
                score = self._score(got, want, same)
                if score is not None and (best is None or score > best[0]):
                    best = (score, first, first + size - 1, name)
            if best is None:
                continue
            score, first, last, name = best
            start, end = starts[word_index[first]], ends[word_index[last]]
            span = text[start:end]
            if span.lower() == name.lower() or span.lower() in self.known or protected.overlaps(start, end):
                continue
            if "\n" in span or not span[:1].isupper():
                continue
            taken_until = last
            yield Edit(start, end, span, name, f"gazetteer:{name}", round(0.6 + 0.3 * score, 2), "fuzzy")

    def _score(self, got: Sequence[str], want: Sequence[str], same: int | None = None) -> float | None:
        """Fraction of words that agree exactly, or None when a differing word is not explained. `same`: the count
        of equal words, when the caller has it."""
        # most placements are told apart by the count of equal words alone, counted in C
        if same is None:
            same = sum(map(eq, got, want))
        if same == len(want) or same < max(1, len(want) // 2):
            return None
        for g, w in zip(got, want):
            if g == w:
                continue
            elif self.swaps.get(g) == w:
                continue
            elif len(w) > 4 and _may_be_similar(g, w) and _similar(g, w):
                continue
            else:
                return None
        differing = len(want) - same
        if differing == 0 or same < max(1, len(want) // 2):
            return None
        return same / len(want)


MIN_NEAR_MISS_LEN = 5
# Words too common to anchor a near miss: a hit on them would be tried everywhere.
FUNCTION_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
# Frequent words make poor anchors too (every hit is tried): they anchor a form (and a gazetteer name) only when no
# rarer word can.
COMMON_WORDS = frozenset(
    """about after all also any are be been but can could do does did had has have he her his how if is it its
    may more most much must no not now one only our out over same she should so some such than that their them
    then there these they this those up very was we were what when which who will would you your""".split()
)


class NearMissMatcher:
    """Multi-word fingerprint forms with one word misspelt by one letter (or two neighbours swapped).

    Found from the words that are spelt right: a form is looked up from one or two anchor words (see `_anchors`),
    then from the first or last two letters of the word at a misspellable position near the anchor (one edit keeps
    one of them, see `_ends`); the candidates' other words are then compared, exactly but for that near miss.
    """

    def __init__(self, lex: CompiledLexicon):
        # compiled with the lexicon (see near_miss_index); built here for a lexicon compiled without it
        self.anchors = lex.near_miss_anchors or near_miss_index(lex)
        self.forms = lex.forms  # a candidate names its form by its words (see Candidate)

    def matches(
        self, text: str, tokens: TokenTable, exact: dict[int, tuple[int, int]] | None = None
    ) -> Iterator[tuple[int, int, Form]]:
        """(start, end, form) for each near miss.

        `exact` maps tokens inside exact fingerprint matches to the match's token range: a near miss that would lie
        within it is not looked for, because the exact match (wider, or as wide and surer) wins over it anyway.
        """
        keys, starts, ends = tokens.keys, tokens.starts, tokens.ends
        anchors = self.anchors
        exact = exact or {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        n = len(keys)
        for k in compress(range(n), map(anchors.__contains__, keys)):
            found: list[Candidate] = []
            for step, by_ends in anchors[keys[k]]:
                # a misspelling of a word of MIN_NEAR_MISS_LEN letters or more is one letter shorter at least
                if 0 <= k + step < n and len(got := keys[k + step]) >= MIN_NEAR_MISS_LEN - 1:
                    found += by_ends.get(got[:2], ())
                    found += by_ends.get(got[-2:] + "$", ())
            if not found:
                continue
            if len(found) > 1:
                found.sort()  # in the index's order (see near_miss_index), duplicates side by side
            inside = exact.get(k)
            last = None
            for candidate in found:
                if candidate == last:
                    continue  # the word agreed with the form's at both ends
                last = candidate
                _, pos, off, words = candidate
                first, length = k - pos, len(words)
                if first < 0 or first + length > n or (inside and inside[0] <= first and first + length <= inside[1]):
                    continue
                # the cheapest tests first (they are all required): most candidates fail on the misspelt word
                got, want = keys[first + off], words[off]
                if got == want or not -1 <= len(got) - len(want) <= 1:
                    continue  # an exact occurrence (the lexicon's own business), or more than one edit
                if len(set(got) ^ set(want)) > 2:
                    continue  # one edit changes the set of letters by two at most
                # a form of two words: its other word is the anchor, which agrees by construction
                if length > 2 and any(keys[first + q] != words[q] for q in range(length) if q != off):
                    continue  # another word differs too
                if _osa_distance(got, want) != 1 or _inflection_of(got, want) or got in english_words():
                    continue  # one letter from the form's word, but another word ("processed meats"), not a typo
                if (first, words) in seen:  # found again from another anchor of the same form
                    continue
                seen.add((first, words))
                form = self.forms[words]
                if all(
                    gap_fits(text[ends[first + q] : starts[first + q + 1]], form.spaced[q]) for q in range(length - 1)
                ):
                    yield starts[first], ends[first + length - 1], form


# A candidate is (rank, pos, off, words): the form's place in the index (candidates are tried in this order, so the
# output order is stable), the anchor's position in it, the misspelt word's position, and the form's words (its key
# in `CompiledLexicon.forms`). Plain tuples of strings and numbers, because the index is cached on its own, apart
# from the lexicon's Form objects, and loaded only by texts judged spun. Equal ranks and positions mean the same
# form, which tuple comparison sees first.
Candidate = tuple[int, int, int, tuple[str, ...]]


NearMissIndex = dict[str, list[tuple[int, dict[str, tuple[Candidate, ...]]]]]


def near_miss_index(lex: CompiledLexicon) -> NearMissIndex:
    """Anchor word -> for each step from it to a misspellable word of its forms: the candidates by the first two
    letters of that word, and by its last two + "$" (see `_ends`). NearMissMatcher's index, built when the lexicon
    is compiled and cached with it."""
    groups: dict[tuple[str, int, int], list[Form]] = defaultdict(list)
    # words the lexicon restores to, function words and frequent words are poor anchors (they are everywhere)
    everyday = lex.original_words | FUNCTION_WORDS | COMMON_WORDS
    for words, form in lex.forms.items():
        if form.entry.tier != "fingerprint" or len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        for pos in _anchors(words, everyday):
            groups[words[pos], pos, len(words)].append(form)
    steps: dict[str, dict[int, dict[str, list[Candidate]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    rank = 0
    for (word, pos, length), forms in groups.items():
        if length == 2:
            forms.sort(key=lambda f: len(f.words[1 - pos]))  # the order earlier versions tried them in
        for form in forms:
            rank += 1
            for off, want in enumerate(form.words):
                if off != pos and len(want) >= MIN_NEAR_MISS_LEN:
                    candidate = (rank, pos, off, form.words)
                    for end in _ends(want):
                        steps[word][off - pos][end].append(candidate)
    # one object for each candidate, key and list of candidates, however often it is listed: the cached index
    # then unpickles fast (equal lists of candidates are told by the candidates' identities)
    keys: dict[str, str] = {}
    lists: dict[tuple[int, ...], tuple[Candidate, ...]] = {}

    def shared(candidates: list[Candidate]) -> tuple[Candidate, ...]:
        return lists.setdefault(tuple(map(id, candidates)), tuple(candidates))

    return {
        word: [
            (step, {keys.setdefault(end, end): shared(c) for end, c in by_ends.items()})
            for step, by_ends in sorted(by_step.items())
        ]
        for word, by_step in steps.items()
    }


def _ends(word: str) -> tuple[str, str]:
    """The keys a word is indexed under: its first two letters, and its last two + "$". A word of five letters or
    more keeps one of them through one edit (an edit within its first three letters leaves the last two alone)."""
    return word[:2], word[-2:] + "$"


def _osa_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import OSA  # imported on first use: most texts never get this far

    return OSA.distance(a, b)


def _may_be_similar(a: str, b: str) -> bool:
    """A cheap necessary condition for `_similar`: each edit changes the length by one at most and the set of
    letters by two at most, so most pairs of different words are told apart without computing a distance."""
    allowed = (1 - NEAR_MISS) * max(len(a), len(b))  # the most edits a similar pair can be apart
    return abs(len(a) - len(b)) <= allowed and len(set(a) ^ set(b)) <= 2 * allowed


def _similar(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= NEAR_MISS


def _anchors(words: tuple[str, ...], everyday: frozenset[str]) -> list[int]:
    """The fewest, rarest positions of a form to look it up from. A near miss has one misspelt word, of at least
    MIN_NEAR_MISS_LEN letters, and is found from an anchor other than that word: every such word gets one (unless
    the form's other words are all function words)."""
    misspellable = {q for q, w in enumerate(words) if len(w) >= MIN_NEAR_MISS_LEN}
    # function words never anchor: they would be tried at every "the" and "of" of a text
    ranked = sorted(
        (q for q, w in enumerate(words) if w not in FUNCTION_WORDS),
        key=lambda q: (words[q] in everyday, -len(words[q]), q),
    )
    chosen: list[int] = []
    for pos in ranked:
        if not misspellable:
            break
        if misspellable - {pos}:  # some misspelling this anchor would find
            chosen.append(pos)
            misspellable &= {pos}  # what is left: a misspelling of the anchor itself
    return chosen


def _inflection_of(a: str, b: str) -> bool:
    """ "opinion"/"opinions" differ by one letter but are the same word: that is not a misspelling."""
    short, long = sorted((a, b), key=len)
    return long == short + "s" or long == short + "d" or long == short + "e"


class EnglishWords:
    """Membership in lemminflect's table of 70,000 English words (inflections included), tested on the table's
    text: a near miss asks a handful of times per run (5 times over 800 real articles), and building a set of every
    word costs 4-5 times as long as reading the text (about 7 ms), once in every process."""

    def __init__(self, table: str):
        self._table = table  # lines "word,pos,lemma", with a newline put in front of the first

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and "," not in word and "\n" not in word and f"\n{word}," in self._table


@cache
def english_words() -> EnglishWords:
    """The words of lemminflect's lookup table, read from its data file: importing lemminflect would import spaCy.
    Read only when a near miss is about to be reported, which is rare. Without lemminflect: no word at all."""
    import gzip  # here, not at the top: `check` imports this module, and most runs never get this far
    import importlib.util

    spec = importlib.util.find_spec("lemminflect")  # locates the package without importing it
    if spec is None or spec.origin is None:
        return EnglishWords("")
    table = Path(spec.origin).parent / "resources" / "lemma_lu.csv.gz"
    try:
        return EnglishWords("\n" + gzip.decompress(table.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError):
        return EnglishWords("")
