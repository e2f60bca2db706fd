"""How close unspun prose comes to the verdict's "spun by its swaps alone" rule (`verdict.swap_dense`).

    .venv/bin/python benchmarks/swap_density.py [--clean ../shared/corpus/clean ../shared/corpus/dev] [--min-words 60]

A page with no fingerprint is judged spun when its distinct ordinary-word swaps (ambiguous lexicon entries whose
guards hold, any family) are at least `SWAP_DENSE_MIN` and `SWAP_DENSE_DENSITY` per 1000 words. Short texts are
where that rule is most at risk, so every unspun text is also cut into passages of whole paragraphs of at least
`--min-words` words (a paragraph is a line; passages end at a paragraph end), and each passage is judged on its own.
Unspun texts: the learn part's clean pages and the originals of its pairs (benchmarks/corpus/split.py), plus every
`original.txt` under the `--clean` folders. Prints, for each swap count from 4 to 8, how many pages and passages
reach it at the rule's density, and the pages and passages the rule calls spun (there should be none).

The counts are the engine's own: the script reads the number the normaliser passes to `spin_verdict`, with the
second-signal pass forced on so that it is counted for every text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))
import split as corpus_split  # noqa: E402

import newsfix.despin.normalizer as normalizer_module  # noqa: E402
from newsfix.despin import verdict  # noqa: E402


def unspun_texts(extra: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of the learn part's clean pages and pair originals, and the originals under `extra`."""
    folders = corpus_split.items("clean", "learn") + corpus_split.items("pairs", "learn")
    paths = [f / "original.txt" for f in folders] + [p for root in extra for p in sorted(root.rglob("original.txt"))]
    return [(p.parent.name, p.read_text(encoding="utf-8")) for p in paths if p.is_file()]


def passages(text: str, min_words: int) -> list[str]:
    """Consecutive paragraphs (lines) joined until they hold at least `min_words` words; a shorter rest is dropped."""
    out, current, words = [], [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        current.append(line)
        words += len(line.split())
        if words >= min_words:
            out.append("\n\n".join(current))
            current, words = [], 0
    return out


class SwapCounter:
    """The distinct ordinary-word swaps and words the engine counts for a text, and its verdict with that count (the
    engine's functions are wrapped only while a text is normalised, then put back)."""

    def __init__(self) -> None:
        self.nf = normalizer_module.Normalizer()

    def __call__(self, text: str) -> tuple[int, int, int, str]:
        seen: dict[str, int] = {}
        original_verdict, original_second = normalizer_module.spin_verdict, normalizer_module.needs_second_signal

        def spy(distinct, total, words, distinct_ambiguous=0, families=None, artifact_signature=False):
            seen.update(fingerprints=distinct, words=words, swaps=distinct_ambiguous)
            return original_verdict(distinct, total, words, distinct_ambiguous, families, artifact_signature)

        normalizer_module.spin_verdict = spy
        normalizer_module.needs_second_signal = lambda *args: True
        try:
            result = self.nf.normalize(text)
        finally:
            normalizer_module.spin_verdict, normalizer_module.needs_second_signal = original_verdict, original_second
        return seen.get("fingerprints", 0), seen.get("swaps", 0), seen.get("words", 0), result.spin.verdict


density = verdict.per_1000_words  # the verdict's own formula


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", nargs="*", type=Path, default=[], help="more folders of NNN/original.txt")
    ap.add_argument("--min-words", type=int, default=60, help="shortest passage, in words")
    a = ap.parse_args()
    count = SwapCounter()
    rows: dict[str, list[tuple[str, int, int, int, str]]] = {"pages": [], "passages": []}
    for name, text in unspun_texts(a.clean):
        rows["pages"].append((name, *count(text)))
        rows["passages"] += [(name, *count(p)) for p in passages(text, a.min_words)]
    print(f"rule: no fingerprint, >= {verdict.SWAP_DENSE_MIN} distinct swaps at >= {verdict.SWAP_DENSE_DENSITY:g} "
          "per 1000 words")
    for kind, found in rows.items():
        dense = [r for r in found if r[1] == 0 and density(r[2], r[3]) >= verdict.SWAP_DENSE_DENSITY]
        reach = ", ".join(f">={k}: {sum(1 for r in dense if r[2] >= k)}" for k in range(4, 9))
        top = max(found, key=lambda r: (r[2], density(r[2], r[3])), default=None)
        print(f"unspun {kind}: {len(found)}; at the rule's density with {reach}")
        if top:
            print(f"  most swaps: {top[2]} in {top[3]} words ({density(top[2], top[3]):.1f} per 1000), {top[0]}")
        for r in found:
            if r[4] == "spun" and r[1] == 0:
                print(f"  judged spun by swaps alone: {r[0]}: {r[2]} swaps in {r[3]} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
