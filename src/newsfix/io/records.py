"""Inputs to records: files, directories, standard input and JSON Lines record files, gzipped or not.

Every input becomes one or more plain dicts, in input order:

* a text or HTML file (`.txt`, `.md`, `.html`, `.htm`, anything else named explicitly): `{"path", "text"}` or
  `{"path", "html"}` — HTML is recognised by extension or by content;
* each line of a `.jsonl` / `.ndjson` file: `{"id", "line", "url", "text"}` or `{..., "html"}` with the field
  names configurable (`FieldNames`); `"file"` names the file when several inputs are read;
* standard input (`-`): JSON Lines when its first line is a JSON object, else one text/HTML record.

Readers never raise for bad data: an unreadable file, invalid UTF-8, a line that is not JSON, a line over the size
limit become *error records* (`{"path"|"id", "line"?, "error": {"type", "message"}}`) in their place, so that the
output has one line per input record and nothing is silently lost. Field *values* are passed on as found; checking
them (missing, empty, not a string, too large) is `batch.process_batch`'s job, so that records coming from anywhere
else (a Dask bag, an API caller) are checked the same way.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .config import glob_matches
from .textio import InputError, decode, read_upto, reading

__all__ = ["DEFAULT_INCLUDE", "FieldNames", "iter_records", "expand_paths", "read_jsonl", "is_jsonl_path"]

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl", "*.ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A JSONL line may be larger than its text (escapes, other fields): read up to this multiple of the per-record limit
# before giving up on the line, so that one giant line cannot exhaust memory.
LINE_SLACK = 2
LINE_EXTRA = 64 * 1024


@dataclass(frozen=True)
class FieldNames:
    """Which JSON fields of a record hold its id, URL, plain text and HTML."""

    id: str = "id"
    url: str = "url"
    text: str = "text"
    html: str = "html"


def _base_suffix(path: Path) -> str:
    """The suffix that says what a file holds, looking through `.gz`."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def is_jsonl_path(path: str | os.PathLike) -> bool:
    """Whether a path names a JSON Lines record file (`.jsonl`, `.ndjson`, optionally gzipped)."""
    return _base_suffix(Path(path)) in JSONL_SUFFIXES


def _matches(path: Path, patterns: Sequence[str], root: Path | None = None) -> bool:
    """Whether a path matches any of the globs, in the one dialect every command uses (`config.glob_matches`:
    gitignore-like, a pattern without "/" matches any path component, one with "/" the path relative to the
    folder given on the command line). A pattern also matches the `.gz` form of a file it names."""
    rel = path.relative_to(root).as_posix() if root is not None and path.is_relative_to(root) else path.name
    plain = rel.removesuffix(".gz") if rel.endswith(".gz") else None
    return any(glob_matches(pat, rel) or (plain is not None and glob_matches(pat, plain)) for pat in patterns)


def expand_paths(
    paths: Iterable[str | os.PathLike], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[str | Path]:
    """Files to read, in order: explicit files as given, directories walked recursively in sorted order.

    `include` globs (default `DEFAULT_INCLUDE`, each also matching its `.gz` form) select files *inside*
    directories; files named explicitly are always read. `exclude` globs drop files and prune directories.
    `-` (standard input) passes through.
    """
    include = tuple(include) or DEFAULT_INCLUDE
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if not path.is_dir():
            if not (exclude and _matches(path, exclude)):
                yield path
            continue
        failed: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=failed.append):
            while failed:  # a folder that could not be listed: reported in its place, not skipped silently
                yield Unlistable(failed.pop(0))
            rootp = Path(root)
            # sorted, hidden folders skipped: deterministic order, no .git or editor droppings
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(rootp / d, exclude, path))
            for f in sorted(files):
                fp = rootp / f
                if f.startswith(".") or not _matches(fp, include, path) or (exclude and _matches(fp, exclude, path)):
                    continue
                yield fp
        for exc in failed:
            yield Unlistable(exc)


class Unlistable(str):
    """A folder that `expand_paths` could not list (the string is its path)."""

    def __new__(cls, exc: OSError):
        self = super().__new__(cls, str(exc.filename))
        self.reason = exc.strerror or str(exc)
        return self


def _error(where: dict[str, Any], kind: str, message: str) -> dict[str, Any]:
    return {**where, "error": {"type": kind, "message": message}}


