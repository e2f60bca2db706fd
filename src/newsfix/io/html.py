"""Scraped HTML pages to main text and metadata, offline.

Longer than 400 lines: one job (main text and metadata of a page) with its many site-specific fallbacks
(metadata sources, footer and credit lines), all of which the HTML scores measure together.

`read_html(html, url)` returns a `Page`: the article's main text (paragraphs separated by blank lines), its title
and the metadata a science-news claim extractor can use (DOI, journal, dates, author, site). Nothing is ever
fetched: the URL only helps trafilatura judge the page.

How the text is found, and why each step is there:

1. trafilatura (comments and tables left out: comment threads are other people's words, and tables flattened to
   prose read as nonsense sentences to the claim extractor) gives the main text.
2. Its paragraphs pass a filter for calls to action (newsletter sign-ups, "download our app", copyright and
   reprint notices, advertising offers) that trafilatura keeps when a site places them inside the article body.
   Matching runs on homoglyph-folded text because such boxes are sometimes written in look-alike letters.
3. What trafilatura drops is added back from the page itself: the standfirst (the visible sub-headline that repeats
   the page's description) and long paragraphs of the element the page marks as its article body.
4. When trafilatura fails or finds nothing (broken or unusual markup), the text of the `<p>` elements is used, and
   failing that all visible text: a page always yields *something* rather than an exception.

Metadata comes from trafilatura plus what it leaves out: `citation_*` tags, Open Graph, `article:published_time`
and JSON-LD `NewsArticle` / `ScholarlyArticle` objects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape

import lxml.html
from lxml import etree

from ..despin import artifacts

__all__ = ["Page", "looks_like_html", "read_html"]


@dataclass
class Page:
    """A page's main text and metadata."""

    text: str  # main text, paragraphs separated by blank lines
    title: str | None
    url: str | None
    # any of: citation_doi, citation_journal_title, og_title, published (ISO date), author, site_name, description,
    # provider
    meta: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------------- detect

_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|span|article|section|a|br|h[1-6]|ul|li|script|style|"
    r"table|img|link|header|footer|nav|main)(?=[\s>/])",
    re.IGNORECASE,
)
_CLOSE = re.compile(
    r"</(?:p|div|span|a|html|body|head|li|h[1-6]|article|section|title|script|table)\s*>", re.IGNORECASE
)


def looks_like_html(s: str) -> bool:
    """Whether `s` is an HTML document or fragment rather than plain text.

    Plain text may mention a tag or contain "a < b", so a text counts as HTML when it starts with markup, or when
    its head holds several tags *and* closing tags.
    """
    if not isinstance(s, str):
        return False
    head = s[:65536].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        # text before the first tag: HTML only if markup dominates the head (a scraped fragment without <html>)
        return len(_TAG.findall(head)) >= 3 and len(_CLOSE.findall(head)) >= 2
    low = head[:512].lower()
    if low.startswith(("<!doctype html", "<html", "<?xml")) and ("<html" in low or "<!doctype html" in low):
        return True
    return bool(_TAG.match(head)) and len(_CLOSE.findall(head)) >= 1 or len(_TAG.findall(head)) >= 3


# ------------------------------------------------------------------------------------------------------ boilerplate

# Calls to action and notices that are not part of any article. Matched against homoglyph-folded, lower-cased
# paragraphs of at most _BOILER_MAX characters, so that an article *about* newsletters or copyright keeps its text.
_BOILER_MAX = 400
_BOILERPLATE = re.compile(
    r"|".join(
        (
            r"^(?:subscribe|sign up|sign in|log in|register)\b",
            r"\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|by email|daily|weekly|edition|updates|alerts)\b",
            r"\b(?:newsletter|by email|daily edition|weekly edition)\b.{0,80}\b(?:sign up|subscribe)\b",
            r"\bdownload (?:the|our)\b.{0,60}\bapps?\b",
            r"\bapps? for (?:ios|iphone|android)\b",
            r"^\s*(?:©|\(c\)|copyright\b)",
            r"\ball rights reserved\b",
            r"\bcopyrighted (?:property|material)\b",
            r"\b(?:reprint|republish|reproduc)\w*\b.{0,80}\bwithout\b.{0,30}\bpermission\b",
            r"\bwithout\b.{0,30}\bpermission\b.{0,80}\b(?:reprint|republish|reproduc)\w*",
            r"^advertise\b|\badvertis(?:e|ing) (?:with|on) us\b",
            r"\bletters? to the editor\b",
            r"\bwe want to hear (?:from you|what you think)\b",
            r"\bshare your (?:thoughts|views|story)\b",
            r"^(?:follow us|like us on|join us on)\b",
            r"^(?:read more|related(?: articles| stories| coverage)?|see also|click here|more from)\b\W*",
            r"\bsupport (?:our|independent) journalism\b",
            r"\b(?:delivered|straight|direct) (?:to|in) your inbox\b",
        )
    )
)


