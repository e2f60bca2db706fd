"""The on-disk cache of compiled artefacts (the compiled lexicon and its signs, the drug table): where it lives,
how a file is loaded fast and written atomically, and how stale entries are pruned. What is cached, and its key,
belongs to the artefact's own module (`despin.compile`, `extractors.drugs`).

The lexicon's files (`despin.packed`) are `marshal`led plain data: `marshal` only builds tuples, lists, dicts, sets,
strings and numbers and never runs code, where unpickling can run any code a file names (the drug table is still a
pickle). Either way, nothing another user could have written is ever read past its digest:

- the cache folder must be a folder owned by the current user and not writable by group or others (a new one is
  created 0700); a folder that fails is refused with one warning, and a private folder (the user's own
  `~/.cache/newsfix`) is used instead, or none at all (compiled data then stays in memory);
- every cache file starts with a keyed BLAKE2b digest of its bytes; the key is 32 random bytes in `key` in the
  cache folder (0600, owned by the current user, checked on the open file). A file is opened without following
  symbolic links, must be a regular file owned by the current user and not writable by group or others, and its
  digest is checked before a single byte is unpickled or unmarshalled.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from .settings import SETTINGS

MAGIC = b"NFC1"  # the format of a signed cache file: MAGIC, a 32-byte keyed digest of the rest, the payload
_MAC_SIZE = 32
_KEY_NAME = "key"
_resolved: dict[tuple, Path | None] = {}
_keys: dict[Path, bytes] = {}
_warned: set[str] = set()


def _warn(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        print(f"newsfix: warning: {message}", file=sys.stderr)


def _configured_dir() -> Path:
    base = os.environ.get("NEWSFIX_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfix"


def _private_default() -> Path:
    return Path.home() / ".cache" / "newsfix"


def unsafe_reason(st: os.stat_result) -> str | None:
    """Why a cache folder or file with this status may hold another user's data, or None if it cannot."""
    if st.st_uid != os.getuid():
        return f"owned by uid {st.st_uid}, not by the current user (uid {os.getuid()})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by group or others (mode {stat.S_IMODE(st.st_mode):04o})"
    return None


