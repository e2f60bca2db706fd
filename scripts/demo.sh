#!/usr/bin/env bash
# Quick start 1: repair the bundled seed article and show what was changed and the claims extracted from it.
. "$(dirname "$0")/venv.sh" ""
article=fixtures/ketamine-chronic-pain.spun.txt
echo "== Repaired text =="
.venv/bin/newsfix fix "$article"
echo
echo "== What was changed, and why (newsfix fix --explain) =="
.venv/bin/newsfix fix --explain "$article" 2>&1 >/dev/null
echo
echo "== Extracted claims (newsfix extract; the full JSON also carries the text and every edit) =="
.venv/bin/newsfix extract -q "$article" | .venv/bin/python -c '
import json, sys
article = json.load(sys.stdin)
print(json.dumps({k: article[k] for k in ("title", "source", "claims")}, indent=2, ensure_ascii=False))'
echo
echo "spin verdict: $(.venv/bin/newsfix fix --format json "$article" | .venv/bin/python -c 'import json,sys; s=json.load(sys.stdin)[0]["spin"]; print(s["verdict"], "score", s["score"], "families", s["families"])')"
