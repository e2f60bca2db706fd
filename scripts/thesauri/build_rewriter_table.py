"""Build lexicons/thesaurus/rewriter-inverse.tsv: the inverse of a random-choice "article rewriter" dictionary.

    PYTHONPATH=<build venv site-packages> .venv/bin/python scripts/thesauri/build_rewriter_table.py \
        --db ~/.cache/newsfix-build/spinnerdb/en_db.sdata [--observed] [--out lexicons/thesaurus]

The rewriter is a PHP script sold for "SEO tools" sites (Turbo Spinner / "Article Rewriter", ProThemes, 2015) whose
phrase-group file `en_db.sdata` is published in public GitHub repositories (the copy used:
https://github.com/hieuhuynh93/a25/blob/4b6fc2c5a551558d699c2ffd806976205ca683a6/lib/small_seo_tools/OLD/en_db.sdata,
sha256 in the table's header). Its spinning is a fixed procedure (read from the script in the same folder): for each
line of the file in order, and each "|"-separated member of the line in order, every occurrence of the member
(case-insensitive, on word boundaries) not claimed by an earlier line is claimed by this line; then each claimed
occurrence becomes a member of its line drawn uniformly at random (itself included). So a word o is written as w
with probability count(w in L(o)) / |L(o)|, where L(o) is the first line that holds o. The copies of the file in
use differ (family A's pairs fit the first-line rule worse than any line holding o: on the learn part's A and H
pairs, of the words the inverse would change at posterior >= 0.9, the first-line rule's choice was the original for
160 and not for 71, the any-line rule's for 118 and not for 34: scripts/thesauri/rewriter_fit.py), so P(w | o) is the
mean over the lines that hold o of w's share of the line, and the inverse is Bayes:

    P(o | w)  proportional to  P(o) * P(w | o)     over every o that shares a line with w (o = w included)

P(o) is o's frequency in English: wordfreq for one word; for a phrase, the first word's frequency times each next
word's conditional frequency from symspellpy's English bigram and unigram counts (a bigram absent from that table
of frequent bigrams gets half its smallest count). A row is kept when the most probable o differs from w with
posterior >= --min-posterior, is --min-gap Zipf units commoner than w, both sides are letters, spaces and hyphens
only (no numbers, no contractions), w is no commoner than --max-zipf-spun, o has no more words than w (a phrase
for one word, "a good idea" for "advisable", was the author's more often than the rewriter's on the learn pairs),
the two are not forms of one word ("fats", "fat"), and w occurs in at most --max-unspun-pages of the learn part's
unspun texts (its pairs' originals and clean pages: science-news writers' own words, "uncovered", "analyzing").

With --observed, only spun forms that occur on at least --min-pages of the learn part's spun pages
(benchmarks/corpus pairs and unpaired spun pages, split by site) are kept: the shipped table then holds only what
spinners were seen writing, each with the rewriter's groups as its explanation.

Columns: spun, original, posterior, zipf_spun, zipf_original, lines holding the original, learn_pages
The table holds derived facts (which form the rewriter may write for which word, and the estimated probability),
not the file's groups; see LICENSES.md in the output folder.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import hashlib
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))

SOURCE_URL = (
    "https://github.com/hieuhuynh93/a25/blob/4b6fc2c5a551558d699c2ffd806976205ca683a6/lib/small_seo_tools/OLD/"
    "en_db.sdata"
)
FORM = re.compile(r"^[a-z]+(?:[ -][a-z]+)*$")
MAX_WORDS = 4
MIN_POSTERIOR = 0.8
MIN_GAP = 0.5
MAX_ZIPF_SPUN = 4.0


def read_groups(path: Path) -> list[list[str]]:
    return read_groups_from_text(path.read_bytes().decode("utf-8", errors="replace"))


def read_groups_from_text(text: str) -> list[list[str]]:
    """The file's lines as lists of members (lower-cased, stripped, empty members kept: they count in |L|)."""
    return [[m.strip().lower() for m in line.rstrip("\r").split("|")] for line in text.split("\n")]


class Frequencies:
    """P(phrase) from wordfreq (words) and symspellpy's bigram counts (phrases)."""

    def __init__(self) -> None:
        import symspellpy
        from wordfreq import word_frequency

        self.word_frequency = word_frequency
        folder = Path(symspellpy.__file__).parent
        self.unigram: dict[str, int] = {}
        for line in open(folder / "frequency_dictionary_en_82_765.txt", encoding="utf-8"):
            w, c = line.split()
            self.unigram[w] = int(c)
        self.total = sum(self.unigram.values())
        self.bigram: dict[str, int] = {}
        for line in open(folder / "frequency_bigramdictionary_en_243_342.txt", encoding="utf-8"):
            a, b, c = line.split()
            self.bigram[f"{a} {b}"] = int(c)
        self.floor = min(self.bigram.values()) / 2

    def word(self, w: str) -> float:
        return self.word_frequency(w, "en", wordlist="large", minimum=1e-9)

    def phrase(self, p: str) -> float:
        words = p.replace("-", " ").split()
        if not words:
            return 1e-12
        prob = self.word(words[0])
        for a, b in zip(words, words[1:]):
            count_a = self.unigram.get(a) or self.word(a) * self.total
            prob *= min(1.0, self.bigram.get(f"{a} {b}", self.floor) / max(count_a, 1.0))
        return max(prob, 1e-12)

    def zipf(self, p: str) -> float:
        return math.log10(self.phrase(p)) + 9.0


