"""The collected corpus's learn/measure split keeps one article's copies from speaking for both parts: a measure
item whose article is also in the learn part is scored apart, and the miner counts two sites' spins of one article as
one source (benchmarks/corpus/split.py, scripts/mine_lexicon.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"
sys.path.insert(0, str(CORPUS))
import split as corpus_split  # noqa: E402

ARTICLE = (
    "Researchers at the university followed twelve thousand adults for a decade and found that those who walked "
    "briskly for twenty minutes a day had a markedly lower risk of heart disease than those who did not, the team "
    "reported on Monday in a journal of cardiology, adding that the benefit held after accounting for diet and "
    "smoking and was larger in older participants."
)
OTHER = (
    "A comet discovered last spring will pass closest to the sun next month and may be visible to the naked eye "
    "from dark sites in the northern hemisphere, astronomers said, although its brightness is hard to predict and "
    "it could break apart before then as many such icy visitors from the outer solar system have done before."
)


def _item(root: Path, name: str, original: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "original.txt").write_text(original, encoding="utf-8")
    (folder / "spun.txt").write_text(original.replace("found", "discovered"), encoding="utf-8")
    return folder


def test_two_copies_of_one_article_are_the_same_story(tmp_path):
    a = _item(tmp_path, "a", ARTICLE)
    b = _item(tmp_path, "b", "Headline first. " + ARTICLE[: len(ARTICLE) * 2 // 3])  # a shorter excerpt of it
    c = _item(tmp_path, "c", OTHER)
    assert corpus_split.same_story(a, b)
    assert not corpus_split.same_story(a, c)


def test_measure_items_whose_article_is_in_learn_are_scored_apart():
    every = corpus_split.items("pairs", "measure")
    distinct = corpus_split.items("pairs", "measure", distinct_stories=True)
    apart = [f for f in every if f not in distinct]
    assert apart, "the corpus holds articles spun by a site of each part"
    learn = corpus_split.items("pairs", "learn")
    for folder in apart:
        assert any(corpus_split.same_story(folder, other) for other in learn)
    assert corpus_split.items("pairs", "learn", distinct_stories=True) == learn  # learn is never thinned


@pytest.fixture(scope="module")
def mine_lexicon():
    spec = importlib.util.spec_from_file_location("mine_lexicon", ROOT / "scripts" / "mine_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_miner_counts_one_articles_spins_as_one_source(mine_lexicon):
    pairs, sources = mine_lexicon.load_pairs([])
    folders = {p.name: CORPUS / "pairs" / p.name for p in pairs}
    twins = [
        (a, b)
        for i, a in enumerate(sorted(folders))
        for b in sorted(folders)[i + 1 :]
        if corpus_split.same_story(folders[a], folders[b])
    ]
    assert twins, "the learn part holds an article spun by two sites"
    for a, b in twins:
        assert sources[a] == sources[b], (a, b)
