"""Lexicon matching: longest match first over tokens, guards, case carried over (`casing`), "a"/"an" agreement."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from functools import cache
from itertools import compress

from ..lazyre import LazyPattern
from ..model import Edit
from .casing import SMALL_WORDS, carry_case, wants_an
from .lexicon import CompiledLexicon, Form, Guard, WordSet
from .protect import Spans
from .tokens import GLUE_PREFIXES, TokenTable, gap_fits

NEAR_WINDOW = 8
CONFIDENCE = {"fingerprint": 0.95, "ambiguous": 0.7}
ANY_FAMILY: frozenset[str] = frozenset({"*"})  # identity-compared: every family's entries may apply
ARTICLES = frozenset(("a", "an", "the"))  # before a replacement opening with one, an article is doubled: no agreement


class Match(namedtuple("Match", "i j start end form glued space_after", defaults=("", False))):
    """A lexicon form found in the text, from token `i` up to (not including) token `j`. A named tuple rather than a
    dataclass: the matcher makes one per candidate, and tuples are built in C."""

    __slots__ = ()
    i: int
    j: int
    start: int
    end: int
    form: Form
    glued: str  # the function word glued to the first token ("for" of "forchronic"), restored with a space ("")
    space_after: bool  # the match ends at a glue point: the missing space is restored after it (False)

    @property
    def tier(self) -> str:
        return self.form.entry.tier


class Context:
    """The tokens of a document and what guards ask of them.

    A function word glued to a spun phrase ("forchronic ache") is split into two tokens with a virtual space
    between them, so that phrases before and after the glue point match as if the space were there.
    """

    def __init__(
        self,
        text: str,
        folded: str,
        tokens: TokenTable,
        lex: CompiledLexicon,
        starts: frozenset[str] | None = None,
        fingerprint_starts: frozenset[str] | None = None,
    ):
        """`starts`, `fingerprint_starts`: when known (the lexicon's automaton ran over `folded`, see
        FormScanner.scan_starts), the words any form and any fingerprint form that occurs start with; the matcher
        looks only at tokens with these keys, because it finds nothing elsewhere."""
        self.text, self.folded, self.lex, self.tokens = text, folded, lex, tokens
        self.virtual_gaps = _split_glued(tokens, lex)
        self.keys = tokens.keys
        keys, max_len, singles, bigrams = self.keys, lex.max_len, lex.singles, lex.bigrams
        # positions where some form starts: the only places the matcher needs to look. Frequent first words
        # ("a", "to", "the") start only long forms, so the second word is checked too.
        last = len(keys) - 1
        may_start = (
            max_len.__contains__ if starts is None else frozenset(w for w in starts if w in max_len).__contains__
        )
        # compress() and map() walk the tokens in C; the Python test runs only where a form may start
        self.entry_points = [
            k
            for k in compress(range(len(keys)), map(may_start, keys))
            if keys[k] in singles or (k < last and (keys[k], keys[k + 1]) in bigrams)
        ]
        # the verdict's pass looks for fingerprints only, and few entry points can start one
        fp_singles, fp_bigrams = lex.fingerprint_singles, lex.fingerprint_bigrams
        entry_points = self.entry_points
        if fingerprint_starts is not None:
            entry_points = [k for k in entry_points if keys[k] in fingerprint_starts]
        self.fingerprint_entry_points = [
            k for k in entry_points if keys[k] in fp_singles or (k < last and (keys[k], keys[k + 1]) in fp_bigrams)
        ]
        self._candidates: dict[int, list[Match]] = {}
        # last word of the replacement of a match chosen so far, by the index of the match's last token: guards
        # then see "reduce" before "ache" where the text says "cut back ache"
        self.restored: dict[int, str] = {}
        # fingerprint matches the last select() turned down because a guard on neighbouring words did not hold
        self.guard_rejected: list[Match] = []
        self.protected = Spans(())  # the last select()'s protected spans: an article inside one stays as written

    def candidates(self, i: int) -> list[Match]:
        found = self._candidates.get(i)
        if found is None:
            found = self._candidates[i] = candidates(self, i)
        return found

    def word_at(self, k: int) -> set[str]:
        """The word at token k, also as what the lexicon would restore it to, so guards see restored context too."""
        if not 0 <= k < len(self.keys) or not self.tokens.is_word(k):
            return set()
        restored = self.restored.get(k)
        if restored:
            return {restored}  # the word a chosen match ends with is what the fixed text will say
        key = self.keys[k]
        swap = self.lex.word_swaps.get(key)
        return {key, swap} if swap else {key}

    def near(self, i: int, j: int) -> set[str]:
        """word_at() of the NEAR_WINDOW tokens on each side, gathered into one set."""
        keys, restored, swaps = self.keys, self.restored, self.lex.word_swaps
        words: set[str] = set()
        for k in (*range(max(0, i - NEAR_WINDOW), i), *range(j, min(len(keys), j + NEAR_WINDOW))):
            key = keys[k]
            if not key[:1].isalnum():
                continue
            word = restored.get(k)
            if word:
                words.add(word)
                continue
            words.add(key)
            swap = swaps.get(key)
            if swap:
                words.add(swap)
        return words

    def holds(self, guard: Guard, m: Match) -> bool:
        for alt in guard.alternatives:  # loops rather than any(all(...)): guards run for most candidates
            for kind, words in alt:
                if not self._condition(kind, words, m):
                    break
            else:
                return True
        return False

    def _condition(self, kind: str, words: WordSet, m: Match) -> bool:
        negate = kind[0] == "!"
        if negate:
            kind = kind[1:]
        if kind == "prev":
            ok = words.matches_any(self.word_at(m.i - 1))
        elif kind == "next":
            ok = words.matches_any(self.word_at(m.j))
        elif kind == "near":
            ok = words.matches_any(self.near(m.i, m.j))
        elif kind == "line-start":
            line_begin = self.text.rfind("\n", 0, m.start) + 1
            ok = self.text[line_begin : m.start].strip() == ""
        else:  # line-end
            line_end = self.text.find("\n", m.end)
            rest = self.text[m.end : line_end if line_end >= 0 else len(self.text)]
            ok = rest.strip(" \t:") == ""
        return ok != negate


def _split_glued(tokens: TokenTable, lex: CompiledLexicon) -> frozenset[int]:
    """Split glued function words off in place; returns the indexes k with a virtual space after token k."""
    keys, max_len = tokens.keys, lex.max_len
    # a function word and the first word (4 letters or more) of a form of two words or more, as one token
    glued_firsts = lex.glued_form_firsts
    glued = [k for k in compress(range(len(keys)), map(glued_firsts.__contains__, keys)) if keys[k] not in max_len]
    cuts: dict[int, int] = {}  # token index -> length of the function word glued at its start
    # right to left, so that a glued token sees the tokens after it as they will be once split
    for k in reversed(glued):
        key = keys[k]
        following = None
        for prefix in GLUE_PREFIXES:
            rest = key[len(prefix) :]
            # only the first word of a form of two or more words can follow a glued function word
            if key.startswith(prefix) and len(rest) >= 4 and lex.max_len.get(rest, 0) > 1:
                following = following or _following(keys, cuts, k + 1)
                if _starts_phrase(lex, rest, following):
                    cuts[k] = len(prefix)
                    break
    return tokens.split(cuts) if cuts else frozenset()


def _following(keys: list[str], cuts: dict[int, int], start: int, n: int = 8) -> list[str]:
    out: list[str] = []
    for j in range(start, min(len(keys), start + n)):
        cut = cuts.get(j)
        out += [keys[j][:cut], keys[j][cut:]] if cut else [keys[j]]
    return out[:n]


def _starts_phrase(lex: CompiledLexicon, first: str, following: Sequence[str]) -> bool:
    """Whether a form of two or more words starts with `first` and continues with the following tokens."""
    longest = lex.max_len.get(first, 0)
    return any((first, *following[: n - 1]) in lex.forms for n in range(2, longest + 1))


def candidates(ctx: Context, i: int) -> list[Match]:
    """Every form that matches at token i, longest first."""
    tokens, keys, lex, text = ctx.tokens, ctx.keys, ctx.lex, ctx.folded
    starts, ends, gaps, virtual_gaps = tokens.starts, tokens.ends, tokens.gaps, ctx.virtual_gaps
    n = len(keys)
    first = keys[i]
    # a case-sensitive entry is more specific than a case-insensitive one
    cs_forms = lex.cs_forms if first in lex.cs_firsts else None
    # forms of two words or more start with one of the lexicon's first pairs
    pair_starts = i + 1 < n and (first, keys[i + 1]) in lex.bigrams
    found: list[Match] = []
    for length in lex.lengths.get(first, ()):
        j = i + length
        if j > n or (length > 1 and not pair_starts):
            continue
        key = tuple(keys[i:j])
        form = None
        if cs_forms:
            form = cs_forms.get(tuple(t.replace("’", "'") for t in tokens.texts[i:j]))
        if form is None:
            form = lex.forms.get(key)
            if form is None:
                continue
        if length > 1 and not _gaps_fit(gaps, virtual_gaps, form.spaced, i, j):
            continue
        start, end = starts[i], ends[j - 1]
        if _word_bounded(text, start, end):
            found.append(Match(i, j, start, end, form))
            for alternative in lex.alternatives.get(key, ()):
                found.append(Match(i, j, start, end, alternative))
    return found


def _gaps_fit(gaps: list[str], virtual_gaps: frozenset[int], spaced: tuple[bool, ...], i: int, j: int) -> bool:
    """Whether the white space between tokens i..j-1 is as the form wants it (`gaps[k]` is the one before token k;
    a virtual gap, after a glued function word, counts as a space)."""
    for k in range(i + 1, j):
        gap = gaps[k]
        if spaced[k - i - 1]:
            if gap != " " and k - 1 not in virtual_gaps and not gap_fits(gap, True):
                return False
        elif gap:
            return False
    return True


def _word_bounded(text: str, start: int, end: int) -> bool:
    """A match must not continue a hyphenated or slashed word ("co-assessment", "and/or")."""
    if start > 0 and text[start - 1] in "-‐/" and start > 1 and text[start - 2].isalnum():
        return False
    if end < len(text) and text[end] in "-‐/" and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return True


def inside_name(text: str, start: int) -> bool:
    """Whether a capitalised word at `start` stands inside a sentence, where capitals mark a name or a title
    ("Diagnosis, Assessment & Disease Monitoring"): ordinary-word swaps leave those alone."""
    if not text[start : start + 1].isupper():
        return False
    before = text[max(0, start - 80) : start].rstrip(" \t\u00a0\"'\u201c\u2018([")
    if not before or before[-1] in ".!?:;\n\r\u2026*#>-\u2013\u2014|":
        return False
    # a headline capitalises its words: there a capital says nothing about names
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    return not (len(words) <= 20 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words))


def match_edit(ctx: Context, m: Match, in_quote: bool) -> Edit:
    text = ctx.text
    before = text[m.start : m.end]
    spun_part = before[len(m.glued) :]
    entry = m.form.entry
    after = (
        m.form.replacement
        if entry.case_sensitive or (entry.original[:1].isupper() and entry.original[1:2].islower())
        else carry_case(spun_part, m.form.replacement)
    )
    if after[:1].isupper() and after[1:].islower() and after.lower() in SMALL_WORDS and _after_lower_word(ctx, m.i):
        # a WordNet-style spinner writes its thesaurus's capitalised lemma mid-sentence ("It is Associate in
        # Nursing endocrine disorder" for "an"): a function word after a lower-case word starts no sentence or title
        after = after.lower()
    if m.glued:
        after = m.glued + " " + after
    if m.space_after:
        after += " "
    start, rule = m.start, m.form.rule
    article = _article_before(ctx, m.i) if not m.glued and after.split(" ", 1)[0].lower() not in ARTICLES else None
    if article is not None:
        a_tok = ctx.tokens[article]
        is_an = a_tok.key == "an"
        if is_an != wants_an(after) and not ctx.protected.overlaps(a_tok.start, a_tok.end):
            new_article = "an" if not is_an else "a"
            new_article = carry_case(a_tok.text, new_article) if a_tok.text[:1].isupper() else new_article
            after = new_article + text[a_tok.end : m.start] + after
            start = a_tok.start
            before = text[start : m.end]
            rule += ARTICLE_RULE
    conf = _confidence(entry.tier, entry.tier == "ambiguous" and bool(entry.guard), bool(m.glued or m.space_after))
    return Edit(start, m.end, before, after, rule, conf, entry.tier, in_quote)


@cache
def _confidence(tier: str, guarded: bool, glue: bool) -> float:
    """A guarded ambiguous swap is surer than an unguarded one; a restored space makes any edit less sure."""
    return round(CONFIDENCE[tier] + (0.1 if guarded else 0.0) - (0.1 if glue else 0.0), 2)


ARTICLE_RULE = "+article"
_LEADING_WORD = LazyPattern(r"\S+\s+")  # used only where two edits overlap


def without_article(e: Edit) -> Edit | None:
    """The repair of an edit that also made "a"/"an" agree, without the article (None for another edit): what is left
    when a wider edit rewrites that article ("a finish of a" -> "the end of the" before "grownup")."""
    if not e.rule.endswith(ARTICLE_RULE):
        return None
    cut, new_cut = _LEADING_WORD.match(e.before).end(), _LEADING_WORD.match(e.after).end()
    rule = e.rule[: -len(ARTICLE_RULE)]
    return Edit(e.start + cut, e.end, e.before[cut:], e.after[new_cut:], rule, e.confidence, e.tier, e.in_quote)


def _after_lower_word(ctx: Context, i: int) -> bool:
    """Whether token `i` follows a lower-case word with only spaces between: it is inside a sentence."""
    if i == 0:
        return False
    prev = ctx.tokens[i - 1]
    return prev.text[:1].islower() and ctx.text[prev.end : ctx.tokens[i].start] == " "


def _article_before(ctx: Context, i: int) -> int | None:
    k = i - 1
    if k < 0 or ctx.keys[k] not in ("a", "an"):
        return None
    gap = ctx.text[ctx.tokens[k].end : ctx.tokens[i].start]
    if not gap or not gap.isspace():
        return None
    if k > 0 and ctx.text[ctx.tokens[k].start - 1 : ctx.tokens[k].start] in (".", "-"):
        return None  # "U.S.A" pieces and "type-a" are not articles
    return k


def select(
    ctx: Context,
    protected: Spans,
    quotes: Spans,
    *,
    quote_policy: str,
    spun: bool,
    disable: frozenset[str] = frozenset(),
    fingerprints_only: bool = False,
    families: frozenset[str] = ANY_FAMILY,
    spun_quotes: Spans | None = None,
) -> list[tuple[Match, bool]]:
    """Greedy left-to-right choice of matches, longest valid first; returns (match, in_quote) pairs.

    `families`: the spinner families the document's fingerprints point to. An ambiguous entry tagged with
    families applies only when one of them is among these: with no family attributed (an empty set), only
    untagged entries apply. ANY_FAMILY lets every entry apply. `spun_quotes` (gates.spun_quotes): under the
    "fingerprint" policy, quotes where every entry may apply."""
    chosen: list[tuple[Match, bool]] = []
    next_free = 0
    ctx.restored.clear()
    ctx.guard_rejected, ctx.protected = [], protected
    for i in ctx.fingerprint_entry_points if fingerprints_only else ctx.entry_points:
        if i < next_free:
            continue
        taken = None
        for m in ctx.candidates(i):
            entry = m.form.entry
            if disable and (entry.spun in disable or m.form.rule in disable):
                continue
            if fingerprints_only and entry.tier != "fingerprint":
                continue
            if protected.overlaps(m.start, m.end):
                continue
            in_quote = quotes.overlaps(m.start, m.end)
            if in_quote and quote_policy != "all" and (quote_policy == "protect" or entry.tier != "fingerprint"):
                if quote_policy == "protect" or not (spun_quotes and spun_quotes.overlaps(m.start, m.end)):
                    continue
            if entry.tier == "ambiguous" and (
                not spun or (families is not ANY_FAMILY and entry.families and not entry.families & families)
            ):
                continue
            if entry.guard and not ctx.holds(entry.guard, m):
                if entry.tier == "fingerprint" and entry.guard.sees_words:
                    ctx.guard_rejected.append(m)  # a repair of a neighbour may make its guard hold
                continue
            taken = (m, in_quote)
            break
        if taken:
            m, in_quote = taken
            if m.j - 1 in ctx.virtual_gaps:
                m = m._replace(space_after=True)
            if i - 1 in ctx.virtual_gaps and not (chosen and chosen[-1][0].j == i):
                glue = ctx.tokens[i - 1]
                m = m._replace(start=glue.start, glued=glue.text)
            chosen.append((m, in_quote))
            next_free = m.j
            ctx.restored[m.j - 1] = m.form.replacement.rsplit(" ", 1)[-1].lower()
    return chosen
