"""Inline suppression: the author says "leave this alone" in the file itself.

Directives work in any comment syntax, or none, because only the words are looked for:

- `newsfix: ignore` suppresses its own line (`text  <!-- newsfix: ignore -->`, `# newsfix: ignore`);
- `newsfix: ignore-next-line` suppresses the line after it;
- `newsfix: off` ... `newsfix: on` suppress every line from the one with `off` to the one with `on`
  (an `off` without `on` runs to the end of the file).

A suppressed edit is neither reported by `check` nor applied by `fix`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..despin.protect import Spans
from ..lazyre import LazyPattern
from ..model import Edit

DIRECTIVE = LazyPattern(r"\bnewsfix:[ \t]*(ignore-next-line|ignore|off|on)\b(?!-)", re.IGNORECASE)
LINE_END = re.compile(r"\r\n|\r|\n")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start of the line holding `pos`, and the end of that line including its line break."""
    start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    m = LINE_END.search(text, pos)
    return start, (m.end() if m else len(text))


def suppressed_spans(text: str) -> Spans:
    """Character spans whose edits are suppressed."""
    # a substring test first: the directive is rare, and most files are never searched with the regex
    if "newsfix:" not in text.lower():
        return Spans(())
    spans: list[tuple[int, int]] = []
    off_from: int | None = None
    for m in DIRECTIVE.finditer(text):
        word = m.group(1).lower()
        start, end = _line_bounds(text, m.start())
        if text.count("`", start, m.start()) % 2:  # inside inline code (`newsfix: off`): an example, not a directive
            continue
        if word == "ignore":
            spans.append((start, end))
        elif word == "ignore-next-line":
            if end < len(text):
                spans.append(_line_bounds(text, end))
        elif word == "off":
            if off_from is None:
                off_from = start
        elif off_from is not None:  # "on"
            spans.append((off_from, end))
            off_from = None
    if off_from is not None:
        spans.append((off_from, len(text)))
    return Spans(spans)


def unsuppressed(edits: Iterable[Edit], spans: Spans) -> list[Edit]:
    """The edits that no directive suppresses (an edit is suppressed when any of its characters is)."""
    if not len(spans):
        return list(edits)
    return [e for e in edits if not spans.overlaps(e.start, e.end)]
