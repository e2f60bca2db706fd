"""The cheap tests that decide whether the follow-up pass runs over a repaired text (see `Normalizer.normalize`):
a repair completed the words of a fingerprint, or changed a neighbour a turned-down fingerprint's guard looks at."""

from __future__ import annotations

import bisect
from functools import lru_cache
from operator import or_

from ..model import Edit
from .matcher import NEAR_WINDOW, Context
from .tokens import phrase_key


def completes_fingerprint(ctx: Context, edits: list[Edit]) -> bool:
    """Whether the fixed text has the words of a fingerprint where a repair changed it: the cheap test that
    decides whether the follow-up pass runs (that pass also checks gaps, guards and protected spans).

    The fixed text's words are the input's, with each repair's words spliced in: no second tokenization."""
    lex = ctx.lex
    reach = lex.fingerprint_max_len - 1
    keys, starts, ends = ctx.keys, ctx.tokens.starts, ctx.tokens.ends
    fixed: list[str] = []
    replaced: list[tuple[int, int]] = []  # where each repair's words are in `fixed`
    done = 0
    for e in edits:
        a, b = bisect.bisect_right(ends, e.start), bisect.bisect_left(starts, e.end)
        if (a < len(keys) and starts[a] < e.start) or (b and ends[b - 1] > e.end):
            return True  # the repair rewrites part of a word: the fixed text's words are not spliced ones
        fixed += keys[done:a]
        words = _words(e.after)
        replaced.append((len(fixed), len(fixed) + len(words)))
        fixed += words
        done = b
    fixed += keys[done:]
    # 1 where a fingerprint may start (its first word, or its first two words, are there), or where a function
    # word is glued to a form's first word ("forpersistent"), which the matcher would split off; bytearray.find
    # then skips the other positions in C
    glued = lex.glued_form_firsts
    may_start = bytearray(map(lex.fingerprint_singles.__contains__, fixed))
    two_words = map(lex.fingerprint_bigrams.__contains__, zip(fixed, fixed[1:]))
    may_start[:-1] = bytearray(map(or_, may_start, two_words))
    if not glued.isdisjoint(fixed):
        may_start = bytearray(map(or_, may_start, map(glued.__contains__, fixed)))
    checked = 0  # positions before this one were looked at already
    for first, stop in replaced:
        p = may_start.find(1, max(first - reach, checked), max(stop, first + 1))
        while p >= 0:
            # the keys and their lengths only here: a lexicon read from the cache loads them on first use
            # (packed.COLD), and most repaired texts have no position to look at
            if fixed[p] in glued or any(
                p + n > first and tuple(fixed[p : p + n]) in lex.fingerprint_keys
                for n in lex.fingerprint_lengths.get(fixed[p], ())
            ):
                return True
            p = may_start.find(1, p + 1, max(stop, first + 1))
        checked = max(checked, stop)
    return False


@lru_cache(maxsize=8192)
def _words(replacement: str) -> tuple[str, ...]:
    """A replacement's words as the tokenizer keys them (replacements repeat: the lexicon's originals)."""
    return phrase_key(replacement)[0]


def guard_may_flip(ctx: Context, edits: list[Edit]) -> bool:
    """Whether a fingerprint turned down by a guard on its neighbours has an edit among those neighbours."""
    if not ctx.guard_rejected:
        return False
    starts = ctx.tokens.starts
    # each edit as the token indexes it touches
    touched = sorted((bisect.bisect_right(starts, e.start) - 1, bisect.bisect_left(starts, e.end)) for e in edits)
    reach = NEAR_WINDOW + 1
    for m in ctx.guard_rejected:
        k = bisect.bisect_left(touched, (m.j + reach,))
        if k and touched[k - 1][1] > m.i - reach:
            return True
    return False
