"""`benchmarks/headroom.py`: every swap left in place falls in exactly one class, the first that explains it, and the
report over a part of the collected corpus accounts for all of its swapped length."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import headroom  # noqa: E402

RESTORES = {"examine": {"study"}, "analysts": {"researchers"}}
SEEN = {("sufferers", "patients"): {"p1", "p2"}, ("rest", "sleep"): {"p1"}, ("most cancers", "cancer"): {"p3"}}
FORMS = {s for s, _ in SEEN}


@pytest.mark.parametrize(
    ("spun", "original", "held", "page_spun", "expected"),
    [
        ("examine", "study", {("examine", "study")}, True, "held"),  # held beats an entry that restores it
        ("examine", "study", set(), True, "entry unused (page spun)"),
        ("examine", "study", set(), False, "entry unused (page not spun)"),
        ("analysts", "scientists", set(), True, "entry says otherwise"),
        ("sufferers", "patients", set(), True, "seen in 2+ learn pairs"),
        ("rest", "sleep", set(), True, "seen in 1 learn pair"),
        ("rest", "remainder", set(), True, "form seen, other original"),
        ("darkish matter", "dark matter", set(), True, "never seen"),
    ],
)
def test_a_swap_takes_the_first_class_that_explains_it(spun, original, held, page_spun, expected):
    assert headroom.swap_class(spun, original, held, RESTORES, SEEN, FORMS, page_spun) == expected
    assert expected in headroom.CLASSES


@pytest.mark.skipif(not headroom.word_spun_pairs("learn"), reason="no collected corpus")
def test_the_report_accounts_for_every_swapped_token(capsys):
    headroom.classify("learn", examples=1)
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("all "))
    tokens, *shares = row.split()[1:]
    assert int(tokens) > 1000
    assert len(shares) == len(headroom.CLASSES)
    assert sum(map(float, shares)) == pytest.approx(100.0, abs=0.5)
    assert float(shares[0]) > 20.0  # the learn part's own pages: a good share of their spinning is repaired
    assert re.search(r"^  never seen:\n    \S", out, re.M)  # examples are printed under their class
