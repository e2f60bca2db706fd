"""`process_batch`: records in, one result dict per record out, in order, errors isolated (in this process).

`process_batch(records, **options)` is the pure core. It builds the pipeline (normaliser, extractor) once per
process and reuses it, takes plain dicts and yields plain dicts, so it is what a Dask bag partition or any other
scheduler calls (`docs/dask.md`). Each input record gives exactly one output dict carrying its identity (`id` or
`path`, plus `line`/`file` when present); a record that cannot be processed gives
`{..., "error": {"type", "message"}}` instead of an exception, and the batch goes on. Its size and time limits
(`batch/options.py`) are checked per record; `run_parallel` (`batch/pool.py`) runs the same per-record work in
worker processes.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .options import BatchOptions, _options

__all__ = ["RecordTimeout", "process_batch"]

IDENTITY_KEYS = ("id", "path", "line", "file")


class RecordTimeout(Exception):
    """A record took longer than the per-record time limit."""


# ------------------------------------------------------------------------------------------------------- pipeline


class _Pipeline:
    """The per-process, built-once state: a Normalizer and (extract mode) the extractor's warmed-up models."""

    def __init__(self, opts: BatchOptions):
        from ..despin.normalizer import Normalizer

        self.opts = opts
        self.normalizer = Normalizer(opts.lexicons, **dict(opts.normalizer_options))
        self._extract = None
        if opts.mode == "extract":
            from ..extractors.article import extract

            self._extract = extract
            # load spaCy and friends now, outside any record's time limit; a failure here shows up per record
            try:
                extract("Warm-up sentence.", normalizer=self.normalizer)
            except Exception:  # noqa: BLE001
                pass

    def run(self, payload: str, is_html: bool, url: str | None) -> dict[str, Any]:
        if self._extract is not None:
            return self._extract(payload, url=url, normalizer=self.normalizer).to_dict()
        from ..io.html import looks_like_html, read_html

        extra: dict[str, Any] = {}
        if is_html or looks_like_html(payload):
            page = read_html(payload, url)
            payload = page.text
            extra = {"title": page.title, "meta": page.meta}
        from ..pipeline import process

        return {**process(payload, "text", normalizer=self.normalizer).to_dict(), **extra}


_PIPELINES: dict[tuple, _Pipeline] = {}


def _pipeline(opts: BatchOptions) -> _Pipeline:
    pipe = _PIPELINES.get(opts.pipeline_key)
    if pipe is None:
        pipe = _PIPELINES[opts.pipeline_key] = _Pipeline(opts)
    return pipe


# ------------------------------------------------------------------------------------------------------ one record


class _Bad(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _identity(rec: Any) -> dict[str, Any]:
    if not isinstance(rec, dict):
        return {"id": None}
    out = {k: rec[k] for k in IDENTITY_KEYS if k in rec}
    if "id" not in out and "path" not in out:
        out = {"id": None, **out}
    return out


def _payload(rec: Any, max_bytes: int) -> tuple[str, bool, str | None]:
    """(text or HTML, is_html, url) of a record, or _Bad saying what is wrong with it."""
    if not isinstance(rec, dict):
        raise _Bad("not-an-object", f"a record must be a dict, not {type(rec).__name__}")
    key = "html" if rec.get("html") is not None else "text"
    if key not in rec:
        raise _Bad("missing-field", "record has no 'text' or 'html' field")
    value = rec[key]
    if not isinstance(value, str):
        raise _Bad("bad-field", f"field {key!r} is {type(value).__name__}, not a string")
    if not value.strip():
        raise _Bad("empty", f"field {key!r} is empty")
    if len(value) > max_bytes:  # cheap bound first: never encode a giant string just to measure it
        raise _Bad("too-large", f"field {key!r} is over {max_bytes} bytes, the limit")
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError as exc:  # JSON "\ud800" escapes decode to lone surrogates, which no output can hold
        raise _Bad("encoding", f"field {key!r} holds a lone surrogate at character {exc.start}") from None
    if size > max_bytes:
        raise _Bad("too-large", f"field {key!r} is {size} bytes, over the limit of {max_bytes} bytes")
    url = rec.get("url")
    if url is not None and not isinstance(url, str):
        raise _Bad("bad-field", f"field 'url' is {type(url).__name__}, not a string")
    return value, key == "html", url or None


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise RecordTimeout in this thread after `seconds`; a no-op where signals cannot be used."""
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    fired = []

    def _alarm(signum, frame):
        fired.append(signum)
        raise RecordTimeout(f"record took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:
        # the alarm went off where its exception could not propagate (a finalizer, e.g. the regex module's
        # SetBase.__del__, reports it as "Exception ignored" and goes on): the record still took too long
        raise RecordTimeout(f"record took longer than {seconds:g} s")


def _process_one(rec: Any, pipe: _Pipeline, opts: BatchOptions) -> dict[str, Any]:
    ident = _identity(rec)
    if isinstance(rec, dict) and "error" in rec:  # the reader already found this record bad: pass it on
        return {**ident, "error": rec["error"]}
    try:
        payload, is_html, url = _payload(rec, opts.max_bytes)
        with _deadline(opts.timeout):  # limits from this call: the cached pipeline may have been built for another
            result = pipe.run(payload, is_html, url)
    except _Bad as exc:
        return {**ident, "error": {"type": exc.kind, "message": str(exc)}}
    except RecordTimeout as exc:
        return {**ident, "error": {"type": "timeout", "message": str(exc)}}
    except RecursionError:
        return {**ident, "error": {"type": "RecursionError", "message": "input nested too deeply to parse"}}
    except Exception as exc:  # noqa: BLE001 - a failing record must not stop the batch (MemoryError included)
        return {**ident, "error": {"type": type(exc).__name__, "message": str(exc) or type(exc).__name__}}
    return {**ident, **result}


def process_batch(records: Iterable[Mapping[str, Any]], **options: Any) -> Iterator[dict[str, Any]]:
    """Process records in order, one result dict per record; bad records become error results, never exceptions.

    Args:
        records: dicts with `text` or `html` (str), and optionally `id`, `url`, `path`, `line`, `file`.
        **options: `mode` ("extract", default, or "normalize": no spaCy), `max_bytes` (per record, default 4 MiB),
            `timeout` (seconds per record, default 60; None for none; only in a main thread), `lexicons` (paths),
            `normalizer_options` (dict of `Options` fields), or `options=BatchOptions(...)`.

    Yields:
        `Article.to_dict()` (mode "extract") or `Normalized.to_dict()` (mode "normalize") plus the record's
        identity keys; or `{identity..., "error": {"type": ..., "message": ...}}`.

    The pipeline is built on the first call in a process and reused by later calls with the same options.

    >>> [r["text"] for r in process_batch([{"id": 1, "text": "Persistent ache."}], mode="normalize")]
    ['Chronic pain.']
    """
    opts = _options(options)
    pipe = _pipeline(opts)
    for rec in records:
        yield _process_one(rec, pipe, opts)
