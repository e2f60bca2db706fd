"""`benchmarks/guard_audit.py`: an entry's learn occurrences are counted by label, and a candidate guard's gains and
losses against today's lexicon are reported (the evidence curators give for a guard they change)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "benchmarks" / "guard_audit.py"


def audit(*args: str) -> str:
    done = subprocess.run([sys.executable, str(AUDIT), *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_counts_each_label_and_what_applied():
    out = audit("a minimum of", "--quiet")
    swaps = re.search(r"^swap: (\d+) occurrences, (\d+) applied today$", out, re.M)
    assert swaps and int(swaps[1]) >= 3 and int(swaps[2]) == int(swaps[1])  # every learn use is a swap, all repaired
    assert re.search(r"^own: 0 occurrences", out, re.M)


def test_a_candidate_guard_that_blocks_every_use_loses_the_repairs():
    out = audit("a minimum of", "--guard", "prev=zzzz", "--quiet")
    result = re.search(r"candidate: gains (\d+), wrong (\d+) .*repairs lost (\d+)", out)
    assert result and (int(result[1]), int(result[2])) == (0, 0) and int(result[3]) >= 1
