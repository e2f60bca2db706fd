"""Calibrate the spin verdict: fingerprint evidence on spun texts versus unspun ones.

    .venv/bin/python benchmarks/calibrate_verdict.py --spun ../shared/corpus/dev --clean ../shared/corpus/clean

For every text prints the number of distinct fingerprints and their density per 1000 words, then the margin
between the weakest spun text and the strongest unspun one under the thresholds in newsfix.despin.verdict. Texts of the
`MT` family (machine back-translation, not word spinning) are listed but not counted.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsfix
from newsfix.despin import verdict


def evidence(text: str) -> tuple[int, int, float, str]:
    spin = newsfix.normalize(text).spin
    return spin.distinct, spin.fingerprints, spin.score, spin.verdict


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spun", nargs="+", default=[], help="folders of NNN/spun.txt (+ original.txt, meta.json)")
    ap.add_argument("--clean", nargs="+", default=[], help="folders of NNN/original.txt")
    args = ap.parse_args()
    rows = []
    for root in args.spun:
        for d in sorted(Path(root).iterdir()):
            if (d / "spun.txt").exists():
                meta = json.loads((d / "meta.json").read_text()) if (d / "meta.json").exists() else {}
                fam = meta.get("family", "?")
                rows.append(
                    ("spun" if fam not in ("MT", "R") else "spun-mt", fam, d.name, (d / "spun.txt").read_text())
                )
                rows.append(("original", fam, d.name, (d / "original.txt").read_text()))
    for root in args.clean:
        for p in sorted(Path(root).rglob("original.txt")):
            rows.append(("clean", "-", p.parent.name, p.read_text()))
    weakest_spun, strongest_clean = None, None
    for kind, fam, name, text in rows:
        distinct, total, density, v = evidence(text)
        print(f"{kind:9s} {fam:3s} {name[:44]:44s} distinct {distinct:3d} total {total:3d} density {density:6.2f} {v}")
        if kind == "spun":
            weakest_spun = min(weakest_spun or (distinct, density), (distinct, density))
        elif kind in ("original", "clean"):
            strongest_clean = max(strongest_clean or (distinct, density), (distinct, density))
    print(
        f"thresholds: spun at >= {verdict.SPUN_DISTINCT} distinct, or >= {verdict.MIN_DISTINCT} with density >= "
        f"{verdict.SPUN_DENSITY}; weakest spun (distinct, density) {weakest_spun}; strongest unspun {strongest_clean}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
