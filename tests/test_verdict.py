from __future__ import annotations

from newsfix.despin import verdict
from newsfix.despin.verdict import spin_verdict, spinner_families


def test_thresholds():
    assert spin_verdict(0, 0, 300).verdict == "clean"
    assert spin_verdict(1, 4, 300).verdict == "uncertain"
    assert spin_verdict(verdict.SPUN_DISTINCT, 3, 5000).verdict == "spun"
    assert spin_verdict(2, 2, 300).verdict == "spun"  # 6.7 per 1000 words >= SPUN_DENSITY
    assert spin_verdict(2, 2, 2000).verdict == "uncertain"


def test_second_signal_needs_a_fingerprint():
    # many ambiguous swaps alone never make a text spun: unspun prose has ordinary words too
    assert spin_verdict(0, 0, 300, distinct_ambiguous=30).verdict == "clean"
    assert spin_verdict(1, 1, 300, distinct_ambiguous=4).verdict == "spun"  # 13.3 per 1000 >= 10
    assert spin_verdict(1, 1, 300, distinct_ambiguous=2).verdict == "uncertain"


def test_spinner_families_vote():
    fam_a, fam_i = frozenset("A"), frozenset("I")
    assert spinner_families([fam_a]) == {"A"}
    assert spinner_families([]) is None
    assert spinner_families([fam_a, fam_a, fam_a, fam_i]) == {"A"}
    assert spinner_families([fam_a, fam_a, fam_a, fam_i, fam_i]) == {"A", "I"}
    assert spinner_families([frozenset(), frozenset()]) is None
