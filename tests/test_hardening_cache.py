"""Issue 13, item 1: nothing another user could have written is ever unpickled from the cache.

The suite runs as root, so another user is simulated: folders and files are handed to uid 65534 ("nobody") with
os.chown, and group/other-writable modes are set with os.chmod. The checks compare against os.getuid() (0 here),
exactly as they would for an ordinary user.
"""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsfix import cache

OTHER_UID = 65534


class Evil:
    """A pickle that makes a folder when it is loaded: proof that attacker-controlled bytes were unpickled."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


@pytest.fixture(autouse=True)
def _fresh_cache_state(monkeypatch):
    monkeypatch.setattr(cache, "_resolved", {})
    monkeypatch.setattr(cache, "_keys", {})
    monkeypatch.setattr(cache, "_warned", set())


def _lexicon_paths():
    from newsfix.despin import compile as comp
    from newsfix.despin.lexicon import lexicon_files

    digest = comp._digest(lexicon_files(None))
    return digest, comp._cache_path(digest), comp._cache_path(digest, "signs")


def _plant(folder: Path, marker: Path, *, signed_with: bytes | None = None) -> None:
    """Evil pickles where the lexicon, its signs and the drug table are looked for, raw and signed."""
    from importlib.metadata import version

    from newsfix.despin import compile as comp
    from newsfix.despin.lexicon import lexicon_files
    from newsfix.extractors import drugs

    folder.mkdir(parents=True, exist_ok=True)
    digest = comp._digest(lexicon_files(None))
    payload = pickle.dumps(Evil(marker))
    if signed_with is not None:
        (folder / "key").write_bytes(signed_with)
        payload = cache.MAGIC + cache._mac(signed_with, payload) + payload
    names = [
        f"lexicon-{digest}.marshal",
        f"lexicon-{digest}.signs.marshal",
        f"drugs-{version('drug-named-entity-recognition')}-{drugs.TABLE_VERSION}.pickle",
    ]
    for name in names:
        (folder / name).write_bytes(payload)


def _run(code: str, cache_base: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSFIX_CACHE_DIR": str(cache_base), "HOME": str(home)}
    env.pop("XDG_CACHE_HOME", None)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)


def _hand_to_other_user(path: Path) -> None:
    for p in [path, *path.rglob("*")]:
        os.chown(p, OTHER_UID, OTHER_UID)


def test_cache_folder_owned_by_another_user_is_refused(tmp_path):
    """Another user's cache folder, holding their signed pickles and their own key: nothing is unpickled, one
    warning, and the work is done with a private cache instead."""
    folder, marker = tmp_path / "shared" / "newsfix", tmp_path / "pwned"
    _plant(folder, marker, signed_with=os.urandom(32))
    _hand_to_other_user(tmp_path / "shared")
    done = _run(
        "import newsfix; print(newsfix.normalize('Patients with persistent ache.').text)", tmp_path / "shared", tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "chronic pain" in done.stdout
    assert not marker.exists()
    assert done.stderr.count("not used: owned by uid 65534") == 1
    private = tmp_path / ".cache" / "newsfix"
    assert stat.S_IMODE(private.stat().st_mode) == 0o700  # the private fallback, created 0700
    assert list(private.glob("lexicon-*.marshal"))


def test_group_writable_cache_folder_is_refused(tmp_path):
    folder, marker = tmp_path / "shared" / "newsfix", tmp_path / "pwned"
    _plant(folder, marker, signed_with=os.urandom(32))
    os.chmod(folder, 0o777)
    done = _run("import newsfix; newsfix.normalize('Patients with persistent ache.')", tmp_path / "shared", tmp_path)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert "writable by group or others" in done.stderr


def test_extract_does_not_unpickle_a_planted_drug_table(tmp_path):
    """The drug table was unpickled with no check at all: a raw pickle in the user's own folder is not loaded."""
    folder, marker = tmp_path / "c" / "newsfix", tmp_path / "pwned"
    _plant(folder, marker)
    os.chmod(folder, 0o700)
    code = "from newsfix.extractors import drugs; print(len(drugs._dictionary()) > 1000)"
    done = _run(code, tmp_path / "c", tmp_path)
    assert done.stdout.strip() == "True", done.stderr
    assert not marker.exists()


