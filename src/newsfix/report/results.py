"""What processing one file gave (`FileResult`) and one finding in it, with its line and column (`Finding`): what
the reporters read."""

from __future__ import annotations

from collections import namedtuple

from ..model import Edit


class Finding(namedtuple("Finding", "edit line column end_line end_column")):
    __slots__ = ()
    edit: Edit
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self, path: str, suggestion: bool = False) -> dict:
        e = self.edit
        out = {
            "path": path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": e.start,
            "end": e.end,
            "before": e.before,
            "after": e.after,
            "rule": e.rule,
            "tier": e.tier,
            "confidence": e.confidence,
            "in_quote": e.in_quote,
        }
        if suggestion:  # held back by the evidence gates: reported, not applied (`--suggestions`)
            out["suggestion"] = True
        return out


class FileResult:
    """What processing one file gave; returned from worker processes, so it carries only what output needs."""

    __slots__ = (
        "display",
        "path",
        "error",
        "findings",
        "count",
        "rendered",
        "spin",
        "original",
        "fixed",
        "output",
        "written",
        "suggestions",
    )

    def __init__(self, display: str, path: str | None = None):
        self.display = display
        self.path = path
        self.error: str | None = None
        self.findings: list[Finding] = []
        self.count = 0  # findings, also when only their rendering is kept
        self.rendered: str | None = None  # the findings as text-format lines, rendered where the file was read
        self.spin: dict | None = None
        self.original: str | None = None  # kept only when a diff is wanted
        self.fixed: str | None = None
        self.output: bytes | None = None  # the repaired file as bytes, for `fix` to standard output
        self.written = False
        self.suggestions: list[Finding] = []  # swaps the evidence gates held back, when asked for (not applied)

    def __getstate__(self):
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state) -> None:
        for k, v in zip(self.__slots__, state):
            setattr(self, k, v)
