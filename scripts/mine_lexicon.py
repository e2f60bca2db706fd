"""Mine lexicon entries from the learn part of the collected pairs, accepting only what generalises.

    .venv/bin/python scripts/mine_lexicon.py [--pairs DIR ...] [--clean DIR ...] [-o lexicons/mined.lex] [--report]

Candidates come from `newsfix lexicon learn` (token alignment of each spun copy with its original). One is
accepted automatically only when it recurs on two or more unrelated spun sites, or when a public thesaurus (Moby,
mythes, WordNet: scripts/thesauri) links its two sides and it never occurs in unspun text (the originals and the
clean pages of the learn part, plus any --clean folders). Everything else is left to curators (`--report` prints
the rejected candidates with their reasons). Accepted entries are `ambiguous` (applied only in documents judged
spun, behind the engine's evidence gates) unless they are multi-word, recur on two or more sites, never occur in
unspun text and have a word pair outside a public table of frequent English bigrams (symspellpy's), which makes
them fingerprints. Pairs of the `MT` and `R` families (back-translation, sentence rewrites)
are not word spinning and teach nothing here.

Needs the thesaurus sources (scripts/thesauri/get_sources.sh) at curation time only; the output is plain data.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "corpus"))
sys.path.insert(0, str(ROOT / "scripts" / "thesauri"))

import split as corpus_split  # noqa: E402

from newsfix.cli.lexicon_input import Pair, find_pairs  # noqa: E402
from newsfix.cli.lexicon_learn import known_forms, learn  # noqa: E402
from newsfix.despin.tokens import phrase_key  # noqa: E402

NOT_WORD_SPINNING = {"MT", "R"}
MAX_WORDS = 4
# everyday words whose swaps say nothing a guard-free entry could use ("and" -> "with")
TOO_COMMON_ZIPF = 6.0
MIN_RARITY_GAP = 0.5  # Zipf units: the spun side must be at least ~3 times rarer than the original
# A single ordinary word is accepted only from strong evidence: three sites, or a word rare in English (at most
# ~1 per million words) and far rarer than its original. A small unspun sample cannot show that a word like
# "circadian" or "meals" is everyday science-news English; Zipf frequencies from a large corpus can.
SINGLE_MAX_ZIPF = 3.0
SINGLE_MIN_GAP = 1.5
SINGLE_MIN_SITES = 3

HEADER = """\
# Mined from real (spun copy, original) pairs of the learn part of benchmarks/corpus by scripts/mine_lexicon.py:
# each entry recurs on two or more unrelated spun sites, or a public thesaurus links its sides and it never occurs
# in unspun text. Provenance: `mined`, the families (dev:F), the sites, the thesauri that explain it.
# Regenerate with the script; do not edit by hand (curated entries go to the other files).
# spun | original | tier | flags | guard | provenance
"""


def site_of(folder: Path) -> str:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return folder.name
    return corpus_split.site_of(meta) or folder.name


def load_pairs(extra: list[Path]) -> tuple[list[Pair], dict[str, str]]:
    """Learn-part pairs (and any extra folders), without MT/R, and the source of each pair by name: its spun site,
    shared by every pair whose original is the same article (two sites' spins of one story are not two unrelated
    sites: they share the story's phrases)."""
    folders = corpus_split.items("pairs", "learn")
    pairs, where = [], {}
    for folder in folders:
        for p in find_pairs([folder]):
            if p.family not in NOT_WORD_SPINNING:
                pairs.append(p)
                where[p.name] = folder
    for root in extra:
        for p in find_pairs([root]):
            if p.family not in NOT_WORD_SPINNING:
                pairs.append(p)
                where[p.name] = root / p.name
    sites: dict[str, str] = {}
    seen: list[tuple[Path, str]] = []
    for name, folder in where.items():
        twin = next((site for other, site in seen if corpus_split.same_story(folder, other)), None)
        sites[name] = twin or site_of(folder)
        seen.append((folder, sites[name]))
    return pairs, sites


def clean_texts(extra: list[Path]) -> list[str]:
    texts = [(f / "original.txt").read_text(encoding="utf-8") for f in corpus_split.items("clean", "learn")]
    for root in extra:
        texts += [p.read_text(encoding="utf-8") for p in sorted(root.rglob("original.txt"))]
    return texts


@functools.cache
def curated_rejects() -> dict[str, str]:
    """Candidates curators turned down (lexicons/mined-rejects.txt): spun form -> reason."""
    path = ROOT / "lexicons" / "mined-rejects.txt"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.strip() and not line.startswith("#"):
            spun, _, reason = line.partition(" | ")
            out[spun.strip().lower()] = reason.strip()
    return out


@functools.cache
def domain_terms() -> frozenset[str]:
    """Words of the entity lexicons (conditions, drugs, adverse effects, units...): never mined as spun forms."""
    words: set[str] = set()
    for f in (ROOT / "lexicons" / "entities").glob("*.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.update(w.lower() for w in line.replace("=>", " ").replace("|", " ").split())
    return frozenset(words)


def rarity_gap(spun_words, orig_words, thesauri) -> float:
    """How much rarer (in Zipf units) the spun side's rarest differing word is than the original's rarest one."""
    spun_only = [w for w in spun_words if w not in orig_words] or list(spun_words)
    orig_only = [w for w in orig_words if w not in spun_words] or list(orig_words)
    return min(map(thesauri.zipf, orig_only)) - min(map(thesauri.zipf, spun_only))


def everyday_pairs(words: tuple[str, ...], thesauri) -> bool:
    """Whether every pair of adjacent words is in a public table of frequent English bigrams: such a phrase
    ("in response") is ordinary English that a few hundred unspun pages may simply lack, never a fingerprint. A
    spinner's phrase has an odd junction somewhere ("darkish matter", "for the primary time")."""
    table = thesauri.common_bigrams()
    return all((a, b) in table for a, b in zip(words, words[1:]))


def judge(cand, sites: dict[str, str], thesauri) -> tuple[str | None, str]:
    """The tier to accept the candidate at (None: rejected) and the reason."""
    spun_words, orig_words = phrase_key(cand.spun)[0], phrase_key(cand.original)[0]
    if not spun_words or not orig_words or len(spun_words) > MAX_WORDS or len(orig_words) > MAX_WORDS:
        return None, "empty or longer than four words"
    if any(ch.isdigit() for ch in cand.spun + cand.original):
        return None, "holds a number"
    if cand.notes:
        return None, "; ".join(cand.notes)
    if cand.spun.lower() in curated_rejects():
        return None, f"curators: {curated_rejects()[cand.spun.lower()]}"
    if cand.spun != cand.spun.lower():
        return None, "capitalised spun form (a name: the gazetteers' job)"
    if len(spun_words) == 1 and thesauri.zipf(spun_words[0]) >= TOO_COMMON_ZIPF:
        return None, "an everyday function word"
    n_sites = len({sites[p] for p in cand.pairs})
    explained = sorted(thesauri.related(cand.spun, cand.original))
    cand.provenance_extra = f"sites={n_sites}" + (f" thesaurus={','.join(explained)}" if explained else "")
    if len(spun_words) == 1 and n_sites < SINGLE_MIN_SITES:
        z, gap = thesauri.zipf(spun_words[0]), rarity_gap(spun_words, orig_words, thesauri)
        if z > SINGLE_MAX_ZIPF or gap < SINGLE_MIN_GAP:
            return None, f"a single word on {n_sites} site(s), not rare enough (zipf {z:.1f}, {gap:+.1f} vs original)"
        if spun_words[0] in domain_terms():
            return None, "a term of the extraction lexicons (conditions, drugs, units): science vocabulary"
    if n_sites >= 2:
        if rarity_gap(spun_words, orig_words, thesauri) < 0:
            return None, f"recurs on {n_sites} sites, but is more common English than its original"
        if len(spun_words) > 1 and cand.hits == 0 and not everyday_pairs(spun_words, thesauri):
            return "fingerprint", f"recurs on {n_sites} sites"
        return "ambiguous", f"recurs on {n_sites} sites"
    if explained and cand.hits == 0:
        # a spinner reaches for the rarer synonym; a spun form as common as its original ("refers to" / "means")
        # is ordinary English that a small unspun sample simply missed
        gap = rarity_gap(spun_words, orig_words, thesauri)
        if gap < MIN_RARITY_GAP:
            return None, f"explained by {', '.join(explained)}, but no rarer than its original ({gap:+.1f} zipf)"
        return "ambiguous", f"explained by {', '.join(explained)}, never in unspun text, {gap:+.1f} zipf rarer"
    if not explained:
        return None, "one site, and no thesaurus links its sides"
    return None, f"one site, and {cand.hits} hits in unspun text"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=Path, action="append", default=[], help="more pair folders to learn from")
    ap.add_argument("--clean", type=Path, action="append", default=[], help="more folders of unspun original.txt")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "lexicons" / "mined.lex")
    ap.add_argument("--report", action="store_true", help="print every candidate with its verdict")
    a = ap.parse_args()
    import thesauri

    pairs, sites = load_pairs(a.pairs)
    lexicon = [p for p in sorted((ROOT / "lexicons").glob("*.lex")) if p.resolve() != a.output.resolve()]
    cands, _ = learn(pairs, clean_texts(a.clean), known_forms(lexicon))
    accepted = []
    for cand in cands:
        tier, reason = judge(cand, sites, thesauri)
        if a.report:
            print(f"{'ACCEPT ' + tier if tier else 'reject':18s} {cand.spun!r} -> {cand.original!r}: {reason}")
        if tier:
            fams = " ".join(f"dev:{f}" for f in sorted(cand.families))
            accepted.append(f"{cand.spun} | {cand.original} | {tier} | - | | mined {fams} {cand.provenance_extra}")
    accepted.sort(key=lambda line: (line.split(" | ")[0].lower(), line.split(" | ")[0]))
    a.output.write_text(HEADER + "".join(line.rstrip() + "\n" for line in accepted), encoding="utf-8")
    print(f"{len(accepted)} of {len(cands)} candidates from {len(pairs)} pairs accepted -> {a.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
