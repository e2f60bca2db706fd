"""Which parts of a Markdown or HTML file are prose, so that `check` and `fix` touch nothing else.

Longer than 400 lines: the Markdown and the HTML masks share the blanking, the line table and the
span arithmetic, and are tested together; a split into mask/markdown.py and mask/html.py is possible but was left
out of the restructuring to keep this file one rename for concurrent changes.

The engine works on plain text. For markup we hide every character that is not prose (code, link targets, tags,
attributes, scripts, front-matter keys, comments) by replacing it with a space, keeping line breaks, so the hidden
text has the same length and the same line structure as the file: edit offsets and line:col positions stay those
of the original. Edits that touch a hidden span are dropped afterwards (`Masked.keeps`), because an edit that
straddles markup (a phrase split by a tag, say) would damage it.

This is deliberately a light scanner, not a full CommonMark/HTML5 parser: it must start fast (no bs4/lxml) and it
only has to be right about where prose is, erring towards hiding.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterable
from pathlib import PurePath

from ..despin.protect import Spans
from ..lazyre import LazyPattern
from ..model import KINDS, Edit

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def kind_for_path(path: str | PurePath | None) -> str:
    """ "markdown", "html" or "text", from the file name's suffix (anything unknown is plain text)."""
    if path is None:
        return "text"
    suffix = os.path.splitext(os.fspath(path))[1].lower()  # os.path: PurePath costs more than the check itself
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


class Masked:
    """`text` is the input with non-prose characters replaced by spaces; `hidden` are those characters' spans."""

    # a plain class rather than a dataclass: creating dataclasses at import costs start-up time
    __slots__ = ("text", "hidden")

    def __init__(self, text: str, hidden: Spans):
        self.text = text
        self.hidden = hidden

    def keeps(self, edit: Edit) -> bool:
        return not self.hidden.overlaps(edit.start, edit.end)

    def filter(self, edits: Iterable[Edit]) -> list[Edit]:
        if not len(self.hidden):
            return list(edits)
        return [e for e in edits if not self.hidden.overlaps(e.start, e.end)]


def mask(text: str, kind: str) -> Masked:
    """Hide the non-prose parts of `text`, a document of the given kind ("text", "markdown" or "html")."""
    if kind == "markdown":
        spans = markdown_hidden(text)
    elif kind == "html":
        spans = html_hidden(text)
    elif kind == "text":
        spans = []
    else:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    hidden = Spans(s for s in spans if s[0] < s[1])
    return Masked(blank(text, hidden), hidden)


_NOT_NEWLINE = LazyPattern(r"[^\r\n]+")