def _is_boilerplate(paragraph: str) -> bool:
    if len(paragraph) > _BOILER_MAX:
        return False
    return bool(_BOILERPLATE.search(artifacts.fold(paragraph).lower()))


# ------------------------------------------------------------------------------------------------------------ read

_WS = re.compile(r"\s+")


def _squash(s: str) -> str:
    return _WS.sub(" ", s).strip()


def read_html(html: str, url: str | None = None) -> Page:
    """The main text, title and metadata of an HTML page. Never fetches anything; never raises for bad markup."""
    if not isinstance(html, str):
        raise TypeError(f"read_html() takes str, not {type(html).__name__}")
    tree = _parse(html)
    meta, titles = _metadata(tree)
    doc = _trafilatura(html, url)
    paragraphs: list[str] = []
    if doc is not None:
        if doc.title:
            titles.insert(0, doc.title)
        for key, value in (("author", doc.author), ("site_name", doc.sitename), ("description", doc.description)):
            if value and key not in meta:
                meta[key] = _squash(value)
        if doc.date and "published" not in meta:
            meta["published"] = doc.date
        paragraphs = [p for p in _doc_paragraphs(doc) if not _is_boilerplate(p)]
    if tree is not None:
        paragraphs = _add_back(tree, paragraphs, meta.get("description"))
    if not paragraphs:
        paragraphs = _fallback(html, tree)
    # a title holding markup or running on for paragraphs is an unclosed <title> that swallowed the page
    titles = [_squash(t.split("<", 1)[0])[:300] for t in titles if t]
    title = next((t for t in titles if t), None)
    return Page(text="\n\n".join(paragraphs), title=title, url=url, meta=meta)


def _parse(html: str):
    """lxml tree of the page, or None when lxml cannot make one (empty or hopeless input)."""
    try:
        # lxml refuses str input with an XML encoding declaration; the bytes form takes it
        data = html.encode("utf-8", "surrogatepass") if html.lstrip().startswith("<?xml") else html
        tree = lxml.html.fromstring(data) if data.strip() else None
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree


def _trafilatura(html: str, url: str | None):
    try:
        from trafilatura import bare_extraction

        # Measured on real news pages: the default balance beats favor_precision / favor_recall; comments and
        # tables stay out (see the module docstring).
        return bare_extraction(
            html, url=url, include_comments=False, include_tables=False, with_metadata=True, deduplicate=False
        )
    except Exception:  # noqa: BLE001 - any parser failure falls back to the plain-HTML path
        return None


def _doc_paragraphs(doc) -> list[str]:
    """Paragraphs of trafilatura's result body: one per block element, list items one per line."""
    body = getattr(doc, "body", None)
    if body is None:
        text = getattr(doc, "text", None) or ""
        return [p for p in (_squash(line) for line in text.split("\n")) if p]
    out: list[str] = []
    for el in body:
        if el.tag == "list":
            items = [_squash("".join(i.itertext())) for i in el.iter("item")]
            block = "\n".join(f"- {i}" for i in items if i)
        elif el.tag in ("graphic", "table"):
            continue
        else:
            block = _squash("".join(el.itertext()))
        if block:
            out.append(block)
    return out


# ------------------------------------------------------------------------------------------------------- add back

_BODY_HINT = re.compile(
    r"(?:article|story|entry|post|main|news)[-_]?(?:body|content|text)|\bbody[-_]?(?:text|copy)\b|articlebody",
    re.IGNORECASE,
)
_SKIP_ANCESTOR = {"aside", "figure", "figcaption", "nav", "footer", "form", "header", "blockquote", "script", "style"}
# boxes inside an article body that hold other stories, captions or promotions
_SKIP_CLASS = re.compile(
    r"related|promo|newsletter|advert|\bads?\b|share|social|caption|credit|byline|subscribe|factbox|side-?bar|"
    r"float-?(?:rhs|lhs|left|right)|pull-?quote|embed|more-?(?:on|from)|recommend",
    re.IGNORECASE,
)
_ADD_MIN = 80  # only long paragraphs come back: short ones in a body container are mostly captions and links


