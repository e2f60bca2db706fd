"""`extract -o FILE --resume`: which records an earlier run already wrote, and the plan that interleaves the kept
lines with new results in input order.

Durability: a run with `-o FILE` writes its lines, as they are produced, to a journal beside FILE
(`FILE.partial.N`), flushed to the operating system after every line, and renames the journal over FILE only when
the run is complete. A run that is killed (SIGKILL, a crash, a full disk) therefore leaves FILE as it was and every
finished line in its journal; `--resume` reads FILE and every journal, keeps their successful lines, and
processes only the rest.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path


def resume_key(obj: dict) -> str | None:
    """What identifies a record across runs: its line and id within its source file (ids may repeat, and a
    reordered file must not get another record's result), else its path, else its line."""
    if not isinstance(obj, dict):
        return None
    ident = obj.get("id")
    if ident is not None:
        return json.dumps(["id", obj.get("file"), obj.get("line"), ident], default=str)
    if obj.get("path") is not None:
        return json.dumps(["path", obj["path"]])
    if obj.get("line") is not None:
        return json.dumps(["line", obj.get("file"), obj["line"]])
    return None


def journals(output: Path) -> list[Path]:
    """The journals of interrupted runs writing `output`, oldest first."""
    found = []
    for p in output.parent.glob(f"{output.name}.partial.*"):
        suffix = p.name[len(output.name) + len(".partial.") :]
        if suffix.isdigit():
            found.append((int(suffix), p))
    return [p for _, p in sorted(found)]


def new_journal(output: Path) -> Path:
    """A journal name that no interrupted run left behind."""
    old = journals(output)
    n = int(old[-1].name.rsplit(".", 1)[1]) + 1 if old else 1
    return output.with_name(f"{output.name}.partial.{n}")


def done_lines(path: Path, source: int = 0, done: dict | None = None) -> dict[str, tuple[int, int, int]]:
    """Successful records already in an output file: resume key -> (source, offset, length) of their line.

    Error lines are not kept: a resumed run tries those records again (after a timeout or size limit was raised,
    or a bug fixed). Offsets, not lines, are kept so that resuming a huge output costs little memory. With
    `done`, lines are added to it (a later file's line replaces an earlier one's).
    """
    done = {} if done is None else done
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except (FileNotFoundError, IsADirectoryError):
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
                        done[key] = (source, offset, length)
            offset += length
    return done


def plan(records: Iterable[dict], done: dict[str, tuple[int, int, int]], order: deque) -> Iterator[dict]:
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
