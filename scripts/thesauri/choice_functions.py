"""Measure: is a spinner family's choice a fixed function of a public thesaurus? (issue 11, spinner models)

    PYTHONPATH=~/.cache/newsfix-build/venv/lib/python3.11/site-packages \
        .venv/bin/python scripts/thesauri/choice_functions.py [--family A] [--ranks] [--tsv OUT]

Data: the `learn` part of benchmarks/corpus/pairs and the shared dev pairs (explain_swaps.pair_dirs); never the
measure part. Single-word swaps as in explain_swaps.unit_swaps (original side one word, letters only).

For each candidate choice function f (word -> the synonym a spinner would write, or None) and each family:
- cover: share of the family's single-word swaps with spun == f(original)  (exact word forms);
- lemma: the same where f is applied to the original's lemma and matched against the spun word's lemmas
  (a spinner that re-inflects);
- defined: over the words of the originals that the spinner left unchanged (SequenceMatcher equal blocks), the share
  where f is defined and differs from the word; with cover this gives the apply rate
  hits / (hits + unchanged words where f was defined) -- how often the spinner writes f(w) when it could;
- inv: among the exact hits, the share where the inverse table (f over the wordfreq vocabulary with zipf >= 3,
  most frequent preimage kept) gives the original back; amb: mean number of other preimages of the hit's spun form.
A function is interesting when cover >= 30 % and inv is high (its inverse nearly unambiguous).

--ranks prints, per family, where the spun word sits among the original's synonyms (Moby list position, which is
alphabetical; frequency rank among Moby single words; position in mythes; frequency rank in the union), to show a
rank rule that none of the listed functions has.

--signatures is the second-best use (a page-level family signature for pages with no fingerprint): the images f(h)
of common words h (zipf >= --sig-original) under every function above that are rare themselves (zipf <= --sig-spun),
less the forms seen on the calibration clean pages (benchmarks/corpus clean learn, ../shared/corpus/clean and the dev
originals); the threshold is one above the most distinct forms on held-out halves of those clean pages (5 random
2-fold splits). Prints the pages above it per part, and the hits on the pages `benchmarks/generalisation.py -v`
lists as missed when given --missed FILE (one folder name a line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import explain_swaps as E  # noqa: E402
import thesauri as T  # noqa: E402

sys.path.insert(0, str(E.ROOT / "benchmarks" / "corpus"))
import split as corpus_split  # noqa: E402

WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _single(xs: list[str], w: str) -> list[str]:
    return [x for x in xs if " " not in x and x != w and WORD.match(x)]


def _by_freq(xs: list[str]) -> list[str]:
    return sorted(dict.fromkeys(xs), key=lambda x: (-T.zipf(x), x))


@cache
def moby_syn(w: str) -> tuple[str, ...]:
    return tuple(s for s in T.moby().get(w, ()) if s != w)


@cache
def mythes_syn(w: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.word.lower() for m in T.mythes().get(w, ()) for s in m.syns if s.tag != "antonym"))


@cache
def wn_syn(w: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.lower() for _, lem in T.wordnet().get(w, ()) for x in lem if x.lower() != w))


def _first(xs) -> str | None:
    return next(iter(xs), None)


def _last(xs) -> str | None:
    return xs[-1] if xs else None


def _nth(xs, k: int) -> str | None:
    xs = list(xs)
    return xs[k] if len(xs) > k else None


FUNCS: dict[str, Callable[[str], str | None]] = {
    "moby[0]": lambda w: _first(moby_syn(w)),
    "moby[1]": lambda w: _nth(moby_syn(w), 1),
    "moby-last": lambda w: _last(moby_syn(w)),
    "moby-first-single": lambda w: _first(_single(list(moby_syn(w)), w)),
    "moby-most-frequent": lambda w: _first(_by_freq(_single(list(moby_syn(w)), w))),
    "moby-2nd-most-frequent": lambda w: _nth(_by_freq(_single(list(moby_syn(w)), w)), 1),
    "moby-most-frequent-any": lambda w: _first(_by_freq(list(moby_syn(w)))),
    "moby-least-frequent": lambda w: _last([x for x in _by_freq(_single(list(moby_syn(w)), w)) if T.zipf(x) > 0]),
    "mythes-first-plain": lambda w: (T.mythes_first(w) or "").lower() or None,
    "mythes-first": lambda w: (T.mythes_first(w, "first") or "").lower() or None,
    "mythes-meaning0[1]": lambda w: _nth(
        [s.word.lower() for s in (T.mythes().get(w) or [T.Meaning("", ())])[0].syns if s.word.lower() != w], 1
    ),
    "mythes-most-frequent": lambda w: _first(_by_freq(_single(list(mythes_syn(w)), w))),
    "wordnet-first-lemma": lambda w: _first(wn_syn(w)),
    "wordnet-sense0-most-frequent": lambda w: _first(
        _by_freq(_single([x.lower() for x in (T.wordnet().get(w) or [("", ())])[0][1]], w))
    ),
    "wordnet-most-frequent": lambda w: _first(_by_freq(_single(list(wn_syn(w)), w))),
    "moby&mythes-most-frequent": lambda w: _first(
        _by_freq(_single([x for x in moby_syn(w) if x in set(mythes_syn(w))], w))
    ),
    "moby&wordnet-most-frequent": lambda w: _first(
        _by_freq(_single([x for x in moby_syn(w) if x in set(wn_syn(w))], w))
    ),
    "union-most-frequent": lambda w: _first(_by_freq(_single([*moby_syn(w), *mythes_syn(w), *wn_syn(w)], w))),
}


def pos_first_plain(w: str) -> set[str]:
    """The shipped family-O function (one value per part of speech)."""
    return {(T.mythes_first(w, "pos-first-plain", p) or "").lower() for p in T.WN_POS} - {"", w}


@cache
def lemmas(w: str) -> frozenset[str]:
    try:
        from lemminflect import getAllLemmas

        out = {x.lower() for lem in getAllLemmas(w).values() for x in lem}
    except ImportError:
        out = set()
    return frozenset(out or {w})


def apply(name: str, w: str) -> set[str]:
    if name == "mythes-pos-first-plain":
        return pos_first_plain(w)
    v = FUNCS[name](w)
    return {v} if v and v != w else set()


NAMES = [*FUNCS, "mythes-pos-first-plain"]


@cache
def vocabulary() -> tuple[str, ...]:
    from wordfreq import top_n_list

    return tuple(w for w in top_n_list("en", 200_000) if WORD.match(w) and T.zipf(w) >= 3.0)


@cache
def inverse(name: str) -> dict[str, tuple[str, int]]:
    """spun form -> (most frequent preimage over the vocabulary, number of other preimages)."""
    pre: dict[str, set[str]] = defaultdict(set)
    for w in vocabulary():
        for s in apply(name, w):
            pre[s].add(w)
    return {s: (max(ws, key=lambda o: (T.zipf(o), o)), len(ws) - 1) for s, ws in pre.items()}


def unchanged_words(spun: str, original: str) -> list[str]:
    s = [t.lower() for t in TOKEN.findall(spun)]
    o = [t.lower() for t in TOKEN.findall(original)]
    out = []
    for b in SequenceMatcher(None, s, o, autojunk=False).get_matching_blocks():
        out += o[b.b : b.b + b.size]
    return out


def collect() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[str]], dict[str, int]]:
    swaps: dict[str, list[tuple[str, str]]] = defaultdict(list)
    kept: dict[str, list[str]] = defaultdict(list)
    pages: Counter[str] = Counter()
    for _kind, d in E.pair_dirs():
        fam = json.loads((d / "meta.json").read_text(encoding="utf-8")).get("family", "?")
        spun, orig = (d / "spun.txt").read_text(encoding="utf-8"), (d / "original.txt").read_text(encoding="utf-8")
        pages[fam] += 1
        swaps[fam] += [(sp, o) for sp, o in E.unit_swaps(spun, orig) if WORD.match(o) and WORD.match(sp)]
        kept[fam] += [w for w in unchanged_words(spun, orig) if WORD.match(w)]
    return swaps, kept, pages


def table(swaps, kept, pages, names: list[str]) -> None:
    fams = sorted(swaps, key=lambda f: (-len(swaps[f]), f))
    print("function\tfamily\tpages\tswaps\tcover\tlemma\tdefined\tapply\tinv\tamb")
    for name in names:
        inv = inverse(name)
        for fam in fams:
            rows = swaps[fam]
            hits = [(sp, o) for sp, o in rows if sp in apply(name, o)]
            lem = [
                (sp, o)
                for sp, o in rows
                if any(lemmas(sp) & apply(name, lo) for lo in lemmas(o)) or sp in apply(name, o)
            ]
            words = kept[fam]
            defined = sum(1 for w in words if apply(name, w))
            right = sum(1 for sp, o in hits if inv.get(sp, ("",))[0] == o)
            amb = sum(inv.get(sp, ("", 0))[1] for sp, _ in hits) / len(hits) if hits else 0.0
            n = len(rows) or 1
            rate = len(hits) / (len(hits) + defined) if hits else 0.0
            print(
                f"{name}\t{fam}\t{pages[fam]}\t{len(rows)}\t{100 * len(hits) / n:.0f}%\t{100 * len(lem) / n:.0f}%\t"
                f"{100 * defined / max(1, len(words)):.0f}%\t{100 * rate:.0f}%\t"
                f"{100 * right / len(hits) if hits else 0:.0f}%\t{amb:.1f}"
            )


def ranks(swaps) -> None:
    buckets = [(0, 0), (1, 1), (2, 2), (3, 4), (5, 9), (10, 19), (20, 10**9)]

    def bucket(i: int) -> str:
        return next(f"{a}" if a == b else f"{a}-{b if b < 10**9 else ''}" for a, b in buckets if a <= i <= b)

    lists = {
        "moby-position": lambda o: list(moby_syn(o)),
        "moby-freq-rank": lambda o: _by_freq(_single(list(moby_syn(o)), o)),
        "mythes-position": lambda o: list(mythes_syn(o)),
        "wordnet-position": lambda o: list(wn_syn(o)),
        "union-freq-rank": lambda o: _by_freq(_single([*moby_syn(o), *mythes_syn(o), *wn_syn(o)], o)),
    }
    for fam in sorted(swaps, key=lambda f: (-len(swaps[f]), f)):
        rows = swaps[fam]
        print(f"\n{fam}: {len(rows)} swaps")
        for lname, fn in lists.items():
            c: Counter[str] = Counter()
            for sp, o in rows:
                xs = fn(o)
                c[bucket(xs.index(sp)) if sp in xs else "absent"] += 1
            cells = [f"{b}:{100 * c[b] / len(rows):.0f}%" for b in [*map(bucket, (a for a, _ in buckets)), "absent"]]
            print(f"  {lname:18} " + " ".join(cells))


def _lower_words(path: Path) -> frozenset[str]:
    return frozenset(t for t in TOKEN.findall(path.read_text(encoding="utf-8")) if t.islower())


def signature_pages() -> dict[tuple[str, str, str], frozenset[str]]:
    """(part, name, family or "clean") -> lower-case words; word-spun pages only (MT and R left out)."""
    out = {}
    for part in ("learn", "measure"):
        for kind in ("pairs", "spun"):
            for d in corpus_split.items(kind, part):
                fam = json.loads((d / "meta.json").read_text(encoding="utf-8")).get("family") or "?"
                if fam not in ("MT", "R"):
                    out[(part, d.name, fam)] = _lower_words(d / "spun.txt")
        for d in corpus_split.items("clean", part):
            out[(part, d.name, "clean")] = _lower_words(d / "original.txt")
    shared = E.DEV.parent
    for d in sorted((shared / "clean").glob("*/")) if (shared / "clean").is_dir() else []:
        if (d / "original.txt").exists():
            out[("shared", d.name, "clean")] = _lower_words(d / "original.txt")
    for _kind, d in [p for p in E.pair_dirs() if p[0] == "dev"]:
        fam = json.loads((d / "meta.json").read_text(encoding="utf-8")).get("family") or "?"
        out[("shared", f"{d.name}/original", "clean")] = _lower_words(d / "original.txt")
        if fam not in ("MT", "R"):
            out[("dev", d.name, fam)] = _lower_words(d / "spun.txt")
    return out


def signatures(min_original: float, max_spun: float, missed: set[str]) -> None:
    import random

    forms = {
        s
        for w in vocabulary()
        if T.zipf(w) >= min_original
        for name in NAMES
        for s in apply(name, w)
        if " " not in s and T.zipf(s) <= max_spun
    }
    pages = signature_pages()
    calib = [k for k in pages if k[2] == "clean" and k[0] in ("learn", "shared")]
    held_out = []
    for seed in range(5):
        order = calib[:]
        random.Random(seed).shuffle(order)
        for seen, unseen in ((order[::2], order[1::2]), (order[1::2], order[::2])):
            kept_forms = forms - frozenset().union(*(pages[k] for k in seen))
            held_out.append(max(len(pages[k] & kept_forms) for k in unseen))
    kept_forms = forms - frozenset().union(*(pages[k] for k in calib))
    threshold = max(held_out) + 1
    hits = {k: len(v & kept_forms) for k, v in pages.items()}
    print(f"signature forms {len(kept_forms)} (of {len(forms)}); held-out clean maxima {held_out}; needs {threshold}")
    for part in ("learn", "measure", "dev", "shared"):
        spun = [k for k in pages if k[0] == part and k[2] != "clean"]
        clean = [k for k in pages if k[0] == part and k[2] == "clean"]
        print(
            f"  {part:8} spun pages above: {sum(hits[k] >= threshold for k in spun)}/{len(spun)}  "
            f"clean pages above: {sum(hits[k] >= threshold for k in clean)}/{len(clean)}"
        )
    if missed:
        got = sorted((hits[k], k[0], k[1], k[2]) for k in pages if k[1] in missed)
        print("  missed pages (hits, part, page, family):")
        for h, part, name, fam in got:
            print(f"    {h}  {part:8} {fam:2} {name}{'  <- above' if h >= threshold else ''}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", action="append", help="only these families")
    ap.add_argument("--function", action="append", choices=NAMES, help="only these functions")
    ap.add_argument("--ranks", action="store_true")
    ap.add_argument("--tsv", help="write every swap with the functions that explain it")
    ap.add_argument("--signatures", action="store_true", help="the page-level signature experiment only")
    ap.add_argument("--sig-original", type=float, default=5.0)
    ap.add_argument("--sig-spun", type=float, default=4.0)
    ap.add_argument("--missed", type=Path, help="folder names listed as missed by generalisation.py -v")
    a = ap.parse_args()
    if a.signatures:
        missed = set(a.missed.read_text(encoding="utf-8").split()) if a.missed else set()
        signatures(a.sig_original, a.sig_spun, missed)
        return
    swaps, kept, pages = collect()
    if a.family:
        swaps = {f: v for f, v in swaps.items() if f in a.family}
    names = a.function or NAMES
    table(swaps, kept, pages, names)
    if a.ranks:
        ranks(swaps)
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8") as fh:
            for fam, rows in swaps.items():
                for sp, o in rows:
                    hit = [n for n in names if sp in apply(n, o)]
                    fh.write(f"{fam}\t{sp}\t{o}\t{','.join(hit)}\n")


if __name__ == "__main__":
    main()
