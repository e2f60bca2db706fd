from __future__ import annotations

import codecs
import os

import pytest

from newsfix.io.textio import InputError, atomic_write, decode, read_file


def test_utf8_bom_and_crlf_round_trip():
    data = codecs.BOM_UTF8 + b"one\r\ntwo\r\n"
    d = decode(data)
    assert d.text == "one\r\ntwo\r\n" and d.encoding == "utf-8-sig" and d.newline == "\r\n"
    assert d.encode(d.text) == data


def test_utf16_with_bom():
    data = "héllo\n".encode("utf-16")
    d = decode(data)
    assert d.text == "héllo\n"
    assert d.encode(d.text) == data


def test_invalid_utf8_names_the_offset():
    with pytest.raises(InputError, match="byte offset 4") as exc:
        decode(b"abcd\xffef", "f.txt")
    assert exc.value.kind == "encoding" and "f.txt" in str(exc.value)


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_read_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    with pytest.raises(InputError, match="over the limit"):
        read_file(big, max_bytes=10)


def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("old")
    os.chmod(p, 0o640)
    atomic_write(p, b"new")
    assert p.read_bytes() == b"new"
    assert oct(p.stat().st_mode & 0o777) == oct(0o640)
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_read_file_reads_to_the_size_given_and_a_fifo_to_the_cap(tmp_path):
    """A file is read as the size it reports (one read, no buffer of the cap's size); a FIFO, which reports none,
    is read in pieces up to the cap, and past it is too large."""
    import threading

    f = tmp_path / "a.txt"
    f.write_bytes(b"hello\n")
    assert read_file(f).text == "hello\n" and read_file(f, max_bytes=6).text == "hello\n"
    with pytest.raises(InputError) as too_large:
        read_file(f, max_bytes=5)
    assert too_large.value.kind == "too-large"
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = b"word " * 40_000  # 200 KB: several pieces

    def write() -> None:
        try:
            fifo.write_bytes(data)
        except BrokenPipeError:  # the reader stopped at the cap
            pass

    for cap, ok in ((len(data), True), (len(data) - 1, False)):
        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        try:
            assert read_file(fifo, max_bytes=cap).text == data.decode() and ok
        except InputError as exc:
            assert exc.kind == "too-large" and not ok
        writer.join(5)
