"""Page-level experiment: density of thesaurus-odd words on spun vs clean pages (results go to the report only).

    .venv/bin/python scripts/thesauri/oddness.py [--max-inverse-zipf 4.5] [--show]

Per text, per 100 content words (lower-case alphabetic tokens that are not among wordfreq's 150 most frequent English
words; capitalised tokens are skipped so names and sentence starts do not count):
  odd  words listed in build/thesaurus/odd-synonyms.tsv (build_tables.py writes it there)
  inv  spun forms of lexicons/thesaurus/mythes-first-inverse.tsv (single words and 2-4 word phrases) whose own
       zipf is below --max-inverse-zipf and below their original's ("excluding words that are very common themselves")
  both odd + inv (a token counted once)
Spun: ../shared/corpus/dev/*/spun.txt by family. Clean: dev originals, ../shared/corpus/clean/*/original.txt,
and the learn split of benchmarks/corpus/clean (main checkout). The threshold for each feature is the largest clean
value (0 false alarms when a page must exceed it); recall = spun pages above it, per family.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TABLES = ROOT / "build" / "thesaurus"  # build_tables.py --experiments
SHIPPED = ROOT / "lexicons" / "thesaurus"  # the model tables newsfix uses
SHARED = ROOT.parent / "shared" / "corpus"  # beside the clone, when present
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
import split as corpus_split  # noqa: E402

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def load(name: str) -> list[list[str]]:
    folder = SHIPPED if (SHIPPED / name).exists() else TABLES
    with open(folder / name, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]


def texts() -> list[tuple[str, str, str]]:
    """(group, name, text): group is 'spun:FAMILY' or 'clean:SOURCE'."""
    out = []
    for d in sorted((SHARED / "dev").iterdir()) if (SHARED / "dev").is_dir() else []:
        fam = json.loads((d / "meta.json").read_text(encoding="utf-8")).get("family", "?")
        out.append((f"spun:{fam}", d.name, (d / "spun.txt").read_text(encoding="utf-8")))
        out.append(("clean:dev-original", d.name, (d / "original.txt").read_text(encoding="utf-8")))
    for f in sorted((SHARED / "clean").glob("*/original.txt")):
        out.append(("clean:shared", f.parent.name, f.read_text(encoding="utf-8")))
    for d in corpus_split.items("clean", "learn"):
        out.append(("clean:bench-learn", d.name, (d / "original.txt").read_text(encoding="utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-inverse-zipf", type=float, default=4.5)
    ap.add_argument("--min-gap", type=float, default=1.0, help="odd: keep rows with max_zipf_h - zipf_s >= this")
    ap.add_argument("--max-odd-zipf", type=float, default=4.0, help="odd: keep rows with zipf_s below this")
    ap.add_argument("--show", action="store_true", help="print every text's densities and the words found")
    a = ap.parse_args()
    from wordfreq import top_n_list

    stop = set(top_n_list("en", 150))
    odd = {
        r[0]
        for r in load("odd-synonyms.tsv")
        if float(r[3]) - float(r[2]) >= a.min_gap and float(r[2]) < a.max_odd_zipf
    }
    inv = {
        r[0] for r in load("mythes-first-inverse.tsv") if float(r[2]) < a.max_inverse_zipf and float(r[2]) < float(r[3])
    }
    results = []
    for group, name, text in texts():
        toks = [t.replace("’", "'") for t in TOKEN.findall(text)]
        low = [t.lower() for t in toks]
        content = [i for i, t in enumerate(toks) if t[0].islower() and low[i] not in stop]
        n = max(1, len(content))
        hit_odd = {i for i in content if low[i] in odd}
        hit_inv = {i for i in content if low[i] in inv}
        for k in (2, 3, 4):  # phrase spun forms ("at that place", "in all likelihood")
            for i in range(len(low) - k + 1):
                if toks[i][0].islower() and " ".join(low[i : i + k]) in inv:
                    hit_inv.add(i)
        dens = {"odd": 100 * len(hit_odd) / n, "inv": 100 * len(hit_inv) / n, "both": 100 * len(hit_odd | hit_inv) / n}
        results.append(
            (group, name, len(content), dens, sorted({low[i] for i in hit_odd}), sorted({low[i] for i in hit_inv}))
        )
        if a.show:
            print(
                f"{group:20} {name[:34]:34} n={len(content):4} odd={dens['odd']:5.1f} inv={dens['inv']:5.1f} "
                f"| odd: {' '.join(results[-1][4])[:120]} | inv: {' '.join(results[-1][5])[:80]}"
            )
    clean = [r for r in results if r[0].startswith("clean:")]
    spun = [r for r in results if r[0].startswith("spun:")]
    print(
        f"clean texts: {len(clean)} "
        f"({', '.join(f'{g} {sum(r[0] == g for r in clean)}' for g in sorted({r[0] for r in clean}))}); "
        f"spun texts: {len(spun)}"
    )
    for feat in ("odd", "inv", "both"):
        cv = sorted(r[3][feat] for r in clean)
        thr = cv[-1]
        q = lambda v, p: v[min(len(v) - 1, int(p * len(v)))]  # noqa: E731
        print(
            f"\n[{feat}] clean: median {q(cv, 0.5):.2f}, p90 {q(cv, 0.9):.2f}, max {thr:.2f} "
            f"({max(clean, key=lambda r: r[3][feat])[1]})  -> threshold: > {thr:.2f}"
        )
        by = defaultdict(list)
        for r in spun:
            by[r[0][5:]].append(r[3][feat])
        print("  family  pages  median   min    max   recall@0FA")
        tot = 0
        for fam in sorted(by):
            v = sorted(by[fam])
            k = sum(x > thr for x in v)
            tot += k
            print(f"  {fam:6} {len(v):5}  {q(v, 0.5):6.2f} {v[0]:6.2f} {v[-1]:6.2f}   {k}/{len(v)}")
        print(f"  all    {len(spun):5}  recall@0FA {tot}/{len(spun)}")


if __name__ == "__main__":
    main()
