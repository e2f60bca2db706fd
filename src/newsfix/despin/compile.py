"""Compile lexicon files into a `CompiledLexicon`, and its small fingerprint-signs companion, cached on disk.

Compiling expands inflections with lemminflect, which imports spaCy; the compiled form is therefore cached on disk
(`newsfix.cache`), keyed by the content of the files and of the compiling code, and compiled in a child process, so
that `newsfix check` never loads spaCy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path

from ..cache import cache_dir, load_marshal, prune, read_verified, write_signed
from .lexicon import CompiledLexicon, Entry, Form, LexiconError, LexiconSigns, lexicon_files, load_entries, validate
from .tokens import GLUE_PREFIXES, phrase_key, word_runs

# 10: signed cache files (newsfix.cache); 11: the automaton's table and near-miss index apart; 12: marshalled tables
# (despin.packed), not pickles; 13: rows kept marshalled one by one, fields a text rarely needs unmarshalled on first
# use, glued signs as one string (packed.FORMAT 2)
CACHE_VERSION = 13
# Parts of the compiled lexicon cached in files of their own, read on first use: a `check` of texts judged clean never
# needs the near-miss index, and one of a single text never needs the automaton's table (see `load_part`).
PARTS = ("scan", "near-miss")


_digests: dict[tuple, str] = {}  # the files' names and status -> their digest, computed once per process


def _digest(files: Sequence[Path]) -> str:
    """The cache key of these lexicon files: their content and the compiling code's (the signs and the lexicon
    both need it, so it is remembered while the files' size, time and inode stay the same)."""
    import os

    try:
        key = tuple((str(f), st.st_mtime_ns, st.st_size, st.st_ino) for f in files for st in (os.stat(f),))
    except OSError:
        key = None
    digest = _digests.get(key) if key is not None else None
    if digest is None:
        digest = _compute_digest(files)
        if key is not None:
            _digests[key] = digest
    return digest


def _compute_digest(files: Sequence[Path]) -> str:
    try:  # the built-in module: hashlib would load OpenSSL, a few milliseconds of every `check` start-up
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - interpreters without it
        from hashlib import blake2b
    h = blake2b(f"newsfix-lexicon-{CACHE_VERSION}".encode(), digest_size=12)
    # the compiled form depends on the compiling code too: a changed newsfix must not load a stale cache
    here = Path(__file__).resolve().parent
    # fuzzy.py and scan.py: the near-miss index and the automaton's patterns are compiled in; packed.py: the layout
    for source in ("lexicon.py", "compile.py", "tokens.py", "fuzzy.py", "scan.py", "packed.py"):
        h.update((here / source).read_bytes())
    for f in files:
        h.update(str(f.name).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:24]


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
        compiled = _load_cached(cache, digest)
        if compiled is None and cache is not None and in_child and "spacy" not in sys.modules:
            # Inflecting imports lemminflect, and lemminflect imports spaCy: compile in a child process, so that
            # a `check` run never loads spaCy, even the first time. Problems are reported by compiling here below.
            import subprocess  # here: only a cache miss needs it, and every run's start-up would pay the import

            subprocess.run(
                [sys.executable, "-m", "newsfix.despin.compile", *map(str, files)], capture_output=True, check=False
            )
            compiled = _load_cached(cache, digest)
        if compiled is not None:
            return compiled
    entries, per_file = load_entries(files)
    problems = validate(entries, per_file)
    if problems:
        raise LexiconError("invalid lexicon:\n  " + "\n  ".join(problems[:20]))
    compiled = _build(entries)
    compiled.digest = digest
    if use_cache and cache is not None:
        _write_cache(cache, compiled)
    return compiled


def load_signs(paths: Iterable[Path] | None = None) -> LexiconSigns:
    """The fast path's sets for these lexicon files, from their small cache file; compiles on a miss (so a bad
    lexicon fails here, as it would in `compile_lexicon`)."""
    digest = _digest(lexicon_files(paths))
    signs = _cached_signs(digest, again=True)
    if signs is None:
        compiled = compile_lexicon(paths)
        signs = LexiconSigns.of(compiled)
        signs_path = _cache_path(compiled.digest, "signs")
        if signs_path is not None and not signs_path.exists():  # a cache written without its signs file
            _write_cache(_cache_path(compiled.digest), compiled)
    return signs


_signs_read: dict[str, LexiconSigns] = {}  # digest -> the signs read from the cache in this process


def _cached_signs(digest: str, again: bool = False) -> LexiconSigns | None:
    """The signs file's sets; `again`: read the file even if this process has read it before."""
    signs = None if again else _signs_read.get(digest)
    if signs is None:
        from .packed import unpack_signs

        signs = unpack_signs(load_marshal(_cache_path(digest, "signs")), digest)
        if signs is not None:
            _signs_read[digest] = signs
    return signs


def _load_cached(cache: Path | None, digest: str) -> CompiledLexicon | None:
    """The compiled lexicon from its cache file and its signs file (the sign sets are kept there only)."""
    payload = load_marshal(cache)
    signs = None if payload is None else _cached_signs(digest)
    if signs is None:
        return None
    from .packed import unpack

    try:
        return unpack(payload, digest, signs)
    except (TypeError, ValueError):
        return None


def _cache_path(digest: str, part: str = "") -> Path | None:
    folder = cache_dir()
    suffix = ".json" if part == "scan" else ".marshal"
    return None if folder is None else folder / f"lexicon-{digest}{'.' + part if part else ''}{suffix}"


