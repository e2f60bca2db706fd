"""parallel.in_order: results in order whoever computes them, worker failures reported, never a hang."""

from __future__ import annotations

import os
import time

import pytest

from newsfix.batch import workers as parallel

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the forked runner (the pooled one is Windows')")

PARENT = os.getpid()


def square_slowly(x: int) -> tuple[int, int]:
    time.sleep(0.002 if x % 7 == 0 else 0)  # uneven costs, so that chunks finish out of order
    return x * x, os.getpid()


@pytest.mark.parametrize(("jobs", "size"), [(2, 1), (2, 5), (3, 4), (4, 3)])
def test_results_come_in_order_and_workers_share_the_work(jobs, size):
    items = list(range(200))
    chunks = [items[k : k + size] for k in range(0, len(items), size)]
    results = list(parallel.in_order(chunks, square_slowly, jobs))
    assert [r for r, _ in results] == [x * x for x in items]
    pids = {pid for _, pid in results}
    assert PARENT in pids and len(pids) > 1  # this process works too


def big(x: int) -> bytes:
    return bytes([x % 256]) * 300_000  # more than a pipe holds by default


def test_results_larger_than_a_pipe_do_not_block():
    chunks = [[k] for k in range(12)]
    assert [r[:1] for r in parallel.in_order(chunks, big, 2)] == [bytes([k]) for k in range(12)]


def fail_in_a_worker(x: int) -> int:
    if os.getpid() != PARENT and x >= 10:  # whichever item a worker gets first
        raise ValueError("bad item")
    time.sleep(0.001)
    return x


def test_an_exception_in_a_worker_is_raised_here_with_its_traceback():
    chunks = [[k] for k in range(40)]
    with pytest.raises(parallel.WorkerError, match="ValueError: bad item"):
        list(parallel.in_order(chunks, fail_in_a_worker, 2))


def die_in_a_worker(x: int) -> int:
    if os.getpid() != PARENT and x >= 5:
        os._exit(3)
    time.sleep(0.001)
    return x


def test_a_worker_that_dies_is_an_error_not_a_hang():
    chunks = [[k] for k in range(40)]
    with pytest.raises(parallel.WorkerError, match="died"):
        list(parallel.in_order(chunks, die_in_a_worker, 2))


def test_stopping_early_leaves_no_worker_behind(monkeypatch):
    forked = []
    real_fork = os.fork

    def fork():
        pid = real_fork()
        forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    chunks = [[k] for k in range(100)]
    results = parallel.in_order(chunks, square_slowly, 3)
    assert next(results)[0] == 0
    results.close()  # the caller stops reading: the workers are stopped and reaped
    assert len(forked) == 2
    for pid in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_no_more_workers_than_chunks(monkeypatch):
    forked = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(1) or real_fork())
    assert [r for r, _ in parallel.in_order([[1], [2], [3]], square_slowly, 8)] == [1, 4, 9]
    assert len(forked) == 2


def test_one_job_or_one_chunk_runs_here():
    assert [r for r, pid in parallel.in_order([[1, 2, 3]], square_slowly, 4)] == [1, 4, 9]
    assert {pid for _, pid in parallel.in_order([[1], [2]], square_slowly, 1)} == {PARENT}
