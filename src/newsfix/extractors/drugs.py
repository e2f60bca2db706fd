"""Drugs: DrugBank names found by drug-named-entity-recognition, plus lexicons/entities/drugs-extra.txt.

Each item: `name` (canonical, lower case), `ids` (`drugbank`, `mesh` where known, `mesh_tree`), `text`/`start`/
`end` of the first mention, `mentions`, `variants` (the distinct surface forms). The package's dictionary also
holds receptors ("NMDA receptor"), pharmacological classes ("Analgesics, Opioid") and a few ordinary words
("aman"); those are dropped here, and so is anything inside a lexicon entity (a drug class, a condition, an
institution). Matching is on whole tokens, so "ketamine" is not found in "esketamine".
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..despin.protect import Spans
from .base import ArticleContext, mention, read_rows, read_terms

ENTITY_LABELS = ("DRUG_CLASS", "CONDITION", "ADVERSE_EFFECT", "ORG", "JOURNAL")
# MeSH trees of receptors (D12.776.543), mixtures and dosage forms (D20, D26), pharmacological actions (D27)
# and devices (E07): classes and forms, not drugs
CLASS_TREES = ("D12.776.543", "D20.", "D26.", "D27.", "E07.")
TABLE_VERSION = 2  # 2: a signed cache file (newsfix.cache)


DrugRecord = tuple[str, "str | None", tuple[str, ...]]  # name, DrugBank id, MeSH tree numbers


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[DrugRecord, ...]]:
    """variant -> drug records, from a compact table cached on disk.

    The package unpickles its whole dictionary (~340 MB resident, ~1.5 s) on import. The table is therefore built
    once in a separate process, so that batch workers load a few megabytes and never import the package.
    """
    from ..cache import load_pickle

    path = _table_path()
    if path is None:
        return _build_table()  # no usable cache folder: build in this process
    table = load_pickle(path, None, dict)
    if table is None:
        subprocess.run([sys.executable, "-m", __name__], capture_output=True, text=True)
        table = load_pickle(path, None, dict)
    return table if table is not None else _build_table()  # no writable cache: build in this process


def _table_path() -> Path | None:
    from importlib.metadata import version

    from ..cache import cache_dir

    folder = cache_dir()
    name = f"drugs-{version('drug-named-entity-recognition')}-{TABLE_VERSION}.pickle"
    return None if folder is None else folder / name


def _build_table() -> dict[str, tuple[DrugRecord, ...]]:
    from drug_named_entity_recognition import drugs_finder as df

    table = {}
    for variant, canonicals in df.drug_variant_to_canonical.items():
        records = []
        for canonical in canonicals:
            data = df.drug_canonical_to_data.get(canonical, {})
            records.append((data.get("name") or canonical, data.get("drugbank_id"), tuple(data.get("mesh_tree") or ())))
        table[variant] = tuple(records)
    return table


def _write_table() -> None:
    from ..cache import write_pickles

    path = _table_path()
    if path is not None:
        write_pickles([(path, _build_table())], prefix=".drugs-")


@lru_cache(maxsize=1)
def _extras() -> dict[str, dict[str, Any]]:
    out = {}
    for row in read_rows("drugs-extra.txt"):
        name, drugbank, mesh = (list(row) + ["", "", ""])[:3]
        ids = {k: v for k, v in (("drugbank", drugbank), ("mesh", mesh)) if v}
        out[name.lower()] = {"name": name.lower(), "ids": ids}
    return out


@lru_cache(maxsize=1)
def _not_drugs() -> frozenset[str]:
    return frozenset(t.lower() for t, _ in read_terms("not-drugs.txt"))


# salts and dosage forms after a generic name: "duloxetine hydrochloride" and "lidocaine patch" are the drug itself
SALT_OR_FORM = frozenset(
    """hydrochloride hcl hydrobromide sodium potassium calcium sulfate sulphate maleate mesylate tartrate citrate
    succinate fumarate besylate bromide acetate phosphate dihydrate monohydrate hyclate dipropionate propionate
    patch patches tablet tablets capsule capsules injection infusion spray cream gel ointment solution""".split()
)


# a mineral's salt is a drug of its own name ("magnesium sulfate" for eclampsia)
MINERALS = frozenset("magnesium calcium potassium sodium zinc iron ferrous ferric copper aluminium aluminum".split())


@lru_cache(maxsize=65536)
def _lookup(variant: str) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    """Drug records for one lower-case word or bigram, filtered; cached because news repeats its drug names."""
    if variant in _not_drugs():
        return ()
    base, _, form = variant.rpartition(" ")
    if base and form in SALT_OR_FORM and " " not in base and base not in _not_drugs() and base not in MINERALS:
        records = _lookup(base)
        if any(dict(ids).get("drugbank") or name in _extras() for name, ids in records):
            return records
    if variant in _extras():
        e = _extras()[variant]
        return ((e["name"], tuple(e["ids"].items())),)
    records = _dictionary().get(variant)
    if not records:
        return ()
    out = []
    for raw_name, drugbank, trees in records:
        name = raw_name.lower()
        is_class = ", " in name or "receptor" in name or (trees and all(t.startswith(CLASS_TREES) for t in trees))
        if not drugbank and is_class:
            continue
        if len(variant) < 4 and variant != name:
            continue  # two- and three-letter synonyms are mostly abbreviations of something else
        ids: dict[str, Any] = {}
        if drugbank:
            ids["drugbank"] = drugbank
        # the package's mesh_id is often the descriptor of the drug's pharmacological action (ketamine and
        # memantine share one), so only the tree numbers, which locate the drug itself, are reported
        if trees:
            ids["mesh_tree"] = list(trees)
        out.append((name, tuple(ids.items())))
    return tuple(out)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Words that can be (or begin) a drug name: looked up in a set before any dictionary work."""
    keys = set(_dictionary()) | set(_extras())
    words = frozenset(k for k in keys if " " not in k)
    bigrams = frozenset(k for k in keys if k.count(" ") == 1)
    return words, bigrams