def _write_cache(cache: Path, compiled: CompiledLexicon) -> None:
    digest = compiled.digest
    for part in PARTS:  # a lexicon read from the cache comes without them
        load_part(compiled, part)
    try:
        # the parts first, then the signs: a reader that finds the signs finds the whole lexicon too, or compiles it
        # again, and a reader of the lexicon finds its parts (or builds them, see load_part)
        import marshal

        from .packed import pack, pack_signs

        write_signed(
            (
                (_cache_path(digest, "scan"), _scan_json(compiled.scan_table)),
                (_cache_path(digest, "near-miss"), marshal.dumps(compiled.near_miss_anchors)),
                (_cache_path(digest, "signs"), pack_signs(LexiconSigns.of(compiled))),
                (cache, pack(compiled)),
            ),
            prefix=".lexicon-",
        )
        prune(cache.parent, "lexicon-*", keep=f"lexicon-{digest}")
    except OSError:
        pass  # an unwritable cache only costs start-up time


def load_part(lex: CompiledLexicon, part: str) -> CompiledLexicon:
    """`lex` with the automaton's table ("scan") or the near-miss index ("near-miss") filled in: from its cache file
    when the lexicon came from the cache without it, else built here from the lexicon (the same table either way)."""
    field = "scan_table" if part == "scan" else "near_miss_anchors"
    if getattr(lex, field):
        return lex
    value = None
    path = _cache_path(lex.digest, part) if lex.digest else None
    if part == "scan":
        payload = read_verified(path) if path is not None else None
        value = _scan_from_json(payload) if payload is not None else None
    else:
        value = load_marshal(path)
        value = value if isinstance(value, dict) else None
    if not value:
        if part == "scan":
            from .scan import scan_table

            value = scan_table(lex)
        else:
            from .fuzzy import near_miss_index

            value = near_miss_index(lex)
    setattr(lex, field, value)
    return lex


def _scan_json(table: tuple) -> bytes:
    """The automaton's table as JSON (strings, and its byte flags as Latin-1 text): no pickle needed to read it."""
    patterns, fingerprint, ambiguous, left, right = table
    flags = [f.decode("latin-1") for f in (fingerprint, left, right)]
    import json

    return json.dumps([patterns, flags, {k: sorted(v) for k, v in ambiguous.items()}]).encode()


def _scan_from_json(payload: memoryview) -> tuple | None:
    import json

    try:
        patterns, flags, ambiguous = json.loads(bytes(payload))
        fingerprint, left, right = (f.encode("latin-1") for f in flags)
        shared: dict[frozenset[str], frozenset[str]] = {}
        spun = {int(k): shared.setdefault(frozenset(v), frozenset(v)) for k, v in ambiguous.items()}
    except (ValueError, TypeError, AttributeError):
        return None
    return patterns, fingerprint, spun, left, right


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
            if len(words) == 1:  # case-sensitive ones too: "Basis" -> "Foundation" explains a word of a name
                key = words[0].lower()
                lex.word_swaps.setdefault(share(key, key), share(original.lower(), original.lower()))
    lex.original_words = frozenset(share(w, w) for e in entries for w in phrase_key(e.original)[0])
    every = [*lex.forms, *(_shared_words(share, tuple(w.lower() for w in k)) for k in lex.cs_forms)]
    lex.cs_firsts = frozenset(k[0].lower() for k in lex.cs_forms)
    by_first: dict[str, set[int]] = {}
    for key in map(tuple, every):
        by_first.setdefault(key[0], set()).add(len(key))
    lex.lengths = {first: tuple(sorted(ns, reverse=True)) for first, ns in by_first.items()}
    lex.singles = frozenset(k[0] for k in map(tuple, every) if len(k) == 1)
    lex.bigrams = frozenset(_shared_words(share, k[:2]) for k in every if len(k) > 1)
    from .fuzzy import COMMON_WORDS, FUNCTION_WORDS, near_miss_index  # lazily: only compiling needs it

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
    lex.fingerprint_runs = frozenset(r[0] for r in runs if len(r) == 1)
    lex.glued_fingerprint_runs = frozenset(glued_firsts - lex.fingerprint_runs)
    lex.headless_fingerprints = any(not r for r in runs)
    every_form = every_forms(lex)
    # one-run ambiguous forms: a text with many distinct ones may be spun although it holds no fingerprint
    lex.ambiguous_runs = frozenset(
        r[0] for f in every_form if f.entry.tier == "ambiguous" and len(r := word_runs(" ".join(f.words))) == 1
    )
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
    from .scan import scan_table

    lex.scan_table = scan_table(lex)
    return lex


def every_forms(lex: CompiledLexicon) -> list[Form]:
    """Every compiled form: case-insensitive, case-sensitive, and the other families' alternatives."""
    return [*lex.forms.values(), *lex.cs_forms.values(), *chain.from_iterable(lex.alternatives.values())]


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


if __name__ == "__main__":
    # the child process of compile_lexicon(): compile the given files and write the cache, through the imported
    # module, so that the pickled classes are newsfix.despin.lexicon's and not this __main__'s
    from newsfix.despin.compile import compile_lexicon as compile_in_package

    compile_in_package([Path(p) for p in sys.argv[1:]] or None, in_child=False)
