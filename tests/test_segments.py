"""Very long texts are repaired a segment of paragraphs at a time, with the repairs of the whole text."""

from __future__ import annotations

import newsfix
from newsfix.despin import segments
from newsfix.despin.normalizer import default_normalizer

SPUN = "The persistent ache examine enrolled sufferers with most cancers and well being issues. "
CLEAN = "The weather was mild and the roads were quiet that day, the council said. "


def test_segments_cover_the_text_and_cut_only_at_paragraph_breaks():
    text = ("word " * 50 + "\n\n") * 40
    cuts = segments.segments(text, size=600)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text) and len(cuts) > 3
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(text[end - 2 : end] == "\n\n" for _, end in cuts[:-1])


def test_no_cut_inside_a_fenced_code_block():
    text = "intro\n\n```\ncode\n\n" + "more code\n\n" * 50 + "```\n\n" + "after\n\n" * 50
    fence_end = text.index("```\n\n", 10) + 3
    for start, end in segments.segments(text, size=20):
        assert not (start < text.index("```") + 3 < end < fence_end)


def test_a_long_text_gets_the_repairs_of_its_segments(monkeypatch):
    text = (SPUN * 3 + "\n\n") * 20 + (CLEAN * 3 + "\n\n") * 10
    monkeypatch.setattr("newsfix.despin.normalizer.SEGMENT_ABOVE", 1000)
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 2000)
    cuts = segments.segments(text)
    assert len(cuts) >= 3
    parts = [default_normalizer().normalize(text[a:b]) for a, b in cuts]
    r = newsfix.Normalizer().normalize(text)
    assert r.text == "".join(p.text for p in parts)
    assert [(e.start, e.after) for e in r.edits] == [
        (e.start + a, e.after) for (a, _), p in zip(cuts, parts) for e in p.edits
    ]
    assert all(text[e.start : e.end] == e.before for e in r.edits)
    assert r.spin == segments.merge_spins([p.spin for p in parts]) and r.spin.verdict == "spun"


def test_merged_verdict_is_the_surest_segments():
    spun = newsfix.normalize(SPUN * 3).spin
    clean = newsfix.normalize(CLEAN * 3).spin
    merged = segments.merge_spins([clean, spun, clean])
    assert merged.verdict == "spun" and merged.families == spun.families
    assert merged.words == spun.words + 2 * clean.words
    assert segments.merge_spins([clean, clean]).verdict == "clean"


def test_text_without_paragraph_breaks_is_cut_at_line_breaks():
    text = "a line of words\n" * 1000
    cuts = segments.segments(text, size=1000)
    assert len(cuts) > 5 and cuts[-1][1] == len(text)
    assert all(text[end - 1] == "\n" for _, end in cuts[:-1])
    assert segments.segments("x" * 5000, size=1000) == [(0, 5000)]  # no break at all: one segment
