"""The diff format (`fix --diff`): a unified diff per changed file."""

from __future__ import annotations

from .base import Reporter as _Base
from .results import FileResult


class Reporter(_Base):
    def add(self, r: FileResult) -> None:
        if r.original is not None and r.fixed != r.original:
            self.out.write(unified_diff(r.original, r.fixed or "", r.display))


def unified_diff(original: str, fixed: str, display: str) -> str:
    import difflib

    a = original.splitlines(keepends=True)
    b = fixed.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(a, b, f"a/{display}", f"b/{display}"):
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
