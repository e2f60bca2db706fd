"""The Dask recipe of docs/dask.md on a real two-process LocalCluster gives exactly the serial results."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from newsfix import process_batch

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

FIX = Path(__file__).resolve().parent.parent / "fixtures"
SENTENCES = [
    s for s in (FIX / "batch" / "sentences.txt").read_text(encoding="utf-8").splitlines() if s and not s.startswith("#")
]
MODE = "extract" if importlib.util.find_spec("newsfix.extractors.article") else "normalize"


def parse(line: str) -> dict:
    """A JSONL line as a record; a broken line becomes an error record (process_batch passes it through)."""
    try:
        rec = json.loads(line.rstrip("\r\n"))  # dask's read_text keeps each line's newline
    except ValueError as exc:
        return {"id": None, "error": {"type": "json", "message": str(exc)}}
    return rec if isinstance(rec, dict) else {"id": None, "error": {"type": "not-an-object", "message": "not {}"}}


def run_partition(records):
    return list(process_batch(records, mode=MODE))


def test_bag_on_local_cluster_equals_serial(tmp_path):
    rng = random.Random(7)
    records = []
    for i in range(36):
        text = "\n\n".join(" ".join(rng.choice(SENTENCES) for _ in range(3)) for _ in range(3))
        records.append({"id": f"d{i}", "text": text})
    records[5] = {"id": "d5", "text": 17}
    for part in range(3):  # three JSONL partitions, one with a broken line
        lines = [json.dumps(r) for r in records[part * 12 : (part + 1) * 12]]
        if part == 1:
            lines.insert(4, '{"id": "broken", "text": ')
        (tmp_path / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    files = sorted(str(p) for p in tmp_path.glob("part-*.jsonl"))
    serial = [
        r
        for f in files
        for r in process_batch([parse(x) for x in Path(f).read_text(encoding="utf-8").splitlines()], mode=MODE)
    ]

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        bag = dask_bag.read_text(files, blocksize=None).map(parse)
        results = bag.map_partitions(run_partition).compute()

    assert len(results) == 37
    assert results == serial
    assert [r["id"] for r in results if r["id"] is not None][:6] == ["d0", "d1", "d2", "d3", "d4", "d5"]
    assert results[5]["error"]["type"] == "bad-field"
    assert sum("error" in r for r in results) == 2
