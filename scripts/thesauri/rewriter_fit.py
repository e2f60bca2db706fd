"""How well the corpus pairs fit the article rewriter's phrase groups: the evidence behind the rewriter model.

    PYTHONPATH=<build venv site-packages> .venv/bin/python scripts/thesauri/rewriter_fit.py \
        --db ~/.cache/newsfix-build/spinnerdb/en_db.sdata

Three reports (pairs of benchmarks/corpus; the fit and the calibration use the learn part only):
1. fit: for each original word the file holds (in a line of 2+ members, the first such line L(o), as the
   rewriter's script claims it), whether the aligned spun word is the word itself, another member of L(o), or
   something else, per family; and the share that would stay as written if every such word were drawn at random
   from L(o) (the mean of 1/|L(o)|). A family spun by this rewriter keeps about that share.
2. explained: the share of each family's aligned swaps (newsfix.cli.lexicon_align, as the miner sees them) whose
   two sides share a line of the file, per part.
3. calibration: on family A's and H's learn pairs, the spun words that the inverse would change at posterior >= 0.9,
   and whether its choice is the aligned original, with P(w | o) taken from the first line that holds o (the script's
   rule) or averaged over every line that holds o (build_rewriter_table.py's rule).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))

import build_rewriter_table as B  # noqa: E402
import split  # noqa: E402

from newsfix.cli.lexicon_align import align  # noqa: E402

WORD = re.compile(r"\w+(?:['’-]\w+)*")


def words(path: Path) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(path.read_text(encoding="utf-8"))]


def family(folder: Path) -> str:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("family", "?")


def aligned(folder: Path):
    """(original word, spun word) for every aligned word of a pair, from equal runs and same-length replacements."""
    b, a = words(folder / "original.txt"), words(folder / "spun.txt")
    for op, b1, b2, a1, a2 in difflib.SequenceMatcher(None, b, a, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and b2 - b1 == a2 - a1):
            yield from zip(b[b1:b2], a[a1:a2])


def fit(groups: list[list[str]]) -> None:
    first: dict[str, int] = {}
    for i, members in enumerate(groups):
        for m in members:
            if m and m not in first:
                first[m] = i
    counts: dict[str, Counter] = defaultdict(Counter)
    expected: Counter = Counter()
    for folder in split.items("pairs", "learn"):
        fam = family(folder)
        for o, w in aligned(folder):
            line = groups[first[o]] if o in first else None
            if not line or sum(1 for m in line if m) < 2:
                continue
            counts[fam]["kept" if w == o else "moved within" if w in line else "other"] += 1
            expected[fam] += 1 / len(line)
    print("1. fit (learn pairs; original words the file holds):")
    for fam, c in sorted(counts.items()):
        n = sum(c.values())
        shares = ", ".join(f"{k} {100 * c[k] / n:.0f} %" for k in ("kept", "moved within", "other"))
        print(f"   {fam:3} {n:5} words: {shares}; kept if all were random: {100 * expected[fam] / n:.0f} %")


def explained(groups: list[list[str]]) -> None:
    lines_of: dict[str, set[int]] = defaultdict(set)
    for i, members in enumerate(groups):
        for m in members:
            if m:
                lines_of[m].add(i)
    print("2. explained (aligned swaps whose sides share a line):")
    for part in ("learn", "measure"):
        c: dict[str, Counter] = defaultdict(Counter)
        for folder in split.items("pairs", part):
            fam = family(folder)
            texts = ((folder / "spun.txt").read_text(encoding="utf-8"), (folder / "original.txt").read_text("utf-8"))
            for swap in align(*texts):
                s, o = swap.spun.lower(), swap.original.lower()
                units = [(s, o)]
                if len(s.split()) == len(o.split()) > 1:
                    units += [(x, y) for x, y in zip(s.split(), o.split()) if x != y]
                c[fam]["n"] += 1
                c[fam]["explained"] += any(lines_of.get(x, set()) & lines_of.get(y, set()) for x, y in units)
        row = ", ".join(f"{fam} {100 * v['explained'] / v['n']:.0f} % of {v['n']}" for fam, v in sorted(c.items()))
        print(f"   {part}: {row}")


def calibration(groups: list[list[str]], freq: B.Frequencies) -> None:
    holding: dict[str, list[int]] = defaultdict(list)
    for i, members in enumerate(groups):
        for m in dict.fromkeys(members):
            if m:
                holding[m].append(i)
    rules = {"first line": lambda lines: lines[:1], "every line": lambda lines: lines}
    print("3. calibration (learn pairs of families A and H; posterior >= 0.9, choice != spun word):")
    for name, pick in rules.items():
        likelihood: dict[str, Counter] = defaultdict(Counter)
        for o, lines in holding.items():
            chosen = pick(lines)
            for i in chosen:
                for w in groups[i]:
                    if w:
                        likelihood[w][o] += 1.0 / len(groups[i]) / len(chosen)
        result = Counter()
        for folder in split.items("pairs", "learn"):
            if family(folder) not in ("A", "H"):
                continue
            for o, w in aligned(folder):
                if not w.isalpha() or w not in likelihood:
                    continue
                score = {c: freq.phrase(c) * p for c, p in likelihood[w].items()}
                score.setdefault(w, 1e-30)
                best = max(sorted(score), key=score.__getitem__)
                if best != w and score[best] / sum(score.values()) >= 0.9:
                    result["right" if best == o else "author's word" if o == w else "another word"] += 1
        print(f"   {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(result.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="the rewriter's en_db.sdata (build time only)")
    a = ap.parse_args()
    groups = B.read_groups(Path(a.db).expanduser())
    fit(groups)
    explained(groups)
    calibration(groups, B.Frequencies())


if __name__ == "__main__":
    main()
