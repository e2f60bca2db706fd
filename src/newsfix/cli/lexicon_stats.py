"""`newsfix lexicon stats`: count lexicon entries.

Counts entries per file, tier, flag, spinner family (`dev:X` in the provenance column), origin (curated, mined,
mined and reviewed, thesaurus model) and guard kind, with the spinner models' generated tables and the family
signatures found beside the lexicons and the gazetteers' names. Exit 1 when a lexicon line does not parse.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..despin.lexicon import Entry
from ..despin.tokens import phrase_key
from .lexicon_input import _display
from .lexicon_lint import lint_files, parse_files

# a family letter or code, or "?" for a spinner not yet named (the engine tags and gates those entries too)
FAMILY = re.compile(r"\b(?:dev|family|mined|model):([A-Z][A-Za-z0-9]*\b|\?(?!\S))")


def origin(provenance: str) -> str:
    """Where an entry comes from: `thesaurus-model` (generated from a spinner model of a public thesaurus), `mined`
    (learned from real spun/original pairs and accepted by the mining rules alone: `mined`, `dev:`),
    `mined, reviewed` (learned from pairs and written or checked by an editor: those tags and `editor`), or
    `curated` (an editor's entry without pair evidence)."""
    words = provenance.split()
    if any(w.startswith("model:") for w in words):
        return "thesaurus-model"
    if any(w == "mined" or w.startswith(("mined:", "dev:")) for w in words):
        return "mined, reviewed" if "editor" in words else "mined"
    return "curated"


def stats(paths: Sequence[Path]) -> dict:
    lex_files, gaz_files = lint_files(paths)
    entries, per_file, problems = parse_files(lex_files)
    bad = [p for p in problems if p.severity == "error"]

    def count(items: Sequence[Entry]) -> dict:
        flags: Counter[str] = Counter()
        families: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        guards: Counter[str] = Counter()
        for e in items:
            flags.update(sorted(e.flags) or ["-"])
            families.update(set(FAMILY.findall(e.provenance)))
            sources.update(w.split(":")[0] for w in e.provenance.split() if "=" not in w)  # not "sites=2"
            for alt in e.guard.alternatives:
                guards.update(kind for kind, _ in alt)
        return {
            "entries": len(items),
            "tiers": dict(sorted(Counter(e.tier for e in items).items())),
            "flags": dict(sorted(flags.items())),
            "families": dict(sorted(families.items())),
            "origins": dict(sorted(Counter(origin(e.provenance) for e in items).items())),
            "provenance": dict(sorted(sources.items())),
            "guarded": sum(1 for e in items if e.guard),
            "guard_conditions": dict(sorted(guards.items())),
            "multi_word": sum(1 for e in items if len(phrase_key(e.spun)[0]) > 1),
        }

    gazetteers = {}
    for g in gaz_files:
        lines = g.read_text(encoding="utf-8").splitlines()
        gazetteers[_display(g)] = sum(1 for x in lines if x.strip() and not x.strip().startswith("#"))
    folders = {g.parent.parent for g in gaz_files} | {f.parent for f in lex_files}
    models = spinner_model_stats(folders)
    signatures = signature_stats(folders)
    total = count(entries)
    # every restoring entry by where it comes from: the lexicon files' entries and the models' generated ones
    origins = Counter(total["origins"])
    families = Counter(total["families"])
    for m in models.values():
        origins["thesaurus-model"] += m["entries"]
        families[m["family"].split(",")[0]] += m["entries"]  # a model of several families counts for its first
    return {
        "files": {name: count(items) for name, items in per_file.items()},
        "total": total,
        "models": models,
        "signatures": signatures,
        "by_origin": dict(sorted(origins.items())),
        "by_family": dict(sorted(families.items())),
        "gazetteers": gazetteers,
        "unparsed_lines": [str(p) for p in bad],
    }


def spinner_model_stats(folders: Iterable[Path]) -> dict:
    """The spinner models' generated tables found beside the lexicons (despin/spinner_models.py, rewriter_model.py)."""
    from ..despin import rewriter_model, spinner_models

    out = {}
    for folder in sorted(folders):
        model = spinner_models.MythesFirstModel(folder / "thesaurus")
        if model.table:
            singles, phrases = model.signature
            out[spinner_models.RULE.removeprefix("model:")] = {
                "entries": len(model.table),
                "signature": len(singles) + len(phrases),
                "family": spinner_models.FAMILY,
                "table": _display(folder / "thesaurus" / "mythes-first-inverse.tsv"),
            }
        rewriter = rewriter_model.RewriterModel(folder / "thesaurus")
        if rewriter.table:
            out[rewriter_model.RULE.removeprefix("model:")] = {
                "entries": len(rewriter.table),
                "signature": 0,  # no gate of its own: the page's fingerprints attribute it
                "family": ",".join(sorted(rewriter_model.FAMILIES)),
                "table": _display(rewriter.path),
            }
    return out


def signature_stats(folders: Iterable[Path]) -> dict:
    """The family signatures found beside the lexicons (despin/signatures.py): they add no entries, they attribute
    pages to a family so that its entries apply."""
    from ..despin.signatures import FamilySignatures

    out = {}
    for folder in sorted(folders):
        for sig in FamilySignatures(folder / "signatures").signatures:
            out[_display(folder / "signatures" / f"{sig.family}.txt")] = {
                "family": sig.family,
                "words": len(sig.words),
                "min_distinct": sig.min_distinct,
                "min_density": sig.min_density,
            }
    return out


def format_stats(doc: dict) -> str:
    out = []

    def block(title: str, c: dict) -> None:
        out.append(f"{title}: {c['entries']} entries ({c['multi_word']} multi-word, {c['guarded']} guarded)")
        for label in ("tiers", "flags", "origins", "families", "provenance", "guard_conditions"):
            if c[label]:
                items = ", ".join(f"{k} {v}" for k, v in sorted(c[label].items(), key=lambda kv: (-kv[1], kv[0])))
                out.append(f"  {label.replace('_', ' ')}: {items}")

    for name, c in doc["files"].items():
        block(name, c)
    for name, m in doc.get("models", {}).items():
        out.append(
            f"{m['table']}: spinner model {name}, family {m['family']}: {m['entries']} generated entries "
            + (
                f"({m['signature']} signature forms for its page gate)"
                if m["signature"]
                else "(pages attributed by their fingerprints)"
            )
        )
    for name, s in doc.get("signatures", {}).items():
        out.append(
            f"{name}: family signature {s['family']}: {s['words']} words (a page needs {s['min_distinct']} distinct, "
            f"{s['min_density']:g} per 1000 words)"
        )
    block("total", doc["total"])
    for label in ("by_origin", "by_family"):
        items = ", ".join(f"{k} {v}" for k, v in sorted(doc[label].items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"lexicon entries and spinner-model entries {label.replace('_', ' ')}: {items}")
    for name, n in doc["gazetteers"].items():
        out.append(f"{name}: {n} names")
    return "\n".join(out) + "\n"


def cmd_stats(args: argparse.Namespace) -> int:
    doc = stats([Path(p) for p in args.paths])
    if args.format == "json":
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        sys.stdout.write(format_stats(doc))
    for line in doc["unparsed_lines"]:
        print(line, file=sys.stderr)
    return 1 if doc["unparsed_lines"] else 0
