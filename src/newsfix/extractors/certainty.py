"""Certainty of evidence on the GRADE scale: "high", "moderate", "low", "very low", or a range ("low to very low").

Returns the first statement found as `certainty`, and every statement as `certainty_mentions` items
(`level`, `text`, `start`, `end`). Only phrases about evidence count: "high-quality trials" is a wish, not a
rating, so "quality" needs "evidence" next to it, while "certainty" is GRADE's own word.
"""

from __future__ import annotations

import re
from typing import Any

from ..despin.protect import Spans
from .base import ArticleContext

LEVEL = r"(?:very[-\s]low|low|moderate|high)"
RANGE = rf"(?P<a>{LEVEL})(?:\s*(?:to|-|–|—|or)\s*(?P<b>{LEVEL}))?"
PATTERNS = [
    # "low to very low certainty", "moderate-certainty evidence", "low-quality evidence"
    re.compile(rf"\b{RANGE}[-\s](?:certainty(?:\s+(?:of\s+)?evidence)?|quality\s+(?:of\s+)?evidence)\b", re.I),
    # "certainty of the evidence was low", "evidence was rated as moderate", "the evidence is of low certainty"
    re.compile(
        rf"\b(?:certainty|quality)?\s*(?:of\s+(?:the\s+)?)?evidence\s+(?:was|were|is|are)\s+(?:rated\s+|graded\s+|"
        rf"judged\s+|considered\s+|assessed\s+)?(?:as\s+)?(?:of\s+)?{RANGE}\b",
        re.I,
    ),
]


def _level(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").split())


def extract(ctx: ArticleContext) -> dict[str, Any]:
    mentions: list[dict[str, Any]] = []
    low = ctx.text.lower()
    if "evidence" not in low and "certainty" not in low:
        return {"certainty": None, "certainty_mentions": mentions}  # both patterns need one of these words
    taken = Spans(())
    for pattern in PATTERNS:
        for m in pattern.finditer(ctx.text):
            if taken.overlaps(m.start(), m.end()):
                continue
            level = _level(m.group("a")) + (f" to {_level(m.group('b'))}" if m.group("b") else "")
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            mentions.append({"level": level, "text": ctx.text[start : m.end()], "start": start, "end": m.end()})
            taken.add(start, m.end())
    mentions.sort(key=lambda x: x["start"])
    return {"certainty": mentions[0]["level"] if mentions else None, "certainty_mentions": mentions}
