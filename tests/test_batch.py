"""batch: one result per record in order, errors isolated, limits, worker pool; the CLI end to end."""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import pickle
import random
import time
from pathlib import Path

import pytest

import newsfix
from newsfix.batch import record
from newsfix.batch.options import BatchOptions
from newsfix.batch.pool import run_parallel
from newsfix.batch.record import process_batch
from newsfix.cli.extract import main

FIX = Path(__file__).resolve().parent.parent / "fixtures"
SENTENCES = [
    s for s in (FIX / "batch" / "sentences.txt").read_text(encoding="utf-8").splitlines() if s and not s.startswith("#")
]
HAS_EXTRACT = importlib.util.find_spec("newsfix.extractors.article") is not None
FORK = multiprocessing.get_start_method(allow_none=False) == "fork"


def article(i: int, size: int = 1200) -> str:
    """A made-up article of about `size` characters from the fixture sentences, paragraphs of three sentences."""
    rng = random.Random(i)
    out: list[str] = []
    n = 0
    while n < size:
        para = " ".join(rng.choice(SENTENCES) for _ in range(3))
        out.append(para)
        n += len(para) + 2
    return "\n\n".join(out)


def test_process_batch_in_order_with_isolated_errors():
    recs = [
        {"id": "ok", "text": "A new examine of persistent ache."},
        {"id": "num", "text": 42},
        {"id": "none"},
        {"id": "blank", "text": " \n "},
        {"id": "big", "text": "x" * 5000},
        {"id": "url", "text": "fine", "url": 3},
        {"id": "surrogate", "text": "bad \ud800 char"},
        "not a dict",
        {"id": "reader", "line": 9, "error": {"type": "json", "message": "broken"}},
        {"path": "p.html", "html": "<html><body><p>" + "Some page text about a trial. " * 4 + "</p></body></html>"},
    ]
    out = list(process_batch(recs, mode="normalize", max_bytes=4000))
    assert len(out) == len(recs)
    assert out[0]["id"] == "ok" and out[0]["text"] == "A new study of chronic pain."
    errs = [o.get("error", {}).get("type") for o in out]
    assert errs == [
        None,
        "bad-field",
        "missing-field",
        "empty",
        "too-large",
        "bad-field",
        "encoding",
        "not-an-object",
        "json",
        None,
    ]
    assert out[8] == {"id": "reader", "line": 9, "error": {"type": "json", "message": "broken"}}
    assert out[9]["path"] == "p.html" and "Some page text" in out[9]["text"]
    json.dumps(out)  # every result is JSON-serialisable


def test_exceptions_and_timeouts_are_per_record(monkeypatch):
    real = record._Pipeline.run

    def run(self, payload, is_html, url):
        if payload == "boom":
            raise ValueError("parser exploded")
        if payload == "slow":
            time.sleep(5)
        return real(self, payload, is_html, url)

    monkeypatch.setattr(record._Pipeline, "run", run)
    recs = [{"id": 1, "text": "boom"}, {"id": 2, "text": "slow"}, {"id": 3, "text": "fine text"}]
    start = time.perf_counter()
    out = list(process_batch(recs, mode="normalize", timeout=0.5))
    assert time.perf_counter() - start < 4
    assert out[0]["error"] == {"type": "ValueError", "message": "parser exploded"}
    assert out[1]["error"]["type"] == "timeout"
    assert out[2]["text"] == "fine text"


def test_options_and_function_pickle_cheaply():
    opts = BatchOptions(mode="normalize", normalizer_options={"quotes": "protect", "disable": ["spintax"]})
    assert pickle.loads(pickle.dumps(opts)) == opts
    assert len(pickle.dumps(opts)) < 1000
    assert pickle.loads(pickle.dumps(process_batch)) is process_batch
    assert newsfix.process_batch is process_batch
    with pytest.raises(ValueError):
        BatchOptions(mode="summarise")


def test_parallel_equals_serial_and_keeps_order():
    recs = [{"id": i, "text": article(i, 400)} for i in range(60)]
    recs[7] = {"id": 7, "text": None}
    serial = list(process_batch(recs, mode="normalize"))
    parallel = list(run_parallel(iter(recs), jobs=2, mode="normalize", chunk_records=4))
    assert parallel == serial
    assert [r["id"] for r in parallel] == list(range(60))


@pytest.mark.skipif(not FORK, reason="the crashing stand-in pipeline reaches workers only when they fork")
def test_worker_crash_loses_no_records(monkeypatch):
    real = record._Pipeline.run

    def run(self, payload, is_html, url):
        if payload == "CRASH":
            os._exit(3)  # a segfault or OOM kill, as far as the pool can tell
        return real(self, payload, is_html, url)

    monkeypatch.setattr(record._Pipeline, "run", run)
    recs = [{"id": i, "text": "CRASH" if i == 13 else f"Record number {i}."} for i in range(30)]
    out = list(run_parallel(recs, jobs=2, mode="normalize", chunk_records=4))
    assert [r["id"] for r in out] == list(range(30))
    assert out[13]["error"]["type"] == "worker-crash"
    assert all("error" not in r for i, r in enumerate(out) if i != 13)


