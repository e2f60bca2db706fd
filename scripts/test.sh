#!/usr/bin/env bash
# Quick start 2: the whole test suite (lint, unit, property, end-to-end: real pre-commit, a Dask cluster).
. "$(dirname "$0")/venv.sh" "test"
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest "$@"
