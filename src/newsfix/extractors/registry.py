"""The claim registry: which extractor fills which claim of an article, in the order the claims are output.

A new claim type is one module in this package with `extract(ctx, *needs) -> value` plus one line below (and its
entry in `schema/article.schema.json`). `ctx` is the shared `base.ArticleContext`; `needs` names claims found
earlier that the extractor reads (people reads quotes). A claim named "*" is a module that fills several claims
at once and returns them as a dict.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# (claim, module in this package, claims it needs), in output order
CLAIMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("study_counts", "study_counts", ()),
    ("drugs", "drugs", ()),
    ("*", "entities", ()),  # drug_classes, conditions, adverse_effects
    ("quotes", "quotes", ()),
    ("dois", "dois", ()),
    ("journal", "journal", ()),
    ("institutions", "institutions", ()),
    ("people", "people", ("quotes",)),
    ("*", "certainty", ()),  # certainty and its cues
)


def extract_claims(ctx: Any) -> dict[str, Any]:
    """Every registered claim of one article, in registry order."""
    claims: dict[str, Any] = {}
    for claim, module, needs in CLAIMS:
        value = import_module(f"{__package__}.{module}").extract(ctx, *(claims[n] for n in needs))
        if claim == "*":
            claims.update(value)
        else:
            claims[claim] = value
    return claims
