"""Where the spinning that newsfix leaves in place comes from: what more data, looser gates or better guards could win.

    .venv/bin/python benchmarks/headroom.py                     # the measure part of benchmarks/corpus
    .venv/bin/python benchmarks/headroom.py --part learn --examples 20

For every word-spun pair of the part (MT and R excluded) the repaired text is aligned with the original
(`newsfix.cli.lexicon_align.align`, the aligner `lexicon learn` uses) and each swap still in place is put in the
first class that explains it, weighed by its length in tokens (the longer side):

- held: the engine proposed exactly this repair and its evidence gates held it back (a suggestion);
- entry unused (page spun / page not spun): an entry restores exactly this, but a guard, the family attribution or
  the page's verdict kept it from applying;
- entry says otherwise: the lexicon knows the spun form but restores it to something else here;
- seen in learn pairs (2+ pairs / 1 pair): the same swap occurs in the learn part's pairs or the shared dev pairs,
  yet no entry was made of it (usually because the spun form is ordinary English);
- form seen, other original: the spun form occurs in those pairs as a swap of another word;
- never seen: no learn or dev pair shows this spun form at all.

"repaired" is the swapped length the engine removed (swaps before repair minus swaps after). Only the first two
classes are reachable without new data; "never seen" is what only more of a spinner's own output (or a model of
it) can reach. The learn part of benchmarks/corpus and ../shared/corpus/dev (when beside the clone) are the "seen"
data; a measure-part pair never informs another.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))
sys.path.insert(0, str(HERE))
import split as corpus_split  # noqa: E402
from generalisation import NOT_WORD_SPUN, family_of, overlap  # noqa: E402

DEV = HERE.parent.parent / "shared" / "corpus" / "dev"
CLASSES = {  # class -> column label
    "repaired": "repaired",
    "held": "held",
    "entry unused (page spun)": "unused-s",
    "entry unused (page not spun)": "unused-c",
    "entry says otherwise": "other-o",
    "seen in 2+ learn pairs": "seen-2+",
    "seen in 1 learn pair": "seen-1",
    "form seen, other original": "form-seen",
    "never seen": "never",
}


def word_spun_pairs(part: str) -> list[Path]:
    return [d for d in corpus_split.items("pairs", part, distinct_stories=True) if family_of(d) not in NOT_WORD_SPUN]


def trimmed(folder: Path) -> tuple[str | None, str | None]:
    return overlap((folder / "spun.txt").read_text(encoding="utf-8"),
                   (folder / "original.txt").read_text(encoding="utf-8"))


def weight(spun: str, original: str) -> int:
    return max(len(spun.split()), len(original.split()))


def seen_swaps(align) -> tuple[dict[tuple[str, str], set[str]], set[str]]:
    """Swaps of the learn part's pairs and the dev pairs: (spun, original) -> the pairs showing it; spun forms."""
    folders = word_spun_pairs("learn")
    if DEV.is_dir():
        folders += [d for d in sorted(DEV.iterdir()) if (d / "spun.txt").exists() and (d / "original.txt").exists()]
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for folder in folders:
        spun, original = trimmed(folder)
        if spun is None:
            continue
        for s in align(spun, original):
            pairs[(s.spun.lower(), s.original.lower())].add(folder.name)
    return pairs, {k for k, _ in pairs}


def swap_class(spun: str, original: str, held: set[tuple[str, str]], restores: dict[str, set[str]],
               seen: dict[tuple[str, str], set[str]], seen_forms: set[str], page_spun: bool) -> str:
    """The first class (of CLASSES, less "repaired") that explains a swap left in place, both sides lower case."""
    if (spun, original) in held:
        return "held"
    if original in restores.get(spun, ()):
        return f"entry unused (page {'spun' if page_spun else 'not spun'})"
    if spun in restores:
        return "entry says otherwise"
    if (spun, original) in seen:
        return "seen in 2+ learn pairs" if len(seen[(spun, original)]) >= 2 else "seen in 1 learn pair"
    if spun in seen_forms:
        return "form seen, other original"
    return "never seen"


def classify(part: str, examples: int) -> None:
    import newsfix
    from newsfix.cli.lexicon_align import align
    from newsfix.despin.lexicon import load_entries

    entries, _ = load_entries()
    restores: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        restores[e.spun.lower()].add(e.original.lower())
    seen, seen_forms = seen_swaps(align)
    nf = newsfix.Normalizer()
    total: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    for folder in word_spun_pairs(part):
        spun, original = trimmed(folder)
        if spun is None:
            continue
        fam = family_of(folder)
        result = nf.normalize(spun)
        held = {(s.before.lower(), s.after.lower()) for s in result.suggestions}
        before = sum(weight(s.spun, s.original) for s in align(spun, original))
        left = align(result.text, original)
        counts = Counter({"repaired": before - sum(weight(s.spun, s.original) for s in left)})
        for s in left:
            key, orig = s.spun.lower(), s.original.lower()
            cls = swap_class(key, orig, held, restores, seen, seen_forms, result.spin.verdict == "spun")
            counts[cls] += weight(s.spun, s.original)
            if len(shown[cls]) < examples:
                shown[cls].append(f"    {fam:2s} {folder.name[:40]}: {key!r} -> {orig!r}")
        total.update(counts)
        by_family[fam].update(counts)

    def row(name: str, c: Counter[str]) -> str:
        n = sum(c.values()) or 1
        return f"{name:8s} {sum(c.values()):6d} " + " ".join(f"{100.0 * c[k] / n:9.1f}" for k in CLASSES)

    print(f"{part}: spun tokens (swap length) and the share of each class, %")
    print(f"{'family':8s} {'tokens':>6s} " + " ".join(f"{label:>9s}" for label in CLASSES.values()))
    print(row("all", total))
    for fam in sorted(by_family):
        print(row(fam, by_family[fam]))
    print("columns: " + "; ".join(f"{label} = {k}" for k, label in CLASSES.items()))
    for cls in list(CLASSES)[1:]:
        if shown[cls]:
            print(f"  {cls}:")
            print("\n".join(shown[cls]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("learn", "measure"), default="measure")
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="show N swaps of each class")
    a = ap.parse_args()
    classify(a.part, a.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
