"""The options of the record runner (`process_batch`, `run_parallel`): what is done with each record.

Options (keyword arguments of both, or `options=BatchOptions(...)`):
    mode: "extract" (default: `newsfix.extractors.article.extract(...).to_dict()`) or "normalize"
        (`normalize(...).to_dict()`, no spaCy needed).
    max_bytes: per-record limit on the UTF-8 size of the text or HTML (default 4 MiB).
    timeout: per-record time limit in seconds (default 60; None or 0 for none). Enforced with SIGALRM, so only
        where records run in a process's main thread (serial runs, `run_parallel` workers); in threads (e.g. a
        Dask worker's thread pool) records run without a limit.
    lexicons: lexicon paths for the normaliser (default: the bundled lexicons).
    normalizer_options: dict of `newsfix.Options` fields (quotes, assume, disable, ...).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BatchOptions", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
MODES = ("extract", "normalize")


@dataclass(frozen=True)
class BatchOptions:
    """What `process_batch` does with each record; see the module docstring."""

    mode: str = "extract"
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    lexicons: tuple[str, ...] | None = None
    normalizer_options: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        if self.lexicons is not None:
            object.__setattr__(self, "lexicons", tuple(str(p) for p in self.lexicons))
        nopts = self.normalizer_options
        if isinstance(nopts, dict):
            nopts = tuple(sorted(nopts.items()))
        object.__setattr__(self, "normalizer_options", tuple((k, _freeze(v)) for k, v in nopts))

    @property
    def pipeline_key(self) -> tuple:
        """What the pipeline depends on (limits do not): one pipeline per distinct key and process."""
        return (self.mode, self.lexicons, self.normalizer_options)


def _freeze(v: Any) -> Any:
    return frozenset(v) if isinstance(v, (list, set)) else v


def _options(options: dict[str, Any]) -> BatchOptions:
    opts = options.pop("options", None)
    if opts is not None and not isinstance(opts, BatchOptions):
        raise TypeError("options= takes a BatchOptions")
    if opts is None:
        return BatchOptions(**options)
    return dataclasses.replace(opts, **options) if options else opts
