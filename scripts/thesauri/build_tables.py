"""Build the derived runtime tables in lexicons/thesaurus/ from the build-time sources (see get_sources.sh).

    .venv/bin/python scripts/thesauri/build_tables.py [--out lexicons/thesaurus] [--rule pos-first-plain]

mythes-first-inverse.tsv  spun<TAB>original<TAB>zipf_spun<TAB>zipf_original<TAB>competing_preimages<TAB>pos
    For every common word w (wordfreq English, zipf >= 3.0, letters/hyphen/apostrophe only) that mythes lists, the
    family-O model f(w) (thesauri.mythes_first) where it differs from w; inverted: f(w) -> w. Among the words with the
    same spun form, the most frequent original is kept; column 5 counts the other preimages (0 = unambiguous).
    With rule pos-first-plain (default) f is taken once per part of speech the word has in mythes (first untagged
    synonym of the first meaning of that POS), because family O is POS-aware; column 6 lists the POS that give it.
odd-synonyms.tsv  s<TAB>h1,h2,h3<TAB>zipf_s<TAB>max_zipf_h
    Single words s (zipf < 4.0, zipf >= MIN_ZIPF_S) that Moby or mythes link (either direction) to single words h
    with zipf(h) >= max(4.0, zipf(s) + 1.0); the three most frequent h.
zipf.tsv  word<TAB>zipf (1 decimal) for every word in the two tables above and the first 50k of wordfreq's list.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import thesauri as T  # noqa: E402
from build_rewriter_table import learn_pages  # noqa: E402

WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$|^[a-z]$")
MIN_ZIPF_W = 3.0
ODD_MAX_S = 4.0
ODD_MIN_H = 4.0
ODD_GAP = 1.0
MIN_ZIPF_S = (
    1.5  # below this wordfreq has (almost) never seen the word; raises nothing at runtime, keeps the file small
)


def header(name: str, what: str, columns: str, params: str) -> str:
    v = T.source_versions()
    return (
        f"# {name}: {what}\n"
        f"# columns: {columns}\n"
        f"# built by scripts/thesauri/build_tables.py on {datetime.date.today().isoformat()}; {params}\n"
        f"# sources: Moby Thesaurus II ({v.get('moby', '?').split(';')[0]} sdist, public domain); "
        f"mythes-en-us th_en_US_v2 ({v.get('mythes', '?')}); WordNet 3.0 ({v.get('wordnet', '?')}); "
        f"wordfreq {v.get('wordfreq', '?')}\n"
        "# licences: derived from mythes-en-us (WordNet 3.0 licence, Princeton University), Moby (public domain) and\n"
        "# wordfreq data (CC-BY-SA 4.0, Robyn Speer et al.); see LICENSES.md in this folder for the notices.\n"
    )


def vocabulary() -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", 200_000) if WORD.match(w) and T.zipf(w) >= MIN_ZIPF_W]


def build_inverse(rule: str) -> list[tuple[str, str, float, float, int, str]]:
    pre: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for w in vocabulary():
        if w not in T.mythes():
            continue
        if rule == "pos-first-plain":
            for pos in sorted({m.pos for m in T.mythes()[w]}):
                f = T.mythes_first(w, rule, pos)
                if f and f.lower() != w:
                    pre[f.lower()][w].add(pos)
        else:
            f = T.mythes_first(w, rule)
            if f and f.lower() != w:
                pre[f.lower()][w].add("-")
    rows = []
    for spun, origs in pre.items():
        best = max(origs, key=lambda o: (T.zipf(o), o))
        rows.append((spun, best, T.zipf(spun), T.zipf(best), len(origs) - 1, ",".join(sorted(origs[best]))))
    return sorted(rows)


def build_odd(max_s: float, min_h: float, gap: float) -> list[tuple[str, list[str], float, float]]:
    links: dict[str, set[str]] = defaultdict(set)
    for table in (
        T.moby(),
        {w: [s.word for m in ms for s in m.syns if s.tag != "antonym"] for w, ms in T.mythes().items()},
    ):
        for head, syns in table.items():
            head = head.lower()
            if " " in head:
                continue
            for s in syns:
                s = s.lower()
                if " " not in s and s != head:
                    links[head].add(s)
                    links[s].add(head)
    # proper names (Moby lists "aachen" under "city"): drop s when WordNet knows it only capitalised
    proper = {lem.lower() for ss in T.wordnet().values() for _, lems in ss for lem in lems if lem[:1].isupper()}
    common = {lem for ss in T.wordnet().values() for _, lems in ss for lem in lems if not lem[:1].isupper()}
    rows = []
    for s, hs in links.items():
        if not WORD.match(s) or (s in proper and s not in common):
            continue
        zs = T.zipf(s)
        if zs >= max_s or zs < MIN_ZIPF_S:
            continue
        good = [(T.zipf(h), h) for h in hs if WORD.match(h)]
        good = sorted((z, h) for z, h in good if z >= max(min_h, zs + gap))
        if good:
            top = [h for _, h in sorted(good, key=lambda x: (-x[0], x[1]))[:3]]
            rows.append((s, top, zs, good[-1][0]))
    return sorted(rows)


def abbreviates(spun: str, original: str) -> bool:
    """Whether `original` is an abbreviation of the phrase `spun` ("multiple sclerosis" -> "ms", "central nervous
    system" -> "cns"): the spinner expands abbreviations, so its inverse would write an author's full term as a
    lower-case abbreviation. The phrase's own first word ("ankle joint" -> "ankle") is no abbreviation."""
    if " " not in spun or len(original) > 5 or not original or original[0] != spun[0]:
        return False
    if spun.split()[0] == original:  # "ankle joint" -> "ankle": the word itself, not an abbreviation
        return False
    rest = iter(spun)
    return all(ch in rest for ch in original)


def one_word(spun: str, original: str) -> bool:
    """Whether the two are forms of one word ("bacterium" -> "bacteria"): not a synonym swap, and repairing it
    would change a number or a tense the author chose."""
    return bool(T.forms(spun) & T.forms(original))


SIGNATURE_MIN_ZIPF_ORIGINAL = 5.5
SIGNATURE_MAX_ZIPF_SPUN = 4.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "lexicons" / "thesaurus"), help="the shipped model tables")
    ap.add_argument(
        "--experiments",
        default=str(ROOT / "build" / "thesaurus"),
        help="tables for experiments only (odd-synonyms.tsv, zipf.tsv), not shipped: scripts/thesauri/oddness.py",
    )
    ap.add_argument("--rule", default="pos-first-plain", choices=T.RULES)
    ap.add_argument("--odd-max-s", type=float, default=ODD_MAX_S)
    ap.add_argument("--odd-min-h", type=float, default=ODD_MIN_H)
    ap.add_argument("--odd-gap", type=float, default=ODD_GAP)
    ap.add_argument("--max-unspun-pages", type=int, default=0, help="unspun learn texts that may hold a spun form")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)

    inv = build_inverse(a.rule)
    # a spun form that writers of unspun science news use ("discovery", "planetary", "starchy" in the learn part's
    # originals and clean pages) is theirs as often as the spinner's: not repaired (the page gate keeps it)
    _, authors = learn_pages({sp for sp, *_ in inv})
    repairs = [
        row
        for row in inv
        if authors[row[0]] <= a.max_unspun_pages and not abbreviates(row[0], row[1]) and not one_word(row[0], row[1])
    ]
    with open(out / "mythes-first-inverse.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            header(
                "mythes-first-inverse.tsv",
                "inverse of the family-O spinner model f(w) = mythes_first(w)",
                "spun, original, zipf_spun, zipf_original, competing_preimages, pos",
                f"rule={a.rule}, words with zipf >= {MIN_ZIPF_W}; spun forms on <= {a.max_unspun_pages} unspun "
                f"learn texts, abbreviations of the spun phrase and forms of the spun word left out "
                f"({len(inv) - len(repairs)} rows)",
            )
        )
        for sp, o, zs, zo, n, pos in repairs:
            fh.write(f"{sp}\t{o}\t{zs:.2f}\t{zo:.2f}\t{n}\t{pos}\n")

    # the model's page gate: spun forms of the commonest words that no writer uses for them ("inwards" for "in",
    # "helium" for "he"); a few distinct ones on a page attribute it to the model (newsfix.despin.spinner_models)
    signature = sorted(
        sp for sp, o, zs, zo, n, pos in inv if zo >= SIGNATURE_MIN_ZIPF_ORIGINAL and zs <= SIGNATURE_MAX_ZIPF_SPUN
    )
    with open(out / "mythes-first-signature.txt", "w", encoding="utf-8") as fh:
        fh.write(
            f"# mythes-first-signature.txt: rows of mythes-first-inverse.tsv whose original has zipf >= "
            f"{SIGNATURE_MIN_ZIPF_ORIGINAL} and spun form zipf <= {SIGNATURE_MAX_ZIPF_SPUN}; licence: LICENSES.md\n"
        )
        fh.writelines(f"{sp}\n" for sp in signature)

    experiments = Path(a.experiments)
    experiments.mkdir(parents=True, exist_ok=True)
    odd = build_odd(a.odd_max_s, a.odd_min_h, a.odd_gap)
    with open(experiments / "odd-synonyms.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            header(
                "odd-synonyms.tsv",
                "rare words that Moby or mythes link to a much more common word",
                "s, h1,h2,h3 (most frequent first), zipf_s, max_zipf_h",
                f"zipf_s in [{MIN_ZIPF_S}, {a.odd_max_s}), zipf_h >= max({a.odd_min_h}, zipf_s + {a.odd_gap})",
            )
        )
        for s, hs, zs, zh in odd:
            fh.write(f"{s}\t{','.join(hs)}\t{zs:.2f}\t{zh:.2f}\n")

    from wordfreq import top_n_list

    words = set(top_n_list("en", 50_000))
    for sp, o, *_ in inv:
        words.update((sp, o))
    for s, hs, *_ in odd:
        words.add(s)
        words.update(hs)
    with open(experiments / "zipf.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            header(
                "zipf.tsv",
                "wordfreq English Zipf frequencies (1 decimal)",
                "word, zipf",
                "first 50k of wordfreq's English list + every word of the other two tables",
            )
        )
        for w in sorted(words):
            if "\t" not in w and "\n" not in w and w.strip():
                fh.write(f"{w}\t{T.zipf(w):.1f}\n")
    for f in sorted([*out.glob("*.tsv"), *experiments.glob("*.tsv")]):
        print(
            f"{f.name}\t{sum(1 for line in open(f, encoding='utf-8') if not line.startswith('#'))} rows\t"
            f"{f.stat().st_size / 1e6:.2f} MB"
        )


if __name__ == "__main__":
    main()
