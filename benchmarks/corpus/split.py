"""Learn/measure split of the collected corpus: by site, decided by a hash, never by looking at the text.

    python benchmarks/corpus/split.py [--part learn|measure] [--kind pairs|spun|clean]
    python benchmarks/corpus/split.py --summary

prints one folder per line (all parts with their split when --part is not given); --summary counts items by kind,
part and family, and the distinct sites.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("pairs", "spun", "clean")


def site_of(meta: dict) -> str:
    """The domain that decides the split: the spun copy's site, or the original's for clean pages."""
    site = meta.get("spun_site") or meta.get("original_site") or ""
    return site.lower().removeprefix("www.")


def part_of(meta: dict) -> str:
    digest = hashlib.sha256(site_of(meta).encode("utf-8")).digest()
    return "measure" if int.from_bytes(digest, "big") % 3 == 0 else "learn"


def items(kind: str, part: str | None = None) -> list[Path]:
    """Folders of one kind (pairs, spun, clean), optionally only those of one part, sorted."""
    out = []
    for folder in sorted((HERE / kind).glob("*/")):
        meta_file = folder / "meta.json"
        if not meta_file.exists():
            continue
        if part is None or part_of(json.loads(meta_file.read_text(encoding="utf-8"))) == part:
            out.append(folder)
    return out


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
