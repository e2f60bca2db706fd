"""The `newsfix` spaCy component and `repaired_doc()`: blank English, and a trained pipeline where one is installed."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import newsfix
from newsfix.contrib.spacy import align, repaired_doc

ROOT = Path(__file__).resolve().parent.parent
SPUN = (ROOT / "fixtures" / "ketamine-chronic-pain.spun.txt").read_text(encoding="utf-8")
TRAINED = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfix")
    return nlp


def test_factory_is_registered_by_entry_point_without_importing_newsfix():
    code = (
        "import sys, json, spacy\n"
        "assert 'newsfix' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsfix')\n"
        "doc = nlp('Patients with persistent ache were studied.')\n"
        "print(json.dumps([nlp.pipe_names, doc._.spin.verdict, [e.after for e in doc._.edits]]))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [["newsfix"], "uncertain", ["chronic pain"]]


def test_component_sets_spin_edits_and_claims(nlp):
    doc = nlp(SPUN)
    assert doc.text == SPUN  # annotated, not changed
    assert doc._.spin.verdict == "spun" and doc._.spin.families == ("A",)
    assert len(doc._.edits) > 50
    assert all(SPUN[e.start : e.end] == e.before for e in doc._.edits)
    expected = newsfix.extract(SPUN)
    assert doc._.claims == expected.claims
    assert [c["value"] for c in doc._.claims["study_counts"]][:2] == [67, 2300]
    assert "ketamine" in {d["name"] for d in doc._.claims["drugs"]}


def test_component_config_without_claims_and_with_options():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfix", config={"claims": False, "assume": "spun"})
    doc = nlp("A brand new assessment gave proof that sufferers improved.")
    assert doc._.claims is None
    assert [e.after for e in doc._.edits] == ["new", "review", "evidence", "patients"]


def test_repaired_doc_and_its_alignment(nlp):
    doc = nlp(SPUN)
    fixed = repaired_doc(doc)
    assert fixed.doc.text == newsfix.normalize(SPUN).text
    assert fixed.doc.vocab is doc.vocab and len(fixed.doc) > 500
    out = fixed.doc.text
    # every claim span (offsets into the repaired text) maps back onto the input
    for count in doc._.claims["study_counts"]:
        assert out[count["start"] : count["end"]] == count["text"]
        start, end = fixed.input_span(count["start"], count["end"])
        assert SPUN[start:end].replace("grownup members", "adult participants") == count["text"]
    # each edit: input span <-> its replacement
    for e in fixed.edits:
        o_start, o_end = fixed.alignment.to_output(e.start, e.end)
        assert out[o_start:o_end] == e.after
        assert fixed.alignment.to_input(o_start, o_end) == (e.start, e.end)
    # unchanged characters map one to one
    changed = [(e.start, e.end) for e in fixed.edits]
    rng = random.Random(7)
    for p in rng.sample(range(len(SPUN)), 300):
        if any(s <= p < t for s, t in changed):
            continue
        q, _ = fixed.alignment.to_output(p, p + 1)
        assert out[q] == SPUN[p]
        assert fixed.alignment.to_input(q, q + 1) == (p, p + 1)
    # a span over a replacement widens to the whole replaced text; spans round the text's ends
    first = fixed.edits[0]
    o_start, _ = fixed.alignment.to_output(first.start, first.end)
    assert fixed.alignment.to_input(o_start + 1, o_start + 2) == (first.start, first.end)
    assert fixed.alignment.to_input(0, len(out)) == (0, len(SPUN))
    with pytest.raises(ValueError):
        fixed.alignment.to_input(0, len(out) + 1)


def test_alignment_of_insertions_and_deletions():
    text = "ab cd ef"
    edits = [
        newsfix.Edit(2, 2, "", "X", "t", 1.0, "artifact"),  # insertion
        newsfix.Edit(3, 5, "cd", "", "t", 1.0, "artifact"),  # deletion
    ]
    a = align(text, edits)
    assert a.to_output(0, 2) == (0, 2)
    assert a.to_output(3, 5) == (4, 4)  # deleted text: an empty span where it was
    assert a.to_input(2, 3) == (2, 2)  # inserted text comes from nowhere: an empty span
    assert a.to_input(5, 7) == (6, 8)
    assert a.to_output(0, len(text)) == (0, len("abX  ef"))


def test_repaired_doc_of_plain_text():
    fixed = repaired_doc("Patients with persistent ache were studied.")
    assert fixed.doc.text == "Patients with chronic pain were studied."
    assert fixed.input_span(14, 26) == (14, 29)


def test_pipeline_with_newsfix_saves_and_loads(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["newsfix"]
    assert loaded("Patients with persistent ache.")._.edits[0].after == "chronic pain"


def _trained() -> str | None:
    return next((name for name in TRAINED if spacy.util.is_package(name)), None)


@pytest.mark.skipif(_trained() is None, reason="no trained en_core_web_* pipeline installed (none is downloaded)")
def test_trained_pipeline(tmp_path):
    nlp = spacy.load(_trained())
    nlp.add_pipe("newsfix", last=True)
    doc = nlp(SPUN)
    assert doc._.spin.verdict == "spun" and doc.ents
    fixed = repaired_doc(doc, nlp)
    assert fixed.doc.text == newsfix.normalize(SPUN).text
    assert fixed.doc.ents and fixed.doc._.edits is None  # the trained components ran; newsfix did not run again
    for ent in fixed.doc.ents[:20]:
        start, end = fixed.input_span(ent.start_char, ent.end_char)
        assert 0 <= start <= end <= len(SPUN)


def test_readme_spacy_snippet_runs_as_written(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### spaCy") :]
    code = section[section.index("```python\n") + 10 : section.index("```\n", section.index("```python\n") + 10)]
    monkeypatch.chdir(ROOT)
    scope: dict = {}
    exec(compile(code, "README.md (spaCy)", "exec"), scope)
    fixed, e, c = scope["fixed"], scope["e"], scope["c"]
    start, end = fixed.alignment.to_output(e.start, e.end)
    assert fixed.doc.text[start:end] == e.after
    start, end = fixed.input_span(c["start"], c["end"])
    assert c["text"] == "67 trials" and scope["text"][start:end] == "67 trials"
    assert scope["doc"]._.spin.verdict == "spun"
