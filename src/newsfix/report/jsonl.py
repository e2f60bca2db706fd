"""The JSON Lines format: `check --format jsonl` (one finding per line, written as each file is done) and the
lines of `extract` (one record per line, encoded in the worker that made it)."""

from __future__ import annotations

import json

from .base import Reporter as _Base
from .json import dumps
from .results import FileResult


class Reporter(_Base):
    def add(self, r: FileResult) -> None:
        self.out.write("".join(json.dumps(f.to_dict(r.display), ensure_ascii=False) + "\n" for f in r.findings))
        if r.suggestions:
            self.out.write(
                "".join(json.dumps(f.to_dict(r.display, True), ensure_ascii=False) + "\n" for f in r.suggestions)
            )


def encode_line(obj: dict) -> bytes:
    return (dumps(obj) + "\n").encode("utf-8", "backslashreplace")


def encode_result(obj: dict) -> tuple[bool, bytes]:
    """(is an error, JSON line): what workers send back, so the parent only counts and writes."""
    return "error" in obj, encode_line(obj)
