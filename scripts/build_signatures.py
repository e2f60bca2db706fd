"""Build a spinner family's page signature from the learn part: the ordinary words it writes in place of others,
which unspun text seldom holds together (`lexicons/signatures/<FAMILY>.txt`).

    .venv/bin/python scripts/build_signatures.py --family P --notes 'pronounced|some-more' [--write]

Some spinners are a fixed word-for-word dictionary whose outputs are ordinary English ("said" -> "pronounced",
"two" -> "dual", "study" -> "investigate", "complete" -> "finish"): no phrase of theirs is a fingerprint, so a page
they spun holds none and is judged clean, and the family's entries never apply. Several of those outputs on one
page are the spinner's signature. The words:

- the spun side of single-word swaps (the aligner `newsfix lexicon learn` uses) on at least `MIN_PAGES` of the
  family's learn pairs (pages of one article count once);
- a swap at least `MIN_SWAP_SHARE` of the times the family's pages hold the word;
- in at most `MAX_CLEAN_SHARE` of the calibration texts: the learn part's clean pages and the originals of every
  learn pair, and, when beside the clone, ../shared/corpus/clean and the originals of ../shared/corpus/dev.

The gate (`despin/signatures.py`): at least `min-distinct` of these words on a page, one more than any calibration
text or any other family's learn page holds, and at least `min-density` per 1000 words, so that a long page does not
collect them by chance. The script prints, for each of the family's learn pages, the words a signature built without
that page finds on it (leave one out: what an unseen page of the spinner would show), and the measure part's pages
it attributes (only printed, never used to choose). The family's pages are those labelled with the family, or `?`
pages whose collector's notes match --notes. Derived data only (words and counts); no text is copied.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts" / "thesauri"))

import explain_swaps  # noqa: E402
import split as corpus_split  # noqa: E402
from generalisation import overlap  # noqa: E402

from newsfix.despin.signatures import MIN_WORDS, ArticleSwap, Signature, parse_signature  # noqa: E402
from newsfix.despin.tokens import word_runs  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
MIN_PAGES = 2
MIN_SWAP_SHARE = 0.5
MAX_CLEAN_SHARE = 0.02
MIN_LETTERS = 3
MIN_DENSITY = 4.0
# "the" -> "a" throughout: unspun news has about 60 "the" per 1000 words (5 % of the calibration texts under 30) and
# 20-30 "a"/"an"; a family whose learn pages mostly show at most MAX_THE and at least MIN_A gets `article-swap`
MAX_THE = 20.0
MIN_A = 55.0
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def meta(folder: Path) -> dict:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))


def in_family(folder: Path, family: str, notes: re.Pattern | None) -> bool:
    m = meta(folder)
    if m.get("family") == family:
        return True
    return bool(notes and m.get("family") == "?" and notes.search(m.get("notes", "")))


def calibration_texts() -> list[tuple[str, str]]:
    texts = [(d.name, (d / "original.txt").read_text(encoding="utf-8")) for d in corpus_split.items("clean", "learn")]
    texts += [(d.name + "/original", (d / "original.txt").read_text(encoding="utf-8"))
              for d in corpus_split.items("pairs", "learn")]
    if SHARED.is_dir():
        texts += [(f.parent.name, f.read_text(encoding="utf-8")) for f in sorted((SHARED / "clean").glob("*/*.txt"))]
        texts += [(f.parent.name + "/original", f.read_text(encoding="utf-8"))
                  for f in sorted((SHARED / "dev").glob("*/original.txt"))]
    return texts


def single_swaps(spun: str, original: str) -> list[tuple[str, str]]:
    """One-word swaps (explain_swaps.unit_swaps, the aligner `newsfix lexicon learn` uses), words only."""
    return [(a, b) for a, b in explain_swaps.unit_swaps(spun, original) if WORD.fullmatch(a) and WORD.fullmatch(b)]


def page_words(text: str) -> set[str]:
    return set(word_runs(text.lower()))


class Evidence:
    """Per learn pair of the family: its single-word swaps and its spun words."""

    def __init__(self, pairs: list[Path]):
        self.swaps: dict[str, Counter[str]] = {}
        self.words: dict[str, Counter[str]] = {}
        self.story: dict[str, str] = {}  # two sites' spins of one article count once (split.same_story)
        for d in pairs:
            spun, orig = overlap((d / "spun.txt").read_text(encoding="utf-8"),
                                 (d / "original.txt").read_text(encoding="utf-8"))
            if spun is None:
                continue
            self.swaps[d.name] = Counter(a for a, _ in single_swaps(spun, orig))
            self.words[d.name] = Counter(WORD.findall(spun.lower()))
            twin = next((n for n in self.story if corpus_split.same_story(d, d.parent / n)), None)
            self.story[d.name] = self.story[twin] if twin else d.name

    def markers(self, clean_share: dict[str, float], leave_out: str | None = None) -> list[str]:
        names = [n for n in self.swaps if n != leave_out]
        pages: Counter[str] = Counter()
        swapped: Counter[str] = Counter()
        held: Counter[str] = Counter()
        for word in {w for n in names for w in self.swaps[n]}:
            stories = {self.story[n] for n in names if self.swaps[n][word]}
            pages[word] = len(stories)
            swapped[word] = sum(self.swaps[n][word] for n in names)
            held[word] = sum(self.words[n][word] for n in names)
        return sorted(
            w for w in pages
            if pages[w] >= MIN_PAGES
            and len(w) >= MIN_LETTERS
            and swapped[w] >= MIN_SWAP_SHARE * max(held[w], 1)
            and clean_share.get(w, 0.0) <= MAX_CLEAN_SHARE
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", required=True, help="the family code the signature attributes (e.g. P)")
    ap.add_argument("--notes", help="regular expression: '?' pages whose notes match belong to the family")
    ap.add_argument("--name", default="", help="a short description for the file's header")
    ap.add_argument("--write", action="store_true", help="write lexicons/signatures/<FAMILY>.txt")
    a = ap.parse_args()
    notes = re.compile(a.notes, re.I) if a.notes else None

    calibration = calibration_texts()
    df: Counter[str] = Counter()
    for _, text in calibration:
        df.update(page_words(text))
    clean_share = {w: n / len(calibration) for w, n in df.items()}

    family_pairs = [d for d in corpus_split.items("pairs", "learn") if in_family(d, a.family, notes)]
    family_pages = family_pairs + [d for d in corpus_split.items("spun", "learn") if in_family(d, a.family, notes)]
    evidence = Evidence(family_pairs)
    markers = evidence.markers(clean_share)
    marker_set = frozenset(markers)

    def hits(text: str) -> int:
        return len(marker_set & page_words(text))

    worst_clean = max(calibration, key=lambda t: hits(t[1]))
    others = [(d.name, (d / "spun.txt").read_text(encoding="utf-8"))
              for kind in ("pairs", "spun") for d in corpus_split.items(kind, "learn")
              if not in_family(d, a.family, notes) and meta(d).get("family") not in ("MT", "R")]
    worst_other = max(others, key=lambda t: hits(t[1]))
    min_distinct = max(hits(worst_clean[1]), hits(worst_other[1])) + 1
    print(f"family {a.family}: {len(family_pairs)} learn pairs, {len(family_pages)} learn pages; "
          f"{len(markers)} signature words; calibration texts {len(calibration)}")
    print(f"most on a calibration text: {hits(worst_clean[1])} ({worst_clean[0]}); on another family's learn page: "
          f"{hits(worst_other[1])} ({worst_other[0]}) -> min-distinct {min_distinct}, min-density {MIN_DENSITY}")

    # the article swap: does the family show it, and how many signature words do pages with those rates need?
    rates = ArticleSwap(MAX_THE, MIN_A, 0)
    page_runs = [word_runs((d / "spun.txt").read_text(encoding="utf-8")) for d in family_pages]
    long_pages = [runs for runs in page_runs if len(runs) >= MIN_WORDS]
    showing = [runs for runs in long_pages if rates.holds(runs, 0)]
    article_swap = None
    if long_pages and len(showing) >= len(long_pages) / 2:
        unspun_like = [t for t in calibration + others if rates.holds(word_runs(t[1].lower()), 0)]
        need = max([hits(text) for _, text in unspun_like], default=0) + 1
        article_swap = ArticleSwap(MAX_THE, MIN_A, max(need, 2))
        print(f"article swap: {len(showing)} of {len(long_pages)} learn pages of {MIN_WORDS}+ words show it; "
              f"{len(unspun_like)} calibration texts or other families' pages do "
              f"({', '.join(n for n, _ in unspun_like)}), with at most {need - 1} signature words -> "
              f"article-swap {MAX_THE:g} {MIN_A:g} {article_swap.min_distinct}")

    def attributed(text: str, words: frozenset[str]) -> tuple[int, bool]:
        runs = word_runs(text.lower())
        sig = Signature(a.family, words, min_distinct, MIN_DENSITY, article_swap)
        return len(words & set(runs)), sig.holds(runs)

    print("leave one out (the signature built without the page; unpaired pages never contribute words):")
    caught = 0
    for d in family_pages:
        words = frozenset(evidence.markers(clean_share, leave_out=d.name)) if d.name in evidence.swaps else marker_set
        n, ok = attributed((d / "spun.txt").read_text(encoding="utf-8"), words)
        caught += ok
        print(f"  {'+' if ok else '-'} {n:2d} {d.name}")
    print(f"  {caught} of {len(family_pages)} learn pages attributed")
    print("measure part pages attributed (reported, not used):")
    for kind in ("pairs", "spun"):
        for d in corpus_split.items(kind, "measure"):
            n, ok = attributed((d / "spun.txt").read_text(encoding="utf-8"), marker_set)
            if ok or in_family(d, a.family, notes):
                print(f"  {'+' if ok else '-'} {n:2d} {d.name} ({meta(d).get('family')})")

    if a.write:
        sites = sorted({corpus_split.site_of(meta(d)) for d in family_pairs})
        out = ROOT / "lexicons" / "signatures" / f"{a.family}.txt"
        out.parent.mkdir(exist_ok=True)
        header = [
            f"# Page signature of family {a.family}{': ' + a.name if a.name else ''}.",
            f"# Built by scripts/build_signatures.py from {len(family_pairs)} learn pairs ({len(sites)} sites:",
            f"# {', '.join(sites)}); regenerate with the script, do not edit by hand.",
            "# Each word is the spun side of a single-word swap on 2+ of those pages, a swap at least half the times",
            "# they hold it, and in at most 2 % of the unspun calibration texts.",
            f"min-distinct {min_distinct}",
            f"min-density {MIN_DENSITY}",
        ]
        if article_swap:
            header[-2:-2] = [
                "# article-swap: the spinner writes 'a' for 'the'; on a page of 80+ words with at most the first",
                "# number of 'the' and at least the second of 'a'/'an' per 1000 words, the last number of words do.",
            ]
            header.append(f"article-swap {MAX_THE:g} {MIN_A:g} {article_swap.min_distinct}")
        out.write_text("\n".join(header + markers) + "\n", encoding="utf-8")
        parse_signature(out)  # the engine reads it back
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
