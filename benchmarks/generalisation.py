"""How well despinning generalises: restore, edit precision, detection and clean damage, per split and family.

    .venv/bin/python benchmarks/generalisation.py                      # learn and measure parts of benchmarks/corpus
    .venv/bin/python benchmarks/generalisation.py --dev ../shared/corpus/dev --clean ../shared/corpus/clean
    .venv/bin/python benchmarks/generalisation.py --part measure -v     # one part, with every wrong edit
    .venv/bin/python benchmarks/generalisation.py --new-since fce9535 [--engine OLD/src]
    .venv/bin/python benchmarks/generalisation.py --unseen              # each article with the lexicon before it

`--new-since COMMIT` scores only the pairs and spun pages added to the corpus after that commit (each part's clean
pages as usual): articles collected after an engine was frozen, which that engine has never seen. `--engine SRC`
imports newsfix from another source tree (e.g. a `git worktree` of that commit), to score the frozen engine itself.

`--unseen` scores every pair and spun page with this engine and the lexicons as they were on the commit before the
item was first added to the corpus (read from git history with `git archive`): the lexicon had never seen the
article, so the figure is what a new article gets, over the whole corpus rather than one day's additions. Clean
pages are scored with today's lexicon. It needs the repository's history (a full clone).

The measures are those of the project's shared scorer (`restore_score.py`), computed here so that anyone with the
repository can rerun them on `benchmarks/corpus/`:
- restore: token-level Levenshtein distance to the original, spun vs repaired, over the region where the two
  texts are the same article (lines sharing a run of 4+ tokens); share of the distance the repair removes;
- precision: each edit applied alone to the spun text: does it bring the text closer to the original?
- detection: share of word-spun pages (pairs and unpaired; MT and R families reported apart) judged "spun";
- clean: false alarms (clean pages judged "spun") and token edits per 1000 words on clean pages.

`learn` is what lexicons and thresholds may be fitted on; `measure` is only scored (split by site, see
benchmarks/corpus/split.py). A change that lifts only `learn` is memorising. Measure items whose article is also in
the learn part (the same original spun by a site of each part) are left out (`split.py --summary` lists them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
REPO = HERE.parent  # the repository root: git paths (`lexicons`) are relative to it
CORPUS = HERE / "corpus"  # the collected corpus, whose git history --unseen reads
sys.path.insert(0, str(HERE / "corpus"))
import split as corpus_split  # noqa: E402

WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*|\p{N}[\p{N},.]*\p{N}|\p{N}|\S")
NOT_WORD_SPUN = ("MT", "R")


def canon(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def toks(s: str) -> list[str]:
    return [t.lower() for t in WORD.findall(canon(s))]


def lev(a: list[str], b: list[str]) -> int:
    """Token-level Levenshtein distance."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def overlap(spun: str, orig: str) -> tuple[str | None, str | None]:
    """Both texts trimmed to the lines where they are the same article (as the shared scorer does)."""
    sl = [line for line in spun.splitlines() if line.strip()]
    ol = [line for line in orig.splitlines() if line.strip()]
    flat_s, sowner, flat_o, owner = [], [], [], []
    for i, line in enumerate(sl):
        t = toks(line)
        flat_s += t
        sowner += [i] * len(t)
    for i, line in enumerate(ol):
        t = toks(line)
        flat_o += t
        owner += [i] * len(t)
    blocks = [b for b in SequenceMatcher(None, flat_s, flat_o, autojunk=False).get_matching_blocks() if b.size >= 4]
    if not blocks:
        return None, None
    s0, s1 = sowner[blocks[0].a], sowner[blocks[-1].a + blocks[-1].size - 1]
    o0, o1 = owner[blocks[0].b], owner[blocks[-1].b + blocks[-1].size - 1]
    return "\n".join(sl[s0 : s1 + 1]), "\n".join(ol[o0 : o1 + 1])


def family_of(folder: Path) -> str:
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("family", "?") or "?"
    except (OSError, ValueError):
        return "?"


class Tally:
    def __init__(self) -> None:
        self.spun_dist = self.fixed_dist = 0
        self.pairs = 0
        self.good = self.bad = self.neutral = 0
        self.detected = self.pages = 0
        self.wrong: list[str] = []

    def restore(self) -> float:
        return 100.0 * (self.spun_dist - self.fixed_dist) / max(self.spun_dist, 1)

    def precision(self) -> float:
        return 100.0 * self.good / max(self.good + self.bad, 1)


