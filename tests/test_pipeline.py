"""`newsfix.process`: the one document pipeline behind check, fix, extract, batch and library calls."""

from __future__ import annotations

import pytest

import newsfix
from newsfix.model import TIER_ORDER

MARKDOWN = "Extra info:\n\n    the persistent ache\n\nThe persistent ache.\n"  # an indented code block, then prose
HTML = '<p title="persistent ache">The persistent ache.</p>\n'


def test_plain_text_is_what_normalize_gives():
    text = "Extra info:\nSystematic Opinions and persistent ache in grownup members.\n"
    done = newsfix.process(text)
    plain = newsfix.normalize(text)
    assert done.text == plain.text and done.edits == plain.edits and done.spin == plain.spin
    assert done.to_dict() == plain.to_dict()


def test_markdown_is_checked_as_prose_only():
    done = newsfix.process(MARKDOWN, kind="markdown")
    assert done.text == "More information:\n\n    the persistent ache\n\nThe chronic pain.\n"
    assert [MARKDOWN[e.start : e.end] for e in done.edits] == [e.before for e in done.edits]
    # as plain text, the code block is repaired too
    assert "    the chronic pain" in newsfix.process(MARKDOWN).text
    assert newsfix.process(HTML, kind="html").text == '<p title="persistent ache">The chronic pain.</p>\n'
    assert newsfix.process(HTML).text == '<p title="chronic pain">The chronic pain.</p>\n'


def test_inline_suppression_applies():
    text = "The persistent ache.  <!-- newsfix: ignore -->\nThe persistent ache.\n"
    done = newsfix.process(text)
    assert done.text == "The persistent ache.  <!-- newsfix: ignore -->\nThe chronic pain.\n"
    assert len(done.edits) == 1


def test_min_tier_drops_less_sure_edits():
    text = "Extra info:\nAn assessment of sufferers with persistent ache.\n"
    every = newsfix.process(text)
    sure = newsfix.process(text, min_tier="fingerprint")
    assert {e.tier for e in every.edits} - {"artifact", "fingerprint"}, "the text needs a less sure edit"
    assert sure.edits and all(TIER_ORDER[e.tier] <= TIER_ORDER["fingerprint"] for e in sure.edits)
    assert len(sure.edits) < len(every.edits)


def test_options_reach_the_normaliser_and_kind_is_checked():
    assert newsfix.process("The persistent ache.", disable={"persistent ache"}).edits == []
    with pytest.raises(ValueError):
        newsfix.process("text", kind="rtf")


def test_extract_uses_the_pipeline():
    pytest.importorskip("spacy")
    text = "The persistent ache.  # newsfix: ignore\nThe persistent ache.\n"
    article = newsfix.extract(text)
    assert article.text == newsfix.process(text).text
    assert article.text.count("persistent ache") == 1
