"""The JSON format: `check --format json` (one list of findings), `fix --format json` (per file: path, changed,
written, verdict, edits), and the JSON encoding of `extract` results (`dumps`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .base import Reporter as _Base
from .results import FileResult


class Reporter(_Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.items: list[dict] = []

    def add(self, r: FileResult) -> None:
        if self.command == "check":
            self.items += [f.to_dict(r.display) for f in r.findings]
            self.items += [f.to_dict(r.display, suggestion=True) for f in r.suggestions]
        else:
            self.items.append(
                {
                    "path": r.display,
                    "changed": bool(r.findings),
                    "written": r.written,
                    "spin": r.spin,
                    "edits": [f.to_dict(r.display) for f in r.findings],
                }
            )
            if self.suggestions:
                self.items[-1]["suggestions"] = [f.to_dict(r.display, suggestion=True) for f in r.suggestions]

    def finish(self, errors: Sequence[str]) -> None:
        self.out.write(json.dumps(self.items, ensure_ascii=False, indent=2) + "\n")


def _json_default(obj: Any) -> Any:
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)


def dumps(obj: dict, indent: int | None = None) -> str:
    """One result as JSON (non-ASCII kept; anything unexpected stringified rather than failing the batch)."""
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=_json_default)
