"""DOIs: Crossref's recommended pattern (unanchored, case-insensitive) over the text and the `citation_doi` meta.

Returns the distinct DOIs as strings in order of appearance (HTML metadata first). Trailing punctuation is
stripped (a closing parenthesis only when unbalanced, since DOIs like 10.1016/S0140-6736(20)30183-5 contain
them); DOIs inside doi.org or publisher links are found too, and percent-encoded slashes are decoded.
De-duplication is case-insensitive, as DOIs are.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from .base import ArticleContext

DOI = re.compile(r"10\.\d{4,9}/[-._;()/:A-Z0-9]+", re.IGNORECASE)
ENCODED_DOI = re.compile(r"10\.\d{4,9}%2F[-._;()/:A-Z0-9%]+", re.IGNORECASE)


def clean(doi: str) -> str:
    doi = doi.rstrip(".,;:")
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1].rstrip(".,;:")
    return doi


def find(text: str) -> list[str]:
    found = [clean(m.group()) for m in DOI.finditer(text)]
    if "%2" in text:
        found += [clean(unquote(m.group())) for m in ENCODED_DOI.finditer(text)]
    return found


def extract(ctx: ArticleContext) -> list[str]:
    candidates = find(ctx.meta.get("citation_doi", "")) + find(ctx.text)
    seen: dict[str, str] = {}
    for doi in candidates:
        if "/" in doi and not doi.endswith("/"):
            seen.setdefault(doi.lower(), doi)
    return list(seen.values())
