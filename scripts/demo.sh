#!/usr/bin/env bash
# Quick start 1: repair the bundled seed article and show what was changed and the claims extracted from it.
. "$(dirname "$0")/venv.sh" ""
article=fixtures/ketamine-chronic-pain.spun.txt
echo "== Repaired text =="
.venv/bin/newsfix fix "$article"
echo
echo "== What was changed, and why =="
.venv/bin/newsfix fix --explain "$article" >/dev/null
echo
echo "== Extracted claims =="
.venv/bin/newsfix extract --pretty "$article"
