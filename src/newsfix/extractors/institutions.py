"""Institutions: universities, institutes, hospitals and other research organisations, by canonical name.

Gazetteer names (lexicons/gazetteers/institutions.txt) and aliases (lexicons/entities/institution-aliases.txt,
"UNSW" -> "UNSW Sydney") come from the entity ruler; names the gazetteer lacks are found by their head words
(lexicons/entities/institution-keywords.txt: "University of X", "X Institute") and reported as written. An
acronym in parentheses right after a name ("(NeuRA)") counts as a further mention of it. Each item: `name`,
`text`/`start`/`end` of the first mention, `mentions`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from ..despin.protect import Spans
from .base import Context, mention, read_terms

CAP = r"(?:\p{Lu}[\p{L}’'&.-]*)"


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    kw = "|".join(regex.escape(t) for t, _ in read_terms("institution-keywords.txt"))
    return regex.compile(
        rf"(?<![\p{{L}}])(?:"
        rf"(?:{CAP}[ \t]+){{0,4}}(?:{kw})(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|and|of))*)?"
        rf"|(?:{kw})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|and|of))*"
        rf")(?![\p{{L}}])"
    )


def extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.text
    items: dict[str, dict[str, Any]] = {}
    spans: list[tuple[int, int, str]] = []
    for ent in ctx.doc.ents:
        if ent.label_ == "ORG":
            spans.append((ent.start_char, ent.end_char, ent.ent_id_ or ent.text))
    taken = Spans((s, e) for s, e, _ in spans)
    journals = Spans((e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "JOURNAL")
    for m in _pattern().finditer(text):
        raw = m.group()
        name = regex.sub(r"^(?:The|A|An|At|From|By|In|Of)[ \t]+", "", raw)
        s = m.start() + len(raw) - len(name)
        name = regex.sub(r"(?:[ \t]+(?:and|of))+$", "", name).rstrip(".")
        e = s + len(name)
        if len(name.split()) < 2 or taken.overlaps(s, e) or journals.overlaps(s, e):
            continue
        spans.append((s, e, name))
        taken.add(s, e)
    # an acronym in parentheses right after a name stands for it from then on: "Karolinska Institute (KI)"
    for _, e, name in list(spans):
        acronym = regex.match(r"[ \t]*\((\p{Lu}[\p{L}]{1,9})\)", text[e : e + 14])
        if not acronym:
            continue
        for a in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(acronym.group(1))}(?![\p{{L}}])", text):
            if not taken.overlaps(a.start(), a.end()):
                spans.append((a.start(), a.end(), name))
                taken.add(a.start(), a.end())
    for s, e, name in sorted(spans):
        key = name.lower()
        if key not in items:
            items[key] = {"name": name, **mention(text, s, e), "mentions": 0}
        items[key]["mentions"] += 1
    return list(items.values())