# A .gz input may decompress to at most this multiple of its own size plus the per-record limit: text and JSON Lines
# compress 3-20 times; a "zip bomb" of blank lines (1000 times) stops with an error record instead of running on.
GZ_RATIO = 64


class GzipBomb(OSError):
    """A .gz input decompressed to more than its cap."""


class _Capped:
    """A decompressing stream that stops with GzipBomb after `cap` bytes."""

    def __init__(self, inner: IO[bytes], cap: int):
        self.inner, self.cap, self.seen = inner, cap, 0

    def _count(self, data: bytes) -> bytes:
        self.seen += len(data)
        if self.seen > self.cap:
            raise GzipBomb(f"decompressed size over {self.cap} bytes ({GZ_RATIO} x the compressed file + the limit)")
        return data

    def read(self, n: int = -1) -> bytes:
        return self._count(self.inner.read(n))

    def readline(self, n: int = -1) -> bytes:
        return self._count(self.inner.readline(n))

    def close(self) -> None:
        self.inner.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open_binary(path: Path, max_bytes: int = 4 * 1024 * 1024) -> IO[bytes]:
    fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, closed there
    if path.suffix.lower() == ".gz":
        cap = os.fstat(fh.fileno()).st_size * GZ_RATIO + max_bytes * LINE_SLACK + LINE_EXTRA
        return _Capped(gzip.GzipFile(fileobj=fh, mode="rb"), cap)  # type: ignore[return-value]
    return fh


def _read_limited(fh: IO[bytes], max_bytes: int, name: str) -> bytes:
    data = read_upto(fh, max_bytes + 1)  # in pieces: read(max_bytes + 1) would allocate 64 MB for a small file
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes", kind="too-large")
    return data


def _looks_html_name_or_text(path: Path | None, text: str) -> bool:
    if path is not None and _base_suffix(path) in HTML_SUFFIXES:
        return True
    from .html import looks_like_html

    return looks_like_html(text)


def read_document(path: Path, max_bytes: int) -> dict[str, Any]:
    """One text or HTML file (gzipped or not) as a record, or an error record."""
    where = {"path": str(path)}
    try:
        with reading(path), _open_binary(path, max_bytes) as fh:
            data = _read_limited(fh, max_bytes, str(path))
        text = decode(data, str(path)).text
    except InputError as exc:
        return _error(where, exc.kind, str(exc))
    key = "html" if _looks_html_name_or_text(path, text) else "text"
    return {**where, key: text}


ID_HEAD = 64 * 1024  # how much of an over-size line is kept to find its id


class TooLong(bytes):
    """The head of a line over the size limit (the rest was skipped unread)."""


