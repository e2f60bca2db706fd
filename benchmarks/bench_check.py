"""Benchmark `newsfix check` / `fix` against codespell, a spell checker of similar shape (one pass over text files).

    .venv/bin/python benchmarks/bench_check.py [--mb 10] [--runs 10] [--keep DIR]

It generates >= 10 MB of articles (~4 KB files recombined from sentences written for this benchmark and the seed
fixture) in a temporary folder, then times:

  (a) one file: `newsfix check FILE` vs `codespell FILE`, process start included, best of N;
  (b) every file: `newsfix check DIR` vs `codespell DIR`, best of a few runs (newsfix picks --jobs itself);
  (c) in-process throughput of check and fix, in MB/s.

With `--real DIR [DIR ...]` it measures real text instead: every `spun.txt` and `original.txt` under the folders
(e.g. `../shared/corpus benchmarks/corpus`) copied round after round until `--mb` is reached, and times newsfix
(`-j1` and automatic jobs), codespell and typos on the same files, alternating the tools run after run, median of
`--runs` (default 5); then the same with the spun texts only, one-file start-up (median of `--start-runs`, default
11), and `--sizes` (default 1 10 100 MB) for linear cost; `--start-only` times the one-file start-up alone.
codespell and typos each get their own virtual environment (`typos` ships a binary wheel).

codespell is installed into the benchmark's own virtual environment (/tmp/nf-bench-venv, or $NEWSFIX_BENCH_VENV)
if it is not already on PATH; it is never a dependency of the project (it is only in the optional `bench` extra).

Both tools run from compiled bytecode, as after a normal installation: the project's sources are byte-compiled
first, and PYTHONDONTWRITEBYTECODE is removed from the children's environment.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "ketamine-chronic-pain.spun.txt"
DEFAULT_VENV = Path(os.environ.get("NEWSFIX_BENCH_VENV", "/tmp/nf-bench-venv"))

# Written for this benchmark: spun sentences (spinner synonyms) and plain ones, recombined into articles.
SENTENCES = [
    "Patients with persistent ache often try several treatments before one helps.",
    "The assessment, carried out by researchers at a large university, examined 41 trials.",
    "Extra info: the study was funded by a national research council.",
    "Scientists found no clear proof that the supplement lowers blood pressure in grownup members.",
    "A brand new examine suggests that sleep loss raises the risk of heart disease.",
    "The authors say larger trials are needed before doctors change their advice.",
    "Participants were followed for five years, and their diets were recorded every month.",
    "The outcomes, revealed within the journal, present a modest benefit for older adults.",
    "Researchers measured inflammation markers in the blood of 2,300 volunteers.",
    "The drug is generally used for procedural sedation and short-term ache aid.",
    "It is certainly one of a number of medicines thought to block pain signals in the brain.",
    "Side effects such as nausea and dizziness were reported in about one in ten patients.",
    "The team plans to repeat the experiment with a more diverse group of volunteers.",
    "Credit score: a university press office.",
    "The evidence was rated low to very low certainty because the trials were small.",
    "Doctors should discuss the risks and benefits with each patient, the authors wrote.",
    "Mice given the compound lived longer and moved more than untreated animals.",
    "The findings were published in a peer-reviewed journal on Tuesday.",
    "Nerve ache and fibromyalgia are among the conditions studied.",
    "The researchers caution that the results may not apply to children.",
    "Funding came from public grants; the authors declared no conflicts of interest.",
    "Further work will test whether the effect lasts beyond the first year.",
    "The review pooled data from hospitals in Europe, Asia and North America.",
    "Blood samples were analysed in a central laboratory to avoid differences between sites.",
]
# Written for this benchmark: unspun science-news sentences, for the articles of a repository that is mostly clean.
PLAIN_SENTENCES = [
    "The authors say larger trials are needed before doctors change their advice.",
    "Participants were followed for five years, and their diets were recorded every month.",
    "Researchers measured inflammation markers in the blood of 2,300 volunteers.",
    "The team plans to repeat the experiment with a more diverse group of volunteers.",
    "The evidence was rated low to very low certainty because the trials were small.",
    "Doctors should discuss the risks and benefits with each patient, the authors wrote.",
    "Mice given the compound lived longer and moved more than untreated animals.",
    "The findings were published in a peer-reviewed journal on Tuesday.",
    "The researchers caution that the results may not apply to children.",
    "Funding came from public grants; the authors declared no conflicts of interest.",
    "Further work will test whether the effect lasts beyond the first year.",
    "The review pooled data from hospitals in Europe, Asia and North America.",
    "Blood samples were analysed in a central laboratory to avoid differences between sites.",
    "Ocean temperatures off the coast rose by almost two degrees during the heatwave.",
    "The telescope recorded faint signals from a galaxy more than ten billion light years away.",
    "Engineers tested the new battery through a thousand charging cycles without loss of capacity.",
    "Farmers in the region reported smaller harvests after the third dry summer in a row.",
    "The vaccine was given in two doses, four weeks apart, to adults over sixty.",
    "Children who slept less than eight hours a night scored lower on attention tests.",
    "A spokesperson for the hospital said the new unit would open in the spring.",
    "The species was thought to be extinct until a survey found it on a remote island.",
    "Air quality improved in most cities after the rules on diesel engines took effect.",
    "The model predicts that sea levels will keep rising for centuries, whatever happens next.",
    "Volunteers wore sensors that tracked their heart rate and movement for a week.",
]
MARKDOWN_EXTRAS = [
    "```\npersistent ache = 1  # code is not prose\n```",
    "See [the assessment](https://example.org/persistent-ache) for details.",
    "Use `persistent ache` as a search term.",
]


def seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 40]


def make_corpus(
    folder: Path, megabytes: float, spun_share: float = 1.0, seed: int = 7
) -> tuple[list[Path], int, set[Path]]:
    """Articles of about 4 KB; a `spun_share` of them mix spun sentences in, the rest are plain prose only.
    Returns the files, their total size and the set of spun ones."""
    rng = random.Random(seed)
    spun_pool = SENTENCES + seed_sentences()
    target = int(megabytes * 1024 * 1024)
    total = 0
    files = []
    spun = set()
    n = 0
    while total < target:
        sub = folder / f"batch{n // 500:03d}"
        sub.mkdir(exist_ok=True)
        markdown = n % 4 == 0
        is_spun = rng.random() < spun_share
        pool = spun_pool if is_spun else PLAIN_SENTENCES
        paragraphs, size = [], 0
        while size < 4000:
            para = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
            if markdown and rng.random() < 0.15:
                para = rng.choice(MARKDOWN_EXTRAS)
            paragraphs.append(para)
            size += len(para) + 2
        body = "\n\n".join(paragraphs) + "\n"
        if markdown:
            body = f"# Article {n}\n\n" + body
        path = sub / f"article{n:05d}.{'md' if markdown else 'txt'}"
        data = body.encode("utf-8")
        path.write_bytes(data)
        files.append(path)
        if is_spun:
            spun.add(path)
        total += len(data)
        n += 1
    return files, total, spun


def codespell_command() -> list[str]:
    found = shutil.which("codespell")
    if found:
        return [found]
    exe = DEFAULT_VENV / "bin" / "codespell"
    if not exe.exists():
        print(f"installing codespell into {DEFAULT_VENV} (the benchmark's own environment) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(DEFAULT_VENV)], check=True)
        subprocess.run([str(DEFAULT_VENV / "bin" / "pip"), "install", "-q", "codespell>=2.3"], check=True)
    return [str(exe)]


def newsfix_command() -> list[str]:
    script = Path(sys.executable).parent / "newsfix"
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsfix.cli"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def best_of(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - t)
    return best


def in_process(files: list[Path], total: int) -> tuple[float, float, float]:
    from newsfix.batch.files import find_edits
    from newsfix.despin.normalizer import default_normalizer
    from newsfix.io.discover import Settings
    from newsfix.mask.markup import kind_for_path
    from newsfix.model import apply_edits

    texts = [(p.read_text(encoding="utf-8"), kind_for_path(p)) for p in files]
    default_normalizer()
    settings = Settings()
    t = time.perf_counter()
    for text, kind in texts:
        find_edits(text, kind, settings)
    check_s = time.perf_counter() - t
    t = time.perf_counter()
    for text, kind in texts:
        edits, _ = find_edits(text, kind, settings)
        apply_edits(text, edits)
    fix_s = time.perf_counter() - t
    nf = default_normalizer()
    t = time.perf_counter()
    for text, _ in texts:
        nf.normalize(text)
    engine_s = time.perf_counter() - t
    mb = total / 1e6
    return mb / check_s, mb / fix_s, mb / engine_s


def tool_command(package: str, exe: str) -> list[str]:
    """`exe` from its own virtual environment (/tmp/nf-bench-PACKAGE), installed there with pip on first use."""
    venv = Path(os.environ.get("NEWSFIX_BENCH_VENVS", "/tmp")) / f"nf-bench-{package}"
    path = venv / "bin" / exe
    if not path.exists():
        print(f"installing {package} into {venv} (the benchmark's own environment) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", package], check=True)
    return [str(path)]


def real_texts(folders: list[Path], spun_only: bool = False) -> list[tuple[str, bytes]]:
    names = ("spun.txt",) if spun_only else ("spun.txt", "original.txt")
    paths = sorted(p for folder in folders for name in names for p in folder.rglob(name))
    # a fixed shuffle: the sets `repeat_to` builds from the front of this list (the 1 MB of the linear-cost run is
    # less than one round of the texts) then hold about the same mix of spun and unspun texts at every size
    random.Random(15).shuffle(paths)
    return [(f"{p.parent.name}-{p.name}", p.read_bytes()) for p in paths]


def repeat_to(folder: Path, texts: list[tuple[str, bytes]], megabytes: float) -> tuple[int, int]:
    """Copy the texts into folder/rNN/ round after round until `megabytes`; returns (files, bytes)."""
    target, total, n = int(megabytes * 1e6), 0, 0
    while total < target:
        sub = folder / f"r{n // len(texts):03d}"
        sub.mkdir(parents=True, exist_ok=True)
        name, data = texts[n % len(texts)]
        (sub / name).write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t


def alternating(tools: dict[str, list[str]], target: str, runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median wall time of each tool on `target`, the tools taking turns run after run."""
    times: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(runs):
        for name, cmd in tools.items():
            times[name].append(timed([*cmd, target], env))
    return {name: statistics.median(t) for name, t in times.items()}


