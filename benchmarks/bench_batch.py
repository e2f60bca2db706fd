"""Throughput of `newsfix extract` on 1,000 generated articles: --jobs 1 against --jobs 2, and memory per worker.

    .venv/bin/python benchmarks/bench_batch.py [--n 1000] [--size 4000] [--jobs 1 2] [--normalize-only]

Articles (about 4 KB each) are made from fixtures/batch/sentences.txt. Each configuration runs in a fresh Python
process (readers -> run_parallel -> JSON Lines to a file, as `newsfix extract` does), timed from the first record
read to the last line written; the one-time pipeline start-up (loading models, about 2-3 s) is done before and
reported apart. Prints articles/s, the speed-up over the first configuration (target >= 1.7x on 2 cores) and each
worker's peak RSS (VmHWM; target < 400 MB) and unique memory (USS: what the worker does not share with the parent
that built the pipeline before forking; needs psutil).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    s
    for s in (ROOT / "fixtures" / "batch" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    if s and not s.startswith("#")
]

# runs in the child process: the same path as `newsfix extract FILE -o OUT --jobs N`
CHILD = r"""
import json, sys, time
from newsfix.batch.pool import run_parallel
from newsfix.cli.extract import encode_result
from newsfix.io.records import iter_records
src, out, jobs, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
from newsfix.batch.options import BatchOptions
from newsfix.batch.record import _pipeline
t0 = time.perf_counter()
_pipeline(BatchOptions(mode=mode))  # one-time start-up (models), reported apart from throughput
startup = time.perf_counter() - t0
stats = {}
n = errors = 0
start = time.perf_counter()
with open(out, "wb") as fh:
    for failed, line in run_parallel(iter_records([src]), jobs=jobs, mode=mode, stats=stats, transform=encode_result):
        fh.write(line)
        n += 1
        errors += failed
seconds = time.perf_counter() - start
print(json.dumps({"n": n, "errors": errors, "seconds": seconds, "startup": startup,
                  "worker_peak_rss": stats.get("worker_peak_rss", []), "worker_uss": stats.get("worker_uss", [])}))
"""


def article(i: int, size: int) -> str:
    rng = random.Random(i)
    paras, n = [], 0
    while n < size:
        para = " ".join(rng.choice(SENTENCES) for _ in range(4))
        paras.append(para)
        n += len(para) + 2
    return "\n\n".join(paras)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    ap.add_argument("--size", type=int, default=4000, help="characters per article (default 4000)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="configurations to compare (default 1 2)")
    ap.add_argument("--normalize-only", action="store_true", help="time repair only, no claim extraction")
    a = ap.parse_args()
    mode = "normalize" if a.normalize_only else "extract"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "batch.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(a.n):
                fh.write(json.dumps({"id": f"a{i:05d}", "text": article(i, a.size)}) + "\n")
        print(
            f"{a.n} articles, {src.stat().st_size / a.n / 1024:.1f} KB each on average, mode {mode}, "
            f"{os.cpu_count()} cores"
        )
        base = None
        for jobs in a.jobs:
            out = Path(tmp) / f"out-{jobs}.jsonl"
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, str(src), str(out), str(jobs), mode],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                sys.stderr.write(proc.stderr)
                return 1
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            rate = r["n"] / r["seconds"]
            base = base or rate
            rss = ", ".join(f"{x / 2**20:.0f} MB" for x in r["worker_peak_rss"]) or "n/a"
            uss = ", ".join(f"{x / 2**20:.0f} MB" for x in r["worker_uss"]) or "n/a"
            print(
                f"--jobs {jobs}: {rate:7.1f} articles/s ({r['seconds']:.1f} s after {r['startup']:.1f} s start-up, "
                f"{r['errors']} errors), speed-up {rate / base:.2f}x; per worker: peak RSS {rss}, "
                f"unique (USS) {uss}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
