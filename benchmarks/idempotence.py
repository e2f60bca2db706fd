"""Whether a second run changes anything: every text of benchmarks/corpus (spun pages, originals, clean pages) and of
any extra folders, normalised twice.

    .venv/bin/python benchmarks/idempotence.py [../shared/corpus ...]

Prints each text whose second run changes it (the spin verdicts and families of both runs, the first edits of the
second) and the count; exits 1 if there is any. 2026-12-07, with ../shared/corpus: 0 of 1,186 texts (before that
day's fixes, 12 of the 1,104 then checked).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsfix import normalize

HERE = Path(__file__).resolve().parent


def texts(folders: list[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.txt") if p.name in ("spun.txt", "original.txt"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="more folders of spun.txt / original.txt")
    args = ap.parse_args()
    paths = texts([HERE / "corpus", *args.folders])
    changed = 0
    for path in paths:
        first = normalize(path.read_text(encoding="utf-8"))
        second = normalize(first.text)
        if second.text != first.text:
            changed += 1
            edits = [(e.before, e.after) for e in second.edits[:6]]
            print(f"{path.parent.name}/{path.name}: {first.spin.families} -> {second.spin.families} {edits}")
    print(f"{changed} of {len(paths)} texts change on a second run")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
