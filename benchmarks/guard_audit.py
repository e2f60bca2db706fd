"""Audit one ordinary-word entry's guard on the learn part: where its spun form occurs, what the original says there,
whether the entry applied, and what kept it from applying; optionally, what a candidate guard would change.

    .venv/bin/python benchmarks/guard_audit.py medication
    .venv/bin/python benchmarks/guard_audit.py "as well as" --original and
    .venv/bin/python benchmarks/guard_audit.py inside --guard "!next=the"        # a candidate guard ("" for none)
    .venv/bin/python benchmarks/guard_audit.py illness --provenance "dev:A dev:O editor"   # a candidate tag set
    .venv/bin/python benchmarks/guard_audit.py however --quiet --guard "..."       # counts only

Occurrences are looked for in the spun texts of the learn part's pairs (every family, MT and R included: an edit
there is wrong too), trimmed to the region they share with the original (as `generalisation.py` scores them). Each
occurrence is aligned with the original (difflib over the tokens of `newsfix.despin.tokens.tokenize`, inside the
anchors `newsfix.cli.lexicon_align.align` uses) and labelled:

- swap: the original has the entry's original there (a right repair if applied);
- own: the original has the same word (the author's own use: applying the entry there is a wrong edit);
- other: the original has some other word, or the passage was rewritten.

"applied" says whether the engine (today's lexicons) repaired it; otherwise why not: `held: ...` (an evidence gate,
reported as a suggestion), `verdict ...` (the page is not judged spun), `family` (the entry's family tags exclude the
page's attribution), or the guard conditions that fail (`prev='of'` means the word before is "of" and the prev=
list does not hold it; one group per alternative of the guard). `guard holds` with no edit means something else (a
quote, an overlapping longer match).

With `--guard` and/or `--provenance` the entry is replaced in a copy of the lexicons folder and everything is run
again: gains are occurrences labelled swap that the candidate repairs and today's lexicon does not; wrong are
occurrences labelled own that it newly repairs, plus every edit of the entry on the clean texts: the learn part's
clean pages and pair originals, `../shared/corpus/clean` and the dev originals (`../shared/corpus/dev`). Only the
learn part is read (never the measure part).
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE / "corpus"))
sys.path.insert(0, str(HERE))
import split as corpus_split  # noqa: E402
from generalisation import family_of, overlap  # noqa: E402

from newsfix.despin.matcher import NEAR_WINDOW as NEAR  # noqa: E402  the window of a near= guard

CONTEXT = 6  # tokens shown on each side


@dataclass
class Occurrence:
    pair: str
    family: str
    start: int
    end: int
    context: str
    label: str  # swap / own / other
    original: str


def entries_for(form: str, original: str | None, lexicons: Path) -> list:
    from newsfix.despin.lexicon import lexicon_files, read_entries

    found = []
    for path in lexicon_files([lexicons]):
        for e in read_entries(path):
            if e.spun.lower() == form and (original is None or e.original.lower() == original):
                found.append((path, e))
    return found


def occurrences(form: str, original: str, folder: Path) -> list[Occurrence]:
    """Where the spun form occurs in a pair's trimmed spun text, with what the original has there."""
    from newsfix.cli.lexicon_align import ANCHOR
    from newsfix.despin.tokens import tokenize

    spun, orig = overlap((folder / "spun.txt").read_text(encoding="utf-8"),
                         (folder / "original.txt").read_text(encoding="utf-8"))
    if spun is None:
        return []
    s_toks, o_toks = tokenize(spun), tokenize(orig)
    a, b = [t.key for t in s_toks], [t.key for t in o_toks]
    words = form.split()
    n = len(words)
    hits = [i for i in range(len(a) - n + 1) if a[i : i + n] == words]
    if not hits:
        return []
    blocks = [m for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size >= ANCHOR]
    ops = []
    if blocks:  # inside the anchors first, as lexicon_align.align does; the whole texts where that leaves a gap
        a_lo, b_lo = blocks[0].a, blocks[0].b
        a_hi, b_hi = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
        inner = difflib.SequenceMatcher(None, a[a_lo:a_hi], b[b_lo:b_hi], autojunk=False)
        for op, i1, i2, j1, j2 in inner.get_opcodes():
            ops.append((op, a_lo + i1, a_lo + i2, b_lo + j1, b_lo + j2))
    ops += difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    want = original.split()
    out = []
    for i in hits:
        j = i + n
        label, said = "other", "(not aligned)"
        for op, i1, i2, j1, j2 in ops:
            if i2 <= i or i1 >= j:
                continue
            if op == "equal" and i1 <= i and j <= i2:
                label, said = "own", " ".join(b[j1 + i - i1 : j1 + j - i1])
            elif op == "replace":
                side_a = [w for w in a[i1:i2] if w[:1].isalnum()]
                side_b = [w for w in b[j1:j2] if w[:1].isalnum()]
                said = " ".join(b[j1:j2]).replace(" - ", "-")
                if (i1, i2) != (i, j):
                    said = f"{' '.join(a[i1:i2])} -> {said}"

                # a longer rewrite that still holds the entry's original (or the same word) once on each side
                if count(side_a, words) == 1 and count(side_b, want) == 1:
                    label = "swap"
                elif count(side_a, words) == 1 and count(side_b, words) == 1:
                    label = "own"
            elif op == "delete":
                said = "(deleted)"
            else:
                continue  # an insert beside it: look on
            break
        lo, hi = s_toks[max(0, i - CONTEXT)].start, s_toks[min(len(s_toks), j + CONTEXT) - 1].end
        ctx = " ".join(spun[lo : s_toks[i].start].split()) + " [" + spun[s_toks[i].start : s_toks[j - 1].end] + "] "
        ctx += " ".join(spun[s_toks[j - 1].end : hi].split())
        out.append(Occurrence(folder.name, family_of(folder), s_toks[i].start, s_toks[j - 1].end, ctx, label, said))
    return out


