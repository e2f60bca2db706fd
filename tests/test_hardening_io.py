"""Issue 13, items 4, 6, 7: bounded reads, byte-exact writes, one-line errors."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time

import pytest


def newsfix(*args: str, stdin=None, input_bytes: bytes | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, "-m", "newsfix.cli", *args],
        capture_output=True,
        stdin=stdin,
        input=input_bytes,
        timeout=timeout,
    )


def one_line_error(stderr: bytes) -> str:
    err = stderr.decode()
    assert "Traceback" not in err, err
    return err


# ----------------------------------------------------------------------------------------------- 4: bounded reads


def test_check_dev_zero_stops_at_the_size_limit():
    t = time.monotonic()
    done = newsfix("check", "/dev/zero")
    assert time.monotonic() - t < 60
    err = one_line_error(done.stderr)
    assert done.returncode == 1 and "over the limit" in err


def test_extract_gzip_bomb_of_blank_lines_is_an_error_record(tmp_path):
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        fh.write(b'{"id": 1, "text": "A new examine."}\n')
        for _ in range(64):
            fh.write(b"\n" * (1 << 20))  # 64 MiB of blank lines in ~64 KB
    assert bomb.stat().st_size < 200_000
    t = time.monotonic()
    done = newsfix("extract", str(bomb), "--normalize-only", "-q", "-j", "1")
    assert time.monotonic() - t < 30
    lines = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert lines[0]["id"] == 1 and "error" not in lines[0]
    assert lines[-1]["error"]["type"] == "unreadable" and "decompressed size" in lines[-1]["error"]["message"]
    assert done.returncode == 1


def test_check_stdin_is_capped():
    from newsfix.io.textio import MAX_BYTES_DEFAULT

    done = subprocess.run(
        f"head -c {MAX_BYTES_DEFAULT + 10} /dev/zero | {sys.executable} -m newsfix.cli check -",
        shell=True,
        capture_output=True,
        timeout=120,
    )
    err = one_line_error(done.stderr)
    assert done.returncode == 2 and "over the limit" in err


# -------------------------------------------------------------------------------------------- 6: byte-exact --write

SPUN_LINE = "Extra info: persistent ache\n"
FIXED_LINE = "More information: chronic pain\n"


def test_fix_write_keeps_utf16_be_byte_order(tmp_path):
    f = tmp_path / "be.txt"
    f.write_bytes(b"\xfe\xff" + SPUN_LINE.encode("utf-16-be"))
    assert newsfix("fix", "--write", "-q", str(f)).returncode in (0, 1)
    assert f.read_bytes() == b"\xfe\xff" + FIXED_LINE.encode("utf-16-be")


def test_fix_write_goes_through_symlinks_and_keeps_hard_links(tmp_path):
    target, link, hard = tmp_path / "t.txt", tmp_path / "link.txt", tmp_path / "hard.txt"
    target.write_text(SPUN_LINE, encoding="utf-8")
    link.symlink_to(target)
    os.link(target, hard)
    newsfix("fix", "--write", "-q", str(link))
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED_LINE
    assert os.path.samefile(target, hard) and hard.read_text(encoding="utf-8") == FIXED_LINE


def test_fix_write_keeps_mode_and_owner_and_refuses_read_only(tmp_path):
    """Owner: simulated as root by giving the file to uid/gid 65534 first."""
    f = tmp_path / "a.txt"
    f.write_text(SPUN_LINE, encoding="utf-8")
    os.chmod(f, 0o640)
    os.chown(f, 65534, 65534)
    newsfix("fix", "--write", "-q", str(f))
    st = f.stat()
    assert f.read_text(encoding="utf-8") == FIXED_LINE
    assert (st.st_mode & 0o777, st.st_uid, st.st_gid) == (0o640, 65534, 65534)
    ro = tmp_path / "ro.txt"
    ro.write_text(SPUN_LINE, encoding="utf-8")
    os.chmod(ro, 0o444)
    done = newsfix("fix", "--write", str(ro))
    err = one_line_error(done.stderr)
    assert done.returncode != 0 and "read-only" in err and "--force" in err
    assert ro.read_text(encoding="utf-8") == SPUN_LINE
    newsfix("fix", "--write", "--force", "-q", str(ro))
    assert ro.read_text(encoding="utf-8") == FIXED_LINE and ro.stat().st_mode & 0o777 == 0o444


def test_utf32_is_reported_not_read_as_utf16(tmp_path):
    f = tmp_path / "u32.txt"
    f.write_bytes(SPUN_LINE.encode("utf-32"))
    done = newsfix("check", str(f))
    assert done.returncode == 1 and "UTF-32" in one_line_error(done.stderr)


# ---------------------------------------------------------------------------------------------- 7: one-line errors


def test_extract_missing_path_is_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("A new examine of persistent ache.\n", encoding="utf-8")
    done = newsfix("extract", "--normalize-only", "-q", str(tmp_path / "missing.txt"), str(good))
    assert done.returncode == 1 and "missing.txt: no such file" in one_line_error(done.stderr)
    assert [json.loads(x)["path"] for x in done.stdout.decode().splitlines()] == [str(good)]


def test_extract_unreadable_sub_folder_is_an_error_record(tmp_path, monkeypatch):
    """Root can read any folder, so os.listdir is made to fail for one sub-folder (simulated EACCES)."""
    from newsfix.io import records

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    recs = list(records.iter_records([tmp_path]))
    errors = [r for r in recs if "error" in r]
    assert (
        len(errors) == 1
        and errors[0]["path"].endswith("locked")
        and "Permission denied" in errors[0]["error"]["message"]
    )


@pytest.mark.parametrize("stream", ["stdout", "stdin"])
def test_closed_standard_streams_give_one_line(tmp_path, stream):
    f = tmp_path / "a.txt"
    f.write_text("A new examine of persistent ache.\n" * 50, encoding="utf-8")
    if stream == "stdout":
        cmd = f"{sys.executable} -m newsfix.cli fix {f} >&-"
    else:
        cmd = f"{sys.executable} -m newsfix.cli check - <&-"
    done = subprocess.run(cmd, shell=True, capture_output=False, stderr=subprocess.PIPE, timeout=120)
    err = one_line_error(done.stderr)
    assert done.returncode == 2 and len(err.strip().splitlines()) == 1, err


def test_deeply_nested_toml_and_config_bom(tmp_path):
    from newsfix.io.config import ConfigError, load_config

    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deeply|invalid TOML"):
        load_config(deep)
    bom = tmp_path / "newsfix.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + b'quotes = "protect"\n')
    assert load_config(bom) is not None


def test_extra_lexicon_missing_is_one_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Text.\n", encoding="utf-8")
    for cmd in ("check", "extract"):
        done = newsfix(cmd, "--extra-lexicon", str(tmp_path / "nope.txt"), str(f))
        one_line_error(done.stderr)
        assert done.returncode == 2, (cmd, done.stderr)


def test_extract_output_into_read_only_folder_is_one_line(tmp_path):
    """As root a 0555 folder is still writable, so the folder is a file's name instead (ENOTDIR-like failure)."""
    f = tmp_path / "a.txt"
    f.write_text("A new examine.\n", encoding="utf-8")
    g = tmp_path / "b.txt"
    g.write_text("Two.\n", encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    done = newsfix("extract", "--normalize-only", "-q", str(f), str(g), "-o", str(ro / "out.jsonl"))
    one_line_error(done.stderr)


def test_directive_inside_inline_code_is_not_a_directive():
    from newsfix.mask.suppress import suppressed_spans

    text = "Write `newsfix: off` to switch checking off.\nPatients with persistent ache.\n"
    assert not len(suppressed_spans(text))
    assert len(suppressed_spans("<!-- newsfix: off -->\nPatients with persistent ache.\n"))
