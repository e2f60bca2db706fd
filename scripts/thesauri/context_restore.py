"""Experiment: can a thesaurus plus bigram context repair words that no lexicon entry covers?

    .venv/bin/pip install -e '.[curate]'        (wordfreq and symspellpy; the thesaurus sources: get_sources.sh)
    .venv/bin/python scripts/thesauri/context_restore.py [--max-zipf 3.5] [--gap 1.5] [--rule strict|loose]

On every learn-part pair of benchmarks/corpus and every shared dev pair (../shared/corpus/dev beside the clone) whose
spun copy newsfix judges spun, the already repaired text is scanned for lower-case words that no lexicon entry
matches, that are uncommon (wordfreq Zipf at most --max-zipf) and that a thesaurus (Moby, mythes, WordNet) links to
single words at least --gap Zipf units commoner. Context: symspellpy's English bigram counts (242,342 frequent
bigrams). A word is restored only when it fits neither neighbour in that table and
  strict: exactly one candidate fits both neighbours;
  loose:  one candidate fits more neighbours than any other.
Each proposed repair is scored alone, as `benchmarks/generalisation.py` scores edits: right when it brings the text
closer to the original, wrong when it moves it away. Result on 2026-12-07 (55 learn + 19 dev pairs, 59 pages judged
spun): strict 2 right, 4 wrong (6 neither); --max-zipf 4 --gap 1: 2 right, 5 wrong; --rule loose: 2 right, 31 wrong.
Not shipped: without the original a thesaurus does not know which of its candidates the spinner replaced.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))

import generalisation as G  # noqa: E402
import split as corpus_split  # noqa: E402
import thesauri as T  # noqa: E402

from newsfix.cli.lexicon_learn import known_forms  # noqa: E402

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def proposals(text: str, known, table, max_zipf: float, gap: float, rule: str) -> list[tuple[int, int, str]]:
    sources = (T.moby_sets(), T.mythes_sets(), T.wordnet_sets())
    toks = list(WORD.finditer(text))
    out = []
    for i, m in enumerate(toks):
        word = m.group()
        if word[0].isupper() or (word.lower(),) in known:
            continue
        w = word.lower()
        z = T.zipf(w)
        if z == 0 or z > max_zipf:
            continue
        linked = {c for s in sources for c in s.get(w, ()) if " " not in c and c != w}
        commoner = [c for c in linked if T.zipf(c) >= z + gap]
        prev = toks[i - 1].group().lower() if i else None
        nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else None

        def fit(c: str, prev: str | None = prev, nxt: str | None = nxt) -> int:
            return (table.get((prev, c), 0) > 0) + (table.get((c, nxt), 0) > 0)

        if not commoner or fit(w):
            continue
        ranked = sorted(((fit(c), c) for c in commoner), reverse=True)
        if rule == "strict":
            both = [c for f, c in ranked if f == 2]
            if len(both) == 1:
                out.append((m.start(), m.end(), both[0]))
        elif ranked[0][0] and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
            out.append((m.start(), m.end(), ranked[0][1]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-zipf", type=float, default=3.5)
    ap.add_argument("--gap", type=float, default=1.5)
    ap.add_argument("--rule", choices=("strict", "loose"), default="strict")
    a = ap.parse_args()
    import newsfix

    known, table = known_forms(None), T.common_bigrams()
    folders = corpus_split.items("pairs", "learn")
    folders += sorted(p for p in DEV.iterdir() if (p / "original.txt").exists()) if DEV.is_dir() else []
    right = wrong = neutral = pages = 0
    wrong_examples = []
    for folder in folders:
        if G.family_of(folder) in G.NOT_WORD_SPUN:
            continue
        spun, orig = G.overlap((folder / "spun.txt").read_text("utf-8"), (folder / "original.txt").read_text("utf-8"))
        if spun is None:
            continue
        result = newsfix.normalize(spun)
        if result.spin.verdict != "spun":
            continue
        pages += 1
        fixed, o = result.text, G.toks(orig)
        base = G.lev(G.toks(fixed), o)
        for start, end, cand in proposals(fixed, known, table, a.max_zipf, a.gap, a.rule):
            delta = G.lev(G.toks(fixed[:start] + cand + fixed[end:]), o) - base
            if delta < 0:
                right += 1
            elif delta > 0:
                wrong += 1
                wrong_examples.append(f"{fixed[start:end]} -> {cand}")
            else:
                neutral += 1
    print(f"{pages} pages judged spun: {right} right, {wrong} wrong, {neutral} neither")
    if wrong_examples:
        print("wrong: " + "; ".join(wrong_examples[:20]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
