"""`extract -o FILE --resume`: which records an earlier run already wrote, and the plan that interleaves the kept
lines with new results in input order."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path


def resume_key(obj: dict) -> str | None:
    """What identifies a record across runs: its id (within its source file), else its path, else its line."""
    if not isinstance(obj, dict):
        return None
    ident = obj.get("id")
    if ident is not None:
        return json.dumps(["id", obj.get("file"), ident], default=str)
    if obj.get("path") is not None:
        return json.dumps(["path", obj["path"]])
    if obj.get("line") is not None:
        return json.dumps(["line", obj.get("file"), obj["line"]])
    return None


def done_lines(path: Path) -> dict[str, tuple[int, int]]:
    """Successful records already in an output file: resume key -> (offset, length) of their line.

    Error lines are not kept: a resumed run tries those records again (after a timeout or size limit was raised,
    or a bug fixed). Offsets, not lines, are kept so that resuming a huge output costs little memory.
    """
    done: dict[str, tuple[int, int]] = {}
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        return done
    with fh:
        offset = 0
        for raw in fh:
            length = len(raw)
            if raw.endswith(b"\n"):  # an unterminated last line is an interrupted write: redo it
                try:
                    obj = json.loads(raw)
                except ValueError:
                    obj = None
                if isinstance(obj, dict) and "error" not in obj:
                    key = resume_key(obj)
                    if key is not None:
                        done[key] = (offset, length)
            offset += length
    return done


def plan(records: Iterable[dict], done: dict[str, tuple[int, int]], order: deque) -> Iterator[dict]:
    """Records still to process; for each input record, `order` gets ("old", span) or ("new", None) in input order.

    The runner reads this generator ahead of its results, so the output loop can interleave kept lines with new
    results and keep input order.
    """
    for rec in records:
        span = done.get(resume_key(rec)) if done else None
        if span is not None:
            order.append(("old", span))
        else:
            order.append(("new", None))
            yield rec