def count(seq: list[str], phrase: list[str]) -> int:
    """How many times `phrase` occurs in `seq` (lists of token keys)."""
    return sum(seq[k : k + len(phrase)] == phrase for k in range(len(seq) - len(phrase) + 1))


def guard_report(entry, text: str, start: int, end: int, word_swaps: dict) -> str:
    """Which conditions of the entry's guard fail at text[start:end] (raw words and their lexicon swaps, as the
    matcher sees them; restored neighbours are not modelled)."""
    from newsfix.despin.tokens import tokenize

    guard = entry.guard
    if not guard:
        return "no guard"
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.start >= start)
    j = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))

    def word_at(k: int) -> set[str]:
        if not 0 <= k < len(toks) or not toks[k].is_word:
            return set()
        key = toks[k].key
        return {key, word_swaps[key]} if key in word_swaps else {key}

    near: set[str] = set()
    for k in (*range(max(0, i - NEAR), i), *range(j, min(len(toks), j + NEAR))):
        if toks[k].key[:1].isalnum():
            near |= word_at(k)
    failing = []
    for alt in guard.alternatives:
        bad = []
        for kind, words in alt:
            neg = kind.startswith("!")
            base = kind.lstrip("!")
            if base == "prev":
                seen = word_at(i - 1)
            elif base == "next":
                seen = word_at(j)
            elif base == "near":
                seen = near
            else:
                continue  # line-start / line-end: not reported
            ok = words.matches_any(seen) != neg
            if not ok:
                shown = sorted(seen) if base != "near" else sorted(w for w in seen if words.matches_any({w}))
                bad.append(f"{kind}={','.join(shown) or '-'}")
        if not bad:
            return "guard holds"
        failing.append(" ".join(bad))
    return " | ".join(failing)


def edits_of(result, rule_names: set[str]) -> list:
    return [e for e in result.edits if e.rule.split("+")[0] in rule_names]


def run(nf, entry, rules: set[str], occ_by_pair: dict[str, list[Occurrence]], folders: dict[str, Path],
        explain: bool) -> dict[tuple[str, int], str]:
    """For each occurrence: 'applied' or why not."""
    status = {}
    lex = nf.lexicon if explain else None
    for name, occs in occ_by_pair.items():
        folder = folders[name]
        spun, _ = overlap((folder / "spun.txt").read_text(encoding="utf-8"),
                          (folder / "original.txt").read_text(encoding="utf-8"))
        result = nf.normalize(spun)
        # any edit over the occurrence counts: a longer entry ("within the") may restore it
        applied = {(e.start, e.end): e.rule for e in result.edits}
        held = {(e.start, e.end): e.rule for e in result.suggestions if e.rule.split(" ")[0].split("+")[0] in rules}
        for o in occs:
            key = (name, o.start)
            by = [r for (s, e), r in applied.items() if s <= o.start and o.end <= e]
            if by:
                status[key] = "applied" + ("" if by[0] in rules else f" ({by[0]})")
            elif not explain:
                status[key] = "-"
            elif any(s <= o.start and o.end <= e for s, e in held):
                status[key] = next(r for (s, e), r in held.items() if s <= o.start and o.end <= e)
            elif result.spin.verdict != "spun":
                status[key] = f"verdict {result.spin.verdict}"
            elif entry.families and not entry.families & set(result.spin.families or ("none",)):
                status[key] = f"family {'/'.join(result.spin.families) or 'none'}"
            else:
                status[key] = guard_report(entry, spun, o.start, o.end, lex.word_swaps)
    return status


