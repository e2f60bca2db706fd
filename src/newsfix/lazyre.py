"""Regular expressions compiled when first used.

Compiling a pattern with large or non-ASCII character classes takes 0.1-0.3 ms, and the modules a `check` imports
define dozens of patterns, most of them for texts that pass a cheap test first (a brace for spin syntax, a letter
before a separator digit for half-written numbers, an '@' for e-mail addresses): a one-file `check` would compile
them at every start-up and use few (issue 15).
"""

from __future__ import annotations

import re


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled on the first use of any of its attributes (`search`, `finditer`,
    `pattern` ...), which are then the compiled pattern's."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):  # only for names that are not slots: the pattern's own
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"
