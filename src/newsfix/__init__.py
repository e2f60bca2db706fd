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

__version__ = "0.1.0"

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
    # extraction and batch processing import spaCy; load them only when asked for, so `check` starts fast
    if name in ("extract", "Article"):
        from .extractors import article as _extract

        return getattr(_extract, name)
    if name in ("process", "Processed"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "process_batch":
        from .batch.runner import process_batch

        return process_batch
    raise AttributeError(f"module 'newsfix' has no attribute {name!r}")
