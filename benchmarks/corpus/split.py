"""Learn/measure split of the collected corpus: by site, decided by a hash, never by looking at the text.

    python benchmarks/corpus/split.py [--part learn|measure] [--kind pairs|spun|clean]
    python benchmarks/corpus/split.py --summary

prints one folder per line (all parts with their split when --part is not given); --summary counts items by kind,
part and family, and the distinct sites.

The same article is sometimes spun by two sites that fall in different parts. Such a measure item's article-specific
phrases may have been learned from its learn twin, so scoring scripts take the measure part with
`items(kind, "measure", distinct_stories=True)`, which leaves out measure items whose source text shares half or
more of its 8-word sequences with a learn item's (`story_in_learn`); `--summary` counts them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("pairs", "spun", "clean")
SAME_STORY = 0.5  # share of the smaller text's 8-word sequences that two source texts have in common


def site_of(meta: dict) -> str:
    """The domain that decides the split: the spun copy's site, or the original's for clean pages."""
    site = meta.get("spun_site") or meta.get("original_site") or ""
    return site.lower().removeprefix("www.")


def part_of(meta: dict) -> str:
    digest = hashlib.sha256(site_of(meta).encode("utf-8")).digest()
    return "measure" if int.from_bytes(digest, "big") % 3 == 0 else "learn"


def items(kind: str, part: str | None = None, distinct_stories: bool = False) -> list[Path]:
    """Folders of one kind (pairs, spun, clean), optionally only those of one part, sorted. With
    `distinct_stories`, measure items whose article is also in the learn part are left out (`story_in_learn`)."""
    out = []
    for folder in sorted((HERE / kind).glob("*/")):
        meta_file = folder / "meta.json"
        if not meta_file.exists():
            continue
        if part is None or part_of(json.loads(meta_file.read_text(encoding="utf-8"))) == part:
            out.append(folder)
    if distinct_stories and part == "measure":
        out = [folder for folder in out if not story_in_learn(folder)]
    return out


def story_in_learn(folder: Path) -> bool:
    """Whether this item's source text (its original, or the spun text of an unpaired page) is, for the most part,
    the source text of a learn item too: the same article spun by a site of each part."""
    mine = _grams(_source(folder))
    return any(_overlap(mine, other) for other in _learn_grams())


def same_story(a: Path, b: Path) -> bool:
    """Whether two items' source texts are, for the most part, the same article."""
    return _overlap(_grams(_source(a)), _grams(_source(b)))


def _overlap(a: frozenset, b: frozenset) -> bool:
    return bool(a and b) and len(a & b) >= SAME_STORY * min(len(a), len(b))


def _source(folder: Path) -> Path:
    original = folder / "original.txt"
    return original if original.exists() else folder / "spun.txt"


@cache
def _grams(path: Path) -> frozenset[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", path.read_text(encoding="utf-8").lower())
    return frozenset(tuple(words[i : i + 8]) for i in range(len(words) - 7))


@cache
def _learn_grams() -> tuple[frozenset[tuple[str, ...]], ...]:
    return tuple(_grams(_source(folder)) for kind in KINDS for folder in items(kind, "learn"))


def summary() -> None:
    from collections import Counter

    counts: Counter[tuple[str, str, str]] = Counter()
    sites: set[str] = set()
    for kind in KINDS:
        for folder in items(kind):
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            counts[(kind, part_of(meta), meta.get("family") or "?")] += 1
            named = (meta.get("spun_site"), meta.get("original_site"))
            sites.update(s.lower().removeprefix("www.") for s in named if s)
    for kind in KINDS:
        for part in ("learn", "measure"):
            fams = {f: n for (k, p, f), n in sorted(counts.items()) if k == kind and p == part}
            print(f"{kind:6s} {part:8s} {sum(fams.values()):4d}  " + ", ".join(f"{f} {n}" for f, n in fams.items()))
    print(f"sites: {len(sites)}")
    twins = [f.name for kind in KINDS for f in items(kind, "measure") if story_in_learn(f)]
    print(f"measure items whose article is also in learn (scored apart): {len(twins)} " + " ".join(twins))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("learn", "measure"))
    ap.add_argument("--kind", choices=KINDS, action="append")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    if a.summary:
        summary()
        return
    for kind in a.kind or KINDS:
        for folder in items(kind, a.part):
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            print(folder.relative_to(HERE) if a.part else f"{part_of(meta)}\t{folder.relative_to(HERE)}")


if __name__ == "__main__":
    main()
