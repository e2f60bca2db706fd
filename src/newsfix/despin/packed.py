"""The compiled lexicon as plain tables for its cache file, and the lazy views that give its forms and entries back.

The cache file is `marshal`led tuples, dicts, sets, strings and bytes (no classes: `marshal` builds no objects of its
own choosing and runs no code), checked by `newsfix.cache`'s keyed digest before it is read. Unmarshalling was most
of a one-file `check`'s start-up (issue 15: about 75,000 objects), so a start-up builds only what a text needs:

- the ~10,000 form rows and ~8,000 entry rows stay marshalled one after another in one bytes object each (`Rows`):
  `FormTable` and `EntryTable` unmarshal a row and make its `Form` or `Entry` when a text first meets it (a one-file
  `check` meets a few dozen);
- the fields that only the follow-up pass and the near-miss matcher read (`COLD`) stay one marshalled blob inside
  the checked payload, unmarshalled on first access (`PackedLexicon`);
- the fast path's sign sets are not repeated here: the lexicon takes them from its signs file, which every
  `Normalizer` has read before it loads the lexicon; there the glued signs are one string, made a set only for a
  text that shows no other sign (`LexiconSigns.glued_runs`).
"""

from __future__ import annotations

import marshal
from itertools import accumulate

from ..cache import unmarshal
from .lexicon import LEXICON_FIELDS, CompiledLexicon, Entry, Form, LexiconSigns

FORMAT = 2  # the layout of the tuples below; compile.CACHE_VERSION changes with it
# CompiledLexicon's fields that are not stored as they are: the form and entry tables, the parts cached apart
# (compile.PARTS), and the sign sets (from the signs file)
_TABLES = ("forms", "cs_forms", "alternatives", "entries", "near_miss_anchors", "scan_table")
_SIGNS = ("headless_fingerprints", "fingerprint_runs", "fingerprint_pairs", "ambiguous_runs", "glued_fingerprint_runs")
# fields a text needs only where a repair may have completed a fingerprint (followup.completes_fingerprint) or for
# near misses (the originals' words): about 10,000 objects a one-file `check` seldom reads
COLD = ("fingerprint_keys", "fingerprint_lengths", "original_words")
_STORED = tuple(name for name in LEXICON_FIELDS if name not in (*_TABLES, *_SIGNS, *COLD))  # as they are


