"""Issue 13, item 8: library robustness (lone surrogates in extract(), homoglyph idempotence, garbage as HTML),
plus a bounded fuzz run of normalize() and extract()."""

from __future__ import annotations

import random

import newsfix


def test_extract_replaces_lone_surrogates_and_says_so():
    from newsfix.extractors.article import extract

    art = extract("A new examine \ud800 of persistent ache.\udfff")
    out = art.to_dict()
    assert "\ufffd" in out["text"] and "\ud800" not in out["text"]
    assert out["warnings"] == ["2 lone surrogates replaced by U+FFFD"]
    assert "warnings" not in extract("Plain text.").to_dict()


def test_homoglyph_rule_is_idempotent():
    for text in ("a\u0430 \u0430", "x \u0430 \u0430 y", "The c\u0430t \u0430nd dog"):
        once = newsfix.normalize(text).text
        assert newsfix.normalize(once).text == once, (text, once)


def test_garbage_as_html_has_no_control_characters():
    from newsfix.extractors.article import extract

    garbage = "<p>\x00\x01\x02 abc \x1b\x7f</p>" + "\x00" * 50
    text = extract(garbage).text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text), repr(text)


def test_fuzz_normalize_and_extract_never_raise_and_keep_offsets():
    """300 random inputs (seeded) mixing spun phrases, markup, control characters, surrogates and odd scripts."""
    from newsfix.extractors.article import extract

    rng = random.Random(13)
    pieces = [
        "persistent ache",
        "A brand new examine",
        "Credit: ",
        "Citation: (",
        "Provided by ",
        "Dr ",
        "A.",
        "<p>",
        "</div>",
        "&amp;",
        "\x00",
        "\x1b",
        "\ud800",
        "\u0430",
        "\u200b",
        "\r\n",
        "\n\n",
        "  ",
        "“",
        "”",
        "U.Okay.",
        "Ab is professor ",
        "{that|this}",
        "ketamine",
        "(2021, May 3)",
        "\ufeff",
        "日本",
        "e\u0301",
    ]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        n = newsfix.normalize(text)
        assert all(text[e.start : e.end] == e.before for e in n.edits)
        art = extract(text)
        art.to_dict()
