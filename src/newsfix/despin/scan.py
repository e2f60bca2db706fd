"""One compiled multi-pattern pass (Aho-Corasick, `ahocorasick_rs`) over every form of the compiled lexicon: the
exact pre-filter that sends a text without any fingerprint, and without enough ordinary-word swaps to be judged spun
on them alone, down the fast path without tokenizing it.

The patterns are the lexicon's forms as lower-case strings (a space where the form has one), and, for a form with a
function word inside, the same with that space left out (a spinner glues function words to the next word, and the
matcher splits them off again). The text is lower-cased, its curly apostrophes straightened (as token keys are) and
every run of white space made one space, so that any gap the matcher accepts between two words of a form is one
space here: every match the token matcher can make is an occurrence of a pattern (the converse need not hold, which
only costs time). An occurrence inside a longer word is dropped, except where a glued function word explains it.

Built from whatever the lexicon files hold: the pattern table when the lexicon is compiled (cached with it), the
automaton in-process from that table on first use (a few milliseconds for the built-in lexicon's 5,500 patterns).
"""

from __future__ import annotations

from itertools import chain, product

from .lexicon import CompiledLexicon
from .tokens import GLUE_PREFIXES, TOKEN

_GLUE = frozenset(GLUE_PREFIXES)


ScanTable = tuple[list[str], bytes, dict[int, frozenset[str]], bytes, bytes]


def scan_table(lex: CompiledLexicon) -> ScanTable:
    """The automaton's patterns and what each stands for: whether it is a fingerprint form, the spun forms of its
    ambiguous entries, whether an occurrence must not continue a word on its left / on its right. Built when the
    lexicon is compiled and cached with it (plain strings, bytes and a small dict: quick to unpickle)."""
    info: dict[str, list] = {}  # pattern -> [fingerprint?, spun forms of its ambiguous entries]
    # every compiled form (as compile.every_forms lists them): case-insensitive, case-sensitive, alternatives
    for form in chain(lex.forms.values(), lex.cs_forms.values(), chain.from_iterable(lex.alternatives.values())):
        entry = form.entry
        for pattern in _variants(tuple(w.lower() for w in form.words), form.spaced):
            slot = info.setdefault(pattern, [False, set()])
            if entry.tier == "fingerprint":
                slot[0] = True
            elif entry.tier == "ambiguous":
                slot[1].add(entry.spun)
    patterns = list(info)
    shared: dict[frozenset[str], frozenset[str]] = {}
    return (
        patterns,
        bytes(info[p][0] for p in patterns),
        {k: shared.setdefault(frozenset(v[1]), frozenset(v[1])) for k, v in enumerate(info.values()) if v[1]},
        bytes(p[0].isalnum() for p in patterns),
        # a form ending in a function word may be glued to the next word ("close-by" in "close-byjournal": the
        # matcher splits "by" off), so its occurrence may go on into a word; the last token decides, not the last
        # space-separated word ("close-by" ends in "by")
        bytes(p[-1].isalnum() and TOKEN.findall(p)[-1] not in _GLUE for p in patterns),
    )


class FormScanner:
    """`scan(folded)`: whether a fingerprint form occurs, and how many distinct ambiguous entries (by spun form)
    have a form that occurs: an upper bound for the fingerprints and the ambiguous swaps the matcher can find."""

    def __init__(self, lex: CompiledLexicon):
        from ahocorasick_rs import AhoCorasick, MatchKind  # imported with the lexicon: `check` of clean text skips it

        table = lex.scan_table or scan_table(lex)  # a lexicon compiled elsewhere (lint) may come without it
        self.patterns, self.fingerprint, self.ambiguous, self.left, self.right = table
        self.automaton = AhoCorasick(self.patterns, matchkind=MatchKind.Standard) if self.patterns else None
        self.first_words: dict[int, frozenset[str]] = {}  # pattern -> the keys its forms may start with

    def scan(self, folded: str) -> tuple[bool, int]:
        found = self.scan_starts(folded)
        return found[0], found[1]

    def scan_starts(self, folded: str) -> tuple[bool, int, frozenset[str] | None, frozenset[str] | None]:
        """`scan()`, and the words a form that occurs may start with (token keys): every form, and the fingerprint
        forms. A form the matcher finds starts with one of them, so entry points elsewhere find nothing. None, None
        when the automaton cannot read the text."""
        fingerprint, ambiguous = False, set()
        try:
            hits = self.occurring(folded)
        except UnicodeEncodeError:  # a lone surrogate, which the automaton (UTF-8) cannot read: the full pass decides
            return True, len(folded) + 1, None, None
        distinct = set(hits)
        for k in distinct:
            if self.fingerprint[k]:
                fingerprint = True
            if k in self.ambiguous:
                ambiguous |= self.ambiguous[k]
        firsts = self.first_words
        for k in distinct.difference(firsts):  # worked out on first use: most patterns never occur
            firsts[k] = _first_words(self.patterns[k])
        starts = frozenset().union(*map(firsts.__getitem__, distinct))
        fingerprints = (
            frozenset().union(*(firsts[k] for k in distinct if self.fingerprint[k])) if fingerprint else frozenset()
        )
        return fingerprint, len(ambiguous), starts, fingerprints

    def occurring(self, folded: str) -> list[int]:
        """The patterns that occur in `folded` (by index, repeated per occurrence), as words of their own."""
        if self.automaton is None:
            return []
        text = " ".join(folded.lower().split())
        if "’" in text:
            text = text.replace("’", "'")
        n, left, right = len(text), self.left, self.right
        return [
            k
            for k, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True)
            if not (left[k] and start and text[start - 1].isalnum() and not _glued_before(text, start))
            and not (right[k] and end < n and text[end].isalnum())
        ]


def _first_words(pattern: str) -> frozenset[str]:
    """The token keys a form that a pattern stands for may start with: the pattern's first token, and for a first
    token that begins with a function word, that word too (the pattern may glue it to the next word)."""
    first = TOKEN.match(pattern)
    word = first.group() if first else pattern[:1]
    return frozenset([word, *(p for p in GLUE_PREFIXES if word.startswith(p) and word != p)])


def _glued_before(text: str, start: int) -> bool:
    """Whether a function word glued to the word at `start` begins a word just before it ("for" of "forchronic")."""
    for prefix in GLUE_PREFIXES:
        at = start - len(prefix)
        if at >= 0 and text.startswith(prefix, at) and not (at and text[at - 1].isalnum()):
            return True
    return False


def _variants(words: tuple[str, ...], spaced: tuple[bool, ...]) -> list[str]:
    """The form as text, and with the space after each function word inside it left out (glued)."""
    gaps = [(" ", "") if space and words[q] in _GLUE else (" " if space else "",) for q, space in enumerate(spaced)]
    out = []
    for choice in product(*gaps):
        out.append("".join(w + g for w, g in zip(words, (*choice, ""))))
    return out
