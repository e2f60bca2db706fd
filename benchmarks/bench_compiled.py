"""Does compiling the engine's hot modules with mypyc pay? `newsfix check -j1`, interpreted vs compiled, same files.

    .venv/bin/python benchmarks/bench_compiled.py [--real ../shared/corpus benchmarks/corpus] [--runs 5]

It copies `src/` to a temporary folder and compiles the listed modules there with mypyc (mypy is installed into the
benchmark's own virtual environment, /tmp/nf-bench-mypy, on first use; it is never a dependency of the project),
builds the real mixed and all-spun sets as `bench_check.py --real` does (every `spun.txt` and `original.txt` under
the folders, repeated to `--mb`), and times `newsfix check -q -j 1` on each, the two builds alternating run after
run (the compiled one through PYTHONPATH), median of `--runs`, wall time and CPU time (the CPU time holds better on
a machine that other work shares). It then checks that both builds print the same `check --format jsonl` over the
folders. The decision rule of issue 15's experiment: adopt a compiled build only at >= 1.4x on the all-spun set (in
wall time and in CPU time) with identical outputs (README, "What is still slow").
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_check import ROOT, child_env, newsfix_command, real_texts, repeat_to, tool_command

HOT = ("tokens", "matcher", "scan", "fuzzy", "followup", "gates", "verdict")


def build(workdir: Path, modules: list[str]) -> Path:
    """A copy of src/ with `modules` (names under newsfix/despin) compiled in place; returns its src folder."""
    src = workdir / "src"
    shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (workdir / "lexicons").symlink_to(ROOT / "lexicons")  # default_lexicon_dir() looks beside src/
    mypyc = tool_command("mypy", "mypyc")
    paths = [f"newsfix/despin/{m}.py" for m in modules]
    args = [*mypyc, "--python-executable", sys.executable, "--ignore-missing-imports", *paths]
    subprocess.run(args, cwd=src, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, stdout=subprocess.DEVNULL)
    return src


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the child's) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = [ROOT.parent / "shared" / "corpus", ROOT / "benchmarks" / "corpus"]
    ap.add_argument("--real", type=Path, nargs="+", default=shared, metavar="DIR", help="the real texts' folders")
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modules", nargs="+", default=list(HOT), help="modules of newsfix/despin to compile")
    args = ap.parse_args(argv)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True, stdout=subprocess.DEVNULL)
    workdir = Path(tempfile.mkdtemp(prefix="newsfix-mypyc-"))
    try:
        t = time.perf_counter()
        compiled_src = build(workdir, args.modules)
        print(f"mypyc: {', '.join(args.modules)} compiled in {time.perf_counter() - t:.0f} s", flush=True)
        base = child_env()
        base.pop("PYTHONPATH", None)
        builds = {"interpreted": base, "compiled": {**base, "PYTHONPATH": str(compiled_src)}}
        check = [*newsfix_command(), "check", "-q", "-j", "1"]
        medians: dict[str, tuple[float, float]] = {}  # corpus -> compiled's gain in wall time, in CPU time
        for label, spun_only in (("real mixed", False), ("all spun", True)):
            folder = workdir / label.replace(" ", "-")
            files, total = repeat_to(folder, real_texts(args.real, spun_only), args.mb)
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in builds}
            for env in builds.values():  # warm the lexicon cache and the page cache
                timed([*check, str(folder)], env)
            for _ in range(args.runs):
                for name, env in builds.items():
                    runs[name].append(timed([*check, str(folder)], env))
            m = {name: statistics.median(w for w, _ in v) for name, v in runs.items()}
            cpu = {name: statistics.median(c for _, c in v) for name, v in runs.items()}
            medians[label] = (m["interpreted"] / m["compiled"], cpu["interpreted"] / cpu["compiled"])
            print(
                f"{label}, {total / 1e6:.1f} MB, {files} files, `check -j1`, median of {args.runs}: "
                + ", ".join(
                    f"{name} {total / 1e6 / s:.2f} MB/s ({s:.2f} s, CPU {cpu[name]:.2f} s)" for name, s in m.items()
                )
                + f": compiled {m['interpreted'] / m['compiled']:.2f}x"
                + f" (CPU time {cpu['interpreted'] / cpu['compiled']:.2f}x)",
                flush=True,
            )
        outputs = {
            name: subprocess.run(
                [*newsfix_command(), "check", "--no-config", "-j", "1", "--format", "jsonl", *map(str, args.real)],
                env=env,
                capture_output=True,
                text=True,
            ).stdout
            for name, env in builds.items()
        }
        same = outputs["interpreted"] == outputs["compiled"]
        lines = len(outputs["interpreted"].splitlines())
        print(f"check --format jsonl over {' '.join(map(str, args.real))}: {lines} lines, identical: {same}")
        # both the wall time and the CPU time: on a machine other work shares, one of them alone can mislead
        gain = min(medians["all spun"])
        verdict = "too few runs to say (--runs 3 or more)" if args.runs < 3 else "yes" if gain >= 1.4 and same else "no"
        print(f"adopt (>= 1.40x on all spun, wall and CPU time, and identical outputs): {verdict}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    raise SystemExit(main())
