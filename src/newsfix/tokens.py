"""The one tokenizer that the lexicon and the engine share, so that an entry matches text exactly as it was parsed."""

from __future__ import annotations

from typing import NamedTuple

import regex

# A word is letters/digits with inner apostrophes; everything else that is not space is a one-character token.
TOKEN = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L}))*|[^\s\p{L}\p{N}]")


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def phrase_key(phrase: str, case_sensitive: bool = False) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Tokens of a lexicon phrase, and for each gap between tokens whether the phrase has space there."""
    toks = tokenize(phrase)
    words = tuple(t.text.replace("’", "'") if case_sensitive else t.key for t in toks)
    spaced = tuple(toks[i].end < toks[i + 1].start for i in range(len(toks) - 1))
    return words, spaced


def gap_fits(gap: str, spaced: bool) -> bool:
    """A spaced gap in a phrase matches any run of white space short of a paragraph break; an unspaced one, nothing."""
    if not spaced:
        return gap == ""
    return bool(gap) and gap.isspace() and gap.count("\n") <= 1
