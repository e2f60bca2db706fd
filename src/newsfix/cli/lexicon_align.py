"""`newsfix lexicon learn`, steps 1 and 2: align one (spun, original) pair into candidate swaps.

1. Each pair is tokenized with `newsfix.despin.tokens.tokenize` (the tokenizer the engine matches with) and the two
   lower-cased token sequences are aligned with difflib. Excerpts of a spun page and of its source start and
   end at different places, so the pair is first trimmed to the stretch between the first and the last run of
   `ANCHOR` equal tokens, and aligned again inside it.
2. Every `replace` opcode whose sides are one to four words (after dropping punctuation at its edges) is a
   candidate swap spun -> original. Number-only and punctuation-only changes, and spans that cross a line
   break or a sentence punctuation mark, are dropped: they are rewrites, not synonym swaps.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..despin.tokens import Token, tokenize

MAX_WORDS = 4
ANCHOR = 3  # equal tokens in a row that mark the start/end of the overlap; shorter runs occur by chance ("of the")
CONTEXT_TOKENS = 5
# punctuation that may sit inside a swapped phrase ("real-world", "Alzheimer's", "and/or"); anything else marks
# a clause boundary and means the replace opcode is a rewrite rather than a swap
INNER_PUNCT = frozenset("-‐/'’&")
SENTENCE_END = frozenset(".!?:")


@dataclass
class Swap:
    """One replace opcode of one pair, reduced to a candidate entry."""

    spun: str
    original: str
    key: tuple[str, ...]
    context: str


def _trim(tokens: list[Token], lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and not tokens[lo].is_word:
        lo += 1
    while hi > lo and not tokens[hi - 1].is_word:
        hi -= 1
    return lo, hi


def _phrase_ok(tokens: list[Token], lo: int, hi: int, text: str) -> bool:
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not 1 <= len(words) <= MAX_WORDS:
        return False
    if not any(c.isalpha() for t in words for c in t.text):
        return False  # a number change (a different figure, or "3" -> "three", which an artifact rule handles)
    if any(not t.is_word and t.text not in INNER_PUNCT for t in tokens[lo:hi]):
        return False
    return "\n" not in text[tokens[lo].start : tokens[hi - 1].end]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _sentence_initial(tokens: list[Token], k: int, text: str) -> bool:
    if k == 0:
        return True
    prev = tokens[k - 1]
    return prev.text in SENTENCE_END or "\n" in text[prev.end : tokens[k].start] or prev.text in "\"“‘('"


def _original_form(tokens: list[Token], lo: int, hi: int, text: str) -> str:
    """The original words as written, but lower-cased when the capital only marks the start of a sentence."""
    phrase = _squash(text[tokens[lo].start : tokens[hi - 1].end])
    first = tokens[lo].text
    # a capitalised word after it suggests a name ("National Sleep Foundation"), whose capital is its own
    name_follows = any(t.is_word and t.text[:1].isupper() for t in tokens[lo + 1 : hi + 1])
    if _sentence_initial(tokens, lo, text) and first[:1].isupper() and not first[1:2].isupper() and not name_follows:
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


def align(spun: str, original: str) -> list[Swap]:
    """Candidate swaps of one pair: replace opcodes inside the region where the two excerpts overlap."""
    s_toks, o_toks = tokenize(spun), tokenize(original)
    a, b = [t.key for t in s_toks], [t.key for t in o_toks]
    blocks = [m for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size >= ANCHOR]
    if not blocks:
        return []
    a_lo, b_lo = blocks[0].a, blocks[0].b
    a_hi, b_hi = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    matcher = difflib.SequenceMatcher(None, a[a_lo:a_hi], b[b_lo:b_hi], autojunk=False)
    swaps = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace":
            continue
        i1, i2 = _trim(s_toks, a_lo + i1, a_lo + i2)
        j1, j2 = _trim(o_toks, b_lo + j1, b_lo + j2)
        if i1 >= i2 or j1 >= j2 or not _phrase_ok(s_toks, i1, i2, spun) or not _phrase_ok(o_toks, j1, j2, original):
            continue
        # curly and straight apostrophes match alike; the lexicon files write straight ones
        spun_phrase = _squash(spun[s_toks[i1].start : s_toks[i2 - 1].end]).lower().replace("’", "'")
        orig_phrase = _original_form(o_toks, j1, j2, original).replace("’", "'")
        if spun_phrase == orig_phrase.lower():
            continue
        before = s_toks[max(0, i1 - CONTEXT_TOKENS)].start
        after = s_toks[min(len(s_toks), i2 + CONTEXT_TOKENS) - 1].end
        context = (
            _squash(spun[before : s_toks[i1].start])
            + " ["
            + _squash(spun[s_toks[i1].start : s_toks[i2 - 1].end])
            + "] "
            + _squash(spun[s_toks[i2 - 1].end : after])
        ).strip(" .,;:!?")
        swaps.append(Swap(spun_phrase, orig_phrase, tuple(a[i1:i2]), context))
    return swaps
