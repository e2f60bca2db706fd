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

CAP = r"(?:\p{Lu}[\p{L}’'&.–-]*)"
# Well-known bare acronyms, used when the article does not define them itself (case-sensitive).
ACRONYMS = {
    "CDC": "Centers for Disease Control and Prevention", "NIH": "National Institutes of Health",
    "WHO": "World Health Organization", "FDA": "Food and Drug Administration", "NASA": "NASA",
    "NCI": "National Cancer Institute", "NIHR": "National Institute for Health Research",
    "WMO": "World Meteorological Organization", "ESO": "European Southern Observatory", "UCLA": "UCLA",
    "UCSF": "UCSF", "MIT": "MIT", "EMA": "European Medicines Agency", "ESA": "European Space Agency",
    "IARC": "International Agency for Research on Cancer", "NOAA": "NOAA", "CERN": "CERN",
}  # fmt: skip
BARE_ACRONYM = regex.compile(r"(?<![\p{L}-])(?:" + "|".join(ACRONYMS) + r")(?![\p{L}-])")
COMPANY = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}&-]+(?:[ \t]+\p{Lu}[\p{L}&-]+){0,2}[ \t]+"
    r"(?:Inc\.?|Ltd\.?|Corp\.?|plc|LLC|Pharmaceuticals|Pharma|Therapeutics|Biotech|Sciences|Biosciences))(?![\p{L}])"
    r"|\b(?:pharmaceutical|drug|biotech(?:nology)?)\s+(?:compan(?:y|ies)|firms?|makers?)\s+"
    r"(?P<a>\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)(?:\s+and\s+(?P<b>\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?))?"
    r"|(?<![\p{L}])(?P<role_org>\p{Lu}[\p{Lu}\p{L}&-]+)[’']s\s+(?:executive\s+director|director|president|chief|"
    r"CEO|spokes(?:man|woman|person)|head)\b"
)


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    kw = "|".join(regex.escape(t) for t, _ in read_terms("institution-keywords.txt"))
    return regex.compile(
        rf"(?<![\p{{L}}])(?:"
        rf"(?:{CAP}[ \t]+(?:(?:and|&|de|del|di)[ \t]+(?={CAP}[ \t]+{CAP}))?){{0,4}}(?:{kw})"
        rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|and|of))*)?"
        rf"|(?:{kw})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|and|of))*"
        rf")(?![\p{{L}}])"
    )


def extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.text
    items: dict[str, dict[str, Any]] = {}
    spans: list[tuple[int, int, str]] = []
    for ent in ctx.ents_of("ORG"):
        spans.append((ent.start, ent.end, ent.name))
    taken = Spans((s, e) for s, e, _ in spans)
    journals = Spans((e.start, e.end) for e in ctx.ents_of("JOURNAL"))
    for m in _pattern().finditer(text):
        raw = m.group()
        name = regex.sub(r"^(?:(?:The|A|An|At|From|By|In|Of|With)[ \t]+|\p{Lu}[\p{L}.]*[’']s[ \t]+)+", "", raw)
        s = m.start() + len(raw) - len(name)
        name = regex.sub(r"(?:[ \t]+(?:and|of))+$", "", name).rstrip(".")
        name = regex.sub(r"[’']s$", "", name)
        e = s + len(name)
        if len(name.split()) < 2 or taken.overlaps(s, e) or journals.overlaps(s, e):
            continue
        spans.append((s, e, name))
        taken.add(s, e)
    for m in COMPANY.finditer(text):
        for g in ("name", "a", "b", "role_org"):
            if m.group(g) and not taken.overlaps(m.start(g), m.end(g)) and not journals.overlaps(m.start(g), m.end(g)):
                name = m.group(g).rstrip(".") if g != "name" else m.group(g)
                spans.append((m.start(g), m.start(g) + len(name), name))
                taken.add(m.start(g), m.end(g))
    # an acronym in parentheses right after a name stands for it from then on: "Karolinska Institute (KI)"
    for _, e, name in list(spans):
        acronym = regex.match(r"[ \t]*\((\p{Lu}[\p{L}]{1,9})\)", text[e : e + 14])
        if not acronym:
            continue
        for a in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(acronym.group(1))}(?![\p{{L}}])", text):
            if not taken.overlaps(a.start(), a.end()):
                spans.append((a.start(), a.end(), name))
                taken.add(a.start(), a.end())
    defined = set(regex.findall(r"\((\p{Lu}{2,6})\)", text))
    initials = {"".join(w[0] for w in regex.findall(r"\p{Lu}[\p{L}]*", n)): n for _, _, n in spans}
    for a in BARE_ACRONYM.finditer(text):
        acr = a.group()
        if acr not in defined:
            name = initials.get(acr, ACRONYMS[acr])  # "UCSF" in an article naming the University of California, SF
            if not taken.overlaps(a.start(), a.end()):
                spans.append((a.start(), a.end(), name))
                taken.add(a.start(), a.end())
    for s, e, name in sorted(spans):
        key = name.lower()
        if key not in items:
            items[key] = {"name": name, **mention(text, s, e), "mentions": 0}
        items[key]["mentions"] += 1
    return list(items.values())
