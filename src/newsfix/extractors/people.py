"""People: named persons with their roles.

Found as quote speakers, after a title ("Dr", "Professor"), after a role noun ("lead author Jane Doe", "led by
..."), or before an apposition that names a role ("Jane Doe, a professor of ... at ..."; role words from
lexicons/entities/person-roles.txt). Each item: `name` (full name), `role` (or null), `text`/`start`/`end` of the
first mention, `mentions` (full-name and surname-only mentions). Names inside an institution, journal or lexicon
entity are not people.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from ..despin.protect import Spans
from .base import PERSON, TITLE, ArticleContext, clean_name, is_name, is_role, read_terms

ROLE_NOUN = r"(?:(?:lead|first|senior|co-senior|co-lead|corresponding|last|study|co-)\s*)?author"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    roles = "|".join(regex.escape(t) for t, _ in read_terms("person-roles.txt"))
    return (
        regex.compile(rf"(?P<title>{TITLE})(?P<name>{PERSON})"),
        regex.compile(
            rf"\b(?P<title>{ROLE_NOUN}|led\s+by|researcher|scientist|neuroscientist)\s+(?:{TITLE})?(?P<name>{PERSON})"
        ),
        regex.compile(
            rf"(?<![\p{{L}}])(?P<name>{PERSON})(?:,\s+|\s+is\s+)(?P<role>(?:(?:a|an|the)\s+)?[^,.;“”\"\n]{{0,80}}?\b(?i:{roles})s?\b"
            r"[^.;“”\"\n]{0,120}?)(?=[,.;]|\s+(?:said|says|told|added|explained)\b)",
        ),
    )


def extract(ctx: ArticleContext, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = ctx.text
    blocked = Spans((e.start, e.end) for e in ctx.ents)
    people: dict[str, dict[str, Any]] = {}

    def add(name: str, role: str | None, start: int, end: int) -> None:
        name = clean_name(name)
        if not is_name(name) or blocked.overlaps(start, end):
            return
        item = people.get(name)
        if item is None:
            people[name] = {"name": name, "role": role, "text": text[start:end], "start": start, "end": end}
        elif role and not item["role"]:
            item["role"] = role

    for q in quotes:
        if q["speaker"] and len(q["speaker"].split()) > 1:
            i = text.find(q["speaker"])
            if i >= 0:
                add(q["speaker"], q["speaker_role"], i, i + len(q["speaker"]))
    titled, role_noun, apposition = _patterns()
    for m in apposition.finditer(text):
        name = m.group("name")
        # the apposition regex is case-insensitive for its role words, so check the name is capitalised here
        if name[0].isupper() and is_role(m.group("role")):
            add(name, m.group("role").strip(), m.start("name"), m.end("name"))
    for pattern in (titled, role_noun):
        for m in pattern.finditer(text):
            name = clean_name(m.group("name"))
            if len(name.split()) > 1 or m.group("title").strip().rstrip(".") in ("Dr", "Prof", "Professor"):
                title = " ".join(m.group("title").split()).rstrip(".")
                role = None if title.lower() in ("dr", "mr", "mrs", "ms", "miss", "led by") else title
                add(name, role, m.start("name"), m.end("name"))

    # single-word entries ("Dr Smith") merge into a full name with the same surname when there is one
    for name in [n for n in people if len(n.split()) == 1]:
        full = next((p for p in people.values() if len(p["name"].split()) > 1 and p["name"].split()[-1] == name), None)
        if full is not None:
            full["role"] = full["role"] or people[name]["role"]
            del people[name]
    # a lone surname nobody gave in full stays only when a title made it a person ("Dr Smith")
    titled_names = {clean_name(m.group("name")) for m in titled.finditer(text)}
    for name in [n for n in people if len(n.split()) == 1 and n not in titled_names]:
        del people[name]
    for item in people.values():
        surname = regex.escape(item["name"].split()[-1])
        item["mentions"] = len(regex.findall(rf"(?<![\p{{L}}]){surname}(?![\p{{L}}])", text))
    # quotes whose attribution gave no role take the role found for their speaker elsewhere
    for q in quotes:
        if q["speaker"] in people and not q["speaker_role"]:
            q["speaker_role"] = people[q["speaker"]]["role"]
    return sorted(people.values(), key=lambda p: p["start"])
