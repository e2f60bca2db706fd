"""What every extractor shares: the `ArticleContext` of one article, entity-lexicon loading, and name patterns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex

from ..despin.lexicon import default_lexicon_dir


class Ent(NamedTuple):
    """One entity-ruler match, read once per document (a spaCy `Span` is rebuilt on every `doc.ents` access)."""

    start: int  # character offsets into the text
    end: int
    label: str
    id: str  # the pattern's canonical name ("" when none)
    text: str

    @property
    def name(self) -> str:
        return self.id or self.text


@dataclass
class ArticleContext:
    """One article as the extractors see it. Offsets everywhere are into `text`, the normalised text."""

    text: str
    doc: Any  # spacy.tokens.Doc
    meta: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    url: str | None = None
    # [start, end) spans of the normalised text that normalisation wrote (sorted, from the edits)
    edited: list[tuple[int, int]] = field(default_factory=list)
    # the normaliser's verdict on the page: names may be restored from the gazetteers only on spun pages
    spin_verdict: str = "clean"
    # filled as extractors run, so later ones can use earlier results (quotes -> people)
    found: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def ents(self) -> tuple[Ent, ...]:
        """The document's entities, in text order, as plain tuples."""
        return tuple(Ent(e.start_char, e.end_char, e.label_, e.ent_id_, e.text) for e in self.doc.ents)

    def ents_of(self, *labels: str) -> list[Ent]:
        return [e for e in self.ents if e.label in labels]

    def altered(self, start: int, end: int) -> bool:
        """Whether normalisation changed anything in text[start:end] (a deletion at a point inside counts)."""
        # edits are sorted and do not overlap: only the last one starting before `end` can reach `start`
        i = bisect.bisect_left(self.edited, (end, end)) - 1
        if i < 0:
            return False
        s, e = self.edited[i]
        return e > start or (s == e and s >= start)


def mention(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def entities_dir() -> Path:
    return default_lexicon_dir() / "entities"


@cache
def read_terms(name: str) -> tuple[tuple[str, str], ...]:
    """(term, canonical) pairs of lexicons/entities/<name>; `variant => canonical` lines map, others map to self."""
    pairs = []
    for raw in (entities_dir() / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        term, sep, canonical = line.partition("=>")
        term = term.strip()
        pairs.append((term, canonical.strip() if sep else term))
    return tuple(pairs)


@cache
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a `|`-separated entity file (drugs-extra.txt)."""
    rows = []
    for raw in (entities_dir() / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append(tuple(c.strip() for c in line.split("|")))
    return tuple(rows)


# A capitalised name word: "Ferraro", "O’Connell", "McAuley", "Smith-Jones", an initial "J." is allowed inside.
NAME_WORD = r"(?:(?:Mc|Mac|O[’']|D[’']|De|Di|La|Le)?\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)*(?!\p{L}))"
PARTICLE = r"(?:van|von|de|der|den|da|del|di|du|la|le|bin|ibn|al)"
TITLE = r"(?:(?:Dr|Prof|Professor|Associate\s+Professor|Assistant\s+Professor|Mr|Mrs|Ms|Miss|Dame|Sir)\.?\s+)"
# Full or partial person name: 1-4 name words, initials and particles between them.
PERSON = rf"{NAME_WORD}(?:\s+(?:\p{{Lu}}\.\s+)?(?:{PARTICLE}\s+)?{NAME_WORD}){{0,3}}"
PERSON_RE = regex.compile(PERSON)

# Capitalised words that begin sentences or name things other than people; never speakers or people.
NOT_NAMES = frozenset(
    """the a an this that these those it its he she they we i you our their his her there here in on at for of
    and but or so yet as if when while after before since although though however researchers scientists
    experts authors study review trial results evidence data professor doctor dr university institute
    according more provided citation credit now yet right today this those clinicians patients people""".split()
)
PRONOUNS = frozenset({"he", "she", "they"})


@lru_cache(maxsize=1)
def _role_pattern() -> regex.Pattern[str]:
    words = "|".join(regex.escape(t) for t, _ in read_terms("person-roles.txt"))
    # a role names a job ("professor", "-ologist", "-ian") or an affiliation ("at UNSW", "of the University")
    job = rf"\b(?:(?:{words})s?|\w+olog(?:ist|er)s?|\w+ians?)\b"
    return regex.compile(rf"{job}|\b(?:at|of|from)\s+(?:the\s+)?\p{{Lu}}", regex.I)


def is_role(text: str | None) -> bool:
    return bool(text) and bool(_role_pattern().search(text))


_LEADING_TITLE = regex.compile(rf"^{TITLE}")


def clean_name(name: str) -> str:
    """Drop a leading title and normalise whitespace."""
    name = _LEADING_TITLE.sub("", name.strip())
    return " ".join(name.split())


def is_name(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].lower() not in NOT_NAMES and all(w.lower() not in NOT_NAMES for w in words)