def _iter_lines(fh: IO[bytes], cap: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) for each line; a line longer than `cap` comes as its `TooLong` head (the
    rest is skipped unread)."""
    number = 0
    offset = 0
    while True:
        chunk = fh.readline(cap + 1)
        if not chunk:
            return
        number += 1
        start = offset
        offset += len(chunk)
        if len(chunk) > cap and not chunk.endswith(b"\n"):
            # drain the rest of the over-long line in bounded pieces
            while True:
                more = fh.readline(1 << 20)
                offset += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield number, start, TooLong(chunk[:ID_HEAD])
            continue
        yield number, start, chunk


def read_jsonl(
    stream: IO[bytes],
    name: str,
    *,
    fields: FieldNames = FieldNames(),
    max_bytes: int = 4 * 1024 * 1024,
    source: str | None = None,
    first_line: bytes | None = None,
) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines byte stream. Blank lines are not records and are skipped."""
    cap = max_bytes * LINE_SLACK + LINE_EXTRA
    lines: Iterable[tuple[int, int, bytes | None]] = _iter_lines(stream, cap)
    if first_line is not None:
        lines = _chain_first(first_line, stream, cap)
    extra = {"file": source} if source else {}
    for number, offset, raw in lines:
        where: dict[str, Any] = {"id": None, "line": number, **extra}
        if isinstance(raw, TooLong):
            where["id"] = _salvage_id(raw.decode("utf-8", "replace"), fields.id)
            yield _error(where, "too-large", f"{name}:{number}: line over the limit of {cap} bytes")
            continue
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            where["id"] = _salvage_id(raw.decode("utf-8", "replace"), fields.id)
            yield _error(
                where,
                "encoding",
                f"{name}:{number}: invalid UTF-8 at byte offset {offset + exc.start} "
                f"(byte 0x{raw[exc.start]:02x}); records must be UTF-8 JSON",
            )
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            where["id"] = _salvage_id(text, fields.id)
            yield _error(where, "json", f"{name}:{number}: not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield _error(where, "not-an-object", f"{name}:{number}: a record must be a JSON object, not {_jtype(obj)}")
            continue
        rec: dict[str, Any] = {"id": obj.get(fields.id), "line": number, **extra}
        if fields.url in obj:
            rec["url"] = obj[fields.url]
        # HTML wins over text when a record has both: the page is the richer source (title, metadata)
        if fields.html in obj and obj[fields.html] is not None:
            rec["html"] = obj[fields.html]
        elif fields.text in obj:
            rec["text"] = obj[fields.text]
        else:
            yield _error(rec, "missing-field", f"{name}:{number}: no {fields.text!r} or {fields.html!r} field")
            continue
        yield rec


def _salvage_id(line: str, id_field: str) -> Any:
    """The id of a record whose JSON is broken, when its `"id": value` pair is still readable (else None)."""
    pattern = '"' + re.escape(id_field) + r'"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)'
    m = re.search(pattern, line)
    if not m:
        return None
    try:
        return json.loads(m.group(1))
    except ValueError:
        return None


def _chain_first(first: bytes, stream: IO[bytes], cap: int) -> Iterator[tuple[int, int, bytes | None]]:
    yield 1, 0, first
    for number, offset, raw in _iter_lines(stream, cap):
        yield number + 1, offset + len(first), raw


def _jtype(v: Any) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(
        type(v), "null"
    )


def _read_stdin(fields: FieldNames, max_bytes: int, stdin: IO[bytes] | None) -> Iterator[dict[str, Any]]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    cap = max_bytes * LINE_SLACK + LINE_EXTRA
    first = stream.readline(cap + 1)
    if first.lstrip()[:1] == b"{":
        # JSON Lines (plain text hardly starts with "{"): stream it line by line, never holding the whole input
        yield from read_jsonl(stream, "<stdin>", fields=fields, max_bytes=max_bytes, first_line=first)
        return
    where = {"path": "-"}
    try:
        data = first + stream.read(max(max_bytes + 1 - len(first), 0))
        if len(data) > max_bytes:
            raise InputError(f"<stdin>: over the limit of {max_bytes} bytes", kind="too-large")
        text = decode(data, "<stdin>").text
    except InputError as exc:
        yield _error(where, exc.kind, str(exc))
        return
    key = "html" if _looks_html_name_or_text(None, text) else "text"
    yield {**where, key: text}


def iter_records(
    paths: Sequence[str | os.PathLike],
    *,
    fields: FieldNames = FieldNames(),
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    max_bytes: int = 4 * 1024 * 1024,
    stdin: IO[bytes] | None = None,
) -> Iterator[dict[str, Any]]:
    """All records of all inputs, in order (see the module docstring). Never raises for bad data."""
    files = list(paths) or ["-"]
    several = len(files) > 1 or any(Path(p).is_dir() for p in files if str(p) != "-")
    for item in expand_paths(files, include, exclude):
        if isinstance(item, Unlistable):
            yield _error({"path": str(item)}, "unreadable", f"{item}: cannot list folder: {item.reason}")
            continue
        if item == "-":
            yield from _read_stdin(fields, max_bytes, stdin)
            continue
        path = Path(item)
        if not is_jsonl_path(path):
            yield read_document(path, max_bytes)
            continue
        try:
            fh = _open_binary(path, max_bytes)
        except OSError as exc:
            yield _error({"path": str(path)}, "unreadable", f"{path}: cannot read: {exc.strerror or exc}")
            continue
        with fh:
            try:
                yield from read_jsonl(
                    fh, str(path), fields=fields, max_bytes=max_bytes, source=str(path) if several else None
                )
            except (OSError, EOFError) as exc:  # a truncated or corrupt .gz: the lines read so far stand
                yield _error({"path": str(path)}, "unreadable", f"{path}: cannot read further: {exc}")


def open_text_stream(data: bytes) -> IO[bytes]:
    """A byte stream over `data` (for tests and callers holding the input in memory)."""
    return io.BytesIO(data)
