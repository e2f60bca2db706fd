"""Bytes in, text out, and back: decoding with clear errors, and atomic writes that keep encoding, BOM and newlines.

The engine works on `str`; this module is the edge where files become text and text becomes files again.
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

from ..records import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

MAX_BYTES_DEFAULT = 64 * 1024 * 1024
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # checked first: UTF-32 LE starts like UTF-16 LE


class InputError(ValueError):
    """Input that cannot be processed (unreadable, binary, not UTF-8, too large). The message says why and where."""

    def __init__(self, message: str, *, kind: str = "input"):
        super().__init__(message)
        self.kind = kind


class Decoded(Frozen):
    """Text decoded from bytes, with what is needed to write it back the same way."""

    text: str  # exactly as in the file, newlines included: edits never touch line breaks they do not replace
    encoding: str  # "utf-8", "utf-8-sig" (with BOM), "utf-16-le" or "utf-16-be" (with their BOM, kept)
    newline: str  # the file's dominant newline, for output that adds lines: "\n", "\r\n" or "\r"

    def __init__(self, text: str, encoding: str, newline: str) -> None:
        self.__dict__.update(text=text, encoding=encoding, newline=newline)

    def encode(self, text: str) -> bytes:
        """Encode edited text the way the original was encoded (BOM included)."""
        if self.encoding == "utf-16-le":
            return codecs.BOM_UTF16_LE + text.encode(self.encoding)
        if self.encoding == "utf-16-be":  # byte order kept: "utf-16" would write the machine's own
            return codecs.BOM_UTF16_BE + text.encode(self.encoding)
        return text.encode(self.encoding)


def decode(data: bytes, name: str = "<input>") -> Decoded:
    """Decode UTF-8 (optionally with BOM) or BOM-marked UTF-16; refuse binary data and invalid UTF-8 with the offset."""
    encoding = "utf-8"
    if data.startswith(UTF32_BOMS):
        raise InputError(f"{name}: UTF-32 text (byte order mark); newsfix reads UTF-8 or UTF-16", kind="encoding")
    for bom, enc in BOMS:
        if data.startswith(bom):
            encoding = enc
            break
    if encoding == "utf-8" and b"\x00" in data[:8192]:
        offset = data.index(b"\x00")
        raise InputError(f"{name}: binary file (NUL byte at offset {offset}), not text", kind="binary")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: invalid {exc.encoding.upper()} at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "newsfix reads UTF-8 text",
            kind="encoding",
        ) from None
    if encoding.startswith("utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, encoding, _dominant_newline(text))


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


class reading:  # noqa: N801 - used as a function: `with reading(path):`
    """Turn the OS's errors while reading `path` into InputErrors that say what went wrong, in one line. (A class
    rather than a `contextlib.contextmanager`: importing contextlib is half a millisecond of a one-file `check`.)"""

    __slots__ = ("path",)

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        path = self.path
        if isinstance(exc, IsADirectoryError):
            raise InputError(f"{path}: is a directory", kind="usage") from None
        if isinstance(exc, FileNotFoundError):
            raise InputError(f"{path}: no such file", kind="usage") from None
        if isinstance(exc, PermissionError):
            raise InputError(f"{path}: permission denied", kind="unreadable") from None
        if isinstance(exc, (OSError, EOFError)):  # gzip.BadGzipFile is an OSError, a truncated gzip an EOFError
            message = getattr(exc, "strerror", None) or exc
            raise InputError(f"{path}: cannot read: {message}", kind="unreadable") from None


def read_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES_DEFAULT) -> Decoded:
    with reading(path):
        with open(path, "rb") as fh:  # plain open and fstat: pathlib costs more than reading a 4 KB article
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes", kind="too-large")
            # as much as the file says it holds and one byte more: read(max_bytes + 1) would allocate that much
            # (64 MB) for every small file, the slowest step of a `check` of many files
            data = fh.read(size + 1) if size else b""
            if len(data) > size or not size:  # it grew, or its size says nothing (devices, FIFOs): read on, capped
                data += read_upto(fh, max_bytes + 1 - len(data))
            if len(data) > max_bytes:
                raise InputError(f"{path}: over the limit of {max_bytes} bytes", kind="too-large")
    return decode(data, os.fspath(path))


def read_upto(fh: IO[bytes], limit: int) -> bytes:
    """Up to `limit` bytes, a piece at a time: one read(limit) would allocate `limit` bytes however few there are."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = fh.read(min(1 << 16, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def atomic_write(path: str | os.PathLike, data: bytes, *, force: bool = False) -> None:
    """Write via a temporary file in the same folder and rename, keeping the file's permissions and owner.

    A symbolic link is written through (its target changes, the link stays); a file with several hard links is
    rewritten in place from the verified temporary copy (the links stay one file); a read-only file is refused
    (PermissionError) unless `force`.
    """
    import errno
    import tempfile  # only writes need it; `check` never writes

    path = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = path.stat()
    except FileNotFoundError:
        st = None
    if st is not None and not force and not st.st_mode & 0o222:
        raise PermissionError(errno.EACCES, "read-only file (--force rewrites it)")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".newsfix-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is None:
            # a new file gets the permissions open() would give it (mkstemp's are 0600)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        else:
            os.chmod(tmp, st.st_mode & 0o7777)
            if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    pass  # only root (or the owner, for the group) may: the file then becomes the writer's
        if st is not None and st.st_nlink > 1:
            with open(tmp, "rb") as check:
                if check.read() != data:
                    raise OSError(errno.EIO, "the temporary copy does not read back as written")
            with open(path, "r+b") as fh:  # in place: every hard link sees the new text
                fh.write(data)
                fh.truncate()
                fh.flush()
                os.fsync(fh.fileno())
            os.unlink(tmp)
            return
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class AtomicOutput:
    """A stream written atomically: standard output (path None), or a temporary file beside `path` renamed over
    it at `commit` (the streaming twin of `atomic_write`, for outputs too large to hold in memory)."""

    def __init__(self, path: str | None):
        self.path = Path(path) if path else None
        self.tmp: str | None = None
        if self.path is None:
            self.fh: IO[bytes] = sys.stdout.buffer
            return
        import tempfile  # only a run with -o FILE writes a file

        fd, self.tmp = tempfile.mkstemp(
            dir=self.path.parent or ".", prefix=f".{self.path.name}.", suffix=".newsfix-tmp"
        )
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        if self.path is None and len(data) > 0:
            self.fh.flush()  # lines reach a pipe as they are made: `newsfix extract big.jsonl | head` is prompt

    def commit(self) -> None:
        """Publish what was written (also after an interruption: whole lines only, so --resume can continue)."""
        if self.path is None or self.tmp is None:
            self.fh.flush()
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        publish(self.tmp, self.path)
        self.tmp = None

    def discard(self) -> None:
        if self.tmp is not None:
            try:
                self.fh.close()
            finally:
                try:
                    os.unlink(self.tmp)
                except OSError:
                    pass
                self.tmp = None


def publish(written: Path, path: Path) -> None:
    """Rename a finished file over `path`, with the mode `path` had (or the umask's, for a new file)."""
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    os.chmod(written, mode)
    os.replace(written, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
