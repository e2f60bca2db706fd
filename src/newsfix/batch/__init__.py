"""Batch processing: the record runner (`options`: `BatchOptions`; `record`: `process_batch`; `pool`:
`run_parallel`) and the per-file runs of `check`/`fix` (`files`) with their forked workers (`workers`).

The runner's names stay importable from here, as from the former `newsfix.batch` module (loaded on first use:
`check` imports `batch.files` and must not pay for the runner's imports).
"""

from __future__ import annotations

_OPTION_NAMES = frozenset({"BatchOptions", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT"})


def __getattr__(name: str):
    if name in _OPTION_NAMES:
        from . import options

        return getattr(options, name)
    if name == "process_batch":
        from .record import process_batch

        return process_batch
    if name == "run_parallel":
        from .pool import run_parallel

        return run_parallel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