class Rows:
    """A read-only sequence of rows (tuples of strings and numbers) kept marshalled, one after another in one bytes
    object, each unmarshalled when asked for."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, blob: bytes, ends: bytes) -> None:
        """`blob`, `ends`: as `Rows.pack` made them; ValueError or TypeError if they do not fit together."""
        self._blob = memoryview(blob)
        self._ends = memoryview(ends).cast("I")  # where each row ends in `blob`
        if (self._ends[-1] if len(self._ends) else 0) != len(blob):
            raise ValueError("the rows do not fill their blob")

    @staticmethod
    def pack(rows: list[tuple] | tuple) -> tuple[bytes, bytes]:
        """The rows marshalled into one blob, and the offset where each ends (native unsigned ints: the cache is
        this machine's, and `__init__` refuses offsets read another way)."""
        from array import array

        parts = [marshal.dumps(row) for row in rows]
        return b"".join(parts), array("I", accumulate(map(len, parts))).tobytes()

    def __getitem__(self, i: int) -> tuple:
        ends = self._ends
        if not 0 <= i < len(ends):
            raise IndexError(i)
        return marshal.loads(self._blob[ends[i - 1] if i else 0 : ends[i]])

    def __len__(self) -> int:
        return len(self._ends)


class _OnFirstUse:
    """A `COLD` field of a `PackedLexicon`: its first access unmarshals them all into the instance, where Python finds
    them before this (non-data) descriptor from then on, at no further cost."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, lex: PackedLexicon | None, owner: type | None = None) -> object:
        if lex is None:
            return self
        fields = unmarshal(lex.__dict__["_cold"])
        if not isinstance(fields, dict) or sorted(fields) != sorted(COLD):
            raise ValueError("the compiled lexicon's cache file is damaged (its cold fields)")
        lex.__dict__.update(fields)
        lex.__dict__.pop("_cold", None)  # after the update: another thread that got here first finds it still
        return fields[self.name]


class PackedLexicon(CompiledLexicon):
    """A `CompiledLexicon` read from its cache file: the `COLD` fields are unmarshalled on first access, the glued
    fingerprint signs taken from the signs file on first access."""

    fingerprint_keys = _OnFirstUse()
    fingerprint_lengths = _OnFirstUse()
    original_words = _OnFirstUse()

    def __init__(self, cold: bytes, signs: LexiconSigns, **fields: object) -> None:
        super().__init__(**fields)
        for name in COLD:  # CompiledLexicon() gives some of them an empty value, which would hide the descriptor
            self.__dict__.pop(name, None)
        self._cold, self._signs = cold, signs
        self.headless_fingerprints = signs.headless_fingerprints
        self.fingerprint_runs, self.fingerprint_pairs = signs.fingerprint_runs, signs.fingerprint_pairs
        self.ambiguous_runs = signs.ambiguous_runs

    @property
    def glued_fingerprint_runs(self) -> frozenset[str]:  # type: ignore[override]
        return self._signs.glued_runs


class EntryTable:
    """The lexicon's entries (a read-only sequence), each built from its row on first use."""

    __slots__ = ("_built", "_rows")

    def __init__(self, rows: Rows) -> None:
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

    def __init__(self, index: dict[tuple[str, ...], int], rows: Rows, built: list, entries: EntryTable) -> None:
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
    entry_rows = [(e.spun, e.original, e.tier, e.flags, e.guard_text, e.provenance, e.where) for e in entries]
    fields = {name: getattr(lex, name) for name in _STORED}
    cold = marshal.dumps({name: getattr(lex, name) for name in COLD})
    tables = (*Rows.pack(rows), *Rows.pack(entry_rows), forms, cs_forms, alternatives)
    return marshal.dumps((FORMAT, lex.digest, fields, cold, *tables))


def unpack(payload: object, digest: str, signs: LexiconSigns) -> CompiledLexicon | None:
    """The lexicon from `pack`'s tables (as `marshal.loads` gave them back), or None if they are not such tables
    (also ValueError or TypeError, which the caller takes as None)."""
    if not (isinstance(payload, tuple) and len(payload) == 11 and payload[:2] == (FORMAT, digest)):
        return None
    _, _, fields, cold, rows, row_ends, entry_rows, entry_ends, forms, cs_forms, alternatives = payload
    if not (isinstance(fields, dict) and fields.keys() == set(_STORED) and isinstance(cold, bytes)):
        return None
    entries = EntryTable(Rows(entry_rows, entry_ends))
    form_rows = Rows(rows, row_ends)
    built: list[Form | None] = [None] * len(form_rows)
    table = FormTable(forms, form_rows, built, entries)
    return PackedLexicon(
        cold,
        signs,
        forms=table,
        # a FormTable too: the matcher looks a case-sensitive form up only after its lower-case first word
        cs_forms=FormTable(cs_forms, form_rows, built, entries),
        alternatives={k: tuple(map(table._form, fs)) for k, fs in alternatives.items()},
        entries=entries,
        **fields,
    )


def pack_signs(signs: LexiconSigns) -> bytes:
    return marshal.dumps(
        (
            FORMAT,
            signs.digest,
            signs.headless_fingerprints,
            signs.fingerprint_runs,
            signs.fingerprint_pairs,
            signs.ambiguous_runs,
            " ".join(sorted(signs.glued_runs)),  # one string: see LexiconSigns
        )
    )


def unpack_signs(payload: object, digest: str) -> LexiconSigns | None:
    if not (isinstance(payload, tuple) and len(payload) == 7 and payload[:2] == (FORMAT, digest)):
        return None
    if not isinstance(payload[6], str):
        return None
    return LexiconSigns(*payload[1:])
