"""The journal an article reports on.

Sources, surest first: the `citation_journal_title` meta of an HTML page; a "Journal information: X" line; the
reference under "More information:" ("Title, Journal (2025). DOI: ..."); "published in (the journal) X"; a
journal from lexicons/gazetteers/journals.txt anywhere in the text. A name that matches a gazetteer entry
(case-insensitively) is reported in the gazetteer's spelling.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..despin.lexicon import gazetteer_files
from .base import ArticleContext

CAP = r"(?:\p{Lu}[\p{L}\d&'’-]*|\p{Ll}+\p{Lu}[\p{L}]*)"  # also "medRxiv", "eLife"
MONTHS = frozenset(
    "january february march april may june july august september october november december today online".split()
)
CITATION = regex.compile(
    r"\bet\s+al\.\s+[^\n]{5,300}?\.\s+(?:Published\s+online\s+[^.\n]+\.\s+)?"
    r"(?P<j>\p{Lu}[\p{L}&]*(?:[ \t]+\p{Lu}[\p{L}&]*){0,5})\.?\s+(?:(?:19|20)\d\d\b|doi)"
)
JOINER = r"(?:of|and|the|in|for|on|&)"
JOURNAL_NAME = rf"{CAP}(?:[ \t]+(?:{CAP}|{JOINER}))*"
JOURNAL_INFO = regex.compile(r"Journal information:[ \t]*(?P<j>[^\n]+)")
MORE_INFO = regex.compile(r"More information:")
REFERENCE = regex.compile(r",[ \t]*(?P<j>[^,\n()]+?)[ \t]*\((?:19|20)\d\d\)")
PUBLISHED_IN = regex.compile(
    rf"\b(?:published|appear(?:s|ed)?)\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+)?"
    rf"(?:(?:peer-reviewed|scientific|medical|international|online|open-access)\s+){{0,2}}"
    rf"(?:(?:journal|journals|preprint\s+server)\s*,?\s+)?(?P<j>{JOURNAL_NAME})"
)


LOWER_LAST = regex.compile(r"[ \t]+(\p{Ll}{5,})(?=[.;,]?(?:\s|$))")
JOINED = regex.compile(rf"\s{JOINER}\s+\p{{Lu}}[\p{{L}}]*$")
NOT_TITLE_WORDS = frozenset("today yesterday online recently earlier later journal magazine issue edition".split())


@lru_cache(maxsize=1)
def known_journals() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in gazetteer_files():
        if "journal" in path.stem:
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    out[line.lower()] = line
    return out


def canonical(name: str) -> str:
    name = regex.sub(r"\s+(?:on|in|this|last)\s+\p{Lu}\p{Ll}+(?:day|ber|ary|ch|il|y|ne|ly|st)$", "", name.strip())
    name = regex.sub(rf"(?:[ \t]+{JOINER})+$", "", name.strip().strip(".,;:"))
    return known_journals().get(name.lower(), name)


def extract(ctx: ArticleContext) -> str | None:
    meta = ctx.meta.get("citation_journal_title")
    if meta:
        return canonical(meta)
    text = ctx.text
    m = JOURNAL_INFO.search(text)
    if m:
        return canonical(m.group("j").split(";")[0])
    m = MORE_INFO.search(text)
    if m:
        ref = REFERENCE.search(text, m.end(), m.end() + 1500)
        if ref:
            return canonical(ref.group("j"))
    m = CITATION.search(text)
    if m:
        return canonical(m.group("j"))
    for m in PUBLISHED_IN.finditer(text):
        name = canonical(m.group("j"))
        tail = LOWER_LAST.match(text, m.end("j"))
        if tail and JOINED.search(name) and tail.group(1) not in NOT_TITLE_WORDS:
            # "Computers in Human behaviour.": a title's last word written in lower case ends the sentence
            name = canonical(f"{name} {tail.group(1)[0].upper()}{tail.group(1)[1:]}")
        if len(name) <= 2 or name.split()[0].lower() in MONTHS:
            continue
        # a cut name ("the New England Journal") is the gazetteer journal it begins, when the text names it
        full = next((e.name for e in ctx.ents_of("JOURNAL") if e.name.lower().startswith(name.lower())), None)
        return full or name
    for ent in ctx.ents_of("JOURNAL"):
        return ent.name
    return None