def _key(s: str) -> str:
    return _squash(s).lower()


def _add_back(tree, paragraphs: list[str], description: str | None) -> list[str]:
    """Paragraphs trafilatura dropped that the page itself marks as article text, inserted in page order."""
    have = _key(" ".join(paragraphs))
    container = _body_container(tree)
    if container is not None:
        keys = [_key(p) for p in paragraphs]
        after: dict[int, list[str]] = {}  # index of the kept paragraph a new one follows (-1: before all) -> new
        gap_keys: set[str] = set()
        anchor = -1
        gap: list[str] = []  # dropped paragraphs since the last kept one
        for p in _container_paragraphs(container):
            k = _key(p)
            if k in have:
                # a paragraph trafilatura kept (maybe split or merged differently): the gap before it comes back
                # after the previous kept one. Only gaps *between* kept paragraphs do: what precedes the first or
                # follows the last is more often a teaser or a related story sharing the container than article.
                if anchor >= 0 and gap:
                    after.setdefault(anchor, []).extend(gap)
                gap = []
                probe = k[:60]
                anchor = next((i for i in range(max(anchor, 0), len(keys)) if probe in keys[i]), anchor)
            elif len(p) >= _ADD_MIN and not _is_boilerplate(p) and k not in gap_keys:
                gap.append(p)
                gap_keys.add(k)  # the same text twice in the container comes back once
        if after:
            merged = list(after.get(-1, []))
            for i, p in enumerate(paragraphs):
                merged.append(p)
                merged.extend(after.get(i, []))
            paragraphs = merged
            have = _key(" ".join(paragraphs))
    if description and paragraphs:
        standfirst = _standfirst(tree, description)
        if standfirst and _key(standfirst) not in have:
            paragraphs = [standfirst, *paragraphs]
    return paragraphs


def _body_container(tree):
    """The element the page marks as its article body (itemprop, class or id), the one holding most text."""
    best, best_len = None, 0
    try:
        candidates = tree.xpath('//*[@itemprop="articleBody"] | //*[@class or @id]')
    except etree.XPathError:
        return None
    for el in candidates:
        if el.get("itemprop") != "articleBody":
            hint = f"{el.get('class', '')} {el.get('id', '')}"
            if not _BODY_HINT.search(hint):
                continue
        n = sum(len(p.text_content()) for p in el.iter("p"))
        if n > best_len:
            best, best_len = el, n
    return best


def _container_paragraphs(container) -> Iterator[str]:
    for p in container.iter("p"):
        if any(
            a.tag in _SKIP_ANCESTOR or _SKIP_CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
            for a in _ancestors(p, container)
        ):
            continue
        text = _squash(p.text_content())
        if not text:
            continue
        links = sum(len(a.text_content()) for a in p.iter("a"))
        if links > 0.5 * len(text):  # link lists dressed as paragraphs
            continue
        yield text


def _ancestors(el, stop) -> Iterator:
    while el is not None:
        yield el
        if el is stop:
            return
        el = el.getparent()


def _standfirst(tree, description: str) -> str | None:
    """The visible element repeating the page's description (the sub-headline many news pages print)."""
    want = _key(description)
    if len(want) < 40:
        return None
    for el in tree.iter("p", "h2", "div"):
        if el.tag == "div" and len(el):  # only leaf divs: a container's text is more than the standfirst
            continue
        if _key(el.text_content()) == want and not any(a.tag == "head" for a in el.iterancestors()):
            return _squash(el.text_content())
    return None


# ------------------------------------------------------------------------------------------------------- fallback


def _fallback(html: str, tree) -> list[str]:
    """Text of the <p> elements, else all visible text: broken pages still give what they hold."""
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html, "lxml")
        for el in soup(["script", "style", "noscript", "template", "head"]):
            el.decompose()
        paras = [_squash(p.get_text(" ")) for p in soup.find_all("p")]
        paras = [p for p in paras if p and not _is_boilerplate(p)]
        if paras:
            return paras
        lines = [_squash(line) for line in soup.get_text("\n").split("\n")]
        lines = [line for line in lines if line]
        if lines:
            return lines
    except Exception:  # noqa: BLE001 - fall through to the last resort
        pass
    # last resort, for markup so broken that parsers see no text (an unclosed <title> swallows the page):
    # strip tags by hand, one paragraph per former block element
    text = re.sub(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)", " ", html)
    text = re.sub(r"(?i)<\s*(?:p|div|br|li|h[1-6]|tr|table|section|article)\b[^>]*>", "\n\n", text)
    text = unescape(re.sub(r"<[^>]*>?", " ", text))
    return [t for t in (_squash(x) for x in re.split(r"\n\s*\n", text)) if t]


