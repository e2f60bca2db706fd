from __future__ import annotations

from newsfix.despin.protect import protected_spans, quote_spans


def spans_text(text, spans):
    return [text[s:e] for s, e in spans]


def test_protected_kinds():
    text = (
        "See https://doi.org/10.1002/x.y (www.example.org/a?b=1), DOI: 10.1002/14651858.CD015373.pub2, "
        "mail a.b@c.org, `code here`, @handle #tag and 2,300 people in 2025."
    )
    got = spans_text(text, protected_spans(text))
    assert "https://doi.org/10.1002/x.y" in got
    assert "www.example.org/a?b=1" in got
    assert "10.1002/14651858.CD015373.pub2," in got or "10.1002/14651858.CD015373.pub2" in got
    assert "a.b@c.org" in got and "`code here`" in got and "@handle" in got and "#tag" in got
    assert "2,300" in got and "2025" in got


def test_quotes_curly_straight_and_unclosed():
    text = 'He said “one two,” then "three" and 5" pipes.\n“Open to the end\n\nNext para “x”'
    got = spans_text(text, quote_spans(text))
    assert got[0] == "“one two,”"
    assert got[1] == '"three"'
    assert "“Open to the end" in got
    assert "“x”" in got
    assert not any("pipes" in g for g in got)


def test_spans_overlap_queries():
    s = protected_spans("ab 123 cd")
    assert s.overlaps(3, 4) and s.overlaps(0, 4) and not s.overlaps(0, 3) and not s.overlaps(6, 9)


def test_spans_grow_and_merge():
    from newsfix.despin.protect import Spans

    s = Spans(())
    s.add(10, 20)
    s.add(30, 40)
    assert s.overlaps(15, 16) and not s.overlaps(20, 30) and s.overlaps(39, 45)
    s.add(18, 32)  # bridges both
    assert list(s) == [(10, 40)]
    s.add(0, 5)
    s.add(50, 60)
    assert list(s) == [(0, 5), (10, 40), (50, 60)]
