"""The one tokenizer that the lexicon and the engine share, so that an entry matches text exactly as it was parsed."""

from __future__ import annotations

import re
from collections import namedtuple
from itertools import accumulate, compress, repeat
from operator import contains

# A word is letters/digits with inner apostrophes (each followed by a letter); everything else that is not space
# is a one-character token. Written as runs of one character class, which the standard library's re matches
# fastest (about twice as fast as the regex module on this pattern, and 30 % faster than a per-character loop).
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_][^\W_]*)*|[^\w\s]|_")


class Token(namedtuple("Token", "text start end")):
    # collections.namedtuple rather than typing.NamedTuple: `check` starts without importing typing
    __slots__ = ()
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
    return [Token(m.group(), *m.span()) for m in TOKEN.finditer(text)]


# Runs of letters and digits: what the spin verdict counts as words, and what the fast path looks up, because
# re.findall with this pattern is several times faster than building the token table.
WORD_RUN = re.compile(r"[^\W_]+")
# Function words that spinners glue to the next word ("forchronic ache"); despin splits them off again.
GLUE_PREFIXES = ("for", "of", "in", "to", "and", "the", "with", "on", "at", "by", "from")
TOKEN_SPLIT = re.compile("(" + TOKEN.pattern + ")")


class TokenTable:
    """The tokens of a text as parallel lists, built with C-level operations only (findall, map, accumulate):
    the per-token Python loop is what makes a matcher slow, and most tokens are never looked at again.

    Indexing gives a `Token`; `keys[k]` is the lookup key of token k.
    """

    __slots__ = ("texts", "starts", "ends", "keys", "gaps")

    def __init__(self, text: str):
        # split() with the token pattern as a group gives gap, token, gap, ..., token, gap as plain strings: both
        # the tokens and (from the lengths of all the pieces) their offsets, with no match object or tuple per token
        pieces = TOKEN_SPLIT.split(text)
        bounds = list(accumulate(map(len, pieces)))
        del bounds[-1]  # the end of the last gap
        self.starts, self.ends = bounds[0::2], bounds[1::2]
        self.texts = texts = pieces[1::2]
        self.gaps = pieces[0:-1:2]  # gaps[k]: the white space before token k
        self.keys = keys = list(map(str.lower, texts))
        if "’" in text:  # the few keys with a curly apostrophe, found in C
            for k in compress(range(len(keys)), map(contains, keys, repeat("’"))):
                keys[k] = keys[k].replace("’", "'")

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, k: int) -> Token:
        return Token(self.texts[k], self.starts[k], self.ends[k])

    def __iter__(self):
        return map(Token, self.texts, self.starts, self.ends)

    def is_word(self, k: int) -> bool:
        return self.texts[k][0].isalnum()

    def split(self, cuts: dict[int, int]) -> frozenset[int]:
        """Split token k after cuts[k] characters (a function word glued to the next word), all in one pass;
        returns the new indexes of the function words (a virtual space follows each)."""
        texts: list[str] = []
        keys: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        gaps: list[str] = []
        virtual = []
        done = 0
        for k in sorted(cuts):  # the tokens between cuts are copied as slices: cuts are few, tokens many
            texts += self.texts[done:k]
            keys += self.keys[done:k]
            starts += self.starts[done:k]
            ends += self.ends[done:k]
            gaps += self.gaps[done:k]
            cut, t, key, s = cuts[k], self.texts[k], self.keys[k], self.starts[k]
            virtual.append(len(texts))
            texts += (t[:cut], t[cut:])
            keys += (key[:cut], key[cut:])
            starts += (s, s + cut)
            ends += (s + cut, self.ends[k])
            gaps += (self.gaps[k], "")
            done = k + 1
        self.texts = texts + self.texts[done:]
        self.keys = keys + self.keys[done:]
        self.starts = starts + self.starts[done:]
        self.ends = ends + self.ends[done:]
        self.gaps = gaps + self.gaps[done:]
        return frozenset(virtual)


# Every ASCII character that is not a letter or digit as a space: str.translate is fast on ASCII text, and
# str.split() then cuts it into runs twice as fast as WORD_RUN.findall.
_ASCII_BREAKS = {c: " " for c in range(128) if not chr(c).isalnum()}
# The punctuation of news text beyond ASCII (General Punctuation, no-break space, guillemets, middle dot...),
# replaced one character at a time with str.replace before that.
_UNICODE_BREAKS = frozenset(
    ch
    for ch in map(chr, (*range(0x2000, 0x2070), 0xA0, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB6, 0xB7, 0xBB))
    if not ch.isalnum()
)


def word_runs(text: str) -> list[str]:
    """Lower-case runs of letters and digits ("don't" is two runs): cheap, and enough to rule matches out."""
    lower = text.lower()
    if not lower.isascii():
        others = {ch for ch in set(lower) if not ch.isascii()}
        if not others <= _UNICODE_BREAKS:
            return WORD_RUN.findall(lower)  # letters beyond ASCII, or punctuation the set does not know
        for ch in others:
            lower = lower.replace(ch, " ")
    return lower.translate(_ASCII_BREAKS).split()


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
