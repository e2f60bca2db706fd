"""Dump the engine's observable outputs as sorted JSON lines, to prove a refactoring changed nothing.

    .venv/bin/python benchmarks/dump_outputs.py > /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python benchmarks/dump_outputs.py > /tmp/after.jsonl && diff /tmp/before.jsonl /tmp/after.jsonl

Per input text: `newsfix.normalize(text).to_dict()` and `newsfix.extract(text).to_dict()`; inputs are the dev
pairs (spun and original), the clean corpus, and every .txt/.html/.md under fixtures/. Then the output and exit
status of `newsfix check --format jsonl fixtures/` (and of `fix --format json`, to cover the fix path too).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def inputs(corpus: Path) -> list[Path]:
    found: list[Path] = []
    found += corpus.glob("dev/*/spun.txt")
    found += corpus.glob("dev/*/original.txt")
    found += corpus.glob("clean/*/original.txt")
    for suffix in ("txt", "html", "md"):
        found += (ROOT / "fixtures").rglob(f"*.{suffix}")
    return sorted(set(found))


def display(path: Path) -> str:
    for base in (ROOT, ROOT.parent):
        try:
            return str(path.relative_to(base))
        except ValueError:
            continue
    return str(path)


def cli(*args: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsfix.cli", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    lines = [json.dumps({"cli": list(args), "stream": "stdout", "line": line}) for line in proc.stdout.splitlines()]
    lines += [json.dumps({"cli": list(args), "stream": "stderr", "line": line}) for line in proc.stderr.splitlines()]
    lines.append(json.dumps({"cli": list(args), "exit": proc.returncode}))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--all",
        action="store_true",
        help="also every text of the shared corpus (html-eval too) and benchmarks/corpus: normalize() of each, and "
        "check --format jsonl / fix --format json over those folders",
    )
    args = parser.parse_args(argv)
    import newsfix

    lines: list[str] = []
    for path in inputs(args.corpus):
        text = path.read_text(encoding="utf-8", errors="replace")
        name = display(path)
        lines.append(json.dumps({"input": name, "normalize": newsfix.normalize(text).to_dict()}, sort_keys=True))
        lines.append(json.dumps({"input": name, "extract": newsfix.extract(text).to_dict()}, sort_keys=True))
    if args.all:
        folders = [args.corpus, ROOT / "benchmarks" / "corpus"]
        done = set(inputs(args.corpus))
        for path in sorted({p for f in folders for s in ("txt", "html", "md") for p in f.rglob(f"*.{s}")} - done):
            text = path.read_text(encoding="utf-8", errors="replace")
            done_text = newsfix.normalize(text).to_dict()
            lines.append(json.dumps({"input": display(path), "normalize": done_text}, sort_keys=True))
        for folder in (os.path.relpath(f, ROOT) for f in folders):
            lines += cli("check", "--no-config", "-j", "1", "--format", "jsonl", folder)
            lines += cli("check", "--no-config", "--format", "jsonl", folder)
            lines += cli("fix", "--no-config", "--format", "json", folder)
    lines += cli("check", "--no-config", "--format", "jsonl", "fixtures/")
    lines += cli("check", "--format", "jsonl", "fixtures/")
    lines += cli("fix", "--no-config", "--format", "json", "fixtures/")
    lines += cli("fix", "--no-config", "--diff", "fixtures/")
    lines += cli("extract", "-q", "-j", "1", "fixtures/articles")
    for line in sorted(lines):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