def test_cache_file_with_a_wrong_digest_is_not_unpickled(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    folder = cache.cache_dir()
    assert folder == tmp_path / "newsfix" and stat.S_IMODE(folder.stat().st_mode) == 0o700
    cache.write_pickles([(folder / "x.pickle", {"a": 1})], prefix=".x-")
    assert cache.load_pickle(folder / "x.pickle", None, dict) == {"a": 1}
    assert stat.S_IMODE((folder / "x.pickle").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "key").stat().st_mode) == 0o600
    marker = tmp_path / "pwned"
    evil = pickle.dumps(Evil(marker))
    data = (folder / "x.pickle").read_bytes()
    (folder / "x.pickle").write_bytes(data[: len(cache.MAGIC) + 32] + evil)  # the old digest, new bytes
    assert cache.load_pickle(folder / "x.pickle", None, dict) is None
    (folder / "y.pickle").write_bytes(evil)  # a plain pickle, no signature
    assert cache.load_pickle(folder / "y.pickle", None, object) is None
    assert not marker.exists()


def test_signed_cache_file_owned_by_another_user_or_a_symlink_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    folder = cache.cache_dir()
    cache.write_pickles([(folder / "x.pickle", [1, 2])], prefix=".x-")
    os.chown(folder / "x.pickle", OTHER_UID, OTHER_UID)
    assert cache.load_pickle(folder / "x.pickle", None, list) is None
    os.chown(folder / "x.pickle", os.getuid(), os.getgid())
    os.chmod(folder / "x.pickle", 0o666)
    assert cache.load_pickle(folder / "x.pickle", None, list) is None
    os.chmod(folder / "x.pickle", 0o600)
    assert cache.load_pickle(folder / "x.pickle", None, list) == [1, 2]
    (folder / "link.pickle").symlink_to(folder / "x.pickle")
    assert cache.load_pickle(folder / "link.pickle", None, list) is None


def test_key_owned_by_another_user_is_refused(tmp_path, monkeypatch):
    """A key file the attacker wrote (and so knows) signs nothing that is loaded."""
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    folder = cache.cache_dir()
    key = os.urandom(32)
    (folder / "key").write_bytes(key)
    os.chown(folder / "key", OTHER_UID, OTHER_UID)
    marker = tmp_path / "pwned"
    evil = pickle.dumps(Evil(marker))
    (folder / "x.pickle").write_bytes(cache.MAGIC + cache._mac(key, evil) + evil)
    assert cache.load_pickle(folder / "x.pickle", None, object) is None
    assert not marker.exists()


def test_a_tampered_or_foreign_names_index_is_not_read(tmp_path, monkeypatch, capsys):
    """The gazetteer names' index (despin/names_cache.py) is read only from a cache file this user signed: one
    changed after signing, one without a signature, and a correctly signed one that another user owns or that
    others may write are each refused, and the index is built instead (a signed one of our own is read: the
    control that shows the planted index would change the output)."""
    import marshal

    from newsfix.despin import names_cache
    from newsfix.despin.compile import compile_lexicon
    from newsfix.despin.protect import Spans
    from newsfix.despin.tokens import TokenTable

    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path))
    lex = compile_lexicon()
    text = "Researchers at Brunel College of London said so."

    def restored() -> list[str]:
        names = names_cache.load_names(None, lex)
        return [e.after for e in names.edits(text, TokenTable(text), Spans(()))]

    assert restored() == ["Brunel University of London"]  # built, and written
    (path,) = cache.cache_dir().glob("names-*.marshal")
    head = len(cache.MAGIC) + 32
    signed = path.read_bytes()
    fmt, digest, known, offsets, placements = marshal.loads(signed[head:])
    evil_places = {w: tuple((*p[:4], "Evil Name") for p in places) for w, places in placements.items()}
    evil = marshal.dumps((fmt, digest, known, offsets, evil_places))
    key = (path.parent / "key").read_bytes()

    def plant(data: bytes, uid: int = os.getuid(), mode: int = 0o600) -> None:
        path.write_bytes(data)
        os.chown(path, uid, os.getgid())
        os.chmod(path, mode)

    plant(signed[:head] + evil)  # the old digest, new bytes
    assert restored() == ["Brunel University of London"]
    assert "digest does not match" in capsys.readouterr().err
    plant(evil)  # no signature at all
    assert restored() == ["Brunel University of London"]
    plant(cache.MAGIC + cache._mac(key, evil) + evil, uid=OTHER_UID)
    assert restored() == ["Brunel University of London"]
    assert "owned by uid 65534" in capsys.readouterr().err
    plant(cache.MAGIC + cache._mac(key, evil) + evil, mode=0o620)
    assert restored() == ["Brunel University of London"]
    assert "writable by group or others" in capsys.readouterr().err
    plant(cache.MAGIC + cache._mac(key, evil) + evil)  # the control: signed with our key, ours, private
    assert restored() == ["Evil Name"]
