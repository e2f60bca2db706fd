"""Spinner artifacts that no thesaurus explains, each its own rule:

- `homoglyph`: look-alike letters from other scripts inside Latin words (Cyrillic "а" for "a");
- `spintax`: leftover spin syntax, "{that a}" or "{big|large}";
- `number-word`: numbers half turned into words, "three,000" and "seven.1";
- `abbreviation`: abbreviations spun letter by letter, "U.Okay." for "U.K.";
- `detokenized`: text a spinner split into tokens and joined with spaces ("Here ’s how it works .") and whose
  links it glued to the next word ("fromNASA"): a page-level signature of WordNet-style spinner networks, repaired
  only on pages that carry it throughout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lazyre import LazyPattern
from ..model import Edit
from .protect import Spans, protected_spans

# Cyrillic and Greek letters that render like Latin ones. Greek is folded only inside mixed-script words,
# because a lone Greek letter (α-synuclein, β cells) is ordinary science notation.
CYRILLIC = dict(zip("аеорсухіјѕԁԛԝпАВЕКМНОРСТХУІЈЅӏ", "aeopcyxijsdqwnABEKMHOPCTXYIJSl"))
GREEK = dict(zip("ουΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ouABEZHIKMNOPTYX"))
# Latin letters outside the alphabet that pass for its letters: the capital iota "Ɩ" for "l", the script "ɡ" for "g"
# (a homoglyph spinner's pages mix them with Cyrillic ones: "аƖѕο", "ɡοt")
LATIN_LOOKALIKE = {"Ɩ": "l", "ɡ": "g"}
LOOKALIKE = {**CYRILLIC, **GREEK, **LATIN_LOOKALIKE}
FOLD_TABLE = str.maketrans(LOOKALIKE)
HAS_LOOKALIKE = re.compile("[" + "".join(LOOKALIKE) + "]")  # re scans a plain class about 10x faster than regex
# The standard library's re, not regex, so that `check` does not import regex: letters are [^\W\d_] here,
# combining marks U+0300-U+036F, and Latin letters the Basic Latin, Latin-1 and Latin Extended blocks.
WORD = LazyPattern(r"(?:[^\W\d_]|[\u0300-\u036f])+")
LATIN = LazyPattern(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")

# not glued to a word, a handle's "@" or a hashtag's "#" on either side: "{A A}10.0000/x" rewritten as "A A10.0000/x"
# would turn a protected span into a word, "{A A}#persistent ache" as "A A#persistent ache" would unprotect a
# hashtag (and a second run would then change them); "{n}s" is a template placeholder, not spintax
SPINTAX = LazyPattern(r"(?<![\\\w$@#])\{((?:[^\W\d_]|[' ])+(?:\|(?:[^\W\d_]|[' ])*)*)\}(?![\w@#])")

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
HALF_NUMBER = LazyPattern(r"(?<![^\W_])(" + "|".join(NUMBER_WORDS) + r")(?=(?:,\d{3})+(?!\d)|\.\d)", re.IGNORECASE)

# a number's separator and digit: rare enough for re to find fast, unlike a pattern starting with any letter
SEPARATOR_DIGIT = re.compile(r"[.,]\d")

# Letters a spinner read as words: "K" became "Okay". Only inside dotted abbreviations.
SPUN_LETTERS = {"Okay": "K"}
_LETTER = "(?:[A-Z]|" + "|".join(SPUN_LETTERS) + ")"
DOTTED = LazyPattern(rf"(?<![^\W_]|\.)(?:{_LETTER}\.)+{_LETTER}?(?![^\W_])")
SPUN_LETTER = LazyPattern("|".join(SPUN_LETTERS))


def fold(text: str) -> str:
    """The text with look-alike letters mapped to Latin, same length, so offsets agree with the input."""
    if text.isascii() or not HAS_LOOKALIKE.search(text):  # look-alikes are Cyrillic and Greek: never ASCII
        return text
    return WORD.sub(_fold_word, text)


def _fold_word(m: re.Match) -> str:
    word = m.group()
    if not HAS_LOOKALIKE.search(word):
        return word
    if LATIN.search(word):
        return word.translate(FOLD_TABLE)
    # A word made only of look-alikes: Cyrillic ones between Latin words (an obfuscated "а"), never Greek.
    if all(c in CYRILLIC for c in word) and _latin_context(m.string, m.start(), m.end()):
        return word.translate(FOLD_TABLE)
    return word


def _latin_context(text: str, start: int, end: int) -> bool:
    before = WORD.findall(text[max(0, start - 40) : start])
    after = WORD.findall(text[end : end + 40])
    near = before[-1:] + after[:1]
    # a neighbour with Latin letters is Latin once folded (mixed words are folded in the same pass): judging it by
    # its folded form keeps the rule idempotent ('a\u0430 \u0430' must not change again on a second run)
    return bool(near) and all(LATIN.search(w) for w in near)


Rule = Callable[[str], Iterator[Edit]]


def homoglyph_edits(text: str, folded: str) -> Iterator[Edit]:
    if folded is text:
        return
    for m in WORD.finditer(text):
        s, e = m.span()
        if folded[s:e] != text[s:e]:
            yield Edit(s, e, text[s:e], folded[s:e], "homoglyph", 0.99, "artifact")


def spintax_edits(text: str) -> Iterator[Edit]:
    if "{" not in text:
        return
    for m in SPINTAX.finditer(text):
        options = m.group(1).split("|")
        # a single option in braces is spintax only when it reads as words ("{that a}"), not a placeholder ("{name}")
        if len(options) == 1 and " " not in options[0].strip():
            continue
        yield Edit(m.start(), m.end(), m.group(), options[0], "spintax", 0.98, "artifact")


def number_word_edits(text: str) -> Iterator[Edit]:
    if not any(m.start() and text[m.start() - 1].isalpha() for m in SEPARATOR_DIGIT.finditer(text)):
        return  # no letter before a separator and a digit, so no "three,000" or "seven.1"
    for m in HALF_NUMBER.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), NUMBER_WORDS[m.group().lower()], "number-word", 0.95, "artifact")


def abbreviation_edits(text: str) -> Iterator[Edit]:
    if not any(letter in text for letter in SPUN_LETTERS):
        return
    for m in DOTTED.finditer(text):
        pieces = m.group().rstrip(".").split(".")
        if len(pieces) < 2 or all(p in SPUN_LETTERS for p in pieces):
            continue  # "Okay." alone is a word, not an abbreviation
        for w in SPUN_LETTER.finditer(m.group()):
            s, e = m.start() + w.start(), m.start() + w.end()
            yield Edit(s, e, w.group(), SPUN_LETTERS[w.group()], "abbreviation", 0.9, "artifact")


# a space before closing punctuation or a clitic, after a word: tokenized text joined back with spaces
DETOKENIZED = LazyPattern(r"(?<=[^\W_]) (?=[,.;:!?](?:\s|$)|['’](?:s|re|ve|ll|t|d)\b)")
# a lower-case word glued to the capitalised word after it, where a spinner dropped a link's spaces ("fromNASA",
# "ownMilky"); only on pages with the signature, where camel case is the spinner's, not a brand's ("macOS")
GLUED_CAPITAL = LazyPattern(r"(?<![^\W\d_])[a-z]{2,}(?=[A-Z](?:[a-z]{2,}|[A-Z]{2,}))")
DETOKENIZED_MIN = 10  # occurrences, and per 1000 words below: unspun news had at most 1 (7 per 1000 words)
DETOKENIZED_DENSITY = 30.0


def detokenized(text: str) -> bool:
    """Whether the whole page carries the tokenized-and-rejoined signature (not a stray " ," or two)."""
    if text.count(" ,") + text.count(" .") + text.count(" ’") + text.count(" '") < DETOKENIZED_MIN // 2:
        return False  # counted in C: most texts stop here
    hits = len(DETOKENIZED.findall(text))
    return hits >= DETOKENIZED_MIN and 1000.0 * hits / max(len(text.split()), 100) >= DETOKENIZED_DENSITY


def detokenized_edits(text: str) -> Iterator[Edit]:
    if not detokenized(text):
        return
    for m in DETOKENIZED.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), "", "detokenized", 0.9, "artifact")
    for m in GLUED_CAPITAL.finditer(text):
        yield Edit(m.end(), m.end(), "", " ", "detokenized", 0.8, "artifact")


# Artifacts that on their own say a page went through a spinner: look-alike letters in several words (text
# obfuscated against duplicate detection), spin syntax with alternatives left in ("{big|large}"), or two numbers
# half turned into words. A single stray look-alike or number-word can be a typo; these cannot.
SIGNATURE_HOMOGLYPH_WORDS = 3
SIGNATURE_NUMBER_WORDS = 2


def signature(edits: list[Edit]) -> bool:
    """Whether these artifact edits (of one document) are a spinner's signature."""
    homoglyphs = number_words = 0
    for e in edits:
        if e.rule == "homoglyph":
            homoglyphs += 1
        elif e.rule in ("number-word", "abbreviation"):
            number_words += 1
        elif e.rule == "spintax" and "|" in e.before:
            return True
    return homoglyphs >= SIGNATURE_HOMOGLYPH_WORDS or number_words >= SIGNATURE_NUMBER_WORDS


TEXT_RULES: dict[str, Rule] = {
    "detokenized": detokenized_edits,
    "spintax": spintax_edits,
    "number-word": number_word_edits,
    "abbreviation": abbreviation_edits,
}


def page_edits(text: str, folded: str, protected: Spans | None, disable: frozenset[str]) -> list[Edit]:
    """Every artifact repair of a text (`folded` is `fold(text)`) outside its protected spans (computed here when
    `protected` is None: most texts have no artifact, and then need none)."""
    edits = [e for name, rule in TEXT_RULES.items() if name not in disable for e in rule(folded)]
    if "homoglyph" not in disable:
        edits += homoglyph_edits(text, folded)
    if edits:
        protected = protected if protected is not None else protected_spans(text)
        edits = [e for e in edits if not protected.overlaps(e.start, e.end)]
    return edits
