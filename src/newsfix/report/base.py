"""The reporter protocol: a reporter writes one output format for one command."""

from __future__ import annotations

from collections.abc import Sequence

from .results import FileResult

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


class Reporter:
    """`add` is called with each file's result, in input order (files that could not be read are not added);
    `finish` once at the end, with the error messages of the run. `command` is "check" or "fix"."""

    def __init__(self, command: str, out: TextIO, many: bool = False, suggestions: bool = False):
        self.command = command
        self.out = out
        self.many = many  # more than one input (`fix` to standard output then names each file)
        # `--suggestions`: also report the swaps the evidence gates held back (`FileResult.suggestions`)
        self.suggestions = suggestions

    def add(self, r: FileResult) -> None:
        pass

    def finish(self, errors: Sequence[str]) -> None:
        pass