def _usable(folder: Path) -> str | None:
    """Create `folder` 0700 if it is missing; why it may not be used as a cache, or None."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
    except OSError as exc:
        return f"cannot be created or read ({exc.strerror})"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a folder (a symbolic link or a file)"
    reason = unsafe_reason(st)
    if reason is None and stat.S_IMODE(st.st_mode) & 0o077:
        try:  # ours and not writable by others, but readable: make it private, as a new one would be
            os.chmod(folder, 0o700)
        except OSError:
            pass
    return reason


def cache_dir() -> Path | None:
    """Where compiled data (lexicon, drug table) is cached: $NEWSFIX_CACHE_DIR, else the user cache; a folder
    another user could write is refused (one warning) for the private default, and None means no disk cache."""
    wanted = _configured_dir()
    key = (str(wanted), os.getuid())
    if key not in _resolved:
        chosen: Path | None = wanted
        reason = _usable(wanted)
        if reason is not None:
            chosen = None
            fallback = _private_default()
            if fallback != wanted and _usable(fallback) is None:
                chosen = fallback
            instead = f"using {chosen}" if chosen else "compiled data is kept in memory"
            _warn(f"cache folder {wanted} not used: {reason}; {instead}")
        _resolved[key] = chosen
    return _resolved[key]


def _open_checked(path: Path, flags: int = os.O_RDONLY) -> int | None:
    """A descriptor of `path` if it is a regular file (not a symbolic link) that only the current user can have
    written, else None."""
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or unsafe_reason(st) is not None:
        os.close(fd)
        if stat.S_ISREG(st.st_mode):
            _warn(f"cache file {path} not used: {unsafe_reason(st)}")
        return None
    return fd


def _read_all(fd: int) -> bytes:
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def _key(folder: Path, create: bool) -> bytes | None:
    """The per-user secret that signs the cache files in `folder` (created on first use when `create`)."""
    if folder in _keys:
        return _keys[folder]
    path = folder / _KEY_NAME
    fd = _open_checked(path)
    if fd is None and create:
        import tempfile

        try:
            tmp_fd, tmp = tempfile.mkstemp(dir=folder, prefix=".key-")  # 0600
            with os.fdopen(tmp_fd, "wb") as fh:
                fh.write(os.urandom(_MAC_SIZE))
            try:
                os.link(tmp, path)  # atomic and never replaces: concurrent first runs agree on one key
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError:
            return None
        fd = _open_checked(path)
    if fd is None:
        return None
    st = os.fstat(fd)
    key = _read_all(fd)
    if stat.S_IMODE(st.st_mode) & 0o077 or len(key) != _MAC_SIZE:
        _warn(f"cache key {path} not used: readable by others or malformed")
        return None
    _keys[folder] = key
    return key


def _mac(key: bytes, payload: bytes | memoryview) -> bytes:
    try:  # the built-in module: hashlib would load OpenSSL, a few milliseconds of every `check` start-up
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - interpreters without it
        from hashlib import blake2b
    return blake2b(payload, key=key, digest_size=_MAC_SIZE).digest()


def read_verified(path: Path) -> memoryview | None:
    """The payload of the signed cache file `path` if this user wrote it (owner, mode and keyed digest), else None."""
    key = _key(path.parent, create=False)
    if key is None:
        return None
    fd = _open_checked(path)
    if fd is None:
        return None
    try:
        data = _read_all(fd)
    except OSError:
        return None
    head = len(MAGIC) + _MAC_SIZE
    if len(data) < head or data[: len(MAGIC)] != MAGIC:
        return None
    payload = memoryview(data)[head:]
    from _operator import _compare_digest  # hmac.compare_digest, without importing hashlib

    if not _compare_digest(_mac(key, payload), data[len(MAGIC) : head]):
        _warn(f"cache file {path} not used: its digest does not match")
        return None
    return payload


def _loads_quietly(payload: memoryview, loads, errors: tuple[type[BaseException], ...]):
    """`loads(payload)` with the cyclic garbage collector paused (None on `errors`): it would run many times while
    tens of thousands of containers are built, and none of them can be garbage; pausing it saves about a third of
    the load time."""
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        loaded = loads(payload)
    except errors:
        return None
    finally:
        if paused:
            gc.enable()
    if SETTINGS.freeze_after_load:
        gc.freeze()
    return loaded


def load_pickle(cache: Path | None, digest: str | None, kind: type):
    """The object pickled at `cache` if it is a `kind` (whose `digest` is `digest`, unless that is None) and the
    file passes `read_verified`, else None."""
    import pickle  # here: the lexicon's files are marshalled, and a `check` never reads a pickle

    payload = None if cache is None else read_verified(cache)
    if payload is None:
        return None
    errors = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError)
    loaded = _loads_quietly(payload, pickle.loads, errors)
    if not isinstance(loaded, kind) or (digest is not None and getattr(loaded, "digest", None) != digest):
        return None
    return loaded


def load_marshal(cache: Path | None):
    """The data `marshal`led at `cache` if the file passes `read_verified`, else None (the caller checks its shape)."""
    payload = None if cache is None else read_verified(cache)
    return None if payload is None else unmarshal(payload)


def unmarshal(data: bytes | memoryview):
    """`marshal.loads(data)` as `load_marshal` does it (collector paused; None when malformed), for data inside a
    payload that `read_verified` has checked and that is unmarshalled later, on first use (`despin.packed`)."""
    import marshal

    return _loads_quietly(data, marshal.loads, (EOFError, ValueError, TypeError))


def write_pickles(items: Iterable[tuple[Path, object]], prefix: str) -> None:
    """Pickle and sign each object to its path atomically (temporary file 0600 + rename), in order; raises OSError
    (also when the folder is not a usable cache folder)."""
    import pickle

    write_signed(((path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)) for path, data in items), prefix)


def write_signed(items: Iterable[tuple[Path, bytes]], prefix: str) -> None:
    """Sign each payload and write it to its path atomically (temporary file 0600 + rename), in order; raises
    OSError (also when the folder is not a usable cache folder). `read_verified` gives the payload back."""
    import tempfile  # only a cache miss writes

    for path, payload in items:
        if _usable(path.parent) is not None:
            raise PermissionError(f"not a private cache folder: {path.parent}")
        key = _key(path.parent, create=True)
        if key is None:
            raise PermissionError(f"no cache key in {path.parent}")
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(MAGIC)
                fh.write(_mac(key, payload))
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def prune(folder: Path, pattern: str, keep: str, days: int = 30) -> None:
    """Drop cache files matching `pattern` not used for `days` days, except those whose name starts with `keep`."""
    import time

    limit = time.time() - days * 86400
    for old in folder.glob(pattern):
        if not old.name.startswith(keep) and max(old.stat().st_mtime, old.stat().st_atime) < limit:
            old.unlink(missing_ok=True)
