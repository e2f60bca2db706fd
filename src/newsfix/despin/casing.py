"""The case of a replacement: carried over from the spun text it replaces, and "a"/"an" before a word."""

from __future__ import annotations

SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def carry_case(before: str, after: str) -> str:
    """Give the replacement the case pattern of the text it replaces."""
    if before[:1].islower():
        return after  # most spun words: nothing to carry, and this is the hot path
    letters = [c for c in before if c.isalpha()]
    if not letters:
        return after
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return after.upper()
    if not before[:1].isupper() or not letters[0].isupper():
        return after
    words = before.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return " ".join(
            w if (k and w in SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:]
            for k, w in enumerate(after.split(" "))
        )
    return after[:1].upper() + after[1:]


SILENT_H = ("hour", "honest", "honor", "honour", "heir")
CONSONANT_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubiq", "ura", "uro")


def wants_an(word: str) -> bool:
    w = word.lower()
    if w.startswith(SILENT_H):
        return True
    if w.startswith(CONSONANT_SOUND):
        return False
    return w[:1] in "aeiou"
