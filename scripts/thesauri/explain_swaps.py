"""Measure: which thesaurus explains each single-word swap of the known (spun, original) pairs, per spinner family.

    .venv/bin/python scripts/thesauri/explain_swaps.py [--show FAMILY] [--tsv OUT]

Pairs: ../shared/corpus/dev/*/ (beside the clone, when present) and the `learn` part of benchmarks/corpus/pairs.
Swaps come from newsfix.cli.lexicon_align.align. A "single-word swap" is one whose original side is one word (the spun
side may be a phrase: "there" -> "at that topographic point"); aligned runs of equal length ("print will have" ->
"impress volition bring") are split word by word first. Proper-noun-only changes and number/digit swaps count too.
Columns: share explained by Moby, mythes, WordNet (either direction, simple inflections), by any of them, exactly
by mythes_first under each rule, and by none.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))

import split as corpus_split  # noqa: E402
import thesauri as T  # noqa: E402

from newsfix.cli.lexicon_align import align  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"  # the shared dev pairs beside the clone, when present
INVERSE = {}
_inv = ROOT / "lexicons" / "thesaurus" / "mythes-first-inverse.tsv"
if _inv.exists():
    for _line in _inv.read_text(encoding="utf-8").splitlines():
        if not _line.startswith("#"):
            _f = _line.split("\t")
            INVERSE[_f[0]] = _f[1]


def pair_dirs() -> list[tuple[str, Path]]:
    out = [("dev", d) for d in sorted(DEV.iterdir()) if (d / "spun.txt").exists()] if DEV.is_dir() else []
    out += [("learn", d) for d in corpus_split.items("pairs", "learn")]
    return [(k, d) for k, d in out if (d / "spun.txt").exists() and (d / "original.txt").exists()]


def unit_swaps(spun: str, original: str) -> list[tuple[str, str]]:
    out = []
    for s in align(spun, original):
        sp, op = s.spun.lower().split(), s.original.lower().split()
        if len(op) == 1:
            out.append((s.spun.lower(), s.original.lower()))
        elif len(sp) == len(op):
            out += [(x, y) for x, y in zip(sp, op) if x != y]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="list the swaps of this family with their explanations")
    ap.add_argument("--tsv", help="write every swap with its explanations to this file")
    a = ap.parse_args()
    rows = []
    for kind, d in pair_dirs():
        fam = json.loads((d / "meta.json").read_text(encoding="utf-8")).get("family", "?")
        for sp, orig in unit_swaps(
            (d / "spun.txt").read_text(encoding="utf-8"), (d / "original.txt").read_text(encoding="utf-8")
        ):
            src = T.related(sp, orig)
            first = {r for r in T.RULES if r != "pos-first-plain" and (T.mythes_first(orig, r) or "").lower() == sp}
            # pos-first-plain with any of the word's POS (what mythes-first-inverse.tsv is built from)
            if any((T.mythes_first(orig, "pos-first-plain", p) or "").lower() == sp for p in T.WN_POS):
                first.add("pos-first-plain")
            if INVERSE.get(sp) == orig:
                first.add("inverse-table")
            rows.append((fam, kind, d.name, sp, orig, src, first))
    by = defaultdict(list)
    for r in rows:
        by[r[0]].append(r)
    by["ALL"] = rows
    rules = [*T.RULES, "inverse-table"]
    head = ["family", "pages", "swaps", "moby", "mythes", "wordnet", "any", *[f"mf:{r}" for r in rules], "none"]
    print("\t".join(head))
    for fam in sorted(by, key=lambda f: (f == "ALL", f)):
        rs = by[fam]
        n = len(rs)
        pages = len({(r[1], r[2]) for r in rs})

        def pct(k: int, n: int = n) -> str:
            return f"{100 * k / n:.0f}%"

        cells = [fam, str(pages), str(n)]
        cells += [pct(sum(s in r[5] for r in rs)) for s in ("moby", "mythes", "wordnet")]
        cells.append(pct(sum(bool(r[5]) for r in rs)))
        cells += [pct(sum(rule in r[6] for r in rs)) for rule in rules]
        cells.append(pct(sum(not r[5] and not r[6] for r in rs)))
        print("\t".join(cells))
    if a.show:
        for r in by.get(a.show, []):
            print(
                f"{r[2][:28]:28} {r[3]!r:28} <- {r[4]!r:18} {','.join(sorted(r[5])) or '-':22} "
                f"{','.join(sorted(r[6])) or '-':10} first-plain={T.mythes_first(r[4])!r}"
            )
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(
                    "\t".join([r[0], r[1], r[2], r[3], r[4], ",".join(sorted(r[5])), ",".join(sorted(r[6]))]) + "\n"
                )


if __name__ == "__main__":
    main()