def clean_texts() -> list[tuple[str, str]]:
    """The texts no entry may edit (learn part only, plus the shared clean corpus and dev originals)."""
    texts = [(f"learn clean {d.name}", (d / "original.txt").read_text(encoding="utf-8"))
             for d in corpus_split.items("clean", "learn")]
    texts += [(f"learn original {d.name}", (d / "original.txt").read_text(encoding="utf-8"))
              for d in corpus_split.items("pairs", "learn")]
    for root, label in ((SHARED / "clean", "shared clean"), (SHARED / "dev", "dev original")):
        if root.is_dir():
            texts += [(f"{label} {d.name}", (d / "original.txt").read_text(encoding="utf-8"))
                      for d in sorted(root.iterdir()) if (d / "original.txt").exists()]
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("form", help="the spun form, as in the lexicon's first column")
    ap.add_argument("--original", help="which entry, when the form has several (family entries)")
    ap.add_argument("--guard", help="a candidate guard for the entry ('' for none)")
    ap.add_argument("--provenance", help="a candidate provenance column (family tags)")
    ap.add_argument("-q", "--quiet", action="store_true", help="counts only")
    a = ap.parse_args()
    import newsfix
    from newsfix.despin.lexicon import Entry, Guard

    form = " ".join(a.form.lower().split())
    lexicons = REPO / "lexicons"
    found = entries_for(form, a.original.lower() if a.original else None, lexicons)
    if len(found) != 1:
        print(f"{form!r}: {len(found)} entries ({', '.join(e.original for _, e in found) or 'none'}); "
              "choose one with --original", file=sys.stderr)
        return 2
    path, entry = found[0]
    print(f"{path.name}: {entry.spun} | {entry.original} | {entry.tier} | guard {entry.guard.source or '-'} | "
          f"{entry.provenance}")
    rules = {f"lexicon:{entry.spun}"}
    folders = {d.name: d for d in corpus_split.items("pairs", "learn")}
    occ_by_pair = {}
    for name, d in folders.items():
        found_here = occurrences(form, entry.original.lower(), d)
        if found_here:
            occ_by_pair[name] = found_here
    nf = newsfix.Normalizer()
    now = run(nf, entry, rules, occ_by_pair, folders, explain=True)
    after = None
    clean_edits: list[str] = []
    if a.guard is not None or a.provenance is not None:
        with tempfile.TemporaryDirectory(prefix="guard-audit-") as tmp:
            copy = Path(tmp) / "lexicons"
            shutil.copytree(lexicons, copy)
            target = copy / path.name
            guard = entry.guard.source if a.guard is None else a.guard
            prov = entry.provenance if a.provenance is None else a.provenance
            lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
            for k, line in enumerate(lines):
                cols = [c.strip() for c in line.split("|")]
                if len(cols) == 6 and cols[0].lower() == entry.spun.lower() and cols[1] == entry.original:
                    cols[4], cols[5] = guard, prov
                    lines[k] = " | ".join(cols) + "\n"
                    break
            else:
                raise SystemExit(f"{entry.spun!r} not found in {path.name}")
            target.write_text("".join(lines), encoding="utf-8")
            Guard.parse(guard, "--guard")  # fails early on a bad guard
            print(f"candidate: guard {guard or '-'} | {prov}")
            cand = newsfix.Normalizer([copy])
            new_entry = Entry(entry.spun, entry.original, entry.tier, entry.flags, guard, prov, entry.where)
            after = run(cand, new_entry, rules, occ_by_pair, folders, explain=False)
            for name, text in clean_texts():
                result = cand.normalize(text)
                for e in edits_of(result, rules):
                    clean_edits.append(f"  {name}: {e.before!r} -> {e.after!r}")
    counts = {"swap": [0, 0], "own": [0, 0], "other": [0, 0]}
    gains = wrong = lost = 0
    for name, occs in occ_by_pair.items():
        for o in occs:
            state = now[(name, o.start)]
            counts[o.label][0] += 1
            counts[o.label][1] += state.startswith("applied")
            cand_state = ""
            if after is not None:
                was, will = state.startswith("applied"), after[(name, o.start)].startswith("applied")
                cand_state = {(False, True): " -> APPLIES", (True, False): " -> NO LONGER"}.get((was, will), "")
                gains += o.label == "swap" and not was and will
                wrong += o.label == "own" and not was and will
                lost += o.label == "swap" and was and not will
            if not a.quiet:
                print(f"  {o.family:2s} {name[:44]:44s} {o.label:5s} {o.original!r:24s} {state}{cand_state}")
                print(f"       {o.context}")
    for label, (n, applied) in counts.items():
        print(f"{label}: {n} occurrences, {applied} applied today")
    if after is not None:
        other_new = sum(1 for name, occs in occ_by_pair.items() for o in occs
                        if o.label == "other" and not now[(name, o.start)].startswith("applied")
                        and after[(name, o.start)].startswith("applied"))
        print(f"candidate: gains {gains}, wrong {wrong + len(clean_edits)} (own uses {wrong}, clean-text edits "
              f"{len(clean_edits)}), other-word edits {other_new}, repairs lost {lost}")
        if clean_edits:
            print("\n".join(clean_edits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
