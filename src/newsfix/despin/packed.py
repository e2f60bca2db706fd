"""The compiled lexicon as plain tables for its cache file, and the lazy views that give its forms and entries back.

The cache file is `marshal`led tuples, dicts, sets and strings (no classes: `marshal` builds no objects of its own
choosing and runs no code), checked by `newsfix.cache`'s keyed digest before it is read. A start-up then builds no
`Form` or `Entry` objects: `FormTable` and `EntryTable` make one when a text first meets it (a one-file `check` meets
a few dozen of the lexicon's ~8,000 forms). The fast path's sign sets are not repeated here: the lexicon takes them
from its signs file, which every `Normalizer` has read before it loads the lexicon.
"""

from __future__ import annotations

import marshal

from .lexicon import LEXICON_FIELDS, CompiledLexicon, Entry, Form, LexiconSigns

FORMAT = 1  # the layout of the tuples below; compile.CACHE_VERSION changes with it
# CompiledLexicon's fields that are not stored as they are: the form and entry tables, the parts cached apart
# (compile.PARTS), and the sign sets (from the signs file)
_TABLES = ("forms", "cs_forms", "alternatives", "entries", "near_miss_anchors", "scan_table")
_SIGNS = ("headless_fingerprints", "fingerprint_runs", "fingerprint_pairs", "ambiguous_runs")


class EntryTable:
    """The lexicon's entries (a read-only sequence), each built from its row on first use."""

    __slots__ = ("_built", "_rows")

    def __init__(self, rows: tuple) -> None:
        self._rows = rows
        self._built: list[Entry | None] = [None] * len(rows)

    def __getitem__(self, i: int) -> Entry:
        entry = self._built[i]
        if entry is None:
            entry = self._built[i] = Entry(*self._rows[i])
        return entry

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return map(self.__getitem__, range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, EntryTable)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


class FormTable:
    """Words -> `Form` (a read-only mapping, as `CompiledLexicon.forms` is when compiled), each form built from its
    row on first use."""

    __slots__ = ("_built", "_entries", "_index", "_rows")

    def __init__(self, index: dict[tuple[str, ...], int], rows: tuple, built: list, entries: EntryTable) -> None:
        self._index, self._rows, self._built, self._entries = index, rows, built, entries

    def _form(self, i: int) -> Form:
        form = self._built[i]
        if form is None:
            words, spaced, replacement, entry = self._rows[i]
            form = self._built[i] = Form(words, spaced, replacement, self._entries[entry])
        return form

    def get(self, key: tuple[str, ...], default: Form | None = None) -> Form | None:
        i = self._index.get(key)
        return default if i is None else self._form(i)

    def __getitem__(self, key: tuple[str, ...]) -> Form:
        return self._form(self._index[key])

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __len__(self) -> int:
        return len(self._index)

    def __iter__(self):
        return iter(self._index)

    def keys(self):
        return self._index.keys()

    def values(self) -> list[Form]:
        return list(map(self._form, self._index.values()))

    def items(self) -> list[tuple[tuple[str, ...], Form]]:
        return list(zip(self._index, map(self._form, self._index.values())))

    def __eq__(self, other: object) -> bool:
        return dict(self.items()) == dict(other.items()) if isinstance(other, (dict, FormTable)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


def pack(lex: CompiledLexicon) -> bytes:
    """The lexicon's cache payload (without the parts cached apart and the sign sets)."""
    entries = list(lex.entries)
    entry_at = {id(e): k for k, e in enumerate(entries)}
    rows: list[tuple] = []
    form_at: dict[int, int] = {}

    def number(form: Form) -> int:
        if id(form) not in form_at:
            form_at[id(form)] = len(rows)
            rows.append((form.words, form.spaced, form.replacement, entry_at[id(form.entry)]))
        return form_at[id(form)]

    forms = {k: number(f) for k, f in lex.forms.items()}
    cs_forms = {k: number(f) for k, f in lex.cs_forms.items()}
    alternatives = {k: tuple(map(number, fs)) for k, fs in lex.alternatives.items()}
    entry_rows = tuple((e.spun, e.original, e.tier, e.flags, e.guard_text, e.provenance, e.where) for e in entries)
    fields = {name: getattr(lex, name) for name in LEXICON_FIELDS if name not in _TABLES and name not in _SIGNS}
    return marshal.dumps((FORMAT, lex.digest, fields, tuple(rows), entry_rows, forms, cs_forms, alternatives))


def unpack(payload: object, digest: str, signs: LexiconSigns) -> CompiledLexicon | None:
    """The lexicon from `pack`'s tables (as `marshal.loads` gave them back), or None if they are not such tables."""
    if not (isinstance(payload, tuple) and len(payload) == 8 and payload[:2] == (FORMAT, digest)):
        return None
    _, _, fields, rows, entry_rows, forms, cs_forms, alternatives = payload
    entries = EntryTable(entry_rows)
    built: list[Form | None] = [None] * len(rows)
    table = FormTable(forms, rows, built, entries)
    lex = CompiledLexicon(
        forms=table,  # type: ignore[arg-type]
        cs_forms={k: table._form(i) for k, i in cs_forms.items()},
        alternatives={k: tuple(map(table._form, fs)) for k, fs in alternatives.items()},
        entries=entries,  # type: ignore[arg-type]
        **fields,
    )
    lex.headless_fingerprints = signs.headless_fingerprints
    lex.fingerprint_runs, lex.fingerprint_pairs = signs.fingerprint_runs, signs.fingerprint_pairs
    lex.ambiguous_runs = signs.ambiguous_runs
    return lex


def pack_signs(signs: LexiconSigns) -> bytes:
    return marshal.dumps(
        (
            FORMAT,
            signs.digest,
            signs.headless_fingerprints,
            signs.fingerprint_runs,
            signs.fingerprint_pairs,
            signs.ambiguous_runs,
        )
    )


def unpack_signs(payload: object, digest: str) -> LexiconSigns | None:
    if not (isinstance(payload, tuple) and len(payload) == 6 and payload[:2] == (FORMAT, digest)):
        return None
    return LexiconSigns(*payload[1:])
