"""`check` and `fix` over files: each task is read, run through the document pipeline (`newsfix.process`), and
rendered or rewritten; many files are shared with forked workers (`batch.workers`), results kept in order."""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from ..despin.lexicon import default_lexicon_dir
from ..despin.normalizer import Normalizer, default_normalizer
from ..io.discover import Settings, Task, file_size
from ..io.textio import InputError, atomic_write, decode, read_file
from ..model import Edit, apply_edits
from ..pipeline import process as process_document
from ..report.results import FileResult, Finding
from ..report.text import SUGGESTION, text_line

# below these, starting worker processes costs more than it saves
PARALLEL_MIN_FILES = 16
PARALLEL_MIN_BYTES = 256 * 1024

LINE_END = re.compile(r"\r\n|\r|\n")


_NORMALIZERS: dict[tuple[str, ...], Normalizer] = {}


def normalizer_for(extra_lexicons: tuple[str, ...]) -> Normalizer:
    """One normaliser per set of extra lexicons, built once per process (workers inherit the parent's)."""
    nf = _NORMALIZERS.get(extra_lexicons)
    if nf is None:
        if extra_lexicons:
            nf = Normalizer([default_lexicon_dir(), *map(Path, extra_lexicons)])
        else:
            nf = default_normalizer()
        _NORMALIZERS[extra_lexicons] = nf
    return nf


class LineIndex:
    """1-based line and column of offsets; \\r\\n, \\r and \\n all end a line, as in editors."""

    def __init__(self, text: str):
        self.starts = [0, *(m.end() for m in LINE_END.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def find_edits(text: str, kind: str, settings: Settings) -> tuple[list[Edit], dict]:
    """The edits to report or apply in `text`, and the spin verdict: prose only, minus suppressed and filtered."""
    edits, spin, _ = analyse(text, kind, settings)
    return edits, spin


def analyse(text: str, kind: str, settings: Settings) -> tuple[list[Edit], dict, list[Edit]]:
    """`find_edits`, and the swaps the evidence gates held back (suggestions, never applied)."""
    normalizer = normalizer_for(settings.extra_lexicons)
    done = process_document(text, kind, normalizer=normalizer, min_tier=settings.min_tier, **settings.overrides())
    return done.edits, done.spin.to_dict(), done.suggestions


def process(
    task: Task,
    mode: str,
    write: bool = False,
    want_original: bool = False,
    data: bytes | None = None,
    render: bool = False,
    suggest: bool = False,
) -> FileResult:
    """Read, analyse and (for `fix --write`) rewrite one file. Never raises for a bad file: the error is returned.
    With `render`, the findings are kept only as text-format lines (`FileResult.rendered`); with `suggest`, the
    swaps the evidence gates held back too (`FileResult.suggestions`, never applied, not counted)."""
    result = FileResult(task.display, task.path)
    try:
        decoded = decode(data, task.display) if task.path is None else read_file(task.path)
    except InputError as exc:
        result.error = str(exc)
        return result
    text = decoded.text
    edits, result.spin, held = analyse(text, task.kind, task.settings)
    held = held if suggest else []
    if edits or held:
        index = LineIndex(text)
        if render:  # the text format shows where each finding starts, nothing more
            lines = [(e.start, text_line(result.display, e, *index.position(e.start))) for e in edits]
            lines += [(e.start, text_line(result.display, e, *index.position(e.start), SUGGESTION)) for e in held]
            result.rendered = "".join(line for _, line in sorted(lines, key=lambda x: x[0]))
        else:
            for e in edits:
                result.findings.append(Finding(e, *index.position(e.start), *index.position(e.end)))
            for e in held:
                result.suggestions.append(Finding(e, *index.position(e.start), *index.position(e.end)))
        result.count = len(edits)
    elif render:
        result.rendered = ""
    if mode == "fix":
        fixed = apply_edits(text, edits) if edits else text
        if want_original:
            result.original, result.fixed = text, fixed
        if write and task.path is not None:
            if edits:
                try:
                    atomic_write(task.path, decoded.encode(fixed), force=write == "force")
                    result.written = True
                except OSError as exc:
                    result.error = f"{task.display}: cannot write: {exc.strerror or exc}"
        else:
            result.output = decoded.encode(fixed)
    return result


def _process_path(
    task: Task, mode: str, write: bool, want_original: bool, render: bool = False, suggest: bool = False
) -> FileResult:
    # with `render`, text lines: cheaper to make and to send back from a worker than the findings they show
    return process(task, mode, write, want_original, render=render, suggest=suggest)


def run(
    tasks: list[Task],
    mode: str,
    write: bool,
    want_original: bool,
    jobs: int,
    stdin: bytes | None,
    render: bool = False,
    suggest: bool = False,
) -> Iterator[FileResult]:
    """Results in task order. Many files are processed by `jobs` processes: this one and jobs - 1 workers (see
    `batch.workers`). With `render`, findings come back as text-format lines only (`FileResult.rendered`); with
    `suggest`, the swaps the evidence gates held back come too (see `process`)."""
    paths = [t for t in tasks if t.path is not None]
    if jobs == 0:
        jobs = 1
        if len(paths) >= PARALLEL_MIN_FILES and _total_bytes(paths) >= PARALLEL_MIN_BYTES:
            jobs = os.cpu_count() or 1
    jobs = min(jobs, len(paths))
    if jobs <= 1:
        for t in tasks:
            yield process(
                t, mode, write, want_original, stdin if t.path is None else None, render=render, suggest=suggest
            )
        return
    from ..batch.workers import in_order  # only a run of many files needs it

    # most real text shows a sign that needs the lexicon and its automaton: load them once here, before the workers
    # are forked, rather than once in each of them
    for settings in {t.settings for t in paths}:
        normalizer_for(settings.extra_lexicons).warm()

    worker = partial(_process_path, mode=mode, write=write, want_original=want_original, render=render, suggest=suggest)
    # chunks of up to 16 files: few enough messages between processes, small enough to balance the load
    size = max(1, min(16, len(paths) // (jobs * 8)))
    chunks = [paths[k : k + size] for k in range(0, len(paths), size)]
    results = in_order(chunks, worker, jobs)
    for t in tasks:
        if t.path is None:
            yield process(t, mode, write, want_original, stdin, render=render, suggest=suggest)
        else:
            yield next(results)


def _total_bytes(tasks: Iterable[Task]) -> int:
    return sum(file_size(t.path) for t in tasks if t.path)