def one_file_starts(
    args: argparse.Namespace, tools: dict[str, list[str]], texts: list[tuple[str, bytes]], workdir: Path, env
) -> None:
    """One real file of about 4 KB (a spun one, an unspun one), process start included, the tools alternating."""
    runs = max(11, args.start_runs)
    for label, pick in (("spun", "spun.txt"), ("unspun", "original.txt")):
        name, data = min((t for t in texts if t[0].endswith(pick)), key=lambda t: abs(len(t[1]) - 4000))
        one = workdir / name
        one.write_bytes(data)
        timed([*tools["newsfix check"], str(one)], env)  # warm the lexicon cache
        medians = alternating({k: tools[k] for k in ("newsfix check", "codespell", "typos")}, str(one), runs, env)
        print(
            f"one {label} file ({len(data)} bytes), median of {runs}: "
            f"newsfix {medians['newsfix check'] * 1000:.1f} ms, "
            f"codespell {medians['codespell'] * 1000:.1f} ms, typos {medians['typos'] * 1000:.1f} ms; "
            f"newsfix/codespell {medians['newsfix check'] / medians['codespell']:.2f}"
        )


def real_mode(args: argparse.Namespace, env: dict[str, str]) -> int:
    newsfix = newsfix_command()
    tools = {
        "newsfix check": [*newsfix, "check", "-q"],
        "newsfix check -j1": [*newsfix, "check", "-q", "-j", "1"],
        "codespell": tool_command("codespell", "codespell"),
        "typos": tool_command("typos", "typos"),
    }
    print(f"{os.cpu_count()} CPUs; wall time, median of {args.runs} runs, the tools alternating; MB = 10^6 bytes")
    workdir = Path(tempfile.mkdtemp(prefix="newsfix-real-"))
    if args.start_only:
        try:
            one_file_starts(args, tools, real_texts(args.real), workdir, env)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        return 0
    try:
        rows = []
        for label, spun_only in (("real mixed", False), ("all spun", True)):
            texts = real_texts(args.real, spun_only)
            folder = workdir / label.replace(" ", "-")
            files, total = repeat_to(folder, texts, args.mb)
            timed([*tools["newsfix check"], str(folder)], env)  # warm the lexicon cache and the page cache
            medians = alternating(tools, str(folder), args.runs, env)
            rows.append((label, files, total, medians))
        print("| corpus | " + " | ".join(f"{t} MB/s" for t in tools) + " | newsfix/codespell (auto, -j1) |")
        print("| --- " * (len(tools) + 2) + "|")
        for label, files, total, medians in rows:
            rates = " | ".join(f"{total / 1e6 / medians[t]:.1f}" for t in tools)
            cs = medians["codespell"]
            ratio = (medians["newsfix check"] / cs, medians["newsfix check -j1"] / cs)
            print(f"| {label}, {total / 1e6:.1f} MB, {files} files | {rates} | {ratio[0]:.2f}, {ratio[1]:.2f} |")
        for label, _, _, medians in rows:
            typos = medians["newsfix check"] / medians["typos"]
            print(f"    {label}: newsfix (auto) / typos = {typos:.2f}")

        texts = real_texts(args.real)
        one_file_starts(args, tools, texts, workdir, env)

        # linear cost: seconds per MB at each size, in one run
        per_mb = {}
        for mb in args.sizes:
            folder = workdir / f"size-{mb:g}"
            _, total = repeat_to(folder, texts, mb)
            runs = max(1, min(args.runs, int(args.runs * 10 / mb)) if mb > 10 else args.runs)
            medians = alternating({k: tools[k] for k in ("newsfix check", "newsfix check -j1")}, str(folder), runs, env)
            per_mb[mb] = {k: v / (total / 1e6) for k, v in medians.items()}
            shutil.rmtree(folder, ignore_errors=True)
            print(
                f"{mb:g} MB (median of {runs}): "
                + ", ".join(f"{k} {v * 1000:.0f} ms/MB" for k, v in per_mb[mb].items())
            )
        for k in ("newsfix check", "newsfix check -j1"):
            values = [v[k] for v in per_mb.values()]
            print(f"    {k}: largest / smallest time per MB = {max(values) / min(values):.2f} (linear: <= 1.20)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the generated corpus (default 10 MB)")
    ap.add_argument("--runs", type=int, default=10, help="runs for the one-file timing (best of)")
    ap.add_argument("--dir-runs", type=int, default=3, help="runs for the all-files timing (best of)")
    ap.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    ap.add_argument(
        "--spun-share",
        type=float,
        default=1.0,
        help="share of articles with spun sentences (default 1.0: all; a content repository is mostly clean: 0.1)",
    )
    ap.add_argument("--real", type=Path, nargs="+", metavar="DIR", help="measure on the real texts under these folders")
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 100], help="--real: sizes for linear cost (MB)")
    ap.add_argument(
        "--start-only", action="store_true", help="--real: only the one-file start-up (a spun and an unspun file)"
    )
    ap.add_argument("--start-runs", type=int, default=11, help="--real: runs for the one-file start-up (median, >= 11)")
    args = ap.parse_args(argv)

    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    env = child_env()
    if args.real:
        if args.runs == 10:
            args.runs = 5
        return real_mode(args, env)
    codespell = codespell_command()
    newsfix = newsfix_command()
    workdir = Path(tempfile.mkdtemp(prefix="newsfix-bench-")) if args.keep is None else args.keep
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        files, total, spun = make_corpus(workdir, args.mb, args.spun_share)
        print(f"corpus: {len(files)} files, {total / 1e6:.1f} MB, {args.spun_share:.0%} of them spun, in {workdir}")
        subprocess.run([*newsfix, "check", str(files[0])], capture_output=True, env=env)  # warm the lexicon cache

        print(f"(a) one file, best of {args.runs}, process start included:")
        # a spun file loads the whole lexicon and the fuzzy matchers; an unspun one is ruled out by the fast path
        samples = [
            ("spun", next((f for f in files if f in spun), None)),
            ("unspun", next((f for f in files if f not in spun), None)),
        ]
        for label, one in samples:
            if one is None:
                continue
            nf_one = best_of([*newsfix, "check", str(one)], args.runs, env)
            cs_one = best_of([*codespell, str(one)], args.runs, env)
            print(
                f"    {label} file ({one.stat().st_size} bytes): newsfix check {nf_one * 1000:6.1f} ms, "
                f"codespell {cs_one * 1000:6.1f} ms, ratio {nf_one / cs_one:.2f}  (<= 1.00: newsfix no slower)"
            )

        nf_all = best_of([*newsfix, "check", str(workdir)], args.dir_runs, env)
        cs_all = best_of([*codespell, str(workdir)], args.dir_runs, env)
        print(f"(b) all {len(files)} files ({total / 1e6:.1f} MB), best of {args.dir_runs}:")
        rate = total / 1e6 / nf_all
        print(f"    newsfix check  {nf_all:7.2f} s  {rate:6.2f} MB/s  (jobs: auto, {os.cpu_count()} CPUs)")
        print(f"    codespell      {cs_all:7.2f} s  {total / 1e6 / cs_all:6.2f} MB/s")
        print(f"    ratio newsfix/codespell = {nf_all / cs_all:.2f}")
        nf_serial = best_of([*newsfix, "check", "--jobs", "1", str(workdir)], 1, env)
        print(f"    newsfix check --jobs 1  {nf_serial:7.2f} s  {total / 1e6 / nf_serial:6.2f} MB/s")

        check_mbs, fix_mbs, engine_mbs = in_process(files, total)
        print("(c) in-process throughput (one process):")
        print(f"    check  {check_mbs:6.2f} MB/s   fix  {fix_mbs:6.2f} MB/s   (engine alone: {engine_mbs:6.2f} MB/s)")
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
