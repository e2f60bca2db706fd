"""Batch processing: the record runner (`runner`: `process_batch`, `run_parallel`) and the per-file runs of
`check`/`fix` (`files`) with their forked workers (`workers`).

The runner's names stay importable from here, as from the former `newsfix.batch` module (loaded on first use:
`check` imports `batch.files` and must not pay for the runner's imports).
"""

from __future__ import annotations

_RUNNER_NAMES = frozenset({"BatchOptions", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "process_batch", "run_parallel"})


def __getattr__(name: str):
    if name in _RUNNER_NAMES:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
