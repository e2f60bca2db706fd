"""The rewriter model (family A's random-choice article rewriter, inverted): repairs words no lexicon entry knows,
on pages the fingerprints attribute to its families only."""

from __future__ import annotations

import importlib.util

import pytest

import newsfix
from conftest import ROOT
from newsfix.despin.normalizer import default_normalizer
from newsfix.despin.rewriter_model import FAMILIES, RULE

# family A fingerprints ("new examine", "most cancers sufferers", "well being") around words only the model knows
A_PAGE = (
    "The new examine found that most cancers sufferers residing in rural areas had poorer well being. "
    "The scrumptious but uncooked meals they ate were studied."
)
MODEL_ONLY = ("residing", "scrumptious", "uncooked")


def _model_edits(result):
    return {(e.before, e.after) for e in result.edits if e.rule == RULE}


def test_the_model_repairs_words_no_entry_knows_on_a_page_of_its_family():
    r = newsfix.normalize(A_PAGE)
    assert r.spin.verdict == "spun" and "A" in r.spin.families
    assert _model_edits(r) == {("residing", "living"), ("scrumptious", "delicious"), ("uncooked", "raw")}
    assert all(e.tier == "ambiguous" and e.confidence < 1 for e in r.edits if e.rule == RULE)
    assert "cancer patients living in rural areas" in r.text and "The delicious but raw meals" in r.text
    assert newsfix.normalize(r.text).text == r.text  # idempotent


def test_the_same_words_on_an_unspun_page_are_the_authors():
    text = "Families residing near the plant served scrumptious but uncooked vegetables at the fair."
    r = newsfix.normalize(text)
    assert r.text == text and r.spin.verdict == "clean"


def test_a_page_of_another_family_is_not_the_models():
    # family I fingerprints ("understudies", "as indicated by", "malignant growth"): another spinner's thesaurus
    text = (
        "As indicated by the analysts, understudies with malignant growth had lower scores. "
        "Families residing near the school ate scrumptious but uncooked food."
    )
    r = newsfix.normalize(text)
    assert r.spin.verdict == "spun" and FAMILIES.isdisjoint(r.spin.families)
    assert not _model_edits(r)


def test_quotes_names_and_protected_spans_keep_their_words():
    text = A_PAGE + ' "We found them residing there," she said. Residing Park Hotel is at https://example.org/uncooked.'
    r = newsfix.normalize(text)
    assert '"We found them residing there,"' in r.text
    assert "Residing Park Hotel" in r.text and "https://example.org/uncooked" in r.text


def test_the_model_can_be_disabled():
    r = newsfix.normalize(A_PAGE, disable=frozenset({RULE}))
    assert not _model_edits(r) and all(w in r.text for w in MODEL_ONLY)


def test_the_table_is_sorted_well_formed_and_cites_its_source():
    path = ROOT / "lexicons" / "thesaurus" / "rewriter-inverse.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    spun = [r[0] for r in rows]
    assert spun == sorted(spun) and len(spun) == len(set(spun)) and len(rows) > 500
    assert all(len(r) == 7 and 0.5 < float(r[2]) <= 1 and float(r[4]) > float(r[3]) for r in rows)
    assert all(len(r[1].split()) <= len(r[0].split()) and r[0] != r[1] for r in rows)
    assert all(r[0].replace(" ", "").replace("-", "").isalpha() for r in rows)  # no numbers, no contractions
    assert any("sha256" in line and "github.com" in line for line in header)
    assert "rewriter-inverse.tsv" in (path.parent / "LICENSES.md").read_text(encoding="utf-8")
    assert len(default_normalizer().rewriter.table) == len(rows)


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(
        "build_rewriter_table", ROOT / "scripts/thesauri/build_rewriter_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Flat:
    """Frequencies for the build test: a fixed table, 1e-9 for anything else."""

    def __init__(self, table: dict[str, float]):
        self.table = table

    def phrase(self, p: str) -> float:
        return self.table.get(p, 1e-9)

    def zipf(self, p: str) -> float:
        import math

        return math.log10(self.phrase(p)) + 9


def test_the_inverse_is_bayes_over_every_line_that_holds_the_original(build):
    groups = build.read_groups_from_text("pain|ache\nhome|dwelling|residence\nliving|dwelling\nfat|fats\n")
    freq = Flat(
        {
            "pain": 1e-4,
            "ache": 1e-6,
            "home": 1e-3,
            "dwelling": 1e-6,
            "residence": 1e-5,
            "living": 2e-4,
            "fat": 1e-4,
            "fats": 1e-5,
        }
    )
    rows = {r[0]: r for r in build.inverse(groups, freq)}
    # ache: P(pain) * 1/2 against P(ache) * 1/2
    assert rows["ache"][1] == "pain" and rows["ache"][2] == pytest.approx(1e-4 / (1e-4 + 1e-6))
    # dwelling: home and residence (P * 1/3), living (P * 1/2), itself (P * the mean of 1/3 and 1/2)
    home, residence, living, itself = 1e-3 / 3, 1e-5 / 3, 2e-4 / 2, 1e-6 * (1 / 3 + 1 / 2) / 2
    total = home + residence + living + itself
    assert rows["dwelling"][1] == "home" and rows["dwelling"][2] == pytest.approx(home / total)
    assert "fats" not in rows and "pain" not in rows  # forms of one word; a word the inverse keeps


def test_forms_and_spellings_of_one_word_are_left_alone_but_short_spun_forms_are_not(build):
    assert build._variant("fats", "fat") and build._variant("robotic", "robot")
    assert build._variant("specialised", "specialized")
    # the rewriter's abbreviations share only a first letter with their originals: they are its output, not a form
    assert not build._variant("yr", "year") and not build._variant("residing", "living")


def test_refused_rows_are_sorted_with_reasons_and_left_out_of_the_table():
    folder = ROOT / "lexicons" / "thesaurus"
    lines = [line for line in (folder / "rewriter-rejects.txt").read_text(encoding="utf-8").splitlines()]
    body = [line for line in lines if line and not line.startswith("#")]
    assert body == sorted(body, key=str.lower) and all(line.split(" | ", 1)[1].strip() for line in body)
    refused = {line.split(" | ", 1)[0] for line in body}
    assert {"kilos", "rectangular"} <= refused and not refused & set(default_normalizer().rewriter.table)