def inverse(groups: list[list[str]], freq: Frequencies) -> list[tuple[str, str, float, float, float, int]]:
    """Rows (spun, most probable original, its posterior, zipf of each, lines holding the original)."""
    holding: dict[str, list[int]] = defaultdict(list)
    for i, members in enumerate(groups):
        for m in dict.fromkeys(members):
            if m:
                holding[m].append(i)
    # P(w | o): the mean over the lines that hold o of w's share of the line (every line, not only the first: the
    # copies of the file in use differ in their order, and the first-line rule fitted family A's pairs worse)
    likelihood: dict[str, Counter] = defaultdict(Counter)
    for o, lines in holding.items():
        for i in lines:
            for w in groups[i]:
                if w:
                    likelihood[w][o] += 1.0 / len(groups[i]) / len(lines)
    rows = []
    for w, cands in likelihood.items():
        if not FORM.match(w) or len(w.split()) > MAX_WORDS:
            continue
        score = {o: freq.phrase(o) * p for o, p in cands.items()}
        best = max(sorted(score), key=score.__getitem__)
        if best == w or not FORM.match(best) or _variant(w, best) or len(best.split()) > len(w.split()):
            continue
        posterior = score[best] / sum(score.values())
        rows.append((w, best, posterior, freq.zipf(w), freq.zipf(best), len(holding[best])))
    return rows


def curated_rejects(path: Path) -> dict[str, str]:
    """Rows curators refused (`rewriter-rejects.txt` beside the table): spun form -> reason."""
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split(" | ", 1) for line in lines if line.strip() and not line.startswith("#"))


def _variant(a: str, b: str) -> bool:
    """Forms or spellings of one word ("fat", "fats"; "robot", "robotic"; "specialised", "specialized"): the groups
    pair them, but which one the author wrote is a matter of grammar or house style, which word frequencies cannot
    tell. The rewriter's abbreviations ("yr" for year) share a first letter only, and are not forms."""
    a, b = a.replace("-", "").replace(" ", ""), b.replace("-", "").replace(" ", "")
    stem = min(len(a), len(b)) - 1  # the shorter word less its last letter, if 3+ letters are left ("robot")
    # or spellings of one word ("specialised", "specialized"; short words too: "fat", "fats")
    close = difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
    return (stem >= 3 and a[:stem] == b[:stem]) or (a[:3] == b[:3] and a[-4:] == b[-4:]) or close


def learn_pages(forms: set[str]) -> tuple[Counter, Counter]:
    """On how many of the learn part's spun pages (pairs and unpaired) each form occurs, and on how many of its
    unspun texts (the pairs' originals and the clean pages), as whole words."""
    import split

    word = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
    longest = max((len(f.split()) for f in forms), default=1)

    def found(path: Path) -> set[str]:
        toks = [t.replace("’", "'") for t in word.findall(path.read_text(encoding="utf-8").lower())]
        return {p for i in range(len(toks)) for n in range(1, longest + 1) if (p := " ".join(toks[i : i + n])) in forms}

    spun: Counter = Counter()
    unspun: Counter = Counter()
    for kind in ("pairs", "spun", "clean"):
        for folder in split.items(kind, "learn"):
            for path in sorted(folder.glob("*.txt")):
                (spun if path.name == "spun.txt" else unspun).update(found(path))
    return spun, unspun


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="the rewriter's en_db.sdata (build time only)")
    ap.add_argument("--out", default=str(ROOT / "lexicons" / "thesaurus"))
    ap.add_argument("--min-posterior", type=float, default=MIN_POSTERIOR)
    ap.add_argument("--min-gap", type=float, default=MIN_GAP)
    ap.add_argument("--max-zipf-spun", type=float, default=MAX_ZIPF_SPUN)
    ap.add_argument("--observed", action="store_true", help="keep only forms seen on learn spun pages")
    ap.add_argument("--min-pages", type=int, default=1)
    ap.add_argument("--max-unspun-pages", type=int, default=0, help="unspun learn texts that may hold the spun form")
    a = ap.parse_args()
    db = Path(a.db).expanduser()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    freq = Frequencies()
    rows = [
        r
        for r in inverse(read_groups(db), freq)
        if r[2] >= a.min_posterior and r[4] - r[3] >= a.min_gap and r[3] <= a.max_zipf_spun
    ]
    refused = curated_rejects(Path(a.out) / "rewriter-rejects.txt")
    rows = [r for r in rows if r[0] not in refused]
    pages, authors = learn_pages({r[0] for r in rows})
    # a form that writers of unspun science news use is theirs as often as the rewriter's: not repaired
    rows = [r for r in rows if authors[r[0]] <= a.max_unspun_pages]
    if a.observed:
        rows = [r for r in rows if pages[r[0]] >= a.min_pages]
    out = Path(a.out) / "rewriter-inverse.tsv"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(
            "# rewriter-inverse.tsv: inverse of a random-choice article rewriter's phrase groups (family A)\n"
            "# columns: spun, original, posterior, zipf_spun, zipf_original, lines_with_original, learn_pages\n"
            f"# built by scripts/thesauri/build_rewriter_table.py on {datetime.date.today().isoformat()}; "
            f"min posterior {a.min_posterior}, min gap {a.min_gap}, max zipf spun {a.max_zipf_spun}"
            f", on <= {a.max_unspun_pages} unspun learn texts, less {len(refused)} rows refused in rewriter-rejects.txt"
            f"{f', seen on >= {a.min_pages} learn spun pages' if a.observed else ''}\n"
            f"# source: {SOURCE_URL} (sha256 {digest}); frequencies: wordfreq, symspellpy bigrams\n"
            "# derived facts only (no group of the source file is reproduced); see LICENSES.md in this folder\n"
        )
        for w, o, p, zw, zo, size in sorted(rows):
            fh.write(f"{w}\t{o}\t{p:.3f}\t{zw:.2f}\t{zo:.2f}\t{size}\t{pages[w]}\n")
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
