"""`benchmarks/swap_density.py`: unspun texts cut into passages of whole paragraphs, and the engine's own count of
distinct ordinary-word swaps for each (the evidence behind `verdict.SWAP_DENSE_MIN`)."""

from __future__ import annotations

import sys

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import swap_density  # noqa: E402


def test_passages_end_at_paragraph_ends_and_drop_a_short_rest():
    text = "one two three\n\nfour five six seven\neight\n"
    assert swap_density.passages(text, 3) == ["one two three", "four five six seven"]
    assert swap_density.passages(text, 10) == []


def test_the_counter_reads_the_engine_s_swaps_fingerprints_and_words():
    count = swap_density.SwapCounter()
    fingerprints, swaps, words, verdict = count((FIXTURES / "ketamine-chronic-pain.spun.txt").read_text("utf-8"))
    assert fingerprints >= 3 and swaps > 0 and words > 100 and verdict == "spun"
    plain = "The committee met on Tuesday to discuss the budget and agreed on most items before lunch."
    assert count(plain) == (0, 0, 16, "clean")
    import newsfix.despin.normalizer as normalizer_module
    from newsfix.despin import verdict

    assert normalizer_module.spin_verdict is verdict.spin_verdict  # the engine is left as it was
    assert normalizer_module.needs_second_signal is verdict.needs_second_signal
