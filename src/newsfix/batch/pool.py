"""`run_parallel`: `process_batch` in worker processes, results in input order, a crashed worker costing no records.

`run_parallel(records, jobs=N, **options)` runs `process_batch` in N worker processes: each worker builds the
pipeline once (pool initializer), records travel in small chunks with a bounded number in flight (so memory stays
flat however large the input), results come back in input order, and a worker that dies (segfault, OOM kill, a
record stuck in C code past its time limit) costs no records: the chunks it held are redone one record at a time
and only the record that kills a worker again is reported as an error. Options: `batch/options.py`.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .options import BatchOptions, _options
from .record import _identity, _pipeline, _process_one, process_batch

__all__ = ["run_parallel"]

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
