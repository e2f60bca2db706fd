"""The SARIF 2.1.0 format (`check --format sarif`), for code-scanning dashboards."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from ..model import Edit, split_held
from .base import Reporter as _Base
from .results import FileResult
from .text import quoted


class Reporter(_Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.results: list[FileResult] = []

    def add(self, r: FileResult) -> None:
        self.results.append(r)

    def finish(self, errors: Sequence[str]) -> None:
        self.out.write(json.dumps(sarif(self.results, errors), ensure_ascii=False, indent=2) + "\n")


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"artifact": "warning", "fingerprint": "warning", "fuzzy": "note", "ambiguous": "note"}


def _uri(display: str) -> str:
    from urllib.parse import quote

    if display.startswith("<"):
        return "stdin"
    path = display
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = rel if not rel.startswith("..") else path
    return quote(path.replace(os.sep, "/"))


def sarif(results: list[FileResult], errors: Sequence[str]) -> dict:
    """A SARIF 2.1.0 log: one run, rules from the rule ids found, results with regions and suggested fixes."""
    rules: list[dict] = []
    rule_index: dict[str, int] = {}
    sarif_results = []
    for r in results:
        uri = _uri(r.display)
        location = {"uri": uri, "uriBaseId": "%SRCROOT%"}
        for f, suggestion in [(f, False) for f in r.findings] + [(f, True) for f in r.suggestions]:
            e = f.edit
            rule, held = split_held(e.rule) if suggestion else (e.rule, None)  # a held swap keeps its rule's id
            if rule not in rule_index:
                rule_index[rule] = len(rules)
                rules.append(
                    {
                        "id": rule,
                        "name": _rule_name(rule),
                        "shortDescription": {"text": f"Spun wording ({rule})"},
                        "fullDescription": {
                            "text": "Article spinners swap words for synonyms; this rule restores the original "
                            f"wording. Tier: {e.tier}."
                        },
                        # GitHub code scanning requires `help` on every rule
                        "help": {"text": _rule_help(e), "markdown": _rule_help(e, markdown=True)},
                        "defaultConfiguration": {"level": LEVELS.get(e.tier, "warning")},
                        "properties": {"tier": e.tier, "tags": ["spun-text", e.tier]},
                    }
                )
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "charOffset": e.start,
                "charLength": e.end - e.start,
                "snippet": {"text": e.before},
            }
            if suggestion:  # reported for a reviewer, not applied: a note, and no fix offered
                why = f"({held or e.rule})"
                sarif_results.append(
                    {
                        "ruleId": rule,
                        "ruleIndex": rule_index[rule],
                        "level": "note",
                        "message": {"text": f"suggestion, not applied: {quoted(e.before)} -> {quoted(e.after)} {why}"},
                        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
                        "properties": {"tier": e.tier, "confidence": e.confidence, "suggestion": True},
                    }
                )
                continue
            sarif_results.append(
                {
                    "ruleId": rule,
                    "ruleIndex": rule_index[rule],
                    "level": LEVELS.get(e.tier, "warning"),
                    "message": {"text": f"{quoted(e.before)} -> {quoted(e.after)}"},
                    "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
                    "fixes": [
                        {
                            "description": {"text": f"Replace with {quoted(e.after)}"},
                            "artifactChanges": [
                                {
                                    "artifactLocation": location,
                                    "replacements": [
                                        {
                                            "deletedRegion": {
                                                "startLine": f.line,
                                                "startColumn": f.column,
                                                "endLine": f.end_line,
                                                "endColumn": f.end_column,
                                            },
                                            "insertedContent": {"text": e.after},
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "properties": {"tier": e.tier, "confidence": e.confidence, "inQuote": e.in_quote},
                }
            )
    cwd = Path.cwd().as_uri() + "/"
    invocation = {
        "executionSuccessful": not errors,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": message}, "descriptor": {"id": "input-error"}} for message in errors
        ],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newsfix",
                        "version": _version(),
                        "semanticVersion": _version(),
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": cwd}},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": sarif_results,
            }
        ],
    }


def _rule_name(rule: str) -> str:
    """A SARIF rule name is a Pascal-case label: "lexicon:persistent ache" -> "LexiconPersistentAche"."""
    words = re.split(r"[^0-9A-Za-z]+", rule.replace("'", "").replace("’", ""))
    return "".join(w[:1].upper() + w[1:].lower() for w in words if w) or "Rule"


def _rule_help(e: Edit, markdown: bool = False) -> str:
    what = f"`{e.before}`" if markdown else f'"{e.before}"'
    fix = f"`{e.after}`" if markdown else f'"{e.after}"'
    return (
        f"{what} looks like the output of an article spinner (rule {e.rule}, tier {e.tier}); the original wording "
        f"is probably {fix}. Run `newsfix fix --write` to restore it, or suppress the line with "
        "`newsfix: ignore` if the wording is intended."
    )


def _version() -> str:
    from .. import __version__  # read from the package metadata on first use only

    return __version__
