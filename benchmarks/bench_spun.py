"""Time and peak memory of one large, entirely spun file (issue 13: linear time, bounded memory).

    .venv/bin/python benchmarks/bench_spun.py [--mb 10] [--keep FILE]

Writes an all-spun text of about --mb megabytes (every sentence holds spinner synonyms), then runs, each in a
fresh process: `newsfix check FILE`, `newsfix fix FILE`, and `normalize()` in-process, printing wall time and the
child's peak resident memory (ru_maxrss) as a multiple of the input size. `--max-bytes` does not apply to
check/fix; extract's per-record limit would refuse a 10 MB record by default, so it is not timed here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import SENTENCES  # noqa: E402 - the spun sentences written for the check benchmark

SPUN = [
    s
    for s in SENTENCES
    if any(
        w in s
        for w in (
            "persistent ache",
            "examine",
            "proof",
            "revealed",
            "grownup",
            "ache aid",
            "certainly one of",
            "Credit score",
            "assessment",
        )
    )
]


def make(path: Path, mb: float) -> int:
    block = " ".join(SPUN) + "\n"
    n = int(mb * 1024 * 1024 // len(block)) + 1
    path.write_text(block * n, encoding="utf-8")
    return path.stat().st_size


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes) of a child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
    proc.returncode = 0
    return time.perf_counter() - t, usage.ru_maxrss * 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--keep")
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="nf-spun-")
    path = Path(args.keep or os.path.join(folder, "spun.txt"))
    size = make(path, args.mb)
    newsfix = [sys.executable, "-m", "newsfix.cli"]
    code = "import sys, newsfix; newsfix.normalize(open(sys.argv[1], encoding='utf-8').read())"
    print(f"all-spun file: {size / 1e6:.1f} MB")
    for label, cmd in (
        ("check", [*newsfix, "check", str(path)]),
        ("fix", [*newsfix, "fix", str(path)]),
        ("normalize()", [sys.executable, "-c", code, str(path)]),
    ):
        seconds, peak = run(cmd)
        print(
            f"{label:12s} {seconds:7.1f} s  {size / 1e6 / seconds:6.2f} MB/s  peak RSS {peak / 1e6:7.0f} MB"
            f" ({peak / size:.0f} x input)"
        )


if __name__ == "__main__":
    main()
