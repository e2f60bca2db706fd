"""Stage 5, report: one reporter per output format, picked from a table by `check`, `fix` and `extract`.

A new output format is one module here defining `Reporter` (see `base.Reporter`) plus its line in `REPORTERS`
(and its name in a command's `FORMATS`, to offer it on the command line).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


# format -> module of this package (imported only when that format is asked for: `check` must start fast)
REPORTERS = {
    "text": "text",
    "json": "json",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "diff": "diff",
}
# what each command offers as --format (`fix --diff` picks "diff"; `extract` writes json for one input, else jsonl)
FORMATS = {
    "check": ("text", "json", "jsonl", "sarif"),
    "fix": ("text", "json"),
    "extract": ("json", "jsonl"),
}


def reporter(fmt: str, command: str, out: Any, **options: Any):
    """The reporter for this format and command, writing to `out`."""
    from importlib import import_module

    return import_module(f"{__name__}.{REPORTERS[fmt]}").Reporter(command, out, **options)
