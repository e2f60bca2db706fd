"""Meaning-bearing words: where a wrong swap changes what the article says, not only how it says it.

An ambiguous lexicon entry (an ordinary word a spinner also writes) whose spun or original side holds an age group,
a diagnosis or condition, a negation, a person or role, or a quantity is applied only with strong evidence that its
own passage was spun: a fingerprint a few sentences away. Restoring "youngsters" to "children" in a paragraph the
spinner left alone would change the age group the article reports; missing a repair only leaves spun wording.
The words live in `lexicons/sensitive.txt` (data, not code).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CLASSES = ("age", "condition", "negation", "person", "quantity")


@lru_cache(maxsize=4)
def load(path: Path) -> dict[str, str]:
    """word -> class, from a `CLASS WORD` file (`#` comments); empty when the file is missing."""
    words: dict[str, str] = {}
    if not path.is_file():
        return words
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cls, _, word = line.partition(" ")
        if cls not in CLASSES or not word:
            raise ValueError(f"{path}:{n}: expected 'CLASS WORD' with CLASS one of {CLASSES}, got {line!r}")
        words[word.strip().lower()] = cls
    return words


def classes_of(phrase: str, words: dict[str, str]) -> frozenset[str]:
    """The meaning classes a phrase touches (a plural -s is tried as its singular too)."""
    found = set()
    for w in phrase.lower().replace("-", " ").split():
        cls = words.get(w) or (words.get(w[:-1]) if w.endswith("s") else None)
        if cls:
            found.add(cls)
    return frozenset(found)
