from __future__ import annotations

from newsfix.despin import verdict
from newsfix.despin.verdict import spin_verdict, spinner_families


def test_thresholds():
    assert spin_verdict(0, 0, 300).verdict == "clean"
    assert spin_verdict(1, 4, 300).verdict == "uncertain"
    assert spin_verdict(verdict.SPUN_DISTINCT, 3, 5000).verdict == "spun"
    assert spin_verdict(2, 2, 300).verdict == "spun"  # 6.7 per 1000 words >= SPUN_DENSITY
    assert spin_verdict(2, 2, 2000).verdict == "uncertain"


def test_swaps_alone_need_to_be_dense_and_many():
    # unspun prose has ordinary words that spinners also write: a few, or many spread thin, are not evidence
    assert spin_verdict(0, 0, 300, distinct_ambiguous=verdict.SWAP_DENSE_MIN - 1).verdict == "clean"
    assert spin_verdict(0, 0, 2000, distinct_ambiguous=40).verdict == "clean"  # 20 per 1000 words
    assert spin_verdict(0, 0, 300, distinct_ambiguous=13).verdict == "spun"  # 43 per 1000 words
    assert verdict.swap_dense(13, 300) and not verdict.swap_dense(13, 1000)


def test_a_short_excerpt_with_dense_swaps_is_spun_but_a_few_swaps_are_not():
    # spun excerpts of 70-190 words with 6-9 swaps and no known fingerprint (learn pages scored with the lexicons
    # from before they were collected); unspun passages of 60+ words showed at most 5 (at 81 and 93 words)
    assert spin_verdict(0, 0, 120, distinct_ambiguous=6).verdict == "spun"
    assert spin_verdict(0, 0, 81, distinct_ambiguous=5).verdict == "clean"
    assert spin_verdict(0, 0, 295, distinct_ambiguous=9).verdict == "clean"  # the densest unspun page: 30 per 1000


def test_density_counts_short_texts_as_a_hundred_words():
    assert verdict.per_1000_words(6, 300) == 20.0
    # a caption is not denser for being short
    assert verdict.per_1000_words(6, 40) == verdict.per_1000_words(6, 100) == 60.0


def test_second_signal_with_one_fingerprint():
    assert spin_verdict(1, 1, 300, distinct_ambiguous=4).verdict == "spun"  # 13.3 per 1000 >= 10
    assert spin_verdict(1, 1, 300, distinct_ambiguous=2).verdict == "uncertain"


def test_spinner_families_vote():
    fam_a, fam_i = frozenset("A"), frozenset("I")
    assert spinner_families([fam_a]) == {"A"}
    assert spinner_families([]) is None
    assert spinner_families([fam_a, fam_a, fam_a, fam_i]) == {"A"}
    assert spinner_families([fam_a, fam_a, fam_a, fam_i, fam_i]) == {"A", "I"}
    assert spinner_families([frozenset(), frozenset()]) is None
