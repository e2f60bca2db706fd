"""readers: files, folders, stdin and JSON Lines to records; bad data becomes error records, never exceptions."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from newsfix.io.records import FieldNames, expand_paths, is_jsonl_path, iter_records

FIX = Path(__file__).resolve().parent.parent / "fixtures"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_text_and_html_files(tmp_path):
    t = write(tmp_path / "a.txt", "Plain text.\n")
    m = write(tmp_path / "b.md", "# Title\n\nBody.\n")
    h = write(tmp_path / "c.html", "<html><body><p>Hi</p></body></html>")
    sniffed = write(tmp_path / "d.txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    recs = list(iter_records([t, m, h, sniffed]))
    assert recs == [
        {"path": str(t), "text": "Plain text.\n"},
        {"path": str(m), "text": "# Title\n\nBody.\n"},
        {"path": str(h), "html": "<html><body><p>Hi</p></body></html>"},
        {"path": str(sniffed), "html": "<!DOCTYPE html><html><body><p>Hi</p></body></html>"},
    ]


def test_directory_walk_sorted_with_globs(tmp_path):
    for name in ("z.txt", "a.html", "sub/b.md", "sub/skip.txt", "notes.rst", ".hidden/x.txt", "c.txt.gz"):
        if name.endswith(".gz"):
            write(tmp_path / name, gzip.compress(b"gzipped text"))
        else:
            write(tmp_path / name, "x")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path], exclude=["skip.*"])]
    assert got == ["a.html", "c.txt.gz", "z.txt", "sub/b.md"]
    got = [Path(p).name for p in expand_paths([tmp_path], include=["*.md", "*.rst"])]
    assert got == ["notes.rst", "b.md"]
    recs = list(iter_records([tmp_path / "c.txt.gz"]))
    assert recs == [{"path": str(tmp_path / "c.txt.gz"), "text": "gzipped text"}]


def test_file_errors_become_records(tmp_path):
    binary = write(tmp_path / "bin.txt", b"abc\x00def")
    latin = write(tmp_path / "latin.txt", "caf\xe9".encode("latin-1"))
    big = write(tmp_path / "big.txt", "x" * 2000)
    badgz = write(tmp_path / "bad.txt.gz", b"not gzip at all")
    recs = list(iter_records([binary, latin, big, badgz, tmp_path / "missing.txt"], max_bytes=1000))
    kinds = [r["error"]["type"] for r in recs]
    assert kinds == ["binary", "encoding", "too-large", "unreadable", "usage"]
    assert "byte offset 3" in recs[1]["error"]["message"]
    assert all(r["path"] for r in recs)


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        b'{"id": "a", "text": "One.", "url": "https://example.org/a"}',
        b'{"id": "b", "html": "<p>Two</p>", "text": "ignored"}',
        b"",
        b'{"id": "c", "text": 5}',
        b'{"id": "d", "text": "unterminated',
        b"[1, 2]",
        b'{"id": "e"}',
        b'{"id": "f", "text": "caf\xff"}',
        b'{"id": 7, "text": "Seven."}',
    ]
    f = write(tmp_path / "in.jsonl", b"\n".join(lines) + b"\n")
    recs = list(iter_records([f]))
    assert [r.get("line") for r in recs] == [1, 2, 4, 5, 6, 7, 8, 9]  # the blank line 3 is no record
    assert [r["id"] for r in recs] == ["a", "b", "c", "d", None, "e", "f", 7]  # invalid UTF-8 keeps its id (13.5)
    assert recs[0] == {"id": "a", "line": 1, "url": "https://example.org/a", "text": "One."}
    assert recs[1]["html"] == "<p>Two</p>" and "text" not in recs[1]
    assert recs[2]["text"] == 5  # values pass through; batch checks them
    errs = {r["line"]: r["error"]["type"] for r in recs if "error" in r}
    assert errs == {5: "json", 6: "not-an-object", 7: "missing-field", 8: "encoding"}
    assert "byte offset" in recs[6]["error"]["message"]


def test_jsonl_custom_fields_and_gzip(tmp_path):
    rows = [{"doc_id": 1, "body": "Hello.", "link": "https://x.org"}, {"doc_id": 2, "page": "<p>Hi</p>"}]
    f = write(tmp_path / "r.jsonl.gz", gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    assert is_jsonl_path(f)
    recs = list(iter_records([f], fields=FieldNames(id="doc_id", text="body", html="page", url="link")))
    assert recs == [
        {"id": 1, "line": 1, "url": "https://x.org", "text": "Hello."},
        {"id": 2, "line": 2, "html": "<p>Hi</p>"},
    ]


def test_over_long_line_is_skipped_without_reading_it_whole(tmp_path):
    f = write(tmp_path / "big.jsonl", b'{"id": 1, "text": "' + b"x" * 300_000 + b'"}\n{"id": 2, "text": "ok"}\n')
    recs = list(iter_records([f], max_bytes=10_000))
    assert recs[0]["error"]["type"] == "too-large" and recs[0]["line"] == 1
    assert recs[1] == {"id": 2, "line": 2, "text": "ok"}


def test_several_jsonl_files_name_their_file(tmp_path):
    a = write(tmp_path / "a.jsonl", '{"id": 1, "text": "x"}\n')
    b = write(tmp_path / "b.jsonl", '{"id": 1, "text": "y"}\n')
    recs = list(iter_records([a, b]))
    assert [r["file"] for r in recs] == [str(a), str(b)]


def test_stdin_text_and_jsonl():
    recs = list(iter_records(["-"], stdin=io.BytesIO(b"Just some text.\n")))
    assert recs == [{"path": "-", "text": "Just some text.\n"}]
    recs = list(iter_records(["-"], stdin=io.BytesIO(b'{"id": 1, "text": "a"}\nnot json\n{"id": 3, "text": "c"}\n')))
    assert [(r["id"], r["line"], "error" in r) for r in recs] == [(1, 1, False), (None, 2, True), (3, 3, False)]
    recs = list(iter_records(["-"], stdin=io.BytesIO(b"x" * 50), max_bytes=10))
    assert recs[0]["error"]["type"] == "too-large"


def test_fixture_html_is_read_as_html():
    recs = list(iter_records([FIX / "html"]))
    assert len(recs) == len(list((FIX / "html").glob("*.html"))) >= 5 and all("html" in r for r in recs)


def test_extract_globs_are_the_check_dialect(tmp_path):
    # one dialect for every command (io.config.glob_matches): a bare pattern names any path component, a pattern
    # with "/" the path relative to the folder walked, "dir/" prunes a folder
    for name in ("drafts/a.md", "docs/old/b.md", "docs/c.md", "d.md"):
        write(tmp_path / name, "x")
    walk = lambda **kw: [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path], **kw)]  # noqa: E731
    assert walk(exclude=["drafts"]) == ["d.md", "docs/c.md", "docs/old/b.md"]
    assert walk(exclude=["docs/old/"]) == ["d.md", "docs/c.md", "drafts/a.md"]
    assert walk(exclude=["docs/*.md"]) == ["d.md", "drafts/a.md"]  # "*" crosses "/", as in check's --exclude
    assert walk(include=["docs/**"]) == ["docs/c.md", "docs/old/b.md"]
