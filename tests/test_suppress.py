"""Inline suppression: suppressed edits are neither reported by check nor applied by fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfix.batch.files import find_edits
from newsfix.cli import main
from newsfix.io.discover import Settings
from newsfix.mask.suppress import suppressed_spans

PHRASE = "persistent ache"


def lines(text: str, kind: str = "text") -> list[int]:
    edits, _ = find_edits(text, kind, Settings(assume="clean"))
    return [text.count("\n", 0, e.start) + 1 for e in edits if e.before == PHRASE]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # newsfix: ignore, in any comment syntax or none, suppresses its own line only
        (f"{PHRASE} <!-- newsfix: ignore -->\n{PHRASE}\n", "markdown", [2]),
        (f"{PHRASE}  # newsfix: ignore\n{PHRASE}\n", "text", [2]),
        (f"{PHRASE} // newsfix:ignore\n{PHRASE}\n", "text", [2]),
        (f"{PHRASE} (newsfix: ignore)\n{PHRASE}\n", "text", [2]),
        (f"<p>{PHRASE}</p> <!-- NewsFix: Ignore -->\n<p>{PHRASE}</p>\n", "html", [2]),
        # newsfix: ignore-next-line suppresses the following line only
        (f"<!-- newsfix: ignore-next-line -->\n{PHRASE}\n{PHRASE}\n", "markdown", [3]),
        (f"# newsfix: ignore-next-line\r\n{PHRASE}\r\n{PHRASE}\r\n", "text", [3]),
        (f"{PHRASE} newsfix: ignore-next-line\n{PHRASE}\n", "text", [1]),
        (f"{PHRASE}\nnewsfix: ignore-next-line", "text", [1]),
        # off ... on blocks, inclusive of the marker lines; off without on runs to the end
        (
            f"{PHRASE}\n<!-- newsfix: off -->\n{PHRASE}\n\n{PHRASE}\n<!-- newsfix: on -->\n{PHRASE}\n",
            "markdown",
            [1, 7],
        ),
        (f"{PHRASE}\n<!-- newsfix: off -->\n{PHRASE}\n{PHRASE}\n", "html", [1]),
        (f"newsfix: on\n{PHRASE}\n", "text", [2]),
        # similar words are not directives
        (f"{PHRASE} newsfix: ignored\n", "text", [1]),
        (f"{PHRASE} newsfix: ignore-this\n", "text", [1]),
    ],
)
def test_suppression_forms(text, kind, expected):
    assert lines(text, kind) == expected


def test_suppressed_spans_cover_whole_lines():
    text = "a\nb newsfix: ignore\nc\n"
    assert list(suppressed_spans(text)) == [(2, 20)]
    assert list(suppressed_spans("no directives here")) == []


def test_multi_line_edit_touching_a_suppressed_line_is_suppressed():
    text = "We saw persistent\nache <!-- newsfix: ignore -->\n"
    assert lines(text.replace(PHRASE, PHRASE), "markdown") == []
    edits, _ = find_edits(text, "markdown", Settings(assume="clean"))
    assert all("ache" not in e.before for e in edits)


def test_suppressed_edits_are_not_reported_or_fixed(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".newsfix.toml").write_text("", encoding="utf-8")
    doc = (
        "Extra info: kept as is <!-- newsfix: ignore -->\n"
        "<!-- newsfix: ignore-next-line -->\n"
        "We treat persistent ache.\n"
        "<!-- newsfix: off -->\n"
        "Persistent ache everywhere.\n"
        "<!-- newsfix: on -->\n"
        "Patients with persistent ache.\n"
    )
    path = tmp_path / "doc.md"
    path.write_text(doc, encoding="utf-8")
    assert main(["check", "doc.md"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == ['doc.md:7:15: "persistent ache" -> "chronic pain" [lexicon:persistent ache]']
    assert main(["fix", "--write", "doc.md"]) == 0
    assert path.read_text(encoding="utf-8") == doc.replace(
        "Patients with persistent ache.", "Patients with chronic pain."
    )