def blank(text: str, hidden: Spans) -> str:
    """Replace the hidden characters with spaces, keeping line breaks so that line numbers do not move."""
    if not len(hidden):
        return text
    out, pos = [], 0
    for s, e in hidden:
        out.append(text[pos:s])
        out.append(_NOT_NEWLINE.sub(lambda m: " " * len(m.group()), text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end of content, end including the line break) for every line; \\r\\n, \\r and \\n all end lines."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        out.append((m.start(), m.start() + len(m.group(1)), m.end()))
    return out


_LINE = LazyPattern(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


# ---------------------------------------------------------------------------------------------------------- Markdown


class _Lazy:
    """Attributes computed on first access: compiling these patterns costs milliseconds that runs on plain text
    (and `newsfix check` start-up) should not pay."""

    def __init__(self, build: Callable[[], dict[str, Any]]):
        self._build = build

    def __getattr__(self, name: str) -> Any:
        self.__dict__.update(self._build())
        return self.__dict__[name]


def _patterns() -> dict[str, Any]:
    class P:
        # HTML: comments, CDATA, doctype, processing instructions, tags (group 1: the name). No "<" inside
        # a tag outside quotes: otherwise every "<" in text like "<a <a <a" would scan to the end (quadratic)
        HTML_TOKEN = re.compile(
            r"""<!--.*?(?:-->|\Z)"""
            r"""|<!\[CDATA\[.*?(?:\]\]>|\Z)"""
            r"""|<![^<>]*>"""
            r"""|<\?[^<>]*>"""
            r"""|</?([A-Za-z][A-Za-z0-9:-]*)"""
            r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*/)*\s*>""",
            re.DOTALL,
        )

        FENCE_OPEN = re.compile(r"([ \t]*)(`{3,}|~{3,})(.*)")
        LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
        HEADING = re.compile(r" {0,3}#{1,6}(?=[ \t]|$)")
        HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
        BLOCKQUOTE = re.compile(r" {0,3}>(?:[ \t]?(?:>[ \t]?)*)")
        REFERENCE_DEF = re.compile(
            r""" {0,3}\[(?!\^)(?:[^\[\]\\]|\\.)+\]:[ \t]*(?:<[^>\n]*>|\S+)"""
            r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"""
        )
        FOOTNOTE_DEF = re.compile(r" {0,3}\[\^[^\]\s]+\]:")
        HTML_BLOCK_RAW = re.compile(r" {0,3}<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
        HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
        YAML_KEY = re.compile(r"""([ \t]*(?:-[ \t]+)?)((?:"[^"\n]*"|'[^'\n]*'|[^\s#:"'][^:#\n]*?)[ \t]*:)(?=[ \t]|$)""")
        YAML_ITEM = re.compile(r"[ \t]*-(?=[ \t]|$)")
        YAML_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#.*$")
        TOML_KEY = re.compile(r"""[ \t]*(?:\[\[?[^\]\n]*\]\]?[ \t]*$|[A-Za-z0-9_."'-]+[ \t]*=)""")

        INLINE_HTML = re.compile(
            r"""</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>"""
            r"""|<![A-Za-z][^<>]*>|<\?[^<]*?\?>""",
            re.DOTALL,
        )
        AUTOLINK = re.compile(
            r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+)>"
        )
        # [text](target "title") and ![alt](src): the target; [text][label] and [text][]: the label
        LINK_TARGET = re.compile(
            r"""\]\((?:<[^>\n]*>|(?:[^()\s]|\((?:[^()\s])*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)"""
            r"""|\]\[[^\]\n]*\]"""
        )
        FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
        # emphasis delimiters opening before a word or closing after one (underscores inside words are not)
        EMPHASIS = re.compile(r"(?<![\w*~])(?:[*_]{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~])(?:[*_]{1,3}|~~)(?![\w*~])")
        BACKTICKS = re.compile(r"`+")
        BLANK_LINE = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")

    return {k: v for k, v in vars(P).items() if k.isupper()}


MD = _Lazy(_patterns)


def markdown_hidden(text: str) -> list[tuple[int, int]]:
    hidden = _markdown_blocks(text)
    # inline constructs are looked for in text whose block-level code is already blanked, so that a backtick or
    # bracket inside a code block cannot pair with one in the prose after it
    blanked = blank(text, Spans(hidden))
    hidden += _markdown_inline(blanked)
    return hidden


def _indent_width(line: str) -> int:
    width = 0
    for c in line:
        if c == " ":
            width += 1
        elif c == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _markdown_blocks(text: str) -> list[tuple[int, int]]:
    hidden: list[tuple[int, int]] = []
    lines = _lines(text)
    n = len(lines)
    i = _front_matter(text, lines, hidden)
    prev_blank = True
    prev_ref = False
    in_list = False
    while i < n:
        start, end, nl_end = lines[i]
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            prev_blank = True
            i += 1
            continue
        if line[0].isalpha():
            # prose, most lines of an article: no block construct or marker starts with a letter
            in_list = prev_blank = prev_ref = False
            i += 1
            continue
        indent = _indent_width(line)

        if indent >= 4 and prev_blank and not in_list:
            # indented code block: runs while lines are indented or blank
            j = i
            last = i
            while j < n:
                s, e, _ = lines[j]
                seg = text[s:e]
                if seg.strip() and _indent_width(seg) < 4:
                    break
                if seg.strip():
                    last = j
                j += 1
            hidden.append((start, lines[last][1]))
            i = last + 1
            prev_blank = False
            continue

        fence = MD.FENCE_OPEN.match(line)
        if fence and (indent < 4 or in_list) and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            # fences nested in list items are indented like the item's text, so any indentation closes them
            marker = fence.group(2)
            close = re.compile(r"[ \t]*" + re.escape(marker[0]) + "{" + str(len(marker)) + r",}[ \t]*$")
            j = i + 1
            while j < n and not close.match(text[lines[j][0] : lines[j][1]]):
                j += 1
            last = min(j, n - 1)
            hidden.append((start, lines[last][1]))
            i = last + 1
            prev_blank = False
            continue

        raw = MD.HTML_BLOCK_RAW.match(line)
        if raw:
            closing = re.compile(r"</" + raw.group(1) + r"\s*>", re.IGNORECASE).search(text, start)
            stop = closing.end() if closing else len(text)
            hidden.append((start, stop))
            while i < n and lines[i][0] < stop:
                i += 1
            prev_blank = False
            continue

        # a reference definition cannot interrupt a paragraph, but may follow another definition
        if (prev_blank or prev_ref) and MD.REFERENCE_DEF.match(line):
            hidden.append((start, end))
            i += 1
            prev_blank = False
            prev_ref = True
            continue
        prev_ref = False

        item = MD.LIST_ITEM.match(line)
        if item and not _is_thematic_break(stripped):
            in_list = True
            hidden.append((start, start + item.end()))
            _hide_line_prefix(text, start, end, start + item.end(), hidden)
        elif indent >= 2 and in_list:
            pass  # continuation of a list item (possibly after a blank line): prose
        else:
            in_list = False
            _hide_line_prefix(text, start, end, start, hidden)
        prev_blank = False
        i += 1
    return hidden


def _hide_line_prefix(text: str, start: int, end: int, pos: int, hidden: list[tuple[int, int]]) -> None:
    """Hide block markers at the start of a prose line (headings, quotes, footnote labels), which are not words
    and would otherwise stop line-start rules ("Extra info:" under a `##`) from seeing the start of the line."""
    while True:
        quote = MD.BLOCKQUOTE.match(text, pos, end)
        if quote and quote.end() > pos:
            hidden.append((pos, quote.end()))
            pos = quote.end()
            item = MD.LIST_ITEM.match(text, pos, end)
            if item:
                hidden.append((pos, item.end()))
                pos = item.end()
            continue
        break
    heading = MD.HEADING.match(text, pos, end)
    if heading:
        hidden.append((pos, heading.end()))
        close = MD.HEADING_CLOSE.search(text, heading.end(), end)
        if close:
            hidden.append(close.span())
        return
    footnote = MD.FOOTNOTE_DEF.match(text, pos, end)
    if footnote:
        hidden.append((pos, footnote.end()))


def _is_thematic_break(stripped: str) -> bool:
    compact = stripped.replace(" ", "").replace("\t", "")
    return len(compact) >= 3 and len(set(compact)) == 1 and compact[0] in "-*_"


def _front_matter(text: str, lines: list[tuple[int, int, int]], hidden: list[tuple[int, int]]) -> int:
    """Hide YAML (---) or TOML (+++) front matter except its values; return the index of the first body line."""
    if not lines:
        return 0
    first = text[lines[0][0] : lines[0][1]].rstrip()
    if first not in ("---", "+++"):
        return 0
    closers = ("---", "...") if first == "---" else ("+++",)
    for j in range(1, len(lines)):
        if text[lines[j][0] : lines[j][1]].rstrip() in closers:
            break
    else:
        return 0  # no closing line: a thematic break, not front matter
    hidden.append((lines[0][0], lines[0][1]))
    hidden.append((lines[j][0], lines[j][1]))
    for k in range(1, j):
        s, e, _ = lines[k]
        if first == "---":
            _yaml_line(text, s, e, hidden)
        else:
            _toml_line(text, s, e, hidden)
    return j + 1


def _yaml_line(text: str, s: int, e: int, hidden: list[tuple[int, int]]) -> None:
    line = text[s:e]
    comment = MD.YAML_COMMENT.search(line)
    if comment:
        hidden.append((s + comment.start(), e))
        line = line[: comment.start()]
        e = s + len(line)
    key = MD.YAML_KEY.match(line)
    pos = 0
    if key:
        pos = key.end()
        hidden.append((s, s + pos))
    else:
        item = MD.YAML_ITEM.match(line)
        if item:
            pos = item.end()
            hidden.append((s, s + pos))
    _hide_yaml_value(text, s + pos, e, hidden)


def _hide_yaml_value(text: str, s: int, e: int, hidden: list[tuple[int, int]]) -> None:
    """Values are prose, but not their YAML syntax: quotes (which the engine would take for quoted speech),
    block-scalar indicators, anchors and tags, and the brackets of flow collections."""
    value = text[s:e]
    lead = len(value) - len(value.lstrip())
    body = value.strip()
    if not body:
        return
    b = s + lead
    if body[0] in "|>" and re.fullmatch(r"[|>][-+0-9]*", body):
        hidden.append((b, b + len(body)))
    elif body[0] in "&*!":
        hidden.append((b, e))
    elif body[0] in "\"'" and body[-1] == body[0] and len(body) >= 2:
        hidden.append((b, b + 1))
        hidden.append((b + len(body) - 1, b + len(body)))
    elif body[0] in "[{":
        for m in re.finditer(r"[\[\]{},]", body):
            hidden.append((b + m.start(), b + m.end()))


def _toml_line(text: str, s: int, e: int, hidden: list[tuple[int, int]]) -> None:
    line = text[s:e]
    key = MD.TOML_KEY.match(line)
    if key:
        hidden.append((s, s + key.end()))
        _hide_yaml_value(text, s + key.end(), e, hidden)


def _markdown_inline(text: str) -> list[tuple[int, int]]:
    hidden: list[tuple[int, int]] = []
    if "`" in text:
        hidden += _code_spans(text)
    if "<" in text:
        hidden += [m.span() for m in MD.HTML_COMMENT.finditer(text)]
        hidden += [m.span() for m in MD.AUTOLINK.finditer(text)]
        hidden += [m.span() for m in MD.INLINE_HTML.finditer(text)]
    if "]" in text:
        targets = [m.span() for m in MD.LINK_TARGET.finditer(text)]
        hidden += targets
        if targets:
            hidden += _link_openers(text, targets)
        hidden += [m.span() for m in MD.FOOTNOTE_REF.finditer(text)]
    if "*" in text or "_" in text or "~" in text:
        hidden += [m.span() for m in MD.EMPHASIS.finditer(text)]
    return hidden


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Backtick code spans: a run of n backticks closed by the next run of exactly n, within one paragraph."""
    spans = []
    runs = [m.span() for m in MD.BACKTICKS.finditer(text)]
    # indexes of runs by length and the starts of blank lines, so that each opener costs two bisections:
    # a scan per opener would be quadratic on text full of unmatched backticks
    by_length: dict[int, list[int]] = {}
    for k, (s, e) in enumerate(runs):
        by_length.setdefault(e - s, []).append(k)
    blank_lines = [m.start() for m in MD.BLANK_LINE.finditer(text)]
    k = 0
    while k < len(runs):
        start, end = runs[k]
        same = by_length[end - start]
        j = bisect.bisect_right(same, k)
        b = bisect.bisect_left(blank_lines, end)
        paragraph_end = blank_lines[b] if b < len(blank_lines) else len(text)
        if j < len(same) and runs[same[j]][0] < paragraph_end:
            spans.append((start, runs[same[j]][1]))
            k = same[j] + 1
        else:
            k += 1
    return spans


def _link_openers(text: str, targets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `[` or `![` that opens each link text whose `](...)` was found: the bracket is syntax, not prose."""
    spans = []
    for close, _ in targets:
        depth = 0
        pos = close - 1
        floor = max(0, close - 2000)
        while pos >= floor:
            c = text[pos]
            if c == "]":
                depth += 1
            elif c == "[":
                if depth == 0:
                    start = pos - 1 if pos > 0 and text[pos - 1] == "!" else pos
                    spans.append((start, pos + 1))
                    break
                depth -= 1
            elif c == "\n" and pos > 0 and text[pos - 1] == "\n":
                break
            pos -= 1
    return spans


# -------------------------------------------------------------------------------------------------------------- HTML

# elements whose content is not parsed as HTML: skip to the matching end tag
RAW_TEXT = frozenset({"script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext"})
# elements whose text is not prose
NON_PROSE = frozenset({"code", "pre", "kbd", "samp", "var", "tt", "svg", "math", "template", "object", "head"})
# `head` holds no prose except the title, which is handled on its own
TITLE = "title"


def html_hidden(text: str) -> list[tuple[int, int]]:
    """Everything except text nodes outside code-like elements: tags (with their attributes), comments, doctype,
    script and style content, and the text of code/pre/kbd/samp/... elements."""
    hidden: list[tuple[int, int]] = []
    depth = 0  # how many non-prose elements we are inside
    in_title = False
    pos = 0
    n = len(text)
    while pos < n:
        lt = text.find("<", pos)
        if lt < 0:
            if depth and not in_title:
                hidden.append((pos, n))
            break
        if lt > pos and depth and not in_title:
            hidden.append((pos, lt))
        m = MD.HTML_TOKEN.match(text, lt)
        if m is None:
            # a lone "<" is text
            if depth and not in_title:
                hidden.append((lt, lt + 1))
            pos = lt + 1
            continue
        hidden.append(m.span())
        pos = m.end()
        name = (m.group(1) or "").lower()
        if not name:
            continue
        closing = text.startswith("</", lt)
        self_closing = text.endswith("/>", lt, pos)
        if name in RAW_TEXT and not closing and not self_closing:
            end = re.compile(r"</" + re.escape(name) + r"\s*>", re.IGNORECASE).search(text, pos)
            stop = end.end() if end else n
            hidden.append((pos, stop))
            pos = stop
        elif name == TITLE:
            in_title = not closing
        elif name in NON_PROSE and not self_closing:
            depth = max(0, depth - 1) if closing else depth + 1
    return hidden
