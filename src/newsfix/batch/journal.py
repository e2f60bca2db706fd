"""`extract`'s outputs: standard output, or `-o FILE` through a journal (see `batch.resume` for the durability
contract), and SIGTERM handled like Ctrl-C."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..io.textio import publish
from .resume import journals, new_journal


class Terminated(Exception):
    """SIGTERM arrived: stop like Ctrl-C."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Handle SIGTERM like SIGINT (finish the line being written, keep the journal, exit 143)."""
    import signal

    def _raise(signum, frame):
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, _raise)
    except ValueError:  # not the main thread (an in-process caller): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Journal:
    """`-o FILE`: lines go to a journal beside FILE as they are produced (flushed to the system after each line,
    so a killed run loses none), renamed over FILE when the run is complete (`batch.resume`)."""

    def __init__(self, output: str):
        self.path = Path(output)
        self.old = journals(self.path)  # left by interrupted runs: read by --resume, removed at the end
        self.journal = new_journal(self.path)
        self.fh = open(self.journal, "xb", buffering=0)  # noqa: SIM115 - closed in commit/close
        self.written = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:  # unbuffered: every finished line reaches the system at once
            view = view[self.fh.write(view) :]
        self.written += 1

    def commit(self) -> None:
        self.fh.close()
        fd = os.open(self.journal, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        publish(self.journal, self.path)
        for old in self.old:
            old.unlink(missing_ok=True)

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.close()




class Stdout:
    def write(self, data: bytes) -> None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()  # lines reach a pipe as they are made: `newsfix extract big.jsonl | head`

    def commit(self) -> None:
        sys.stdout.buffer.flush()

    def close(self) -> None:
        pass