def score_pair(nf, folder: Path, tally: Tally, fam_tally: Tally) -> None:
    spun, orig = overlap((folder / "spun.txt").read_text(encoding="utf-8"),
                         (folder / "original.txt").read_text(encoding="utf-8"))
    if spun is None:
        return
    result = nf.normalize(spun)
    s, o, n = toks(spun), toks(orig), toks(result.text)
    base = lev(s, o)
    fixed = lev(n, o)
    for t in (tally, fam_tally):
        t.pairs += 1
        t.spun_dist += base
        t.fixed_dist += fixed
    for e in result.edits:
        delta = lev(toks(spun[: e.start] + e.after + spun[e.end :]), o) - base
        for t in (tally, fam_tally):
            if delta < 0:
                t.good += 1
            elif delta > 0:
                t.bad += 1
            else:
                t.neutral += 1
        if delta > 0:
            tally.wrong.append(f"  {folder.name}: {e.before!r} -> {e.after!r} [{e.rule}; {e.tier}]")


def score_detection(nf, folder: Path, name: str, tally: Tally, fam_tally: Tally) -> None:
    verdict = nf.normalize((folder / name).read_text(encoding="utf-8")).spin.verdict
    for t in (tally, fam_tally):
        t.pages += 1
        t.detected += verdict == "spun"
    if verdict != "spun":
        tally.wrong.append(f"  missed: {folder.name} ({family_of(folder)}): {verdict}")


class UnseenLexicons:
    """For each corpus item, a normaliser with the lexicons of the commit before the item was first added."""

    def __init__(self, newsfix, workdir: Path) -> None:
        self.newsfix, self.workdir = newsfix, workdir
        self.by_commit: dict[str, object] = {}
        self._first_added: dict[str, str] | None = None

    def first_added(self, folder: Path) -> str:
        """The commit that first added the item's spun text, following renames (what `git log --follow` gives per
        file, read once for the whole corpus: one `git log` per item doubled the run's time)."""
        if self._first_added is None:
            self._first_added = _first_added(CORPUS)
        rel = (folder / "spun.txt").resolve().relative_to(REPO).as_posix()
        if rel not in self._first_added:
            raise SystemExit(f"{folder}: not in git history (commit it, or leave out --unseen)")
        return self._first_added[rel]

    def __call__(self, folder: Path):
        before = _git("rev-parse", self.first_added(folder) + "^")
        if before not in self.by_commit:
            target = self.workdir / before[:12]
            target.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", before, "lexicons"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
            self.by_commit[before] = self.newsfix.Normalizer([target / "lexicons"])
        return self.by_commit[before]


def _first_added(root: Path) -> dict[str, str]:
    """Path (relative to the repository) -> the commit that first added it under that name or an earlier one."""
    # core.quotePath=false: paths as written (git would quote and escape non-ASCII ones)
    log = _git("-c", "core.quotePath=false", "log", "--reverse", "-M", "--name-status", "--format=commit %H", "--",
               str(root))
    first: dict[str, str] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1]
            continue
        fields = line.split("\t")
        if fields[0] == "A":
            first.setdefault(fields[1], commit)
        elif fields[0].startswith("R") and len(fields) == 3:
            first.setdefault(fields[2], first.get(fields[1], commit))
    return first


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout.strip()


