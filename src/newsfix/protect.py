"""Spans of text that newsfix never rewrites (URLs, DOIs, e-mail addresses, numbers, code) and quoted speech."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

PROTECTED = regex.compile(
    r"""
      (?P<url>(?:https?|ftp)://[^\s<>"'“”)\]]+|\bwww\.[^\s<>"'“”)\]]+)
    | (?P<doi>\b10\.\d{4,9}/[-._;()/:\p{L}\p{N}]+)
    | (?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<code>```.*?```|`[^`\n]+`)
    | (?P<handle>(?<![\w@])[@#][\p{L}\p{N}_]+)
    | (?P<number>(?<![\p{L}])\p{N}[\p{N},.:/-]*\p{N}|(?<![\p{L}])\p{N})
    """,
    regex.VERBOSE | regex.DOTALL,
)

# Opening mark -> closing marks. Straight double quotes pair with themselves.
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“”"}
PARAGRAPH = regex.compile(r"\r?\n[ \t]*\r?\n|\Z")


class Spans:
    """Sorted, non-overlapping [start, end) intervals with fast overlap queries."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start

    def contains(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)

    def __iter__(self):
        return iter(zip(self.starts, self.ends))

    def __len__(self) -> int:
        return len(self.starts)


def protected_spans(text: str) -> Spans:
    return Spans((m.start(), m.end()) for m in PROTECTED.finditer(text))


def quote_spans(text: str) -> Spans:
    """Quoted speech, marks included. A quote opened and not closed runs to the end of its paragraph."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        closers = QUOTE_PAIRS.get(c)
        if closers is None or (c == '"' and not _opens_straight(text, i)):
            i += 1
            continue
        para_end = PARAGRAPH.search(text, i + 1).start()
        j = i + 1
        while j < para_end and text[j] not in closers:
            j += 1
        end = j + 1 if j < para_end else para_end
        spans.append((i, end))
        i = end
    return Spans(spans)


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens when it does not follow a letter or digit (so 5" and it"s are not openings)."""
    return i == 0 or not text[i - 1].isalnum()
