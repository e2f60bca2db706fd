"""Load, validate and compile lexicon files (the format is documented in lexicons/README.md).

Compiling expands inflections with lemminflect, which imports spaCy; the compiled form is therefore cached on disk,
keyed by the content of the files, and compiled in a child process, so that `newsfix check` never loads spaCy.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from pathlib import Path

from .tokens import GLUE_PREFIXES, phrase_key, word_runs

TIERS = ("fingerprint", "ambiguous")
FLAGS = {"n", "v", "cs", "-"}
GUARD_KINDS = {"prev", "next", "near", "!prev", "!next", "!near", "line-start", "line-end"}
CACHE_VERSION = 7


class LexiconError(ValueError):
    """A lexicon file that does not parse or validate; the message names file and line."""


@dataclass(frozen=True)
class WordSet:
    """Words a guard condition names: exact ones, and prefixes (written with a trailing `*`)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        words = list(words)
        return cls(frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*")))

    def matches_any(self, words: Collection[str]) -> bool:
        if not self.exact.isdisjoint(words):
            return True
        prefixes = self.prefixes
        return bool(prefixes) and any(w.startswith(prefixes) for w in words)


@dataclass(frozen=True)
class Guard:
    """Context conditions: the guard holds when all conditions of any one alternative hold ("A B or C")."""

    alternatives: tuple[tuple[tuple[str, WordSet], ...], ...] = ()
    source: str = ""

    @classmethod
    def parse(cls, text: str, where: str) -> Guard:
        alternatives = []
        for alternative in text.split(" or ") if text.strip() else []:
            conds = []
            for part in alternative.split():
                if part in ("line-start", "line-end"):
                    conds.append((part, WordSet.of(())))
                    continue
                kind, sep, words = part.partition("=")
                if not sep or kind not in GUARD_KINDS or not words:
                    raise LexiconError(f"{where}: bad guard condition {part!r}")
                conds.append((kind, WordSet.of(w.lower() for w in words.split(",") if w)))
            if not conds:
                raise LexiconError(f"{where}: empty alternative in guard {text!r}")
            alternatives.append(tuple(conds))
        return cls(tuple(alternatives), text)

    def __bool__(self) -> bool:
        return bool(self.alternatives)

    @property
    def sees_words(self) -> bool:
        """Whether a condition looks at neighbouring words (which a repair can change), not only at line ends."""
        return any(kind.lstrip("!") in ("prev", "next", "near") for alt in self.alternatives for kind, _ in alt)


@dataclass(frozen=True)
class Entry:
    """One line of a lexicon file."""

    spun: str
    original: str
    tier: str
    flags: frozenset[str]
    guard_text: str  # the guard column, parsed (and checked) by `parse_line`, and again on first use
    provenance: str
    where: str  # file:line, for messages and for `--explain`

    @property
    def case_sensitive(self) -> bool:
        return "cs" in self.flags

    @cached_property
    def guard(self) -> Guard:
        # parsed when first needed: a document meets a few dozen entries, and the compiled lexicon loads faster
        # without thousands of parsed guards in it
        return Guard.parse(self.guard_text, self.where)

    def __getstate__(self) -> dict:
        # what cached_property computed is not part of the entry: leave it out of the cached compiled lexicon
        return {k: v for k, v in self.__dict__.items() if k not in ("guard", "families")}

    @cached_property
    def families(self) -> frozenset[str]:
        """Spinner families named in the provenance (`dev:A`, `family:A`): an ambiguous entry tagged with families
        applies only to documents whose fingerprints point to one of them."""
        return frozenset(
            tok.split(":", 1)[1]
            for tok in self.provenance.split()
            if tok.startswith(("dev:", "family:")) and ":" in tok
        )


@dataclass(frozen=True)
class Form:
    """A concrete spun form (an entry or one of its generated inflections) and what it restores to."""

    words: tuple[str, ...]
    spaced: tuple[bool, ...]
    replacement: str
    entry: Entry

    @property
    def rule(self) -> str:
        return f"lexicon:{self.entry.spun}"


@dataclass
class CompiledLexicon:
    """Forms indexed for longest-match-first lookup."""

    forms: dict[tuple[str, ...], Form] = field(default_factory=dict)
    cs_forms: dict[tuple[str, ...], Form] = field(default_factory=dict)
    cs_firsts: frozenset[str] = frozenset()  # lower-case first words of `cs_forms`, to skip their lookup
    # further forms of a spun key that restores differently for other spinner families (tried after `forms`)
    alternatives: dict[tuple[str, ...], tuple[Form, ...]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)
    # the lengths (in tokens) of the forms starting with each first word, longest first
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # cheap pre-checks before a full lookup: one-word forms, and the first two words of longer ones
    singles: frozenset[str] = frozenset()
    bigrams: frozenset[tuple[str, str]] = frozenset()
    # Necessary signs of a fingerprint, for a fast path that rules texts out: for a one-run form, its run; for a
    # longer one, its least everyday pair of adjacent runs (letter-and-digit runs, see tokens.word_runs). A text
    # with none of these has no fingerprint. A function word glued to a form ("forpersistent ache") hides its first
    # run inside a longer one: such glued runs are among the runs too.
    fingerprint_runs: frozenset[str] = frozenset()
    fingerprint_pairs: frozenset[tuple[str, str]] = frozenset()
    headless_fingerprints: bool = False  # a fingerprint made of punctuation only: no text can be ruled out
    # where a fingerprint form may start: as `singles`/`bigrams`, for fingerprint forms only (the verdict's pass)
    fingerprint_singles: frozenset[str] = frozenset()
    fingerprint_bigrams: frozenset[tuple[str, str]] = frozenset()
    # every fingerprint form as lower-case words, and the lengths of those starting with each first word: what
    # the follow-up pass's cheap pre-check looks for where a repair has changed the text
    fingerprint_keys: frozenset[tuple[str, ...]] = frozenset()
    fingerprint_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    fingerprint_max_len: int = 1
    # a function word glued to the first word of a form of two or more words ("forpersistent"), as one token: the
    # matcher splits it (and a fingerprint may then start at either piece)
    glued_form_firsts: frozenset[str] = frozenset()
    entries: list[Entry] = field(default_factory=list)
    # the words of every entry's original (tokens): everyday science-news words, poor anchors for near misses
    original_words: frozenset[str] = frozenset()
    # fuzzy.NearMissMatcher's index (see fuzzy.near_miss_index), built once here rather than at every start-up
    near_miss_anchors: dict = field(default_factory=dict)
    # every single-word swap, any tier: used by fuzzy name restoration to explain a differing word
    word_swaps: dict[str, str] = field(default_factory=dict)
    digest: str = ""


@dataclass
class LexiconSigns:
    """What the fast path needs to rule a text out (see `CompiledLexicon`): a few sets, cached in their own small
    file, so that checking clean files never loads the whole compiled lexicon."""

    digest: str
    headless_fingerprints: bool
    fingerprint_runs: frozenset[str]
    fingerprint_pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, lex: CompiledLexicon) -> LexiconSigns:
        return cls(lex.digest, lex.headless_fingerprints, lex.fingerprint_runs, lex.fingerprint_pairs)

    def may_hold_fingerprint(self, runs: list[str]) -> bool:
        """False when the text whose word runs these are (tokens.word_runs) cannot hold a fingerprint."""
        if self.headless_fingerprints or not self.fingerprint_runs.isdisjoint(runs):
            return True
        return not self.fingerprint_pairs.isdisjoint(zip(runs, runs[1:]))


