"""Drug classes, conditions and adverse effects: the entity ruler's lexicon matches, grouped by canonical name.

Each item: `name` (canonical, from lexicons/entities/), `text`/`start`/`end` of the first mention, `mentions`.
"""

from __future__ import annotations

from typing import Any

from .base import ArticleContext, mention

LABELS = {"drug_classes": "DRUG_CLASS", "conditions": "CONDITION", "adverse_effects": "ADVERSE_EFFECT"}


def grouped(ctx: ArticleContext, label: str) -> list[dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    for ent in ctx.ents:
        if ent.label != label:
            continue
        name = ent.id or ent.text.lower()
        item = items.get(name.lower())
        if item is None:
            items[name.lower()] = {"name": name, **mention(ctx.text, ent.start, ent.end), "mentions": 1}
        else:
            item["mentions"] += 1
    return list(items.values())


def extract(ctx: ArticleContext) -> dict[str, list[dict[str, Any]]]:
    return {key: grouped(ctx, label) for key, label in LABELS.items()}
