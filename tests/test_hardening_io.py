"""Issue 13, items 4, 6, 7: bounded reads, byte-exact writes, one-line errors."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time


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