def default_lexicon_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # src/newsfix, or site-packages/newsfix
    for candidate in (package / "lexicons", package.parent.parent / "lexicons"):
        if (candidate / "README.md").exists() or any(candidate.glob("*.lex")):
            return candidate
    raise LexiconError("the lexicons folder is missing from this installation")


def lexicon_files(paths: Iterable[Path] | None = None) -> list[Path]:
    """The default lexicon files, or the given files and folders, in a stable order."""
    roots = list(paths) if paths else [default_lexicon_dir()]
    files: list[Path] = []
    for root in roots:
        root = Path(root)
        if root.is_dir():
            files += sorted(root.glob("*.lex"))
        else:
            files.append(root)
    return files


def gazetteer_files(lexicon_dir: Path | None = None) -> list[Path]:
    root = (lexicon_dir or default_lexicon_dir()) / "gazetteers"
    return sorted(root.glob("*.txt")) if root.is_dir() else []


def parse_line(line: str, where: str) -> Entry | None:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    cols = [c.strip() for c in line.rstrip("\n").split("|")]
    if len(cols) != 6:
        raise LexiconError(f"{where}: expected 6 columns separated by '|', found {len(cols)}")
    spun, original, tier, flags, guard, provenance = cols
    if not spun or not original:
        raise LexiconError(f"{where}: empty spun or original column")
    if tier not in TIERS:
        raise LexiconError(f"{where}: tier must be one of {', '.join(TIERS)}, not {tier!r}")
    flag_set = frozenset(flags.split(",")) if flags else frozenset({"-"})
    if not flag_set <= FLAGS:
        raise LexiconError(f"{where}: unknown flags {sorted(flag_set - FLAGS)}")
    if not provenance:
        raise LexiconError(f"{where}: provenance is required")
    if spun.lower() == original.lower():
        raise LexiconError(f"{where}: spun and original are the same")
    Guard.parse(guard, where)  # a bad guard is an error here, at load time
    # one object for each tier and flag set, however many entries have it: the compiled lexicon loads faster
    tier = TIERS[TIERS.index(tier)]
    flag_set = _FLAG_SETS.setdefault(flag_set - {"-"}, flag_set - {"-"})
    return Entry(spun, original, tier, flag_set, guard, provenance, where)


