"""Experiment: can a word-likelihood model over thesaurus-odd words tell spun pages from unspun ones?

    .venv/bin/python scripts/thesauri/word_likelihood.py      (needs build/thesaurus/odd-synonyms.tsv: build_tables.py)

Fits document-frequency log-likelihood ratios of the words in odd-synonyms.tsv (rare words a thesaurus links to a
far commoner one) on the learn part's word-spun pages versus its unspun pages (and the shared corpus' unspun texts
when ../shared is there), sets the threshold at the highest unspun score, and reports how many measure-part spun
pages score above it and how many measure-part unspun pages do. Result on 2026-12-06: 4 of 44 at 0 of 79: too weak
to use; the verdict does not use it.
"""

from __future__ import annotations

import collections
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
import split  # noqa: E402

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
NOT_WORD_SPINNING = ("MT", "R")


def family(folder: Path) -> str | None:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("family")


def main() -> None:
    odd = {
        line.split("\t", 1)[0]
        for line in (ROOT / "build" / "thesaurus" / "odd-synonyms.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }

    def words(text: str) -> set[str]:
        return {w for w in WORD.findall(text.lower()) if w in odd}

    learn = split.items("pairs", "learn") + split.items("spun", "learn")
    spun = [(d / "spun.txt").read_text(encoding="utf-8") for d in learn if family(d) not in NOT_WORD_SPINNING]
    clean = [(d / "original.txt").read_text(encoding="utf-8") for d in split.items("clean", "learn")]
    clean += [(d / "original.txt").read_text(encoding="utf-8") for d in split.items("pairs", "learn")]
    shared = ROOT.parent / "shared" / "corpus"
    clean += [p.read_text(encoding="utf-8") for p in sorted(shared.glob("*/*/original.txt"))]
    in_spun, in_clean = collections.Counter(), collections.Counter()
    for t in spun:
        in_spun.update(words(t))
    for t in clean:
        in_clean.update(words(t))
    weight = {
        w: math.log((in_spun[w] + 0.5) / (len(spun) + 1)) - math.log((in_clean[w] + 0.5) / (len(clean) + 1))
        for w in set(in_spun) | set(in_clean)
        if in_spun[w] + in_clean[w] >= 2
    }

    def score(text: str) -> float:
        return 100 * sum(max(weight.get(w, 0.0), 0.0) for w in words(text)) / max(len(WORD.findall(text)), 100)

    threshold = max(map(score, clean))
    measure = split.items("pairs", "measure") + split.items("spun", "measure")
    m_spun = [
        score((d / "spun.txt").read_text(encoding="utf-8")) for d in measure if family(d) not in NOT_WORD_SPINNING
    ]
    m_clean = [score((d / "original.txt").read_text(encoding="utf-8"))
               for d in split.items("clean", "measure") + split.items("pairs", "measure")]
    print(f"threshold (highest learn unspun score) {threshold:.2f}")
    print(f"measure: spun pages above it {sum(s > threshold for s in m_spun)}/{len(m_spun)}, "
          f"unspun pages above it {sum(s > threshold for s in m_clean)}/{len(m_clean)}")


if __name__ == "__main__":
    main()
