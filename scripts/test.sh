#!/usr/bin/env bash
# Quick start 2: the whole test suite (lint, unit, property, end-to-end: real pre-commit, a Dask cluster).
. "$(dirname "$0")/venv.sh" "test"
# the review page's browser test needs Chromium: install Debian's when missing and we may (root, apt-get);
# otherwise that test is skipped and says why
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "scripts/test.sh: installing chromium for tests/test_review.py" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; } \
    || echo "scripts/test.sh: could not install chromium; the browser test will be skipped" >&2
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest "$@"
