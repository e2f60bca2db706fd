"""The work an integration sends to a worker process: repair a record's fields and extract claims from one of them.

Plain functions of plain data (no Scrapy, no Twisted), so that spawned workers import only newsfix and spaCy. A
worker builds its normaliser and extraction pipeline once (`init`), then `repair_fields` per record.
"""

from __future__ import annotations

from typing import Any

_STATE: dict[str, Any] = {}


def init(normalizer_options: dict[str, Any] | None = None, lexicons: list[str] | None = None) -> None:
    """Process-pool initializer: build the normaliser and warm the extraction pipeline up once."""
    from ..despin.normalizer import Normalizer
    from ..extractors.article import extract

    nf = Normalizer(lexicons, **(normalizer_options or {}))
    _STATE["normalizer"] = nf
    extract("Warm-up sentence.", normalizer=nf)


def _normalizer():
    nf = _STATE.get("normalizer")
    if nf is None:
        from ..despin.normalizer import default_normalizer

        nf = _STATE["normalizer"] = default_normalizer()
    return nf


def repair(value: str, normalizer: Any = None) -> tuple[str, list, bool]:
    """(repaired value, edits with offsets into `value`, whether it was read as HTML).

    HTML is repaired in its text nodes only (tags, attributes, scripts, styles and code are kept byte for byte), as
    `newsfix fix` repairs an .html file."""
    from ..io.html import looks_like_html
    from ..mask.markup import mask
    from ..model import apply_edits

    nf = normalizer or _normalizer()
    if looks_like_html(value):
        masked = mask(value, "html")
        edits = masked.filter(nf.normalize(masked.text).edits)
        return apply_edits(value, edits), edits, True
    result = nf.normalize(value)
    return result.text, list(result.edits), False


def repair_fields(
    values: dict[str, str], primary: str, url: str | None = None, timeout: float | None = None
) -> dict[str, Any]:
    """Repair every field in `values`; extract spin and claims from the `primary` one.

    Returns {"fields": {name: repaired}, "spin": {...verdict, score, fingerprints, distinct, words, families, edits,
    field, html}, "claims": {...}, "title": str | None}. `spin["edits"]` are the primary field's edits, offsets
    into the field's original value. `timeout` (seconds, for the whole record) raises `newsfix.batch.RecordTimeout`
    when the worker runs the record in its main thread, as pool workers do."""
    from ..batch.record import _deadline

    with _deadline(timeout):
        return _repair_fields(values, primary, url)


def _repair_fields(values: dict[str, str], primary: str, url: str | None) -> dict[str, Any]:
    from ..extractors.article import extract

    nf = _normalizer()
    out: dict[str, Any] = {"fields": {}, "spin": None, "claims": None, "title": None}
    for name, value in values.items():
        repaired, edits, is_html = repair(value, nf)
        out["fields"][name] = repaired
        if name != primary:
            continue
        article = extract(value, url=url, normalizer=nf)
        out["spin"] = {
            **article.spin.to_dict(),
            "edits": [e.to_dict() for e in edits],
            "field": name,
            "html": is_html,
        }
        out["claims"] = article.claims
        out["title"] = article.title
    return out
