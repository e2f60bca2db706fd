"""Markup awareness: in Markdown and HTML only prose is checked and fixed, at the original file's positions."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from newsfix.batch.files import LineIndex, find_edits
from newsfix.cli import main
from newsfix.io.discover import Settings
from newsfix.mask.markup import kind_for_path, mask
from newsfix.model import apply_edits

REPO = ROOT / "fixtures" / "repo"
PHRASE = "persistent ache"


def findings(text: str, kind: str, **settings) -> list[tuple[int, int, str]]:
    """(line, column, before) of every edit that check would report."""
    edits, _ = find_edits(text, kind, Settings(**settings))
    index = LineIndex(text)
    return [(*index.position(e.start), e.before) for e in edits]


def lines_with_phrase(text: str, kind: str) -> set[int]:
    return {line for line, _, before in findings(text, kind) if before.lower() == PHRASE}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.md", "markdown"),
        ("a.MARKDOWN", "markdown"),
        ("x/a.html", "html"),
        ("a.htm", "html"),
        ("a.txt", "text"),
        ("README", "text"),
        (None, "text"),
    ],
)
def test_kind_for_path(name, kind):
    assert kind_for_path(name) == kind


def test_markdown_fixture_only_prose_is_reported():
    text = (REPO / "docs" / "spun.md").read_text(encoding="utf-8")
    found = findings(text, "markdown")
    # front-matter values (2, 4), heading (7), paragraph (9), link text (21), image alt (22), list item and its
    # continuation (28, 30); not the front-matter key (3), fenced (11-17) or indented (19) code, inline code,
    # link targets and titles, the autolink, the reference definition (24) or the HTML comment (26)
    assert {line for line, _, _ in found} == {2, 4, 7, 9, 21, 22, 28, 30}
    assert (2, 22, PHRASE) in found and (7, 3, "Extra info:") in found and (21, 49, PHRASE) in found
    assert [c for line, c, _ in found if line == 22] == [57]  # the image's alt text, not its file name


def test_html_fixture_only_text_nodes_are_reported():
    text = (REPO / "site" / "page.html").read_text(encoding="utf-8")
    found = findings(text, "html")
    # title (4), paragraph text (9, after the attributes), "Extra info:" in a paragraph (13); not the style (5),
    # script (6), attributes (9), comment (10), pre (11) or code (12)
    assert found == [(4, 8, "Persistent ache"), (9, 66, PHRASE), (13, 4, "Extra info:")]


@pytest.mark.parametrize(
    "doc",
    [
        "```\npersistent ache\n```\n",
        "```python title=x\npersistent ache\n```\n",
        "~~~~\npersistent ache\n~~~\nstill code: persistent ache\n~~~~\n",
        "````\n```\npersistent ache\n```\n````\n",
        "```\nunclosed fence runs to the end\n\npersistent ache\n",
        "Para.\n\n    persistent ache in indented code\n\n    more persistent ache\n",
        "\tpersistent ache after a tab\n",
        "Some `persistent ache` code.\n",
        "Some ``code with ` and persistent ache`` here.\n",
        "A [link](https://example.org/persistent-ache) and [ref][persistent ache].\n",
        'A [link](<a b> "persistent ache") and ![x](img.png (persistent ache)).\n',
        "<mailto:persistent.ache@example.org>\n",
        "<https://example.org/persistent%20ache>\n",
        "[persistent ache]: https://example.org/a\n[other]: <https://example.org/b> 'persistent ache'\n",
        "<!-- persistent ache -->\n",
        "<!--\npersistent ache\nacross lines -->\n",
        'Text <span title="persistent ache">x</span>.\n',
        "<script>\nvar x = 'persistent ache';\n</script>\n",
        "<style>\n/* persistent ache */\n</style>\n",
        "<pre>\npersistent ache\n</pre>\n",
        "---\npersistent ache: value\n---\nBody.\n",
        "+++\npersistent_ache = 1\n+++\n",
        "- item\n\n  ```\n  persistent ache\n  ```\n",
    ],
)
def test_markdown_non_prose_is_skipped(doc):
    assert lines_with_phrase(doc, "markdown") == set(), doc


@pytest.mark.parametrize(
    ("doc", "line"),
    [
        ("Plain persistent ache.\n", 1),
        ("# Heading about persistent ache\n", 1),
        ("> quoted persistent ache\n", 1),
        ("1. numbered persistent ache\n", 1),
        ("Some **persistent ache** in bold.\n", 1),
        ("A [persistent ache](https://example.org) link text.\n", 1),
        ("---\ntitle: persistent ache\n---\n", 2),
        ("---\ntitle: 'persistent ache'\n---\n", 2),
        ("---\nsummary: |\n  Text about persistent ache.\n---\n", 3),
        ("---\ntags:\n  - persistent ache\n---\n", 3),
        ('+++\ntitle = "persistent ache"\n+++\n', 2),
        ("- item\n\n    continuation about persistent ache\n", 3),
        ("Para\n    lazy continuation about persistent ache\n", 2),
        ("---\n\nA thematic break, then persistent ache.\n", 3),
        ("Text with a_b snake_case and persistent ache.\n", 1),
    ],
)
def test_markdown_prose_is_checked(doc, line):
    assert lines_with_phrase(doc, "markdown") == {line}, doc


def test_markdown_heading_marker_does_not_hide_line_start_phrases():
    assert findings("## Extra info:\n\nBody.\n", "markdown") == [(1, 4, "Extra info:")]
    assert findings("**Extra info:** body.\n", "markdown") == [(1, 3, "Extra info:")]


def test_edits_straddling_markup_are_dropped():
    assert lines_with_phrase("persistent `x` ache\n", "markdown") == set()
    for text in ("<p>persistent <b>ache</b></p>\n", "<p>persistent</p><p>ache</p>\n"):
        assert all(e.before.lower() != PHRASE for e in find_edits(text, "html", Settings())[0])
        assert mask(text, "html").text.split() == ["persistent", "ache"]  # the engine would match it unmasked


@pytest.mark.parametrize(
    "doc",
    [
        "<div data-x=\"persistent ache\" title='persistent ache'>x</div>\n",
        "<SCRIPT type='text/javascript'>if (a < b) { s = 'persistent ache'; }</SCRIPT>\n",
        "<style media='x'>p::after { content: 'persistent ache' }</style>\n",
        "<!-- persistent ache -->\n",
        "<code>persistent ache</code>\n",
        "<pre><b>persistent ache</b></pre>\n",
        "<textarea>persistent ache</textarea>\n",
        "<![CDATA[ persistent ache ]]>\n",
        "<head><meta name='description' content='persistent ache'></head>\n",
    ],
)
def test_html_non_text_is_skipped(doc):
    assert lines_with_phrase(doc, "html") == set(), doc


@pytest.mark.parametrize(
    "doc",
    [
        "<p>persistent ache</p>\n",
        "<p>1 < 2 and persistent ache</p>\n",
        "<ul>\n<li>persistent ache</li>\n</ul>\n",
        "<br/>persistent ache\n",
        "<head><title>persistent ache</title></head>\n",
        "<pre>x</pre><p>persistent ache</p>\n",
    ],
)
def test_html_text_is_checked(doc):
    assert lines_with_phrase(doc, "html") == {doc[: doc.index(PHRASE)].count("\n") + 1}, doc


def test_plain_text_is_not_masked():
    text = "<p class='persistent ache'>\n[a](persistent ache)\n"
    assert mask(text, "text").text == text
    assert lines_with_phrase(text, "text") == {1, 2}


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        mask("x", "rst")


MARKUPISH = st.text(alphabet=st.sampled_from(list("ab \n\r\t`~-*_#>[]()<>!/\"'=:+|&;x")), max_size=300)


@settings(max_examples=300, deadline=None)
@given(MARKUPISH, st.sampled_from(["markdown", "html"]))
def test_masking_keeps_length_and_line_breaks(text, kind):
    masked = mask(text, kind)
    assert len(masked.text) == len(text)
    for original, hidden in zip(text, masked.text):
        assert hidden == original or (hidden == " " and original not in "\r\n")
    for start, end in masked.hidden:
        assert 0 <= start < end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["persistent ache", "`code`", "[a](b)", "\n", "```\n", " ", "<p>", "Extra info:"])))
def test_fixing_markdown_changes_only_prose(parts):
    text = "".join(parts)
    edits, _ = find_edits(text, "markdown", Settings())
    masked = mask(text, "markdown")
    for e in edits:
        assert not masked.hidden.overlaps(e.start, e.end)
        assert text[e.start : e.end] == e.before
    apply_edits(text, edits)


def test_fix_write_on_markdown_and_html_changes_only_prose(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".newsfix.toml").write_text("", encoding="utf-8")
    md = (REPO / "docs" / "spun.md").read_text(encoding="utf-8")
    html = (REPO / "site" / "page.html").read_text(encoding="utf-8")
    (tmp_path / "spun.md").write_text(md, encoding="utf-8")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    assert main(["fix", "--write", "spun.md", "page.html"]) == 0
    new_md = (tmp_path / "spun.md").read_text(encoding="utf-8").splitlines()
    old_md = md.splitlines()
    unchanged = [3, 11, 12, 13, 15, 16, 17, 19, 24, 26]
    assert [new_md[i - 1] for i in unchanged] == [old_md[i - 1] for i in unchanged]
    assert new_md[8] == "Patients with chronic pain were studied."
    assert '[link about chronic pain](https://example.org/persistent-ache "persistent ache")' in new_md[20]
    assert "`persistent ache`" in new_md[20]
    new_html = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert 'class="persistent ache" title="persistent ache">Patients with chronic pain were' in new_html
    assert '<script>var s = "persistent ache";</script>' in new_html
    assert "<pre>persistent ache in pre</pre>" in new_html and "<code>persistent ache</code>" in new_html
    assert "<p>More information: see the review.</p>" in new_html


@pytest.mark.parametrize(
    ("doc", "kind"),
    [
        ("`" + " x `` y " * 50000, "markdown"),
        ("<a " * 100000, "html"),
        ("<a " * 100000, "markdown"),
        ('<a b="' * 30000, "html"),
        ("<?x " * 50000, "markdown"),
        ("<!x " * 50000, "html"),
        ("[a](" * 50000, "markdown"),
    ],
)
def test_pathological_markup_stays_linear(doc, kind):
    # each of these took minutes with a scan per "<" or per backtick run; now well under a second
    start = time.perf_counter()
    mask(doc, kind)
    assert time.perf_counter() - start < 5
