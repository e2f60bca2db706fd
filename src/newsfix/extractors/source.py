"""Source metadata: `title`, `url`, `provider`, `published` (ISO date) and `image_credit`.

Read from the text's own furniture, as news aggregators print it ("Credit: ...", "Provided by X", "Citation:
Title (2025, August 17) retrieved ... from URL", "Published: 17 August 2025"), with HTML metadata taking
precedence for the title and the date when present.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from .base import ArticleContext

MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
CREDIT = regex.compile(r"(?m)^[ \t]*(?:Image|Photo|Picture)?[ \t]*[Cc]redits?:[ \t]*(?P<c>\S(?:[^\n]*\S)?)[ \t]*$")
CREDIT_INLINE = regex.compile(r"\b(?:Image|Photo)[ \t]+credit:[ \t]*(?P<c>[^\n.]+)", regex.I)
PROVIDED = regex.compile(r"(?m)^[ \t]*Provided by(?::|[ \t]*\n)?[ \t]*(?P<p>\S(?:[^\n]*\S)?)[ \t]*$")
CITATION = regex.compile(
    rf"Citation:\s*(?P<t>[^\n]{{1,600}}?)\s*\((?P<y>\d{{4}}),\s*(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\)"
    rf"(?:\s*retrieved[^\n]*\n?\s*from\s+(?P<u>https?://\S+))?"
)
DATE_MDY = rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
DATE_DMY = rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})"
DATE_ISO = r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
PUBLISHED_LINE = regex.compile(
    rf"(?im)^[ \t]*(?:published|posted|released|updated)(?:\s+on)?:?\s+(?:{DATE_MDY}|{DATE_DMY}|{DATE_ISO})"
)
# a date on a short line near the top ("By a staff writer | May 14, 2024") is the publication date
DATELINE = regex.compile(rf"(?m)^[^\n]{{0,60}}?\b(?:{DATE_MDY}|{DATE_DMY}|{DATE_ISO})[ \t]*$")


def iso_date(y: str, m: str, d: str) -> str | None:
    try:
        key = m.lower().rstrip(".")
        month = int(m) if m.isdigit() else MONTHS.get(key) or MONTHS[key[:3]]
        return dt.date(int(y), month, int(d)).isoformat()
    except (KeyError, ValueError):
        return None


def _from_match(m) -> str | None:
    return iso_date(m.group("y"), m.group("m"), m.group("d"))


def _meta_date(value: str) -> str | None:
    value = value.strip()
    m = regex.match(DATE_ISO, value) or regex.search(DATE_MDY, value) or regex.search(DATE_DMY, value)
    return _from_match(m) if m else None


def _first_line_title(text: str) -> str | None:
    """A short first line that is not furniture and not a sentence of the body reads as the headline."""
    for line in text.splitlines()[:3]:
        line = line.strip()
        if not line or regex.match(r"(?i)(?:image|photo)?\s*credits?:", line):
            continue
        if len(line) <= 160 and not line.endswith((".", ":", "”", '"')):
            return line
        return None
    return None


def extract(ctx: ArticleContext) -> dict[str, Any]:
    text, meta = ctx.text, ctx.meta
    citation = CITATION.search(text)
    url = ctx.url or (citation.group("u") if citation and citation.group("u") else None)

    published = _meta_date(meta["published"]) if meta.get("published") else None
    if published is None and citation:
        published = _from_match(citation)
    if published is None:
        m = PUBLISHED_LINE.search(text) or DATELINE.search(text, 0, 600)
        published = _from_match(m) if m else None

    title = meta.get("og_title") or ctx.title or meta.get("citation_title")
    if not title and citation:
        title = citation.group("t").strip()
    if not title:
        title = _first_line_title(text)
    site = meta.get("site_name")
    if title and site:
        title = regex.sub(rf"\s+[-|–—]\s+{regex.escape(site)}\s*$", "", title)

    provider = None
    m = PROVIDED.search(text)
    if m:
        provider = m.group("p").rstrip(".")
    elif meta.get("provider"):
        provider = meta["provider"]

    credit = None
    m = CREDIT.search(text) or CREDIT_INLINE.search(text)
    if m:
        credit = m.group("c").strip().rstrip(".")
    return {
        "url": url,
        "provider": provider,
        "published": published,
        "image_credit": credit,
        "site": site,
        "title": title,
    }