# a mention is a medicine when its sentence speaks of treatment: doses, trials, prescriptions, taking it
MEDICINAL = re.compile(
    r"\b(?:dos(?:e|es|ing|age)|mg|µg|μg|mcg|treat\w*|therap\w*|drugs?|medicat\w*|medicines?|prescri\w*|tak(?:e|es|en|ing)|"
    r"took|trials?|placebo|inject\w*|infusion|tablets?|pills?|approv\w*|randomi[sz]ed|arm|given|administer\w*|"
    r"receiv\w*|efficacy|side\s+effects?|patients|antiviral|antibiotic|vaccine|candidate|experimental|regimen|"
    r"weekly|daily|once|twice|spray|oral|intravenous|herbal|remed\w*|replacement|cessation|use|\w*agonists?|"
    r"inhibitors?|opioids?|analgesics?|sedatives?|anaesthe\w*|anesthe\w*)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]\s|\n")
# code-named candidates in trial context: "ABC-123", "R21/Matrix-M", "LY3298176"
CODE_NAME = re.compile(r"(?<![\w/-])(?P<code>[A-Z]{1,5}-?\d{2,7}(?:/[A-Z][\w-]+)?)(?![\w/-])")
NOT_CODE = re.compile(
    r"^(?:COVID|SARS|MERS|HPV|HIV|H\d+N\d+|IL|CD|PM|CO|NO|PFAS|ISO|ICD|MMR|DSM|BRCA|APOE|PD|GLP)", re.I
)
CODE_CONTEXT = re.compile(r"\b(?:candidate|trial|drug|compound|vaccine|experimental|investigational|dose)\b", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    a = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    b = SENTENCE_END.search(text, end)
    return text[a : b.start() if b else min(len(text), end + 300)]


WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W_]+)*")


def _occurrences(lowered: str, word: str):
    """Starts of `word` (or of a bigram: two words one space apart) as whole WORD tokens of `lowered`."""
    i = lowered.find(word)
    n = len(word)
    last = word.rsplit(" ", 1)[-1]
    while i >= 0:
        before = lowered[i - 1 : i] if i else ""
        m = WORD.match(lowered, i + n - len(last))
        if m and m.end() == i + n and not (before and (before.isalnum() or before in "'’")):
            yield i
        i = lowered.find(word, i + 1)


def extract(ctx: ArticleContext) -> list[dict[str, Any]]:
    text = ctx.text
    blocked = Spans((e.start, e.end) for e in ctx.ents_of(*ENTITY_LABELS))
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased: keep offsets exact
        lowered = "".join(c.lower()[:1] or c for c in text)
    vocab, bigrams = _vocabulary()
    items: dict[str, dict[str, Any]] = {}
    # one pass for the words; only the distinct words and word pairs that are drug names are then located
    words = WORD.findall(lowered)
    keys = {w for w in set(words) & vocab if _lookup(w)}
    keys.update(p for p in {f"{x} {y}" for x, y in zip(words, words[1:])} & bigrams if _lookup(p))
    # longest match first: a bigram ("magnesium sulfate") before its first word
    hits = sorted((start, -len(k), k) for k in keys for start in _occurrences(lowered, k))
    last = 0
    for start, _, key in hits:
        if start < last:
            continue  # inside the bigram just taken
        end = start + len(key)
        found = _lookup(key)
        if found:
            last = end
            # "NMDA receptors", "opioid receptor": a receptor named after its ligand is not a mention of the drug
            after = WORD.search(lowered, end)
            if (after and after.group() in ("receptor", "receptors")) or blocked.overlaps(start, end):
                found = ()
        for name, ids in found:
            if name not in items and not MEDICINAL.search(text, max(0, start - 250), end + 250):
                continue  # "overdoing the caffeine", "a hungry yellowfin tuna": not used as a medicine here
            item = items.get(name)
            if item is None:
                items[name] = item = {"name": name, "ids": dict(ids), **mention(text, start, end)}
                item["mentions"] = 0
                item["variants"] = []
            item["mentions"] += 1
            surface = text[start:end]
            if surface.lower() not in (v.lower() for v in item["variants"]):
                item["variants"].append(surface)
    for m in CODE_NAME.finditer(text):
        code = m.group("code")
        if NOT_CODE.match(code) or blocked.overlaps(m.start(), m.end()):
            continue
        if CODE_CONTEXT.search(_sentence(text, m.start(), m.end())):
            name = code.lower()
            item = items.setdefault(name, {"name": name, "ids": {}, **mention(text, m.start(), m.end()),
                                           "mentions": 0, "variants": []})  # fmt: skip
            item["mentions"] += 1
            if code not in item["variants"]:
                item["variants"].append(code)
    return list(items.values())


if __name__ == "__main__":
    _write_table()
