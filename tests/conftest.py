"""Shared paths and fixtures for the test suite.

Module-level constants (used at import time, e.g. to parametrize) are imported with `from conftest import ROOT`;
the fixtures below are found by pytest as usual.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TEST_LEXICON = FIXTURES / "lexicons" / "test"  # a small fixed lexicon, independent of the curated one
SEED = FIXTURES / "ketamine-chronic-pain.spun.txt"
SHARED = ROOT.parent / "shared"  # the shared corpus beside the repo, when present


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def test_normalizer():
    """A `Normalizer` on the small test lexicon (session-wide: building one loads and compiles the lexicon)."""
    from newsfix import Normalizer

    return Normalizer([TEST_LEXICON])


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
