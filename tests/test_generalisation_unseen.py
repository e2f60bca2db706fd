"""`benchmarks/generalisation.py --unseen` scores a corpus item with the lexicons of the commit before the item was
collected: an entry curated from the item itself must not be there. Needs the repository's git history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsfix

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generalisation  # noqa: E402

PAIR = ROOT / "benchmarks" / "corpus" / "pairs" / "m34-02-first-murder-hornet-trapped-cnn-reporteram"
LEARNED = "Asian huge hornet"  # lexicons/family-other.lex 'asian huge hornet', curated from this pair after it came


def _has_history() -> bool:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "--format=%H", "--", str(PAIR / "spun.txt")],
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    return bool(out.strip())


@pytest.mark.skipif(not _has_history(), reason="needs the repository's git history")
def test_an_item_is_scored_with_the_lexicons_from_before_it_was_collected(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path / "cache"))
    spun = (PAIR / "spun.txt").read_text(encoding="utf-8")
    assert LEARNED in spun

    today = newsfix.Normalizer().normalize(spun)
    assert any(e.before == LEARNED for e in today.edits)

    unseen = generalisation.UnseenLexicons(newsfix, tmp_path)
    before = unseen(PAIR).normalize(spun)
    assert not any(e.before == LEARNED for e in before.edits)
    assert unseen(PAIR) is unseen(PAIR)  # one normaliser per past commit
