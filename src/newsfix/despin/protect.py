"""Spans of text that newsfix never rewrites (URLs, DOIs, e-mail addresses, numbers, code) and quoted speech."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..lazyre import LazyPattern

# One pattern per kind, each with a cheap test for whether the text can contain it at all: far faster than one
# alternation, which the engine would try at every position. Those with a test are compiled on first use.
PROTECTED_KINDS: tuple[tuple[str, tuple[str, ...], re.Pattern[str] | LazyPattern], ...] = (
    (
        "url",
        ("://", "www.", "WWW.", "Www."),
        # case spelt out rather than IGNORECASE, so that the needles above cover every spelling it matches
        LazyPattern(r"(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP])://[^\s<>\"'“”)\]]+|\b(?:www|WWW|Www)\.[^\s<>\"'“”)\]]+"),
    ),
    ("doi", ("10.",), LazyPattern(r"\b10\.\d{4,9}/[-._;()/:\w]+")),
    ("code", ("`",), LazyPattern(r"```.*?```|`[^`\n]+`", re.DOTALL)),
    ("handle", ("@", "#"), LazyPattern(r"(?<![\w@])[@#][^\W_]\w*")),
    # the look-behind (no letter before the number) comes after the first digit, so that re can scan for digits
    ("number", (), re.compile(r"\d(?<![^\W\d_]\d)(?:[\d,.:/-]*\d)?")),
)
EMAIL_AT = LazyPattern(r"(?<=[\w.+-])@(?=[\w-])")
EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# Opening mark -> closing marks. Straight double quotes pair with themselves.
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“”"}
PARAGRAPH = re.compile(r"\r?\n[ \t]*\r?\n")
QUOTE_MARK = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
CLOSERS = {o: re.compile("[" + c + "]") for o, c in QUOTE_PAIRS.items()}


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

    def add(self, start: int, end: int) -> None:
        """Add a span, merging it with those it overlaps or touches (so the overlap test stays logarithmic)."""
        i = bisect.bisect_left(self.ends, start)
        j = bisect.bisect_right(self.starts, end)
        if i < j:
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]

    def __iter__(self):
        return iter(zip(self.starts, self.ends))

    def __len__(self) -> int:
        return len(self.starts)


# Where a URL or a DOI can start: after its scheme's "://", at "www." or "10.". Scanning for these and matching the
# pattern there is three times faster than letting the pattern try every "h", "f", "w" or word start of a text.
ANCHORS = {"url": re.compile(r"://|(?:www|WWW|Www)\."), "doi": re.compile(r"10\.")}
SCHEME_LENGTHS = (5, 4, 3)  # https, http, ftp: the longest first, as a left-to-right scan would find


def _anchored_spans(text: str, pattern: re.Pattern[str], anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """What pattern.finditer(text) finds, for a pattern whose matches start at an anchor (or a scheme before it)."""
    spans = []
    end = 0
    for found in anchor.finditer(text):
        at = found.start()
        if at < end:
            continue  # inside the span found last
        backs = SCHEME_LENGTHS if text[at] == ":" else (0,)
        m = next((m for n in backs if at >= n and (m := pattern.match(text, at - n))), None)
        if m:
            spans.append(m.span())
            end = m.end()
    return spans


def protected_spans(text: str) -> Spans:
    spans: list[tuple[int, int]] = []
    for kind, needles, pattern in PROTECTED_KINDS:
        if needles and not any(n in text for n in needles):
            continue
        anchor = ANCHORS.get(kind)
        spans += _anchored_spans(text, pattern, anchor) if anchor else [m.span() for m in pattern.finditer(text)]
    if "@" in text:
        for at in EMAIL_AT.finditer(text):
            window_start = max(0, at.start() - 64)
            for m in EMAIL.finditer(text, window_start, at.start() + 256):
                if m.start() <= at.start() < m.end():
                    spans.append(m.span())
                    break
    return Spans(spans)


def quote_spans(text: str) -> Spans:
    """Quoted speech, marks included. A quote opened and not closed runs to the end of its paragraph."""
    spans = []
    pos = 0
    # paragraph ends, found once: searching from every quote mark would rescan the text for each quote
    breaks = [m.start() for m in PARAGRAPH.finditer(text)]
    for m in QUOTE_MARK.finditer(text):
        i = m.start()
        if i < pos:
            continue
        c = text[i]
        closers = QUOTE_PAIRS.get(c)
        if closers is None or (c == '"' and not _opens_straight(text, i)):
            continue
        para_end = breaks[bisect.bisect_right(breaks, i)] if breaks and breaks[-1] > i else len(text)
        close = CLOSERS[c].search(text, i + 1, para_end)
        end = close.end() if close else para_end
        spans.append((i, end))
        pos = end
    return Spans(spans)


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens when it does not follow a letter or digit (so 5" and it"s are not openings)."""
    return i == 0 or not text[i - 1].isalnum()
