"""Institutions: universities, institutes, hospitals and other research organisations, by canonical name.

Gazetteer names (lexicons/gazetteers/institutions.txt) and aliases (lexicons/entities/institution-aliases.txt,
"UNSW" -> "UNSW Sydney") come from the entity ruler; names the gazetteer lacks are found by their head words
(lexicons/entities/institution-keywords.txt: "University of X", "X Institute") and reported as written. An
acronym in parentheses right after a name ("(NeuRA)") counts as a further mention of it. Each item: `name`,
`text`/`start`/`end` of the first mention, `mentions`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from ..despin.protect import Spans
from .base import ArticleContext, mention, read_terms

CAP = r"(?:\p{Lu}[\p{L}’'&.–-]{0,40})"  # bounded: "A.A.A.…" must not cost quadratic time
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


# Head words the keyword lexicon does not list: bodies that regulate, advise or coordinate research, and the heads
# of names in Spanish, Portuguese, Italian, French and German ("Agencia Costarricense de Investigaciones
# Biomédicas", "Hospital Italiano de Buenos Aires").
EXTRA_HEADS = (
    "Authority", "Commission", "Ministry", "Consortium", "Alliance", "Network", "Agencia", "Instituto",
    "Institut", "Universidad", "Universidade", "Università", "Université", "Universität", "Hôpital", "Hospital",
    "Centro", "Fundación", "Fundação", "Klinikum", "Ospedale",
)  # fmt: skip
FOREIGN_HEADS = ("Agencia", "Instituto", "Institut", "Universidad", "Universidade", "Hospital", "Hôpital", "Centro",
                 "Fundación", "Fundação", "Ospedale")  # fmt: skip
CONNECT = r"(?:of|for|de|del|della|di|do|da|des|du|für|and|&)"


# every COMPANY alternative needs one of these words: checked first, with plain re, before the slower full pattern
COMPANY_HINT = re.compile(
    r"Inc\b|Ltd\b|Corp\b|plc\b|LLC\b|Pharma|Therapeutics|Biotech|Sciences|Biosciences|\b(?:pharmaceutical|drug|"
    r"biotech(?:nology)?)\s+(?:compan|firm|maker)|['’]s\s+(?:executive|director|president|chief|CEO|spokes|head)"
)


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern[str]:
    heads = sorted({t for t, _ in read_terms("institution-keywords.txt")} | set(EXTRA_HEADS), key=len, reverse=True)
    kw = "|".join(regex.escape(t) for t in heads)
    # inside a coordinated name one lower-case word may stand between capitalised ones: "Medicines and Healthcare
    # products Regulatory Agency"
    lower_in = rf"(?:(?<=(?:and|&)[ \t]+{CAP}[ \t]+)\p{{Ll}}{{4,}}[ \t]+)?"
    foreign = "|".join(regex.escape(t) for t in FOREIGN_HEADS)
    return regex.compile(
        rf"(?<![\p{{L}}])(?:"
        # head first, then an adjective, then "de ...": "Agencia Costarricense de Investigaciones Biomédicas"
        rf"(?:{foreign})(?:[ \t]+{CAP}){{1,2}}[ \t]+(?:de|del|di|da|do|des|du|della)[ \t]+(?:la[ \t]+)?{CAP}"
        rf"(?:[ \t]+(?:{CAP}|{CONNECT}))*"
        rf"|(?:{CAP}[ \t]+{lower_in}(?:(?:and|&|de|del|di)[ \t]+(?={CAP}[ \t]+(?:\p{{Ll}}{{4,}}[ \t]+)?{CAP}))?){{0,4}}"
        rf"(?:{kw})"
        rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|{CONNECT}))*)?"
        rf"|(?:{kw})[ \t]+(?:of|for|de|del|della|di|do|da|des|du|für)[ \t]+(?:the[ \t]+|la[ \t]+)?{CAP}"
        rf"(?:[ \t]+(?:{CAP}|{CONNECT}))*"
        rf")(?![\p{{L}}])"
    )


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    return frozenset(t for t, _ in read_terms("institution-keywords.txt")) | frozenset(EXTRA_HEADS)


# a name, then its acronym in parentheses or between commas: "United Nations, UN, said", "Event Horizon Telescope
# (EHT) collaboration"
NAMED_ACRONYM = regex.compile(
    r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}’'-]+(?:[ \t]+(?:of|for|and|the|on|\p{Lu}[\p{L}’'-]+)){1,7})"
    r"(?:,[ \t]+(?P<a>\p{Lu}{2,8}),|[ \t]+\((?P<b>\p{Lu}{2,8})\)(?P<collab>[ \t]+(?:collaboration|consortium))?)"
)
ORG_HINTS = frozenset(
    "nations union organization organisation agency authority commission council committee collaboration consortium "
    "alliance network foundation institute society association federation board service".split()
)
AT_PARENT = regex.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?")
CAMPUS = regex.compile(r"[–-]\p{Lu}")  # "University of Colorado–Boulder": the gazetteer's name and its campus
GLUED = regex.compile(r"^\p{Lu}\p{Ll}{5,}(?=\p{Lu}\p{Ll}{3,})")  # "NetherlandsLeiden University": a scraping join


ACRONYM_AFTER = regex.compile(r"[ \t]*\((\p{Lu}[\p{L}]{1,9})\)|,[ \t]+(\p{Lu}{2,8}),")
DEFINED = regex.compile(r"\((\p{Lu}{2,6})\)")
CAP_WORD = regex.compile(r"\p{Lu}[\p{L}]*")


def _similar_words(a: str, b: str) -> bool:
    """Most of the longer name's content words begin like a word of the other ("Centre"/"Centers")."""
    wa = [w[:5].lower() for w in a.split() if w[0].isupper()]
    wb = [w[:5].lower() for w in b.split() if w[0].isupper()]
    return len(set(wa) & set(wb)) >= 0.6 * max(len(wa), len(wb))


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[int, tuple[str, ...]]:
    from ..despin.lexicon import gazetteer_files

    out: dict[int, list[str]] = {}
    for path in gazetteer_files():
        if "journal" in path.stem:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.setdefault(len(line.split()), []).append(line)
    return {k: tuple(v) for k, v in out.items()}


