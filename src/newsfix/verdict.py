"""The spin verdict: is this document the output of an article spinner?

Evidence is the number of distinct fingerprint phrases (lexicon entries of tier `fingerprint`) found in the text,
and their density per 1000 words. Thresholds are calibrated with `benchmarks/calibrate_verdict.py` on the dev
corpus (spun copies vs their originals) and the clean corpus.
"""

from __future__ import annotations

from .model import Spin

# A document is spun with this many distinct fingerprints, or fewer when they are dense.
SPUN_DISTINCT = 3
SPUN_DENSITY = 4.0  # distinct fingerprints per 1000 words, together with at least MIN_DISTINCT of them
MIN_DISTINCT = 2


def spin_verdict(distinct_fingerprints: int, total_fingerprints: int, words: int) -> Spin:
    density = 1000.0 * distinct_fingerprints / max(words, 100)
    if distinct_fingerprints >= SPUN_DISTINCT or (distinct_fingerprints >= MIN_DISTINCT and density >= SPUN_DENSITY):
        verdict = "spun"
    elif distinct_fingerprints:
        verdict = "uncertain"
    else:
        verdict = "clean"
    return Spin(round(density, 3), verdict, total_fingerprints, words, distinct_fingerprints)
