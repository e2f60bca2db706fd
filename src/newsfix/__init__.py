"""newsfix: repair spun science news and extract structured claims from it.

    >>> import newsfix
    >>> r = newsfix.normalize("Extra info: a brand new examine ...")
    >>> r.text, r.spin.verdict, [e.rule for e in r.edits]

Public API: `normalize`, `Normalizer`, `Normalized`, `Edit`, `Spin`, `process`, `Processed`, `extract`, `Article`,
`process_batch`. `process(text, kind="markdown")` is the document pipeline every command uses: prose only, inline
suppression, minimum tier.
"""

from __future__ import annotations

from .despin.lexicon import LexiconError
from .despin.normalizer import Normalizer, Options, normalize
from .model import Edit, Normalized, Spin

__all__ = [
    "Edit",
    "LexiconError",
    "Normalized",
    "Normalizer",
    "Options",
    "Processed",
    "Spin",
    "normalize",
    "process",
    "__version__",
]


def __getattr__(name: str):
    if name == "__version__":
        # one place for the version: pyproject.toml's `version`, read from the installed package's metadata
        # (on first use only: importlib.metadata costs `check` ~25 ms at start-up)
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("newsfix")
        except PackageNotFoundError:  # run from a source tree that was never installed
            value = "0+unknown"
        globals()["__version__"] = value
        return value
    # extraction and batch processing import spaCy; load them only when asked for, so `check` starts fast
    if name in ("extract", "Article"):
        from .extractors import article as _extract

        return getattr(_extract, name)
    if name in ("process", "Processed"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "process_batch":
        from .batch.record import process_batch

        return process_batch
    raise AttributeError(f"module 'newsfix' has no attribute {name!r}")
