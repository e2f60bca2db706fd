"""The text format: `check` findings as `path:line:col: "before" -> "after" [rule]` lines (rendered where the
file was read, see `batch.files`), the summary and `fix --explain` on standard error; `fix` writes the repaired
files themselves (bytes as they would be written: same encoding, BOM and newlines)."""

from __future__ import annotations

import sys

from ..model import Edit
from .base import Reporter as _Base
from .results import FileResult


class Reporter(_Base):
    def add(self, r: FileResult) -> None:
        out = self.out
        if self.command == "check":
            out.write(r.rendered or "")
        elif r.output is not None:
            # bytes as the file would be written: same encoding, BOM and newlines
            out.flush()
            if self.many:
                out.buffer.write(f"==> {r.display} <==\n".encode())
            out.buffer.write(r.output)
            out.buffer.flush()


def quoted(s: str) -> str:
    if '"' in s or "\\" in s or "\n" in s or "\r" in s:  # rare: most findings are plain words
        s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n")
    return '"' + s + '"'


# marks a swap the evidence gates held back (`--suggestions`): reported, never applied, not counted as a finding
SUGGESTION = "suggestion: "


def text_line(display: str, e: Edit, line: int, column: int, mark: str = "") -> str:
    return f"{display}:{line}:{column}: {mark}{quoted(e.before)} -> {quoted(e.after)} [{e.rule}]\n"


def explain(r: FileResult) -> None:
    spin = r.spin or {}
    families = ", ".join(spin.get("families") or ()) or "none attributed"
    sys.stderr.write(
        f"{r.display}: spin {spin.get('verdict')} (score {spin.get('score', 0):.2f}, "
        f"{spin.get('fingerprints', 0)} fingerprints, spinner families: {families}); {len(r.findings)} edits\n"
    )
    for f in r.findings:
        e = f.edit
        where = "; in quote" if e.in_quote else ""
        sys.stderr.write(
            f"{r.display}:{f.line}:{f.column}: {quoted(e.before)} -> {quoted(e.after)} "
            f"[{e.rule}; {e.tier}{where}; {e.confidence:.2f}]\n"
        )
    sys.stderr.write(suggestion_lines(r))


def suggestion_lines(r: FileResult) -> str:
    """The swaps held back in one file, as text lines (`fix --explain` / `fix --suggestions` on standard error)."""
    return "".join(
        f"{r.display}:{f.line}:{f.column}: {SUGGESTION}{quoted(f.edit.before)} -> {quoted(f.edit.after)} "
        f"[{f.edit.rule}; {f.edit.tier}; not applied]\n"
        for f in r.suggestions
    )


def summary(count: int, files: int, errors: int) -> str:
    parts = []
    if count:
        parts.append(f"{count} spun phrase{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}")
    if errors:
        parts.append(f"{errors} input{'s' if errors != 1 else ''} could not be checked")
    hint = " (run `newsfix fix --write` to repair)" if count else ""
    return "newsfix: " + ", ".join(parts) + hint + "\n"