# ------------------------------------------------------------------------------------------------------- metadata

_META_NAMES = {
    "citation_doi": "citation_doi",
    "dc.identifier": "citation_doi",  # only kept when it looks like a DOI (checked below)
    "citation_journal_title": "citation_journal_title",
    "og:title": "og_title",
    "article:published_time": "published",
    "citation_publication_date": "published",
    "citation_date": "published",
    "author": "author",
    "citation_author": "author",
    "og:site_name": "site_name",
    "description": "description",
    "og:description": "description",
}
_ARTICLE_TYPES = {
    "NewsArticle",
    "ScholarlyArticle",
    "Article",
    "ReportageNews",
    "AnalysisNewsArticle",
    "BlogPosting",
    "MedicalScholarlyArticle",
    "Report",
}
_DOI = re.compile(r"\b(10\.\d{4,9}/\S+)", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _metadata(tree) -> tuple[dict[str, str], list[str]]:
    """Metadata from <meta> tags and JSON-LD, and title candidates (best first) for when trafilatura has none."""
    meta: dict[str, str] = {}
    titles: list[str] = []
    if tree is None:
        return meta, titles
    for el in tree.iter("meta"):
        name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        key = _META_NAMES.get(name)
        content = _squash(el.get("content") or "")
        if not key or not content or key in meta:
            continue
        if key == "citation_doi":
            m = _DOI.search(content)
            if not m:
                continue
            content = m.group(1).rstrip(".,;")
        elif key == "published":
            content = _iso_date(content) or ""
        elif key == "author" and content.startswith(("http://", "https://")):
            continue  # article:author often holds a profile URL, not a name
        if content:
            meta[key] = content
    for obj in _jsonld_articles(tree):
        _merge_jsonld(obj, meta, titles)
    if "og_title" in meta:
        titles.append(meta["og_title"])
    t = tree.find(".//title")
    if t is not None and t.text_content().strip():
        titles.append(t.text_content())
    return meta, titles


def _iso_date(s: str) -> str | None:
    m = _ISO_DATE.match(s.strip())
    if m:
        return m.group(1)
    m = re.match(r"^(\d{4})/(\d{1,2})/(\d{1,2})", s.strip())  # citation_publication_date: 2020/01/31
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None


def _jsonld_articles(tree) -> Iterator[dict]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = script.text_content() or ""
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        yield from _walk_jsonld(data, depth=0)


def _walk_jsonld(data, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _walk_jsonld(x, depth + 1)
    elif isinstance(data, dict):
        types = data.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if types & _ARTICLE_TYPES:
            yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk_jsonld(graph, depth + 1)


def _name(v) -> str | None:
    """A JSON-LD person/organisation/string as a display name; lists joined with commas."""
    if isinstance(v, str):
        return _squash(v) or None
    if isinstance(v, dict):
        n = v.get("name")
        return _squash(n) if isinstance(n, str) and n.strip() else None
    if isinstance(v, list):
        names = [n for n in (_name(x) for x in v) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _merge_jsonld(obj: dict, meta: dict[str, str], titles: list[str]) -> None:
    headline = _name(obj.get("headline"))
    if headline:
        titles.append(headline)
    date = obj.get("datePublished")
    if isinstance(date, str) and "published" not in meta and _iso_date(date):
        meta["published"] = _iso_date(date)
    for key, value in (
        ("provider", obj.get("publisher")),
        ("author", obj.get("author")),
        ("description", obj.get("description")),
    ):
        name = _name(value)
        if name and key not in meta and not name.startswith(("http://", "https://")):
            meta[key] = name
    if "provider" not in meta and _name(obj.get("provider")):
        meta["provider"] = _name(obj.get("provider"))
    part = obj.get("isPartOf")
    if "citation_journal_title" not in meta and isinstance(part, dict) and _name(part):
        meta["citation_journal_title"] = _name(part)
    if "citation_doi" not in meta:
        for v in (obj.get("doi"), obj.get("identifier"), obj.get("sameAs"), obj.get("@id")):
            m = _DOI.search(v) if isinstance(v, str) else None
            if m:
                meta["citation_doi"] = m.group(1).rstrip(".,;")
                break
