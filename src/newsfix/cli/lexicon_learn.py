"""`newsfix lexicon learn`: propose lexicon entries from the swaps of (spun, original) pairs.

The pairs are read by `lexicon_input` and aligned into swaps by `lexicon_align` (steps 1 and 2); here:

3. Candidates are aggregated over pairs: supporting pairs and spinner families (`meta.json` "family"), up to
   two example contexts from the spun side, and the alternatives when one spun form was seen with several
   originals (the best supported one is proposed, so the output stays one entry per spun form).
4. Risk is how often the spun form occurs as a whole-token phrase in unspun text (the originals of the pairs
   and every `original.txt` under `--clean`), per 1000 words. A form that never occurs there is suggested as
   a `fingerprint`, anything else as `ambiguous` (which the engine applies only to documents judged spun).
5. Forms that the current lexicon already matches (explicit entries and their generated inflections) are
   skipped unless `--all`. The result is printed in the lexicon file format, evidence in `#` comments, for a
   human to review and merge; nothing is written to the lexicon.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..despin.compile import compile_lexicon
from ..despin.lexicon import LexiconError, load_entries
from ..despin.tokens import phrase_key, tokenize
from .lexicon_align import MAX_WORDS, align
from .lexicon_input import Pair, UsageError, clean_texts, find_pairs

MAX_EXAMPLES = 2


@dataclass
class Candidate:
    spun: str
    original: str
    key: tuple[str, ...]
    pairs: list[str] = field(default_factory=list)
    families: set[str] = field(default_factory=set)
    examples: list[str] = field(default_factory=list)
    occurrences: int = 0
    original_forms: Counter[str] = field(default_factory=Counter)
    hits: int = 0
    risk: float = 0.0
    tier: str = "ambiguous"
    alternatives: list[tuple[str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def support(self) -> int:
        return len(self.pairs)

    @property
    def provenance(self) -> str:
        return " ".join(f"dev:{f}" for f in sorted(self.families)) or "learned"

    def line(self) -> str:
        return f"{self.spun} | {self.original} | {self.tier} | - | | {self.provenance}"


class PhraseCounter:
    """Whole-token phrase counts over a set of texts (n-grams of token keys up to `MAX_WORDS` words)."""

    def __init__(self, texts: Iterable[str], max_tokens: int = 2 * MAX_WORDS):
        self.counts: Counter[tuple[str, ...]] = Counter()
        self.words = 0
        self.texts = 0
        for text in texts:
            keys = [t.key for t in tokenize(text)]
            self.words += sum(1 for k in keys if k[0].isalnum())
            self.texts += 1
            # n-grams include punctuation tokens, so that a phrase never matches across a comma or a full stop
            for n in range(1, max_tokens + 1):
                self.counts.update(zip(*(keys[i:] for i in range(n))))

    def count(self, key: tuple[str, ...]) -> int:
        return self.counts.get(key, 0)

    def per_1000(self, hits: int) -> float:
        return 1000.0 * hits / self.words if self.words else 0.0


@dataclass(frozen=True)
class Known:
    """A form the current lexicon matches: where it comes from, and what it restores to (lower case)."""

    where: str
    replacement: str


def known_forms(lexicon_paths: Sequence[Path] | None) -> dict[tuple[str, ...], Known]:
    """Token keys of every form the lexicon matches (with inflections when it compiles)."""
    paths = list(lexicon_paths) if lexicon_paths else None
    try:
        compiled = compile_lexicon(paths)
    except LexiconError:
        # an invalid lexicon does not compile; its explicit entries still tell which forms are known
        entries, _ = load_entries(paths)
        return {phrase_key(e.spun)[0]: Known(e.where, e.original.lower()) for e in entries}
    forms = {**compiled.forms}
    forms.update({tuple(w.lower() for w in k): f for k, f in compiled.cs_forms.items()})
    return {k: Known(f.entry.where, f.replacement.lower()) for k, f in forms.items()}


def _covered(swap_key: tuple[str, ...], original: str, known: dict[tuple[str, ...], Known]) -> bool:
    """Whether the lexicon already restores a multi-word swap word by word ("expertise gentle" -> "experience mild")."""
    orig_words = phrase_key(original)[0]
    if len(swap_key) < 2 or len(orig_words) != len(swap_key):
        return False
    return all(s == o or (s,) in known and known[(s,)].replacement == o for s, o in zip(swap_key, orig_words))


def learn(
    pairs: Sequence[Pair],
    clean: Sequence[str] = (),
    known: dict[tuple[str, ...], Known] | None = None,
    *,
    min_support: int = 1,
    include_known: bool = False,
) -> tuple[list[Candidate], PhraseCounter]:
    """Aggregate the swaps of all pairs into candidates, one per spun form, sorted like a lexicon file."""
    known = known or {}
    by_pair: dict[tuple[str, str], Candidate] = {}
    for pair in pairs:
        for swap in align(pair.spun, pair.original):
            cand = by_pair.setdefault((swap.spun, swap.original.lower()), Candidate(swap.spun, swap.original, swap.key))
            cand.occurrences += 1
            cand.original_forms[swap.original] += 1
            if pair.name not in cand.pairs:
                cand.pairs.append(pair.name)
                if len(cand.examples) < MAX_EXAMPLES and swap.context not in cand.examples:
                    cand.examples.append(swap.context)
            if pair.family:
                cand.families.add(pair.family)

    # the same source can be the original of several pairs (two spins of one article): count it once
    unspun = {hashlib.sha1(t.encode()).hexdigest(): t for t in [*(p.original for p in pairs), *clean]}
    counter = PhraseCounter(unspun.values())

    by_spun: dict[str, list[Candidate]] = defaultdict(list)
    for cand in by_pair.values():
        by_spun[cand.spun].append(cand)
    result = []
    for group in by_spun.values():
        group.sort(key=lambda c: (-c.support, -c.occurrences, c.original.lower()))
        best = group[0]
        covered = best.key in known or _covered(best.key, best.original, known)
        if covered and not include_known:
            continue
        if best.support < min_support:
            continue
        # "National" mid-sentence in one pair, "national" in another: a capital seen mid-sentence is the name's own
        capitalised = [f for f in best.original_forms if f != f.lower()]
        best.original = capitalised[0] if capitalised else best.original.lower()
        best.alternatives = [(c.original, c.support) for c in group[1:]]
        best.hits = counter.count(best.key)
        best.risk = counter.per_1000(best.hits)
        # a form that never occurs in unspun text is unmistakable (multi-word, or a word ordinary writers avoid)
        best.tier = "fingerprint" if best.hits == 0 else "ambiguous"
        if best.key in known:
            best.notes.append(f"already in the lexicon ({known[best.key].where})")
        elif covered:
            best.notes.append("already restored word by word by the lexicon")
        orig_key = phrase_key(best.original)[0]
        if orig_key in known:
            # the fixed text would be rewritten again: a cycle or chain that lint rejects for fingerprints
            best.notes.append(f"the original {best.original!r} is itself a spun form ({known[orig_key].where})")
        result.append(best)
    proposed = {c.key: c for c in result}
    for c in result:
        other = proposed.get(phrase_key(c.original)[0])
        if other is not None:
            kind = "a cycle" if other.original.lower() == c.spun else "a chain"
            c.notes.append(f"the original {c.original!r} is also a candidate here ({other.spun!r}): {kind}")
    result.sort(key=lambda c: (c.spun.lower(), c.spun))
    return result, counter


def format_lex(cands: Sequence[Candidate], n_pairs: int, counter: PhraseCounter) -> str:
    families = sorted({f for c in cands for f in c.families})
    out = [
        f"# newsfix lexicon learn: {len(cands)} candidates from {n_pairs} pairs"
        f" (families: {', '.join(families) or 'none'}); risk measured on {counter.words} words"
        f" of unspun text in {counter.texts} texts.",
        "# Candidates for review, not merged anywhere. Format: lexicons/README.md.",
        "# spun | original | tier | flags | guard | provenance",
    ]
    for c in cands:
        fams = f"; families {', '.join(sorted(c.families))}" if c.families else ""
        out.append("")
        out.append(
            f"# support {c.support} pair{'s' if c.support != 1 else ''} ({', '.join(c.pairs)}){fams};"
            f" risk {c.risk:.2f}/1000 words ({c.hits} hit{'s' if c.hits != 1 else ''} in unspun text)"
        )
        out += [f"#   e.g. {ex}" for ex in c.examples]
        if c.alternatives:
            out.append("#   also seen as: " + ", ".join(f"{o!r} ({n})" for o, n in c.alternatives))
        out += [f"#   note: {n}" for n in c.notes]
        out.append(c.line())
    return "\n".join(out) + "\n"


def format_json(cands: Sequence[Candidate], n_pairs: int, counter: PhraseCounter) -> str:
    doc = {
        "pairs": n_pairs,
        "unspun_words": counter.words,
        "unspun_texts": counter.texts,
        "candidates": [
            {
                "spun": c.spun,
                "original": c.original,
                "tier": c.tier,
                "flags": "-",
                "guard": "",
                "provenance": c.provenance,
                "support": c.support,
                "occurrences": c.occurrences,
                "pairs": c.pairs,
                "families": sorted(c.families),
                "examples": c.examples,
                "hits": c.hits,
                "risk_per_1000": round(c.risk, 4),
                "alternatives": [{"original": o, "support": n} for o, n in c.alternatives],
                "notes": c.notes,
                "line": c.line(),
            }
            for c in cands
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def cmd_learn(args: argparse.Namespace) -> int:
    if args.min_support < 1:
        raise UsageError("--min-support must be at least 1")
    pairs = find_pairs([Path(p) for p in args.paths])
    clean = [text for _, text in clean_texts(Path(c) for c in args.clean)]
    lex_paths = [Path(p) for p in args.lexicon]
    for p in lex_paths:
        if not p.exists():
            raise UsageError(f"{p}: no such lexicon file or folder")
    try:
        known = known_forms(lex_paths or None)
    except LexiconError as exc:
        raise UsageError(f"cannot read the lexicon: {exc}") from exc
    cands, counter = learn(pairs, clean, known, min_support=args.min_support, include_known=args.all)
    render = format_json if args.format == "json" else format_lex
    sys.stdout.write(render(cands, len(pairs), counter))
    return 0
