"""`newsfix review`: the page is built from real results and checked in a real headless Chromium.

Chromium is Debian's `chromium` (scripts/test.sh installs it when it is missing and the suite runs as root); where it
cannot be had, the browser test is skipped with the reason. The page itself is also checked without a browser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import newsfix
from newsfix.io.records import iter_records
from newsfix.report.review import SPAN_CLAIMS, render, render_text

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = (
    'Patients with persistent ache said "<script>alert(1)</script>" & <b>bold</b> \'quotes\' '
    '<img src="https://example.org/x.png" onerror="alert(2)">. A brand new examine of 120 patients.\n'
)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _inputs(tmp_path: Path) -> list[str]:
    hostile = tmp_path / "hostile <doc>.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    return [
        str(ROOT / "fixtures" / "ketamine-chronic-pain.spun.txt"),
        str(ROOT / "fixtures" / "html" / "spun-ketamine.html"),
        str(ROOT / "fixtures" / "html" / "news-article.html"),
        str(ROOT / "fixtures" / "articles" / "cochrane-acupuncture.txt"),
        str(hostile),
        str(tmp_path / "missing.txt"),
    ]


def _expected(paths: list[str]) -> list[dict]:
    """What the page must show, straight from the library."""
    return list(newsfix.process_batch(iter_records(paths)))


def _claims_with_spans(result: dict) -> int:
    claims, text = result["claims"], result["text"]
    return sum(
        1
        for kind in SPAN_CLAIMS
        for c in claims.get(kind) or []
        if isinstance(c, dict) and isinstance(c.get("start"), int) and 0 <= c["start"] < c["end"] <= len(text)
    )


def _review(tmp_path: Path, paths: list[str]) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path / "report.html"
    r = subprocess.run(
        [sys.executable, "-m", "newsfix.cli", "review", *paths, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return out, r


def _check_page(soup: BeautifulSoup, expected: list[dict]) -> None:
    sections = soup.select("section.doc")
    assert len(sections) == len(expected)
    rows = soup.select("table.summary tbody tr")
    assert len(rows) == len(expected)
    for section, row, result in zip(sections, rows, expected):
        if "error" in result:
            assert section["data-verdict"] == "error" and "could not be processed" in section.get_text()
            continue
        spin = result["spin"]
        assert section["data-verdict"] == spin["verdict"]
        marks = section.select("div.text mark.edit")
        assert len(marks) == len(spin["edits"])
        for mark, edit in zip(marks, spin["edits"]):
            assert mark.select_one("ins").get_text() == edit["after"]
            assert mark["data-before"] == edit["before"] and mark["data-tier"] == edit["tier"]
            assert mark["title"].startswith(f"{edit['before']} \u2192 {edit['after']}\n{edit['rule']} \u00b7 ")
            assert f"confidence {edit['confidence']:.2f}" in mark["title"]
        claim_ids = {i for span in section.select("div.text span.claim") for i in span["data-claim"].split()}
        assert len(claim_ids) == _claims_with_spans(result)
        # the repaired text is what the page shows, once the hidden originals are left out
        for d in section.select("div.text del"):
            d.decompose()
        assert section.select_one("div.text").get_text() == result["text"]
        assert row.select("td")[5].get_text() == str(len(spin["edits"]))
        assert section.select_one("b.families").get_text() == (", ".join(spin["families"]) or "none named")


def test_review_page_is_self_contained_and_escaped(tmp_path):
    paths = _inputs(tmp_path)
    out, r = _review(tmp_path, paths)
    assert r.returncode == 1, r.stderr  # one input is missing: reported in the page, exit 1
    assert "newsfix: wrote" in r.stderr and "6 documents (3 spun, 0 uncertain, 2 clean, 1 failed)" in r.stderr
    page = out.read_text(encoding="utf-8")
    # nothing is loaded from anywhere: no external resources, a CSP that forbids them
    assert not re.search(r"<(link|iframe|object|embed|img)\b", page)
    assert not re.search(r"""\s(src|href)\s*=\s*["'](?!#)""", page)
    assert "default-src 'none'" in page
    assert page.count("<script>") == 1  # the page's own; the document's is text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "hostile &lt;doc&gt;.txt" in page
    soup = BeautifulSoup(page, "html.parser")
    _check_page(soup, _expected(paths))


def test_render_text_nests_claims_around_edits_and_escapes():
    text = "Take <x> now & later."
    edits = [
        {"start": 5, "end": 8, "before": "<y>", "after": "<x>", "rule": "r", "tier": "fingerprint", "confidence": 0.95},
        {"start": 12, "end": 15, "before": "then", "after": "", "rule": "d", "tier": "artifact", "confidence": 0.9},
    ]
    # a claim whose end falls inside the first edit's replacement is widened to the edit's end
    claims = {"drugs": [{"name": "x", "text": "Take <x", "start": 0, "end": 7}]}
    html = render_text(text, edits, claims)
    soup = BeautifulSoup(f"<div>{html}</div>", "html.parser")
    assert len(soup.select("mark.edit")) == 2
    claim = soup.select_one("span.claim")
    assert claim.get_text() == "Take <y><x>" and claim.select_one("mark.edit ins").get_text() == "<x>"
    assert "&lt;x&gt;" in html and "<x>" not in html.replace("<x>", "", 0)


def test_render_handles_no_documents():
    page = render([])
    assert "0 documents" in page


@pytest.mark.skipif(_chromium() is None, reason="no Chromium (apt-get install chromium; test.sh does it as root)")
def test_review_page_in_headless_chromium(tmp_path):
    paths = _inputs(tmp_path)
    out, r = _review(tmp_path, paths)
    assert out.exists(), r.stderr
    browser = _chromium()
    flags = [
        "--headless",
        "--disable-gpu",
        "--no-sandbox",  # tests run as root in containers
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--hide-scrollbars",
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=180, env=env
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    soup = BeautifulSoup(dom.stdout, "html.parser")
    assert soup.select_one("header.top h1").get_text() == "newsfix review"
    _check_page(soup, _expected(paths))
    # the browser parsed the document's own markup as text: no element came from it
    assert not soup.select("div.text script, div.text img, div.text b")
    total_marks = len(soup.select("mark.edit")) - len(soup.select(".legend mark.edit"))
    assert total_marks == sum(len(x["spin"]["edits"]) for x in _expected(paths) if "error" not in x)

    shot = tmp_path / "review.png"
    s = subprocess.run(
        [browser, *flags, "--window-size=1280,2000", f"--screenshot={shot}", out.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert s.returncode == 0 and shot.exists(), s.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a rendered page, not a blank one
    keep = os.environ.get("NEWSFIX_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / "review.png")
