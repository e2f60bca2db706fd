"""The on-disk cache of compiled artefacts (the compiled lexicon and its signs, the drug table): where it lives,
how a pickle is loaded fast and written atomically, and how stale entries are pruned. What is cached, and its key,
belongs to the artefact's own module (`despin.compile`, `extractors.drugs`)."""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable
from pathlib import Path

from .settings import SETTINGS


def cache_dir() -> Path:
    """Where compiled data (lexicon, drug table) is cached: $NEWSFIX_CACHE_DIR, else the user cache."""
    base = os.environ.get("NEWSFIX_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfix"


def load_pickle(cache: Path, digest: str, kind: type):
    """The object pickled at `cache` if it is a `kind` whose `digest` is `digest`, else None."""
    import gc

    # The cyclic garbage collector would run many times while tens of thousands of containers are unpickled, and
    # none of them can be garbage: pausing it saves about a third of the load time.
    paused = gc.isenabled()
    gc.disable()
    try:
        with cache.open("rb") as fh:
            loaded = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    finally:
        if paused:
            gc.enable()
    if SETTINGS.freeze_after_load:
        gc.freeze()
    return loaded if isinstance(loaded, kind) and loaded.digest == digest else None


def write_pickles(items: Iterable[tuple[Path, object]], prefix: str) -> None:
    """Pickle each object to its path atomically (temporary file + rename), in order; raises OSError."""
    import tempfile  # only a cache miss writes

    for path, data in items:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


def prune(folder: Path, pattern: str, keep: str, days: int = 30) -> None:
    """Drop cache files matching `pattern` not used for `days` days, except those whose name starts with `keep`."""
    import time

    limit = time.time() - days * 86400
    for old in folder.glob(pattern):
        if not old.name.startswith(keep) and max(old.stat().st_mtime, old.stat().st_atime) < limit:
            old.unlink(missing_ok=True)