def restore_spun(name: str) -> str:
    """On a spun page, a found name one swapped word away from a gazetteer name is that name ("Nationwide Sleep
    Foundation" -> "National Sleep Foundation"): the two words must share their first four letters."""
    words = name.split()
    names = _gazetteer_names().get(len(words), ())
    if name.lower() in {n.lower() for n in names}:
        return name  # a gazetteer name itself ("Northwestern University" is not "Northeastern University")
    near = []
    for cand in names:
        diff = [(a, b) for a, b in zip(words, cand.split()) if a != b]
        if len(diff) == 1 and diff[0][0][:4].lower() == diff[0][1][:4].lower():
            near.append(cand)
    return near[0] if len(near) == 1 else name


def _segments(text: str, s: int, e: int, ents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "University of Oslo and Oslo University Hospital" (two names joined by "and") where both sides are names
    of their own: the left side has a head word and the right side a head word or a gazetteer name."""
    heads = _head_words()
    out = []
    start = s
    for m in regex.finditer(r"[ \t]+and[ \t]+", text[s:e]):
        a, b = s + m.start(), s + m.end()
        left, right = text[start:a], text[b:e]
        left_ok = len(left.split()) >= 2 and any(w in heads for w in left.split())
        right_ok = any(w in heads for w in right.split()) or any(b <= x < e for x, _ in ents)
        if left_ok and right_ok:
            out.append((start, a))
            start = b
    out.append((start, e))
    return out


LEADING = regex.compile(r"^(?:(?:The|A|An|At|From|By|In|Of|With)[ \t]+|\p{Lu}[\p{L}.]*[’']s[ \t]+)+")
TRAILING = regex.compile(r"(?:[ \t]+(?:and|of|for|de|del|di|da|do|des|du|&))+$")
POSSESSIVE = regex.compile(r"[’']s$")
SENTENCE_END = regex.compile(r"(?<!(?:^|[ \t.])(?:\p{Lu}|St|Mt|Ft))\.[ \t].*$")
OWNER = regex.compile(r"^(?P<a>\p{Lu}.*?)[’']s[ \t]+(?P<b>\p{Lu}.+)$")


def extract(ctx: ArticleContext) -> list[dict[str, Any]]:
    text = ctx.text
    items: dict[str, dict[str, Any]] = {}
    spans: list[tuple[int, int, str]] = []
    for ent in ctx.ents_of("ORG"):
        spans.append((ent.start, ent.end, ent.name))
    taken = Spans((s, e) for s, e, _ in spans)
    journals = Spans((e.start, e.end) for e in ctx.ents_of("JOURNAL"))
    ents = [(s, e) for s, e, _ in spans]
    end_of_text = len(text.rstrip())
    for m in _pattern().finditer(text):
        for s0, e0 in _segments(text, m.start(), m.end(), ents):
            raw = text[s0:e0]
            name = LEADING.sub("", raw)
            name = GLUED.sub("", name)
            s = e0 - len(name)
            name = SENTENCE_END.sub("", name)  # "Cancer Research UK. For a year": the name ends with its sentence
            name = TRAILING.sub("", name).rstrip(".")
            name = POSSESSIVE.sub("", name)
            e = s + len(name)
            owner = OWNER.match(name)
            if owner and any(w in _head_words() for w in owner.group("a").split()):
                # "Northwestern University’s McGaw Medical Center": the McGaw Medical Center of Northwestern University
                name = f"{owner.group('b')} of {owner.group('a')}"
            if len(name.split()) < 2 or journals.overlaps(s, e):
                continue
            if e >= end_of_text and not text[e:].strip():
                continue  # "the American Academy of P": cut off by the end of the excerpt
            parent_span = None
            parent = AT_PARENT.match(text, e)
            if parent and (any(x == parent.end() for x, _ in ents) or BARE_ACRONYM.match(text, parent.end())):
                # "David Geffen School of Medicine at UCLA": the school with its university (kept on its own too)
                pe = next((y for x, y in ents if x == parent.end()), None)
                if pe is None:
                    pe = BARE_ACRONYM.match(text, parent.end()).end()
                parent_span = (parent.end(), pe, ACRONYMS.get(text[parent.end() : pe], text[parent.end() : pe]))
                name += text[e:pe]
                e = pe
            inside = [(x, y) for x, y in ents if s <= x and y <= e and (x, y) != (s, e)]
            if taken.overlaps(s, e):
                if not inside or any(x < s < y or x < e < y for x, y in ents):
                    continue  # inside a gazetteer name, or crossing one
                for x, y in inside:
                    if x == s and CAMPUS.match(text, y):
                        # "University of Colorado–Boulder": the campus is the institution the text names
                        spans[:] = [sp for sp in spans if (sp[0], sp[1]) != (x, y)]
            if any(sp[0] < e and s < sp[1] for sp in spans if (sp[0], sp[1]) not in inside):
                continue
            spans.append((s, e, name))
            taken.add(s, e)
            if parent_span and not any(sp[:2] == parent_span[:2] for sp in spans):
                spans.append(parent_span)  # the university is named too
    for m in NAMED_ACRONYM.finditer(text):
        acr = m.group("a") or m.group("b")
        name = LEADING.sub("", m.group("name"))
        s = m.end("name") - len(name)
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if initials != acr or taken.overlaps(s, m.end("name")):
            continue
        if not (m.group("collab") or ORG_HINTS & {w.lower() for w in name.split()}):
            continue  # "Body Mass Index (BMI)", "Large Language Models (LLMs)": terms, not organisations
        spans.append((s, m.end("name"), name))
        taken.add(s, m.end("name"))
    for m in COMPANY.finditer(text) if COMPANY_HINT.search(text) else ():
        for g in ("name", "a", "b", "role_org"):
            if m.group(g) and not taken.overlaps(m.start(g), m.end(g)) and not journals.overlaps(m.start(g), m.end(g)):
                name = m.group(g).rstrip(".") if g != "name" else m.group(g)
                spans.append((m.start(g), m.start(g) + len(name), name))
                taken.add(m.start(g), m.end(g))
    # an acronym in parentheses right after a name stands for it from then on: "Karolinska Institute (KI)"
    for _, e, name in list(spans):
        acronym = ACRONYM_AFTER.match(text, e, e + 14)
        if not acronym:
            continue
        acr = acronym.group(1) or acronym.group(2)
        full = ACRONYMS.get(acr, "")
        if " " in full and name != full and _similar_words(name, full):
            # "Center for Disease Control (CDC)": the agency the acronym names, under its own name
            spans[:] = [(x, y, full if (y, n) == (e, name) else n) for x, y, n in spans]
            name = full
        if acronym.group(2) and "".join(w[0] for w in CAP_WORD.findall(name)) != acr:
            continue  # between commas only when it spells the name: "United Nations, UN,"
        for a in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(acr)}(?![\p{{L}}])", text):
            if not taken.overlaps(a.start(), a.end()):
                spans.append((a.start(), a.end(), name))
                taken.add(a.start(), a.end())
    defined = set(DEFINED.findall(text))
    initials = {"".join(w[0] for w in CAP_WORD.findall(n)): n for _, _, n in spans}
    for a in BARE_ACRONYM.finditer(text):
        acr = a.group()
        if acr not in defined:
            name = initials.get(acr, ACRONYMS[acr])  # "UCSF" in an article naming the University of California, SF
            if not taken.overlaps(a.start(), a.end()):
                spans.append((a.start(), a.end(), name))
                taken.add(a.start(), a.end())
    spun = ctx.spin_verdict in ("spun", "uncertain")
    for s, e, name in sorted(spans):
        if spun:
            name = restore_spun(name)
        key = name.lower()
        if key not in items:
            items[key] = {"name": name, **mention(text, s, e), "mentions": 0}
        items[key]["mentions"] += 1
    return list(items.values())