_FLAG_SETS: dict[frozenset[str], frozenset[str]] = {}


def read_entries(path: Path) -> list[Entry]:
    entries = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from exc
    for n, line in enumerate(lines, 1):
        entry = parse_line(line, f"{Path(path).name}:{n}")
        if entry is not None:
            entries.append(entry)
    return entries


def sort_key(entry: Entry) -> tuple[str, str]:
    return (entry.spun.lower(), entry.spun)


def validate(entries: Sequence[Entry], per_file: dict[str, list[Entry]] | None = None) -> list[str]:
    """Problems that make a lexicon unsafe: unsorted files, duplicate spun forms, chains and cycles."""
    problems: list[str] = []
    for items in (per_file or {}).values():
        keys = [sort_key(e) for e in items]
        for a, b, e in zip(keys, keys[1:], items[1:]):
            if b < a:
                problems.append(f"{e.where}: not sorted ('{e.spun}' should come before the line above)")
    seen: dict[str, list[Entry]] = {}
    for e in entries:
        k = e.spun if e.case_sensitive else e.spun.lower()
        for other in seen.get(k, ()):
            # one spun form may restore differently for different spinner families, and only so
            if not (e.families and other.families and not e.families & other.families):
                problems.append(f"{e.where}: duplicate spun form {e.spun!r} (also {other.where})")
        seen.setdefault(k, []).append(e)
    for e in entries:
        for target in seen.get(e.original.lower(), ()):
            if target.original.lower() == e.spun.lower():
                problems.append(f"{e.where}: {e.spun!r} <-> {e.original!r} is a cycle (see {target.where})")
            elif target.tier == "fingerprint":
                # fixed text must not hold a fingerprint again. An ambiguous target is safe: it applies only
                # to documents judged spun, and once every fingerprint is restored the verdict is "clean"
                problems.append(
                    f"{e.where}: {e.spun!r} -> {e.original!r}, but {e.original!r} is the fingerprint at "
                    f"{target.where} (fixing fixed text would change it again)"
                )
    return problems


def load_entries(paths: Iterable[Path] | None = None) -> tuple[list[Entry], dict[str, list[Entry]]]:
    entries: list[Entry] = []
    per_file: dict[str, list[Entry]] = {}
    for path in lexicon_files(paths):
        items = read_entries(path)
        per_file[str(path)] = items
        entries += items
    return entries, per_file