def mixed_jsonl(path: Path, n: int = 300) -> list[tuple[object, str | None]]:
    """A JSONL file of n lines with bad ones mixed in; returns (expected id, expected error type) per line."""
    rng = random.Random(1)
    expect: list[tuple[object, str | None]] = []
    with open(path, "wb") as fh:
        for i in range(n):
            kind = i % 10 if i % 2 else "ok"
            rid = f"rec-{i:04d}"
            if kind == 1:
                fh.write(b'{"id": "' + rid.encode() + b'", "text": "broken json\n')
                expect.append((rid, "json"))  # the id is recovered from the broken line
            elif kind == 3:
                fh.write(json.dumps({"id": rid, "text": "   "}).encode() + b"\n")
                expect.append((rid, "empty"))
            elif kind == 5:
                fh.write(json.dumps({"id": rid, "url": "https://example.org"}).encode() + b"\n")
                expect.append((rid, "missing-field"))
            elif kind == 7:
                fh.write(bytes(rng.randrange(256) for _ in range(200)).replace(b"\n", b"") + b"\n")
                expect.append((None, None))  # garbage: invalid UTF-8 or JSON; only "an error" is certain
            elif kind == 9 and i == 9:
                fh.write(json.dumps({"id": rid, "text": "word " * 1_000_000}).encode() + b"\n")  # 5 MB
                expect.append((rid, "too-large"))
            elif kind == 9:
                fh.write(json.dumps({"id": rid, "text": 12345}).encode() + b"\n")
                expect.append((rid, "bad-field"))
            else:
                fh.write(json.dumps({"id": rid, "text": article(i, 600)}).encode() + b"\n")
                expect.append((rid, None))
    return expect


@pytest.mark.parametrize(
    "normalize_only",
    [True, pytest.param(False, marks=pytest.mark.skipif(not HAS_EXTRACT, reason="extraction not available"))],
)
def test_cli_mixed_jsonl_one_line_per_input_line(tmp_path, capsys, normalize_only):
    src = tmp_path / "mixed.jsonl"
    expect = mixed_jsonl(src)
    out = tmp_path / "out.jsonl"
    argv = [str(src), "-o", str(out), "--jobs", "2", "--quiet"] + (["--normalize-only"] if normalize_only else [])
    assert main(argv) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expect) == 300
    for n, (line, (rid, err)) in enumerate(zip(lines, expect), start=1):
        obj = json.loads(line)
        assert obj["line"] == n
        if rid is not None:
            assert obj["id"] == rid
        if err is None and rid is not None:
            assert "error" not in obj and obj["text"], obj
        elif rid is None:
            assert obj["error"]["type"] in ("encoding", "json", "not-an-object", "missing-field"), obj
        else:
            assert obj["error"]["type"] == err, obj
    if not normalize_only:
        good = json.loads(lines[0])
        assert {"schema", "title", "text", "spin", "source", "claims"} <= set(good)


def test_cli_resume_keeps_done_lines_and_retries_errors(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": i, "text": f"A new examine number {i}."} for i in range(20)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows[:10]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out), "--normalize-only", "-j", "1", "-q"]) == 0
    # mark a kept line so we can see it survives, and turn another into an error that must be retried
    lines = out.read_text(encoding="utf-8").splitlines()
    lines[2] = json.dumps({**json.loads(lines[2]), "marker": "kept"})
    lines[4] = json.dumps({"id": 4, "line": 5, "error": {"type": "timeout", "message": "x"}})
    out.write_text("\n".join(lines[:8]) + "\n" + lines[8][:20], encoding="utf-8")  # interrupted mid-line 9
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main([str(src), "-o", str(out), "--normalize-only", "-j", "2", "--resume", "-q"]) == 0
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == list(range(20))
    assert got[2].get("marker") == "kept"
    assert "error" not in got[4] and got[8]["text"] == "A new study number 8."


def test_cli_single_input_is_one_json_object(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("A new examine of persistent ache.\n", encoding="utf-8")
    assert main([str(f), "--normalize-only", "--pretty", "-q"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("{\n  ")
    obj = json.loads(text)
    assert obj["path"] == str(f) and obj["text"].startswith("A new study of chronic pain")


def test_cli_usage_errors_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing.jsonl")]) == 1  # reported, the rest goes on (issue 13.7)
    assert main(["--jobs", "x"]) == 2
    assert main([str(tmp_path), "--resume"]) == 2
    assert main([str(tmp_path), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
