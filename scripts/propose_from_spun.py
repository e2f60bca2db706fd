"""Propose lexicon candidates from spun pages whose originals are unknown, with their evidence, for curators.

    .venv/bin/python scripts/propose_from_spun.py [--min-sites 2] [--max-zipf 4.0] [--gap 1.0] [--clean DIR ...]
                                                  [--tsv OUT]

A spinner writes the rarer synonym of a common word. Across the learn part's spun pages (unpaired pages and the
spun side of pairs, without the MT and R families, which are not word spinning) this lists the lower-case words
that (1) no lexicon file matches yet, (2) are uncommon English (wordfreq Zipf at most --max-zipf), (3) never occur
in unspun text (the learn part's clean pages and originals, plus any --clean folders of original.txt), (4) occur on
at least --min-sites unrelated spun sites, and (5) a public thesaurus (Moby, mythes, WordNet) links to a word at
least --gap Zipf units more common that does occur in unspun text. Each row gives those candidate originals (most
common first) and one context per site.

Nothing is accepted automatically: without the original the thesaurus cannot say which of its candidates the
spinner replaced ("cosmic" -> big, large or huge?), so a curator reads the contexts and writes the entry, with its
family tag and guard, into the family's .lex file (see lexicons/README.md). Needs the thesaurus sources
(scripts/thesauri/get_sources.sh) and wordfreq at curation time only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
sys.path.insert(0, str(ROOT / "scripts" / "thesauri"))

import split as corpus_split  # noqa: E402

from newsfix.cli.lexicon_learn import known_forms  # noqa: E402

NOT_WORD_SPINNING = {"MT", "R"}
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
CONTEXT = 40  # characters each side of an example occurrence


def meta_of(folder: Path) -> dict:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))


def spun_pages() -> list[tuple[str, str, str]]:
    """(site, family, text) of every word-spun page of the learn part."""
    out = []
    for kind in ("spun", "pairs"):
        for folder in corpus_split.items(kind, "learn"):
            meta = meta_of(folder)
            if meta.get("family") in NOT_WORD_SPINNING or not (folder / "spun.txt").exists():
                continue
            text = (folder / "spun.txt").read_text("utf-8")
            out.append((corpus_split.site_of(meta), meta.get("family") or "?", text))
    return out


def unspun_vocabulary(extra: list[Path]) -> set[str]:
    files = [f / "original.txt" for f in corpus_split.items("clean", "learn") + corpus_split.items("pairs", "learn")]
    files += [p for root in extra for p in sorted(root.rglob("original.txt"))]
    return {w.lower() for f in files if f.exists() for w in WORD.findall(f.read_text("utf-8"))}


def propose(pages, unspun: set[str], known, thesauri, min_sites: int, max_zipf: float, gap: float) -> list[dict]:
    seen: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # word -> site -> (family, context)
    for site, family, text in pages:
        for m in WORD.finditer(text):
            word = m.group()
            if word[0].isupper():  # names and sentence starts: the gazetteers' and the headline's business
                continue
            w = word.lower()
            if site not in seen[w]:
                ctx = text[max(0, m.start() - CONTEXT) : m.end() + CONTEXT].replace("\n", " ")
                seen[w][site] = (family, ctx)
    synonyms = (thesauri.moby_sets(), thesauri.mythes_sets(), thesauri.wordnet_sets())
    rows = []
    for w, sites in seen.items():
        if len(sites) < min_sites or w in unspun or (w,) in known:
            continue
        z = thesauri.zipf(w)
        if z == 0 or z > max_zipf:
            continue
        linked = {c for table in synonyms for c in table.get(w, ()) if " " not in c and c != w}
        candidates = sorted(
            ((thesauri.zipf(c), c) for c in linked if c in unspun and thesauri.zipf(c) >= z + gap), reverse=True
        )
        if candidates:
            rows.append(
                {
                    "spun": w,
                    "zipf": round(z, 2),
                    "sites": len(sites),
                    "families": sorted({f for f, _ in sites.values()}),
                    "candidates": [f"{c} ({zc:.1f})" for zc, c in candidates[:6]],
                    "contexts": [f"{site}: ...{ctx}..." for site, (_, ctx) in sorted(sites.items())],
                }
            )
    rows.sort(key=lambda r: (-r["sites"], r["spun"]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-sites", type=int, default=2, help="unrelated spun sites a word must occur on")
    ap.add_argument("--max-zipf", type=float, default=4.0, help="most common a spun word may be (wordfreq Zipf)")
    ap.add_argument("--gap", type=float, default=1.0, help="Zipf units a candidate original must be more common")
    ap.add_argument("--clean", type=Path, action="append", default=[], help="more folders of unspun original.txt")
    ap.add_argument("--tsv", type=Path, help="write the rows here (tab-separated) instead of standard output")
    a = ap.parse_args()
    import thesauri

    rows = propose(
        spun_pages(), unspun_vocabulary(a.clean), known_forms(None), thesauri, a.min_sites, a.max_zipf, a.gap
    )
    lines = ["spun\tzipf\tsites\tfamilies\tcandidates\tcontexts"]
    lines += [
        "\t".join((r["spun"], str(r["zipf"]), str(r["sites"]), ",".join(r["families"]), ", ".join(r["candidates"]),
                   " | ".join(r["contexts"])))
        for r in rows
    ]
    out = "\n".join(lines) + "\n"
    if a.tsv:
        a.tsv.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    print(f"{len(rows)} candidates for curators from {len(spun_pages())} learn spun pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