def _digest(files: Sequence[Path]) -> str:
    try:  # the built-in module: hashlib would load OpenSSL, a few milliseconds of every `check` start-up
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - interpreters without it
        from hashlib import blake2b
    h = blake2b(f"newsfix-lexicon-{CACHE_VERSION}".encode(), digest_size=12)
    # the compiled form depends on the compiling code too: a changed newsfix must not load a stale cache
    here = Path(__file__).resolve().parent
    for source in ("lexicon.py", "tokens.py", "fuzzy.py"):  # fuzzy.py: the near-miss index is compiled in
        h.update((here / source).read_bytes())
    for f in files:
        h.update(str(f.name).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:24]


def cache_dir() -> Path:
    """Where compiled data (lexicon, drug table) is cached: $NEWSFIX_CACHE_DIR, else the user cache."""
    base = os.environ.get("NEWSFIX_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfix"


def compile_lexicon(
    paths: Iterable[Path] | None = None, *, use_cache: bool = True, in_child: bool = True
) -> CompiledLexicon:
    """Parse, validate and compile lexicon files; the result is cached by content digest.

    in_child: on a cache miss, compile in a child process (see the module docstring); False in that child.
    """
    files = lexicon_files(paths)
    digest = _digest(files)
    cache = _cache_path(digest)
    if use_cache:
        compiled = _load_cache(cache, digest, CompiledLexicon)
        if compiled is None and in_child and "spacy" not in sys.modules:
            # Inflecting imports lemminflect, and lemminflect imports spaCy: compile in a child process, so that
            # a `check` run never loads spaCy, even the first time. Problems are reported by compiling here below.
            import subprocess  # here: only a cache miss needs it, and every run's start-up would pay the import

            subprocess.run(
                [sys.executable, "-m", "newsfix.despin.lexicon", *map(str, files)], capture_output=True, check=False
            )
            compiled = _load_cache(cache, digest, CompiledLexicon)
        if compiled is not None:
            return compiled
    entries, per_file = load_entries(files)
    problems = validate(entries, per_file)
    if problems:
        raise LexiconError("invalid lexicon:\n  " + "\n  ".join(problems[:20]))
    compiled = _build(entries)
    compiled.digest = digest
    if use_cache:
        _write_cache(cache, compiled)
    return compiled


def load_signs(paths: Iterable[Path] | None = None) -> LexiconSigns:
    """The fast path's sets for these lexicon files, from their small cache file; compiles on a miss (so a bad
    lexicon fails here, as it would in `compile_lexicon`)."""
    digest = _digest(lexicon_files(paths))
    signs = _load_cache(_cache_path(digest, "signs"), digest, LexiconSigns)
    if signs is None:
        compiled = compile_lexicon(paths)
        signs = LexiconSigns.of(compiled)
        if not _cache_path(compiled.digest, "signs").exists():  # a cache written without its signs file
            _write_cache(_cache_path(compiled.digest), compiled)
    return signs


def _cache_path(digest: str, part: str = "") -> Path:
    return cache_dir() / f"lexicon-{digest}{'.' + part if part else ''}.pickle"


# Set by programs that own their interpreter (the `check`/`fix` command): after a compiled lexicon loads, move it
# and everything else alive into the garbage collector's permanent generation. Otherwise every later full
# collection walks its tens of thousands of containers (about 10 ms each time). A library call leaves the host
# process's collector alone.
FREEZE_AFTER_LOAD = False


def _load_cache(cache: Path, digest: str, kind: type):
    # The cyclic garbage collector would run many times while tens of thousands of containers are unpickled, and
    # none of them can be garbage: pausing it saves about a third of the load time.
    paused = gc.isenabled()
    gc.disable()
    try:
        with cache.open("rb") as fh:
            loaded = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    finally:
        if paused:
            gc.enable()
    if FREEZE_AFTER_LOAD:
        gc.freeze()
    return loaded if isinstance(loaded, kind) and loaded.digest == digest else None


def _write_cache(cache: Path, compiled: CompiledLexicon) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only a cache miss writes

        # the signs first: a reader that finds them finds the whole lexicon too, or compiles it again
        for path, data in ((_cache_path(compiled.digest, "signs"), LexiconSigns.of(compiled)), (cache, compiled)):
            fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".lexicon-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        _prune(cache.parent, keep=compiled.digest)
    except OSError:
        pass  # an unwritable cache only costs start-up time


def _prune(folder: Path, keep: str, days: int = 30) -> None:
    """Drop compiled lexicons not used for a month (each edit of a lexicon file leaves one behind)."""
    limit = time.time() - days * 86400
    for old in folder.glob("lexicon-*.pickle"):
        if not old.name.startswith(f"lexicon-{keep}") and max(old.stat().st_mtime, old.stat().st_atime) < limit:
            old.unlink(missing_ok=True)


def _build(entries: Sequence[Entry]) -> CompiledLexicon:
    lex = CompiledLexicon(entries=list(entries))
    # Equal words, keys and pairs as one object each: pickle writes a shared object once and loads it once, and the
    # lexicon's many sets and indexes repeat the same few thousand words (a third faster to load).
    shared: dict = {}
    share = shared.setdefault
    explicit = {(e.spun if e.case_sensitive else e.spun.lower()) for e in entries}
    for e in entries:
        for spun, original in [(e.spun, e.original), *_inflections(e)]:
            if spun != e.spun and (spun if e.case_sensitive else spun.lower()) in explicit:
                continue  # an explicit entry beats a generated form
            words, spaced = phrase_key(spun, e.case_sensitive)
            if not words:
                continue
            words, spaced = _shared_words(share, words), share(spaced, spaced)
            table = lex.cs_forms if e.case_sensitive else lex.forms
            form = Form(words, spaced, share(original, original), e)
            present = table.setdefault(words, form)
            if present.entry is not e and not e.case_sensitive:
                lex.alternatives[words] = (*lex.alternatives.get(words, ()), form)
            first = words[0].lower()
            lex.max_len[first] = max(lex.max_len.get(first, 0), len(words))
            if len(words) == 1 and not e.case_sensitive:
                lex.word_swaps.setdefault(words[0], share(original.lower(), original.lower()))
    lex.original_words = frozenset(share(w, w) for e in entries for w in phrase_key(e.original)[0])
    every = [*lex.forms, *(_shared_words(share, tuple(w.lower() for w in k)) for k in lex.cs_forms)]
    lex.cs_firsts = frozenset(k[0].lower() for k in lex.cs_forms)
    by_first: dict[str, set[int]] = {}
    for key in map(tuple, every):
        by_first.setdefault(key[0], set()).add(len(key))
    lex.lengths = {first: tuple(sorted(ns, reverse=True)) for first, ns in by_first.items()}
    lex.singles = frozenset(k[0] for k in map(tuple, every) if len(k) == 1)
    lex.bigrams = frozenset(_shared_words(share, k[:2]) for k in every if len(k) > 1)
    from .fuzzy import COMMON_WORDS, FUNCTION_WORDS, near_miss_index  # fuzzy imports this module

    # runs of words the lexicon restores to are everyday science-news words: the worst signs
    everyday = {run for e in entries for run in word_runs(e.original)}
    frequent = FUNCTION_WORDS | COMMON_WORDS
    forms = [f for t in (lex.forms, lex.cs_forms) for f in t.values() if f.entry.tier == "fingerprint"]
    runs = [_shared_words(share, word_runs(" ".join(f.words))) for f in forms]

    def rarest_pair(r: tuple[str, ...], original: str) -> tuple[str, str]:
        """The pair of a form least likely in unspun text: not two frequent words ("with the"), not a pair the
        original has too ("public health" of "public health and fitness"), then the least everyday, the longest."""
        o = word_runs(original)
        kept = set(zip(o, o[1:]))
        pair = min(
            zip(r, r[1:]),
            key=lambda p: (
                p[0] in frequent and p[1] in frequent,
                p in kept,
                (p[0] in everyday) + (p[1] in everyday),
                -len(p[0]) - len(p[1]),
            ),
        )
        return share(pair, pair)

    lex.fingerprint_pairs = frozenset(rarest_pair(r, f.replacement) for r, f in zip(runs, forms) if len(r) > 1)
    firsts = {r[0] for r in runs if r}
    # the glue split needs at least 4 letters after the function word (despin._split_glued)
    glued_firsts = {share(p + f, p + f) for p in GLUE_PREFIXES for f in firsts if len(f) >= 4}
    lex.fingerprint_runs = frozenset({r[0] for r in runs if len(r) == 1} | glued_firsts)
    lex.headless_fingerprints = any(not r for r in runs)
    every_form = (*lex.forms.values(), *lex.cs_forms.values(), *chain.from_iterable(lex.alternatives.values()))
    fingerprint_keys = [
        _shared_words(share, tuple(w.lower() for w in f.words)) for f in every_form if f.entry.tier == "fingerprint"
    ]
    lex.fingerprint_singles = frozenset(k[0] for k in fingerprint_keys if len(k) == 1)
    lex.fingerprint_bigrams = frozenset(_shared_words(share, k[:2]) for k in fingerprint_keys if len(k) > 1)
    lex.fingerprint_keys = frozenset(fingerprint_keys)
    fp_lengths: dict[str, set[int]] = {}
    for key in fingerprint_keys:
        fp_lengths.setdefault(key[0], set()).add(len(key))
    lex.fingerprint_lengths = {first: tuple(sorted(ns, reverse=True)) for first, ns in fp_lengths.items()}
    lex.fingerprint_max_len = max(map(len, fingerprint_keys), default=1)
    # the glue split needs at least 4 letters after the function word (despin._split_glued)
    lex.glued_form_firsts = frozenset(
        share(g + f, g + f) for g in GLUE_PREFIXES for f, n in lex.max_len.items() if n > 1 and len(f) >= 4
    )
    lex.near_miss_anchors = near_miss_index(lex)
    return lex


def _shared_words(share: Callable, words: Sequence[str]) -> tuple[str, ...]:
    """`words` as a tuple, its words and itself the objects `share` (a dict's setdefault) has for them."""
    key = tuple(share(w, w) for w in words)
    return share(key, key)


def inflections(e: Entry) -> list[tuple[str, str]]:
    """The (spun, original) forms that an entry's `n`/`v` flag generates (imports lemminflect, hence spaCy)."""
    return _inflections(e)


def compile_entries(entries: Sequence[Entry]) -> CompiledLexicon:
    """Index already parsed entries for matching, without validating or caching them (for `newsfix lexicon lint`)."""
    return _build(entries)


def _inflections(e: Entry) -> list[tuple[str, str]]:
    if "n" in e.flags:
        return _inflect_word(e, -1, ("NNS",), "NOUN")
    if "v" in e.flags:
        return _inflect_word(e, 0, ("VBZ", "VBD", "VBG", "VBN"), "VERB")
    return []


def _inflect_word(e: Entry, index: int, tags: Sequence[str], upos: str) -> list[tuple[str, str]]:
    from lemminflect import getInflection  # only on a cache miss: it imports spaCy

    spun_words, orig_words = e.spun.split(" "), e.original.split(" ")
    out = []
    for tag in tags:
        s = getInflection(spun_words[index], tag=tag, inflect_oov=True)
        o = getInflection(orig_words[index], tag=tag, inflect_oov=True)
        if not s or not o:
            continue
        s_words, o_words = list(spun_words), list(orig_words)
        s_words[index], o_words[index] = s[0], _keep_case(orig_words[index], o[0])
        out.append((" ".join(s_words), " ".join(o_words)))
    return out


def _keep_case(model: str, word: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() else word


@dataclass(frozen=True)
class Gazetteer:
    """Canonical names, for fuzzy restoration of spun proper names."""

    names: tuple[str, ...]

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Gazetteer:
        names: list[str] = []
        for path in gazetteer_files(lexicon_dir):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    names.append(line)
        return cls(tuple(dict.fromkeys(names)))


if __name__ == "__main__":
    # the child process of compile_lexicon(): compile the given files and write the cache, through the imported
    # module, so that the pickled classes are newsfix.despin.lexicon's and not this __main__'s
    from newsfix.despin.lexicon import compile_lexicon as compile_in_package

    compile_in_package([Path(p) for p in sys.argv[1:]] or None, in_child=False)
