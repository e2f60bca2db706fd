"""Issue 13, items 2 and 5: `extract -o OUT` keeps every finished line through SIGKILL, SIGTERM and a full disk;
workers die with their parent; `--resume` keys on line number and id."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfix.cli.extract import main

SPUN = "Patients with persistent ache often try several treatments. A brand new examine suggests proof. " * 20


def _records(path: Path, n: int, text: str = SPUN) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": f"{i}. {text}"}) + "\n" for i in range(n)), encoding="utf-8")


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsfix.cli", "extract", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _children(pid: int) -> set[int]:
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            kids |= {int(x) for x in (task / "children").read_text().split()}
        except OSError:
            pass
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for_lines(journal_glob, out_dir: Path, n: int, proc: subprocess.Popen, limit: float = 120) -> Path:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for p in out_dir.glob(journal_glob):
            if p.read_bytes().count(b"\n") >= n:
                return p
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("no output lines in time")


def _ids(path: Path) -> list:
    """The ids of the file's whole lines: a line a kill cut short has no newline yet (and --resume drops it)."""
    *whole, _rest = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(x)["id"] for x in whole]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigkill_keeps_finished_lines_and_workers_die_with_the_parent(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _records(src, 3000)
    proc = _start([str(src), "-o", str(out), "--normalize-only", "-j", "2", "-q"])
    journal = _wait_for_lines("out.jsonl.partial.*", tmp_path, 20, proc)
    workers = _children(proc.pid)
    assert workers, "expected worker processes"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers)), "workers outlived their parent"
    kept = _ids(journal)  # whole lines only (an unterminated last one is dropped by --resume)
    assert len(kept) >= 20 and kept == list(range(len(kept)))
    assert not out.exists()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsfix.cli",
            "extract",
            str(src),
            "-o",
            str(out),
            "--normalize-only",
            "-j",
            "2",
            "--resume",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(kept)} kept from the previous run" in done.stderr or "kept from the previous run" in done.stderr
    assert _ids(out) == list(range(3000))
    assert not list(tmp_path.glob("out.jsonl.partial.*"))


def test_sigterm_is_handled_like_sigint(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _records(src, 3000)
    proc = _start([str(src), "-o", str(out), "--normalize-only", "-j", "2", "-q"])
    _wait_for_lines("out.jsonl.partial.*", tmp_path, 10, proc)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "terminated" in err and "--resume" in err
    time.sleep(0.5)
    assert not any(map(_alive, workers))
    journal = next(tmp_path.glob("out.jsonl.partial.*"))
    kept = _ids(journal)
    assert kept == list(range(len(kept)))


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (needs root and mount rights; skipped elsewhere)."""
    where = tmp_path / "disk"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_full_disk_is_one_line_and_loses_nothing(tmp_path, tiny_disk):
    src, out = tmp_path / "in.jsonl", tiny_disk / "out.jsonl"
    _records(src, 200, "A brand new examine of persistent ache. " * 10)
    done = subprocess.run(
        [sys.executable, "-m", "newsfix.cli", "extract", str(src), "-o", str(out), "--normalize-only", "-j", "1", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "No space left on device" in done.stderr and "--resume" in done.stderr
    journal = next(tiny_disk.glob("out.jsonl.partial.*"))
    whole = journal.read_bytes().rsplit(b"\n", 1)[0].decode().splitlines()
    assert len(whole) > 5 and [json.loads(x)["id"] for x in whole] == list(range(len(whole)))
    subprocess.run(["mount", "-o", "remount,size=8m", str(tiny_disk)], check=True)
    done = subprocess.run(
        [sys.executable, "-m", "newsfix.cli", "extract", str(src), "-o", str(out), "--normalize-only", "--resume"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(whole)} kept from the previous run" in done.stderr
    assert _ids(out) == list(range(200))


def test_resume_with_duplicate_ids_keeps_each_records_own_line(tmp_path):
    """Issue 13.5: ids repeat; record 1's line must not be replaced by record 3's."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": "a", "text": "first persistent ache."}, {"id": "b", "text": "two."}, {"id": "a", "text": "third."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main([str(src), "-o", str(out), "--normalize-only", "-j", "1", "-q"]) == 0
    first = out.read_text(encoding="utf-8")
    assert main([str(src), "-o", str(out), "--normalize-only", "-j", "1", "-q", "--resume"]) == 0
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert out.read_text(encoding="utf-8") == first
    assert [g["text"] for g in got] == ["first chronic pain.", "two.", "third."]


def test_over_size_and_invalid_utf8_error_lines_keep_their_ids(tmp_path, capsys):
    """Issue 13.5: these error lines came out with "id": null."""
    src = tmp_path / "in.jsonl"
    big = json.dumps({"id": "big-1", "text": "x" * 100_000}).encode()
    bad = b'{"id": "bad-2", "text": "caf\xe9"}'
    src.write_bytes(big + b"\n" + bad + b"\n")
    assert main([str(src), "--normalize-only", "-q", "-j", "1", "--max-bytes", "1000"]) == 1
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(g["id"], g["error"]["type"]) for g in got] == [("big-1", "too-large"), ("bad-2", "encoding")]
