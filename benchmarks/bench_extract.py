"""Articles per second per core for `newsfix.extract` on a generated corpus of ~4 KB articles.

The corpus recombines sentences of the hand-written fixture articles (fixtures/articles/*.txt) and the repaired
seed, with a fixed seed, so runs are comparable. Single process, so the rate is per core.

    .venv/bin/python benchmarks/bench_extract.py [--articles 300] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, size: int = 4096, seed: int = 7) -> list[str]:
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    paths.append(ROOT / "fixtures" / "ketamine-chronic-pain.repaired.txt")
    paragraphs = [p for path in paths for p in path.read_text(encoding="utf-8").splitlines() if len(p) > 60]
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", p) if len(s) > 30]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size:
            # mostly whole paragraphs (keeps quotes and attributions together), some shuffled sentences
            piece = rng.choice(paragraphs) if rng.random() < 0.7 else " ".join(rng.sample(sentences, 3))
            parts.append(piece)
            length += len(piece) + 1
        out.append("\n".join(parts)[: size + 400])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    import newsfix

    docs = corpus(a.articles)
    t0 = time.perf_counter()
    newsfix.extract(docs[0])  # build the normaliser, the spaCy pipeline and the drug dictionary once
    warm = time.perf_counter() - t0
    prof = cProfile.Profile() if a.profile else None
    if prof:
        prof.enable()
    t0 = time.perf_counter()
    for d in docs:
        newsfix.extract(d)
    elapsed = time.perf_counter() - t0
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    t0 = time.perf_counter()
    for d in docs:
        newsfix.normalize(d)
    norm = time.perf_counter() - t0
    kb = sum(len(d) for d in docs) / len(docs) / 1024
    print(f"articles: {len(docs)}, mean size {kb:.1f} KB, warm-up {warm:.2f} s")
    print(f"extract: {len(docs) / elapsed:.1f} articles/s per core ({1000 * elapsed / len(docs):.2f} ms/article)")
    print(
        f"  of which normalize: {1000 * norm / len(docs):.2f} ms/article; extraction alone "
        f"{1000 * (elapsed - norm) / len(docs):.2f} ms/article"
    )


if __name__ == "__main__":
    main()
