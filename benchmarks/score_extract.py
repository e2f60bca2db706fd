"""Score `newsfix.extract` against the hand labels in benchmarks/labels/extract.jsonl.

    python benchmarks/score_extract.py [--split original|spun|both] [-v] [--corpus ../shared/corpus]
        [--labels benchmarks/labels/extract.jsonl]

Per field (speakers, institutions, journal, study_counts, drugs): precision, recall, F1, and micro-F1 over all
fields. Originals are every labelled article's `original.txt`; spun copies are the `spun.txt` files of the pairs
(dev/), run through `newsfix.extract`, which repairs first, and scored against the original's labels.

Matching (labels may list accepted forms as "A|B"; see benchmarks/labels/README.md):
- speakers: a predicted quote matches a label when the label's `quote_start` (normalised: marks, case,
  whitespace) is found in the quote's text (fuzzily, for spun copies), and its speaker matches the label's
  normalised name (titles, initials, punctuation and case ignored; null matches null);
- institutions: normalised names (case, punctuation, dashes, "&"/"and" and a leading "The" ignored); a predicted
  acronym equals its expansion when the text defines it ("National Sleep Foundation (NSF)");
- journal: normalised name, one per article;
- study counts: (n, unit class), the classes being studies, animals and people;
- drugs: lower-cased generic name.
A prediction matching a label already matched (the same institution under two names) is neither a hit nor a miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("speakers", "institutions", "journal", "study_counts", "drugs")
STUDY_UNITS = {"study", "studies", "trial", "trials", "rct", "rcts", "paper", "papers", "review", "reviews",
               "article", "articles", "cohort", "cohorts", "analyses", "datasets", "meta-analyses"}  # fmt: skip
ANIMAL_UNITS = {"mice", "mouse", "rats", "rat", "animals", "monkeys", "dogs", "pigs", "fish", "zebrafish", "flies"}
TITLES = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame)\.?\s+")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": " ", "—": " ", "‐": " "}))
    return s


def norm_text(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"']", "", _fold(s))).strip().lower()


def norm_name(s: str | None) -> str | None:
    if s is None:
        return None
    s = TITLES.sub("", _fold(s).lower().strip())
    s = re.sub(r"[^\w\s]", " ", s)
    words = [w for w in s.split() if len(w) > 1]  # initials dropped: "Natalie A. Cameron" = "Natalie Cameron"
    return " ".join(words)


def norm_org(s: str) -> str:
    s = _fold(s).lower().replace("&", " and ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^the\s+", "", " ".join(s.split()))
    return s


def alternatives(label: str, norm) -> set[str]:
    return {norm(a) for a in label.split("|") if a.strip()}


def unit_class(unit: str) -> str:
    u = unit.lower()
    if u in STUDY_UNITS:
        return "studies"
    if u in ANIMAL_UNITS:
        return "animals"
    return "people"


def defined_acronyms(text: str) -> dict[str, str]:
    """ACRONYM -> normalised expansion, for "Expansion Words (ACR)" in the text."""
    out = {}
    for m in re.finditer(r"\(([A-Z][A-Za-z&]{1,9})\)", text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        words = re.findall(r"[\w’'.-]+", text[max(0, m.start() - 200) : m.start()])
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        # the shortest run of words ending before "(" whose capitalised initials spell the acronym
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            initials = [w[0] for w in run if w[:1].isupper() and w.lower() not in ("the",)]
            if initials == letters:
                out[acr.lower()] = norm_org(" ".join(run))
                break
            if len(initials) > len(letters) or k < (caps[0] if caps else 0):
                break
    return out


class Tally:
    def __init__(self):
        self.tp_pred = self.n_pred = self.tp_gold = self.n_gold = 0

    def add(self, tp_pred, n_pred, tp_gold, n_gold):
        self.tp_pred += tp_pred
        self.n_pred += n_pred
        self.tp_gold += tp_gold
        self.n_gold += n_gold

    def prf(self):
        p = self.tp_pred / self.n_pred if self.n_pred else 1.0
        r = self.tp_gold / self.n_gold if self.n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _quote_hit(start: str, quote: str, fuzzy: bool) -> bool:
    # a label's opening may end with the comma that closes a short quote inside its marks ("These rules are not
    # optional,"); quotes are returned without it, so trailing punctuation of the opening is not compared
    s, q = norm_text(start).rstrip(",;:"), norm_text(quote)
    if s[:30] in q:
        return True
    if not fuzzy:
        return False
    from rapidfuzz import fuzz

    # a spinner rewrites words inside quotes too: most of the opening, or its first three words, will do
    return fuzz.partial_ratio(s, q[: len(s) + 40]) >= 65 or s.split()[:3] == q.split()[:3]


def score_sets(pred: list, gold: list[set], key) -> tuple[int, int, int, int, list, list]:
    """pred: predicted keys; gold: sets of accepted keys. -> tp_pred, n_pred, tp_gold, n_gold, fps, fns."""
    matched: set[int] = set()
    fps = []
    n_pred = tp_pred = 0
    seen = set()
    for p in pred:
        if p in seen:
            continue
        seen.add(p)
        hit = [i for i, g in enumerate(gold) if key(p, g)]
        if hit:
            if all(i in matched for i in hit):
                continue  # another name of an institution already found
            matched.update(hit)
            tp_pred += 1
            n_pred += 1
        else:
            n_pred += 1
            fps.append(p)
    fns = [g for i, g in enumerate(gold) if i not in matched]
    return tp_pred, n_pred, len(matched), len(gold), fps, fns


def score_article(label: dict, text: str, claims: dict, fuzzy: bool) -> dict[str, tuple]:
    out = {}
    # speakers
    gold = label["speakers"]
    quotes = claims.get("quotes") or []
    gold_hit = [False] * len(gold)
    tp_pred, fps = 0, []
    for q in quotes:
        name = norm_name(q.get("speaker"))
        ok = False
        for i, g in enumerate(gold):
            if _quote_hit(g["quote_start"], q["text"], fuzzy):
                names = alternatives(g["speaker"], norm_name) if g["speaker"] else {None}
                if name in names:
                    ok = True
                    gold_hit[i] = True
        tp_pred += ok
        if not ok:
            fps.append(f"“{q['text'][:40]}” -> {q.get('speaker')}")
    fns = [f"“{g['quote_start']}” -> {g['speaker']}" for g, h in zip(gold, gold_hit) if not h]
    out["speakers"] = (tp_pred, len(quotes), sum(gold_hit), len(gold), fps, fns)
    # institutions
    acr = defined_acronyms(text)
    preds = []
    for item in claims.get("institutions") or []:
        n = norm_org(item["name"])
        preds.append(acr.get(n, n))
    gold_sets = [alternatives(g, norm_org) for g in label["institutions"]]
    out["institutions"] = score_sets(preds, gold_sets, lambda p, g: p in g)
    # journal
    j = claims.get("journal")
    pj = [norm_org(j)] if j else []
    gj = [alternatives(label["journal"], norm_org)] if label["journal"] else []
    out["journal"] = score_sets(pj, gj, lambda p, g: p in g)
    # study counts
    pc = [(c["value"], unit_class(c["unit"])) for c in claims.get("study_counts") or []]
    gc = [{(c["n"], unit_class(c["unit"]))} for c in label["study_counts"]]
    out["study_counts"] = score_sets(pc, gc, lambda p, g: p in g)
    # drugs
    pd = [d["name"].lower() for d in claims.get("drugs") or []]
    gd = [alternatives(g, str.lower) for g in label["drugs"]]
    out["drugs"] = score_sets(pd, gd, lambda p, g: p in g)
    return out


def run(split: str, labels: list[dict], corpus: Path, verbose: bool) -> dict[str, Tally]:
    import newsfix

    tallies = {f: Tally() for f in FIELDS}
    for label in labels:
        folder = corpus / label["id"]
        path = folder / ("original.txt" if split == "original" else "spun.txt")
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        article = newsfix.extract(text)
        if split == "spun" and label.get("spun_only"):
            # facts only the spun excerpt holds (the two excerpts of a pair start and end at different places)
            label = {**label, **{f: label[f] + extra for f, extra in label["spun_only"].items()}}
        result = score_article(label, article.text, article.claims, fuzzy=split == "spun")
        lines = []
        for f in FIELDS:
            tp_pred, n_pred, tp_gold, n_gold, fps, fns = result[f]
            tallies[f].add(tp_pred, n_pred, tp_gold, n_gold)
            lines += [f"  FP {f}: {x}" for x in fps] + [f"  FN {f}: {x}" for x in fns]
        if verbose and lines:
            print(f"{split} {label['id']}")
            print("\n".join(lines))
    return tallies


def report(split: str, tallies: dict[str, Tally]) -> None:
    total = Tally()
    print(f"\n{split}: {'field':<14} {'P':>6} {'R':>6} {'F1':>6}   (hits/predicted, hits/labelled)")
    for f in FIELDS:
        t = tallies[f]
        total.add(t.tp_pred, t.n_pred, t.tp_gold, t.n_gold)
        p, r, f1 = t.prf()
        counts = f"({t.tp_pred}/{t.n_pred}, {t.tp_gold}/{t.n_gold})"
        print(f"{'':<{len(split) + 1}} {f:<14} {p:6.3f} {r:6.3f} {f1:6.3f}   {counts}")
    p, r, f1 = total.prf()
    print(f"{'':<{len(split) + 1}} {'micro':<14} {p:6.3f} {r:6.3f} {f1:6.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("original", "spun", "both"), default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each article's misses and false hits")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "labels" / "extract.jsonl")
    args = ap.parse_args(argv)
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not args.corpus.is_dir():
        print(f"score_extract: no corpus at {args.corpus} (--corpus)", file=sys.stderr)
        return 2
    splits = ("original", "spun") if args.split == "both" else (args.split,)
    for split in splits:
        report(split, run(split, labels, args.corpus, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