def score_part(nf, title: str, pairs: list[Path], spun: list[Path], clean: list[Path], verbose: bool,
               nf_for=None) -> dict:
    """`nf_for(folder)`, when given, picks the normaliser of each pair and spun page; clean pages use `nf`."""
    nf_for = nf_for or (lambda folder: nf)
    total = Tally()
    by_family: dict[str, Tally] = defaultdict(Tally)
    other = Tally()  # MT and R: reported apart, not word spinning
    for folder in pairs:
        fam = family_of(folder)
        score_pair(nf_for(folder), folder, total if fam not in NOT_WORD_SPUN else other, by_family[fam])
    for folder, name in [(f, "spun.txt") for f in pairs] + [(f, "spun.txt") for f in spun]:
        fam = family_of(folder)
        score_detection(nf_for(folder), folder, name, total if fam not in NOT_WORD_SPUN else other, by_family[fam])
    false_alarms, edits, words = [], 0, 0
    for folder in clean:
        text = (folder / "original.txt").read_text(encoding="utf-8")
        result = nf.normalize(text)
        o, f = toks(text), toks(result.text)
        edits += lev(o, f) if result.edits else 0
        words += len(o)
        if result.spin.verdict == "spun":
            false_alarms.append(folder.name)
        if result.edits and verbose:
            changes = ", ".join(f"{e.before!r}->{e.after!r}" for e in result.edits)
            total.wrong.append(f"  clean edit: {folder.name}: {changes}")
    row = {
        "part": title,
        "pairs": total.pairs,
        "restore": round(total.restore(), 1),
        "precision": round(total.precision(), 1),
        "edits": total.good + total.bad + total.neutral,
        "wrong_edits": total.bad,
        "detected": f"{total.detected}/{total.pages}",
        "clean_pages": len(clean),
        "false_alarms": len(false_alarms),
        "clean_edits_per_1000_words": round(1000.0 * edits / max(words, 1), 2),
        "families": {
            fam: {"pairs": t.pairs, "restore": round(t.restore(), 1), "precision": round(t.precision(), 1),
                  "detected": f"{t.detected}/{t.pages}"}
            for fam, t in sorted(by_family.items())
        },
        "mt_r_detected": f"{other.detected}/{other.pages}",
    }
    print(f"== {title}: pairs {row['pairs']}, restore {row['restore']} %, precision {row['precision']} % "
          f"({row['wrong_edits']} wrong of {row['edits']} edits), detected {row['detected']} word-spun pages "
          f"(MT/R {row['mt_r_detected']}), clean {len(clean)} pages: {len(false_alarms)} false alarms, "
          f"{row['clean_edits_per_1000_words']} edits/1000 words")
    for fam, f in row["families"].items():
        print(f"   family {fam:5s} pairs {f['pairs']:2d} restore {f['restore']:5.1f} % "
              f"precision {f['precision']:5.1f} % detected {f['detected']}")
    if false_alarms:
        print("   false alarms: " + ", ".join(false_alarms))
    if verbose and total.wrong:
        print("\n".join(total.wrong))
    return row


def folders(root: Path, need: str) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / need).exists()) if root.is_dir() else []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("learn", "measure"), action="append", help="parts of benchmarks/corpus")
    ap.add_argument("--dev", type=Path, help="also score a folder of pairs (e.g. ../shared/corpus/dev)")
    ap.add_argument("--clean", type=Path, action="append", default=[], help="extra folders of clean originals")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON at the end")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--new-since", metavar="COMMIT", help="only pairs and spun pages added after this commit")
    ap.add_argument("--engine", type=Path, metavar="SRC", help="import newsfix from this source tree")
    ap.add_argument("--unseen", action="store_true",
                    help="score each pair and spun page with the lexicons of the commit before it was collected")
    a = ap.parse_args()
    if a.engine:
        sys.path.insert(0, str(a.engine.resolve()))
    import newsfix

    old = set()
    if a.new_since:
        listing = subprocess.run(
            ["git", "-C", str(HERE), "ls-tree", "--name-only", a.new_since, "corpus/pairs/", "corpus/spun/"],
            capture_output=True, text=True, check=True,
        ).stdout
        old = {Path(line).name for line in listing.split()}

    def new(items: list[Path]) -> list[Path]:
        return [p for p in items if p.name not in old]

    rows = []
    extra_clean = [p for root in a.clean for p in folders(root, "original.txt")]
    with tempfile.TemporaryDirectory(prefix="newsfix-unseen-") as workdir:
        if a.unseen:
            # dozens of past lexicons are compiled: into this run's folder, not the user's cache
            os.environ["NEWSFIX_CACHE_DIR"] = str(Path(workdir) / "cache")
        nf = newsfix.Normalizer()
        nf_for = UnseenLexicons(newsfix, Path(workdir)) if a.unseen else None
        for part in a.part or ("learn", "measure"):
            title = part + (f" (added after {a.new_since})" if a.new_since else "")
            title += " (each item with the lexicons from before it was collected)" if a.unseen else ""
            rows.append(score_part(
                nf, title, new(corpus_split.items("pairs", part, distinct_stories=True)),
                new(corpus_split.items("spun", part, distinct_stories=True)),
                corpus_split.items("clean", part) + (extra_clean if part == "measure" else []),
                a.verbose, nf_for,
            ))
        if a.dev:
            dev = folders(a.dev, "spun.txt")
            rows.append(score_part(nf, f"dev ({a.dev})", [p for p in dev if (p / "original.txt").exists()], [],
                                   [p for p in dev if (p / "original.txt").exists()], a.verbose))
    if a.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
