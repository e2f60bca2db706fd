"""The gazetteer names' index (`fuzzy.name_index`: NameRestorer's tables), cached on disk beside the compiled lexicon.

Building it tokenizes the ~1,500 gazetteer names and places each through its anchor words: about 15 ms, which every
process that meets a spun text paid. The index is plain tuples, dicts, lists, sets and strings, so it is `marshal`led
to a signed cache file (`newsfix.cache`), keyed by everything it depends on: the gazetteer files' names and content,
the lexicon's digest (its `word_swaps`, and the code that builds the index: `fuzzy.py` and `tokens.py` are part of
that digest), this module's code and FORMAT. Without a usable cache file it is built, as before, and written for the
next process; an unwritable cache only costs time.
"""

from __future__ import annotations

from pathlib import Path

from ..cache import cache_dir, load_marshal, prune, write_signed
from .fuzzy import NameIndex, NameRestorer, name_index
from .lexicon import CompiledLexicon, Gazetteer, gazetteer_files

FORMAT = 2  # the layout of the cached tuple below (1 also held the table the others are made from)


def load_names(lexicon_dir: Path | None, lex: CompiledLexicon) -> NameRestorer:
    """The NameRestorer of the gazetteers in `lexicon_dir` (None: the built-in ones) and `lex`'s swaps: its index
    from the cache file when there is a usable one, else built (and cached)."""
    files = gazetteer_files(lexicon_dir)
    digest = names_digest(files, lex.digest) if lex.digest else None
    folder = cache_dir() if digest else None
    path = None if folder is None else folder / f"names-{digest}.marshal"
    index = _unpack(load_marshal(path), digest)
    if index is None:
        index = name_index(Gazetteer.load(lexicon_dir), lex.word_swaps)
        if path is not None:
            import marshal

            try:
                write_signed([(path, marshal.dumps((FORMAT, digest, *index)))], prefix=".names-")
                prune(path.parent, "names-*", keep=f"names-{digest}")
            except (OSError, ValueError):
                pass  # an unwritable cache only costs start-up time
    return NameRestorer(None, lex.word_swaps, index)


def names_digest(files: list[Path], lexicon_digest: str) -> str | None:
    """The cache key of the index of these gazetteer files with the lexicon of `lexicon_digest`; None if a file
    cannot be read (the index is then built, which reports the problem as it always did)."""
    try:  # the built-in module: hashlib would load OpenSSL, a few milliseconds of every `check` start-up
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - interpreters without it
        from hashlib import blake2b
    h = blake2b(f"newsfix-names-{FORMAT}-{lexicon_digest}".encode(), digest_size=12)
    try:
        h.update(Path(__file__).read_bytes())  # the packing code below
        for f in files:
            data = f.read_bytes()
            h.update(f"\0{f.name}\0{len(data)}\0".encode())
            h.update(data)
    except OSError:
        return None
    return h.hexdigest()[:24]


def _unpack(payload: object, digest: str | None) -> NameIndex | None:
    """The index from the cached tuple (as `marshal.loads` gave it back), or None if it is not one for `digest`."""
    if not (isinstance(payload, tuple) and len(payload) == 5 and payload[:2] == (FORMAT, digest)):
        return None
    known, offsets, placements = payload[2:]
    if not (isinstance(known, set) and isinstance(offsets, dict)):
        return None
    if not (isinstance(placements, dict) and placements.keys() == offsets.keys()):
        return None
    return known, offsets, placements
