"""Batch processing: records in, one result dict per record out, in order, errors isolated.

Longer than 400 lines: the record runner, its worker pool, time and size limits and crash isolation
are one mechanism (a crashed worker is detected and its records retried by the same loop).

`process_batch(records, **options)` is the pure core. It builds the pipeline (normaliser, extractor) once per
process and reuses it, takes plain dicts and yields plain dicts, so it is what a Dask bag partition or any other
scheduler calls (`docs/dask.md`). Each input record gives exactly one output dict carrying its identity (`id` or
`path`, plus `line`/`file` when present); a record that cannot be processed gives
`{..., "error": {"type", "message"}}` instead of an exception, and the batch goes on.

`run_parallel(records, jobs=N, **options)` runs `process_batch` in N worker processes: each worker builds the
pipeline once (pool initializer), records travel in small chunks with a bounded number in flight (so memory stays
flat however large the input), results come back in input order, and a worker that dies (segfault, OOM kill, a
record stuck in C code past its time limit) costs no records: the chunks it held are redone one record at a time
and only the record that kills a worker again is reported as an error.

Options (keyword arguments of both):
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
import multiprocessing
import multiprocessing.context
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BatchOptions", "RecordTimeout", "process_batch", "run_parallel", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
MODES = ("extract", "normalize")
IDENTITY_KEYS = ("id", "path", "line", "file")


class RecordTimeout(Exception):
    """A record took longer than the per-record time limit."""


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


# ------------------------------------------------------------------------------------------------------- parallel

_WORKER_OPTS: BatchOptions | None = None


_WORKER_TRANSFORM: Callable[[dict], Any] | None = None


def _init_worker(opts: BatchOptions, transform: Callable[[dict], Any] | None = None, parent: int | None = None) -> None:
    global _WORKER_OPTS, _WORKER_TRANSFORM
    _WORKER_OPTS = opts
    _WORKER_TRANSFORM = transform
    # Ctrl-C goes to the whole process group: let the parent decide, workers just finish or get terminated
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    _pipeline(opts)


_PARENT_PID: int | None = None


def die_with_parent(parent: int | None = None) -> None:
    """Make this worker process end when its parent does, even by SIGKILL: the kernel's parent-death signal
    (Linux, prctl PR_SET_PDEATHSIG), and on every system a parent-pid check before each record (`_orphaned`)."""
    global _PARENT_PID
    _PARENT_PID = parent or os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass
    if os.getppid() != _PARENT_PID:  # the parent died before the signal was armed
        os._exit(1)


def _orphaned() -> bool:
    return _PARENT_PID is not None and os.getppid() != _PARENT_PID


def _work_chunk(chunk: list[dict]) -> list[dict]:
    assert _WORKER_OPTS is not None, "worker not initialised"
    pipe = _pipeline(_WORKER_OPTS)
    out = []
    for rec in chunk:
        if _orphaned():
            os._exit(1)
        out.append(_process_one(rec, pipe, _WORKER_OPTS))
    return [_WORKER_TRANSFORM(r) for r in out] if _WORKER_TRANSFORM is not None else out


def _peak_rss(status: str = "/proc/self/status") -> int:
    """A process's peak resident set size in bytes (Linux VmHWM), 0 where unknown."""
    try:
        with open(status) as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _size(rec: Any) -> int:
    if isinstance(rec, dict):
        v = rec.get("html") if rec.get("html") is not None else rec.get("text")
        if isinstance(v, str):
            return len(v)
    return 256


