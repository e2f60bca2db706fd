"""One compiled multi-pattern pass (Aho-Corasick, `ahocorasick_rs`) over every form of the compiled lexicon: the
exact pre-filter that sends a text without any fingerprint, and without enough ordinary-word swaps to be judged spun
on them alone, down the fast path without tokenizing it.

The patterns are the lexicon's forms as lower-case strings (a space where the form has one), and, for a form with a
function word inside, the same with that space left out (a spinner glues function words to the next word, and the
matcher splits them off again). The text is lower-cased, its curly apostrophes straightened (as token keys are) and
every run of white space made one space, so that any gap the matcher accepts between two words of a form is one
space here: every match the token matcher can make is an occurrence of a pattern (the converse need not hold, which
only costs time). An occurrence inside a longer word is dropped, except where a glued function word explains it.

Built from whatever the lexicon files hold, in-process on first use (about 15 ms for the built-in lexicon; nothing
is cached on disk).
"""

from __future__ import annotations

from itertools import product

from .compile import every_forms
from .lexicon import CompiledLexicon
from .tokens import GLUE_PREFIXES

_GLUE = frozenset(GLUE_PREFIXES)


class FormScanner:
    """`scan(folded)`: whether a fingerprint form occurs, and how many distinct ambiguous entries (by spun form)
    have a form that occurs: an upper bound for the fingerprints and the ambiguous swaps the matcher can find."""

    def __init__(self, lex: CompiledLexicon):
        from ahocorasick_rs import AhoCorasick, MatchKind  # imported with the lexicon: `check` of clean text skips it

        info: dict[str, list] = {}  # pattern -> [fingerprint?, spun forms of its ambiguous entries]
        for form in every_forms(lex):
            entry = form.entry
            for pattern in _variants(tuple(w.lower() for w in form.words), form.spaced):
                slot = info.setdefault(pattern, [False, set()])
                if entry.tier == "fingerprint":
                    slot[0] = True
                elif entry.tier == "ambiguous":
                    slot[1].add(entry.spun)
        self.patterns = list(info)
        self.fingerprint = [info[p][0] for p in self.patterns]
        self.ambiguous = [frozenset(info[p][1]) for p in self.patterns]
        # whether an occurrence must not continue a word on its left / right (forms of letters and digits there)
        self.left = [p[0].isalnum() for p in self.patterns]
        self.right = [p[-1].isalnum() and p.rsplit(" ", 1)[-1] not in _GLUE for p in self.patterns]
        self.automaton = AhoCorasick(self.patterns, matchkind=MatchKind.Standard) if self.patterns else None

    def scan(self, folded: str) -> tuple[bool, int]:
        fingerprint, ambiguous = False, set()
        for k in self.occurring(folded):
            if self.fingerprint[k]:
                fingerprint = True
            if self.ambiguous[k]:
                ambiguous |= self.ambiguous[k]
        return fingerprint, len(ambiguous)

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


def _glued_before(text: str, start: int) -> bool:
    """Whether a function word glued to the word at `start` begins a word just before it ("for" of "forchronic")."""
    for prefix in GLUE_PREFIXES:
        at = start - len(prefix)
        if at >= 0 and text.startswith(prefix, at) and not (at and text[at - 1].isalnum()):
            return True
    return False


def _variants(words: tuple[str, ...], spaced: tuple[bool, ...]) -> list[str]:
    """The form as text, and with the space after each function word inside it left out (glued)."""
    gaps = [
        (" ", "") if space and words[q] in _GLUE else (" " if space else "",) for q, space in enumerate(spaced)
    ]
    out = []
    for choice in product(*gaps):
        out.append("".join(w + g for w, g in zip(words, (*choice, ""))))
    return out
