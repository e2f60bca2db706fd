"""The document pipeline: one function, `process`, that every entry point uses (`check`, `fix`, `extract`, batch
and library callers):

    mask (prose only: Markdown, HTML)  ->  normalise  ->  drop suppressed edits (`newsfix: ignore` ...)
        ->  drop edits below the minimum tier  ->  `Processed` (edits in the document's own offsets, verdict)
"""

from __future__ import annotations

from .mask.markup import mask
from .mask.suppress import suppressed_spans, unsuppressed
from .model import TIER_ORDER, Edit, Normalized, Spin, apply_edits

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Processed:
    """What `process` found in a document: `edits` (offsets into `original`), the spin verdict, and `text`, the
    repaired document (computed when first asked for: `check` never needs it)."""

    # a plain slotted class: `check` makes one per file and never reads `text`
    __slots__ = ("original", "kind", "edits", "spin", "_text", "suggestions")

    def __init__(
        self,
        original: str,
        kind: str,
        edits: list[Edit],
        spin: Spin,
        text: str | None = None,
        suggestions: list[Edit] | None = None,
    ):
        self.original = original
        self.kind = kind
        self.edits = edits
        self.spin = spin
        self._text = text
        self.suggestions = suggestions or []  # swaps the evidence gates held back (Normalized.suggestions)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = apply_edits(self.original, self.edits) if self.edits else self.original
        return self._text

    @property
    def changed(self) -> bool:
        return bool(self.edits)

    def to_normalized(self) -> Normalized:
        return Normalized(self.text, self.edits, self.spin, self.original, self.suggestions)

    def to_dict(self) -> dict[str, Any]:
        return self.to_normalized().to_dict()


def process(
    text: str, kind: str = "text", *, normalizer: Any = None, min_tier: str | None = None, **options: Any
) -> Processed:
    """Repair one document of the given kind ("text", "markdown" or "html"): only its prose is looked at, edits in
    lines that a `newsfix:` directive suppresses are dropped, and so are edits less sure than `min_tier`
    ("artifact" < "fingerprint" < "fuzzy" < "ambiguous").

    normalizer: a `Normalizer` (default: the cached default one); options: `Options` keywords for this call
    (quotes, assume, disable, ignore, min_confidence).
    """
    if normalizer is None:
        from .despin.normalizer import default_normalizer

        normalizer = default_normalizer()
    masked = mask(text, kind)
    result = normalizer.normalize(masked.text, **options)
    edits = masked.filter(result.edits)
    edits = unsuppressed(edits, suppressed_spans(text))
    if min_tier is not None:
        limit = TIER_ORDER[min_tier]
        edits = [e for e in edits if TIER_ORDER.get(e.tier, len(TIER_ORDER)) <= limit]
    # nothing hidden or dropped (plain text, as a rule): the normaliser's repaired text is the document's
    same = masked.text is text and len(edits) == len(result.edits)
    held = unsuppressed(masked.filter(result.suggestions), suppressed_spans(text)) if result.suggestions else []
    return Processed(text, kind, edits, result.spin, result.text if same else None, held)
