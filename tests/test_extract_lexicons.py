"""The entity lexicons (lexicons/entities/*.txt): provenance comment first, sorted, no duplicates, well formed."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = sorted((Path(__file__).resolve().parent.parent / "lexicons" / "entities").glob("*.txt"))


def test_there_are_entity_files():
    assert {p.name for p in FILES} >= {"drug-classes.txt", "conditions.txt", "adverse-effects.txt"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_entity_file(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("# "), "first line: a comment"
    assert "Provenance" in "\n".join(lines[:3]), "say where the terms come from"
    terms = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    keys = [t.split("=>")[0].split("|")[0].strip().lower() for t in terms]
    assert keys == sorted(keys), "sorted case-insensitively"
    assert len(keys) == len(set(keys)), "no duplicates"
    for t in terms:
        assert t == t.strip(), f"stray whitespace: {t!r}"
        if "=>" in t:
            left, right = (s.strip() for s in t.split("=>"))
            assert left and right, t
        if "|" in t:
            assert path.name == "drugs-extra.txt" and len(t.split("|")) == 3, t
