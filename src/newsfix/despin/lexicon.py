"""The lexicon format: entries, guards, forms and the compiled lexicon's shape; find, parse and validate lexicon
files (the format is documented in lexicons/README.md). Compiling is `despin.compile`, the disk cache `newsfix.cache`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import cached_property
from pathlib import Path

from ..model import LEXICON_TIERS as TIERS
from ..records import Frozen

FLAGS = {"n", "v", "cs", "-"}
GUARD_KINDS = {"prev", "next", "near", "!prev", "!next", "!near", "line-start", "line-end"}


class LexiconError(ValueError):
    """A lexicon file that does not parse or validate; the message names file and line."""


class WordSet(Frozen):
    """Words a guard condition names: exact ones, and prefixes (written with a trailing `*`)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def __init__(self, exact: frozenset[str], prefixes: tuple[str, ...]) -> None:
        self.__dict__.update(exact=exact, prefixes=prefixes)

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        words = list(words)
        return cls(frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*")))

    def matches_any(self, words: Collection[str]) -> bool:
        if not self.exact.isdisjoint(words):
            return True
        prefixes = self.prefixes
        return bool(prefixes) and any(w.startswith(prefixes) for w in words)


class Guard(Frozen):
    """Context conditions: the guard holds when all conditions of any one alternative hold ("A B or C")."""

    alternatives: tuple[tuple[tuple[str, WordSet], ...], ...]
    source: str

    def __init__(self, alternatives: tuple = (), source: str = "") -> None:
        self.__dict__.update(alternatives=alternatives, source=source)

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


class Entry(Frozen):
    """One line of a lexicon file."""

    spun: str
    original: str
    tier: str
    flags: frozenset[str]
    guard_text: str  # the guard column, parsed (and checked) by `parse_line`, and again on first use
    provenance: str
    where: str  # file:line, for messages and for `--explain`

    def __init__(
        self, spun: str, original: str, tier: str, flags: frozenset[str], guard_text: str, provenance: str, where: str
    ) -> None:
        fields = {"spun": spun, "original": original, "tier": tier, "flags": flags, "guard_text": guard_text}
        self.__dict__.update(fields, provenance=provenance, where=where)

    @property
    def case_sensitive(self) -> bool:
        return "cs" in self.flags

    @cached_property
    def guard(self) -> Guard:
        # parsed when first needed: a document meets a few dozen entries, and the compiled lexicon loads faster
        # without thousands of parsed guards in it
        return Guard.parse(self.guard_text, self.where)

    @cached_property
    def families(self) -> frozenset[str]:
        """Spinner families named in the provenance (`dev:A`, `family:A`): an ambiguous entry tagged with families
        applies only to documents whose fingerprints point to one of them."""
        return frozenset(
            tok.split(":", 1)[1]
            for tok in self.provenance.split()
            if tok.startswith(("dev:", "family:")) and ":" in tok
        )


class Form(Frozen):
    """A concrete spun form (an entry or one of its generated inflections) and what it restores to."""

    words: tuple[str, ...]
    spaced: tuple[bool, ...]
    replacement: str
    entry: Entry

    def __init__(self, words: tuple[str, ...], spaced: tuple[bool, ...], replacement: str, entry: Entry) -> None:
        self.__dict__.update(words=words, spaced=spaced, replacement=replacement, entry=entry)

    @property
    def rule(self) -> str:
        return f"lexicon:{self.entry.spun}"


class CompiledLexicon:
    """Forms indexed for longest-match-first lookup; keyword arguments set fields, the others start empty."""

    forms: dict[tuple[str, ...], Form]
    cs_forms: dict[tuple[str, ...], Form]
    cs_firsts: frozenset[str] = frozenset()  # lower-case first words of `cs_forms`, to skip their lookup
    # further forms of a spun key that restores differently for other spinner families (tried after `forms`)
    alternatives: dict[tuple[str, ...], tuple[Form, ...]]
    max_len: dict[str, int]
    # the lengths (in tokens) of the forms starting with each first word, longest first
    lengths: dict[str, tuple[int, ...]]
    # cheap pre-checks before a full lookup: one-word forms, and the first two words of longer ones
    singles: frozenset[str] = frozenset()
    bigrams: frozenset[tuple[str, str]] = frozenset()
    # Necessary signs of a fingerprint, for a fast path that rules texts out: for a one-run form, its run; for a
    # longer one, its least everyday pair of adjacent runs (letter-and-digit runs, see tokens.word_runs). A text
    # with none of these has no fingerprint. A function word glued to a form ("forpersistent ache") hides its first
    # run inside a longer one: such glued runs are signs too, kept apart (about 25,000 of them against a hundred
    # one-run forms: a text showing another sign never needs them, and a one-file start need not load them).
    fingerprint_runs: frozenset[str] = frozenset()
    fingerprint_pairs: frozenset[tuple[str, str]] = frozenset()
    glued_fingerprint_runs: frozenset[str] = frozenset()
    headless_fingerprints: bool = False  # a fingerprint made of punctuation only: no text can be ruled out
    # one-run ambiguous forms: a text with many distinct ones may be spun although it holds no fingerprint
    ambiguous_runs: frozenset[str] = frozenset()
    # where a fingerprint form may start: as `singles`/`bigrams`, for fingerprint forms only (the verdict's pass)
    fingerprint_singles: frozenset[str] = frozenset()
    fingerprint_bigrams: frozenset[tuple[str, str]] = frozenset()
    # every fingerprint form as lower-case words, and the lengths of those starting with each first word: what
    # the follow-up pass's cheap pre-check looks for where a repair has changed the text
    fingerprint_keys: frozenset[tuple[str, ...]] = frozenset()
    fingerprint_lengths: dict[str, tuple[int, ...]]
    fingerprint_max_len: int = 1
    # a function word glued to the first word of a form of two or more words ("forpersistent"), as one token: the
    # matcher splits it (and a fingerprint may then start at either piece)
    glued_form_firsts: frozenset[str] = frozenset()
    entries: list[Entry]
    # the words of every entry's original (tokens): everyday science-news words, poor anchors for near misses
    original_words: frozenset[str] = frozenset()
    # fuzzy.NearMissMatcher's index (see fuzzy.near_miss_index), built once here rather than at every start-up
    near_miss_anchors: dict
    # every single-word swap, any tier: used by fuzzy name restoration to explain a differing word
    word_swaps: dict[str, str]
    # the patterns of scan.FormScanner's automaton and what each stands for (see scan.scan_table)
    scan_table: tuple = ()
    digest: str = ""

    def __init__(self, **fields: object) -> None:
        for name in _EMPTY_DICTS:
            setattr(self, name, {})
        self.entries = []
        for name, value in fields.items():
            if name not in LEXICON_FIELDS:
                raise TypeError(f"CompiledLexicon() got an unexpected keyword argument {name!r}")
            setattr(self, name, value)


LEXICON_FIELDS = tuple(CompiledLexicon.__annotations__)
_EMPTY_DICTS = ("forms", "cs_forms", "alternatives", "max_len", "lengths", "fingerprint_lengths")
_EMPTY_DICTS += ("near_miss_anchors", "word_swaps")


class LexiconSigns:
    """What the fast path needs to rule a text out (see `CompiledLexicon`): a few sets, cached in their own small
    file, so that checking clean files never loads the whole compiled lexicon.

    `glued_runs` may come as one string of space-separated runs (as the cache file keeps them: one string object
    to load instead of 25,000 set entries); it becomes a set when a text first shows none of the other signs."""

    def __init__(
        self,
        digest: str,
        headless_fingerprints: bool,
        fingerprint_runs: frozenset[str],
        fingerprint_pairs: frozenset[tuple[str, str]],
        ambiguous_runs: frozenset[str] = frozenset(),
        glued_runs: frozenset[str] | str = frozenset(),
    ) -> None:
        self.digest, self.headless_fingerprints = digest, headless_fingerprints
        self.fingerprint_runs, self.fingerprint_pairs, self.ambiguous_runs = (
            fingerprint_runs,
            fingerprint_pairs,
            ambiguous_runs,
        )
        self._glued = glued_runs

    @classmethod
    def of(cls, lex: CompiledLexicon) -> LexiconSigns:
        return cls(
            lex.digest,
            lex.headless_fingerprints,
            lex.fingerprint_runs,
            lex.fingerprint_pairs,
            lex.ambiguous_runs,
            lex.glued_fingerprint_runs,
        )

    @property
    def glued_runs(self) -> frozenset[str]:
        if isinstance(self._glued, str):
            self._glued = frozenset(self._glued.split())  # runs hold no white space
        return self._glued

    def swap_hits(self, runs: list[str]) -> int:
        """How many distinct one-run ambiguous forms the text's word runs hold (an upper bound for those forms)."""
        return len(self.ambiguous_runs.intersection(runs))

    def may_hold_fingerprint(self, runs: list[str]) -> bool:
        """False when the text whose word runs these are (tokens.word_runs) cannot hold a fingerprint."""
        if self.headless_fingerprints or not self.fingerprint_runs.isdisjoint(runs):
            return True
        if not self.fingerprint_pairs.isdisjoint(zip(runs, runs[1:])):
            return True
        return not self.glued_runs.isdisjoint(runs)  # last: the only sign whose set may still have to be built


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


class Gazetteer(Frozen):
    """Canonical names, for fuzzy restoration of spun proper names."""

    names: tuple[str, ...]

    def __init__(self, names: tuple[str, ...]) -> None:
        self.__dict__.update(names=names)

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Gazetteer:
        names: list[str] = []
        for path in gazetteer_files(lexicon_dir):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    names.append(line)
        return cls(tuple(dict.fromkeys(names)))