def _chunks(records: Iterable[dict], max_records: int, max_chars: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    chars = 0
    for rec in records:
        chunk.append(rec)
        chars += _size(rec)
        if len(chunk) >= max_records or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """fork where available: workers then inherit the pipeline the parent built, pages shared copy-on-write, and
    start in milliseconds instead of loading models for seconds each. Elsewhere the platform default (spawn)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _Pool:
    """A ProcessPoolExecutor that can be rebuilt after a worker dies or hangs."""

    def __init__(self, jobs: int, opts: BatchOptions, transform: Callable[[dict], Any] | None = None):
        self.jobs = jobs
        self.opts = opts
        self.transform = transform
        self.peak_rss: list[int] = []
        self.uss: list[int] = []
        self.ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.opts, self.transform, os.getpid()),
        )

    def submit(self, chunk: list[dict]) -> Future:
        try:
            return self.ex.submit(_work_chunk, chunk)
        except BrokenProcessPool as exc:
            # the pool broke while chunks were still being queued: hand back a failed future, so the chunk is
            # redone with the others when its turn comes
            fut: Future = Future()
            fut.set_exception(exc)
            return fut

    def kill(self) -> None:
        # ProcessPoolExecutor cannot cancel a running task: killing its processes is the only way to stop a record
        # stuck where SIGALRM does not reach (C code). The executor then reports itself broken.
        for proc in list(getattr(self.ex, "_processes", {}).values()):
            try:
                proc.kill()
            except (OSError, AttributeError):
                pass

    def restart(self) -> None:
        self.kill()
        self.ex.shutdown(wait=True, cancel_futures=True)
        self.ex = self._new()

    def collect_rss(self) -> None:
        """Peak RSS (VmHWM) of each live worker, read from /proc by the parent (Linux; nothing elsewhere)."""
        for pid in list(getattr(self.ex, "_processes", {}) or {}):
            rss = _peak_rss(f"/proc/{pid}/status")
            if rss:
                self.peak_rss.append(rss)
            try:  # unique set size: memory not shared with the parent (optional psutil)
                import psutil

                self.uss.append(psutil.Process(pid).memory_full_info().uss)
            except Exception:  # noqa: BLE001 - statistics only
                pass

    def shutdown(self) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)


def _hard_limit(opts: BatchOptions, n: int) -> float | None:
    # generous: the SIGALRM limit normally fires first; this only catches records stuck beyond its reach
    return None if not opts.timeout else opts.timeout * n + 30


def run_parallel(
    records: Iterable[dict],
    *,
    jobs: int | None = None,
    chunk_records: int = 8,
    chunk_chars: int = 1 << 20,
    stats: dict[str, Any] | None = None,
    transform: Callable[[dict], Any] | None = None,
    **options: Any,
) -> Iterator[Any]:
    """`process_batch` over `jobs` worker processes (default: all cores), results in input order.

    `transform`, a picklable function, is applied to each result in the worker (e.g. JSON encoding, so that the
    parent only writes bytes: on two cores the parent's share of the work limits the speed-up).
    At most about 3 chunks per worker are in flight, so memory does not grow with the input. `stats`, when given,
    receives `worker_peak_rss` and `worker_uss` (bytes, one value per worker, read at the end) after the last result.
    """
    opts = _options(options)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        results = process_batch(records, options=opts)
        yield from (map(transform, results) if transform is not None else results)
        if stats is not None:
            stats["worker_peak_rss"] = [_peak_rss()]
        return
    if _context().get_start_method() == "fork":
        _pipeline(opts)  # build once here; forked workers inherit it (see _context)
    pool = _Pool(jobs, opts, transform)
    window = 3 * jobs
    pending: deque = deque()
    chunks = _chunks(records, chunk_records, chunk_chars)
    exhausted = finished = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(chunk)))
            if not pending:
                break
            chunk, fut = pending.popleft()
            try:
                results = fut.result(timeout=_hard_limit(opts, len(chunk)))
            except (BrokenProcessPool, FutureTimeout):
                # a worker died or hung: every chunk in flight is lost with the pool; redo them record by record
                redo = [chunk, *(c for c, _ in pending)]
                pending.clear()
                pool.restart()
                for c in redo:
                    for rec in c:
                        yield _isolated(pool, rec, opts)  # transformed by the worker, or here for its error
                continue
            yield from results
        if stats is not None:
            pool.collect_rss()
            stats["worker_peak_rss"] = pool.peak_rss
            stats["worker_uss"] = pool.uss
        finished = True
    finally:
        if not finished:  # interrupted, or the caller stopped reading: stop the workers now, not after their chunks
            pool.kill()
            # and do not wait for the executor's helper threads: one may be blocked on a pipe whose reader is dead
            pool.ex.shutdown(wait=False, cancel_futures=True)
        else:
            pool.shutdown()


def _isolated(pool: _Pool, rec: dict, opts: BatchOptions) -> Any:
    """One record alone in the pool: if the worker dies or hangs on it again, that record is the culprit."""
    try:
        return pool.submit([rec]).result(timeout=_hard_limit(opts, 1))[0]
    except BrokenProcessPool:
        pool.restart()
        message = "the worker process died on this record"
        err = {**_identity(rec), "error": {"type": "worker-crash", "message": message}}
    except FutureTimeout:
        pool.restart()
        err = {**_identity(rec), "error": {"type": "timeout", "message": "record exceeded the hard time limit"}}
    return pool.transform(err) if pool.transform is not None else err
