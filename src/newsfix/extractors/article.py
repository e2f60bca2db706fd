"""Fact extraction: `extract(text_or_html) -> Article`, the claims of a (possibly spun) science-news article.

The input is normalised first (`newsfix.normalize`), and every claim is read from the normalised text, so a spun
copy and its original give the same claims; claim offsets are offsets into `Article.text`. HTML input is read
with `newsfix.io.html` and its metadata (DOI, journal, date, title) takes precedence over the text's.
The claim types live in `newsfix.extractors`, one module each; `Article.to_dict()` follows
`newsfix/schema/article.schema.json` ("newsfix.article/1").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Edit, Normalized, Spin, output_spans

if TYPE_CHECKING:
    from spacy.language import Language

    from .normalizer import Normalizer

SCHEMA = "newsfix.article/1"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class Article:
    """An extracted article: normalised `text`, its spin verdict and edits, source metadata and claims."""

    title: str | None
    text: str
    spin: Spin
    edits: list[Edit]
    source: dict[str, Any]
    claims: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what was done to the input before reading it

    def to_dict(self) -> dict[str, Any]:
        out = {
            "schema": SCHEMA,
            "title": self.title,
            "text": self.text,
            "spin": {**self.spin.to_dict(), "edits": [e.to_dict() for e in self.edits]},
            "source": dict(self.source),
            "claims": self.claims,
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def _replace_surrogates(text: str) -> tuple[str, list[str]]:
    """Lone surrogates (from JSON "\\ud800" escapes or surrogateescape decoding) cannot be encoded for output or
    parsing: each becomes U+FFFD, and a warning says how many."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        import re

        fixed, n = re.subn("[\ud800-\udfff]", "\ufffd", text)
        return fixed, [f"{n} lone surrogate{'s' if n != 1 else ''} replaced by U+FFFD"]
    return text, []


def _normalize(text: str, normalizer: Any) -> Normalized:
    if normalizer is None or hasattr(normalizer, "normalize"):
        # the document pipeline, as `check` and `fix` run it: inline suppression applies here too
        from ..pipeline import process

        return process(text, "text", normalizer=normalizer).to_normalized()
    return normalizer(text)


def extract(
    text_or_html: str,
    *,
    url: str | None = None,
    normalizer: Normalizer | Callable[[str], Normalized] | None = None,
    nlp: str | Language | None = None,
) -> Article:
    """Normalise a news article (plain text or HTML) and extract its claims.

    Args:
        text_or_html: the article; HTML is detected, its main text and metadata (DOI, journal, date, title) read.
        url: the article's address (source metadata; for HTML, the page's canonical URL otherwise).
        normalizer: a `Normalizer` (or any object with `.normalize(text)`, or a callable returning `Normalized`);
            default: the cached default normaliser.
        nlp: None for the rule pipeline on spaCy's blank English model, the name of an installed trained pipeline
            ("en_core_web_sm"), or a spaCy `Language` to use as it is.

    Returns:
        `Article`: `.text` (normalised), `.spin`, `.edits`, `.source`, `.claims`; `.to_dict()` is the
        `newsfix.article/1` JSON (`newsfix/schema/article.schema.json`). Claim offsets are into `.text`.

    Raises:
        TypeError: the input is not a str.
    """
    if not isinstance(text_or_html, str):
        raise TypeError(f"extract() takes str, not {type(text_or_html).__name__}")
    from . import source
    from .base import ArticleContext
    from .pipeline import get_pipeline
    from .registry import extract_claims

    text_or_html, warnings = _replace_surrogates(text_or_html)
    text, meta, title = text_or_html, {}, None
    if "<" in text_or_html:
        from ..io.html import looks_like_html, read_html

        if looks_like_html(text_or_html):
            page = read_html(text_or_html, url=url)
            text, meta, title = page.text, dict(page.meta), page.title
            # a page is no place for control characters (NULs, escapes): garbage passed as HTML must not come back
            # as "article text" holding them
            text = _CONTROL.sub("", text)
            url = url or page.url

    norm = _normalize(text, normalizer)
    pipeline = get_pipeline(nlp) if nlp is None or isinstance(nlp, str) else nlp
    # no extractor reads sentences: skip the sentencizer (a third of the pipeline's time)
    skip = [name for name in ("sentencizer",) if name in pipeline.pipe_names]
    doc = pipeline(norm.text, disable=skip)
    ctx = ArticleContext(norm.text, doc, meta, title, url, output_spans(norm.edits), spin_verdict=norm.spin.verdict)

    claims = extract_claims(ctx)
    src = source.extract(ctx)
    article_title = src.pop("title")
    return Article(article_title, norm.text, norm.spin, list(norm.edits), src, claims, warnings)
