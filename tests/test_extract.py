"""Extraction: the seed article, the hand-written fixture articles and their traps, the JSON schema, HTML input."""

from __future__ import annotations

import json
import re

import pytest

import newsfix
from conftest import FIXTURES, ROOT
from newsfix.extractors.article import Article, extract

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
SCHEMA = json.loads((ROOT / "src" / "newsfix" / "schema" / "article.schema.json").read_text(encoding="utf-8"))
SEED = (FIXTURES / "ketamine-chronic-pain.spun.txt").read_text(encoding="utf-8")
REPAIRED = (FIXTURES / "ketamine-chronic-pain.repaired.txt").read_text(encoding="utf-8")


def names(items):
    return [i["name"] for i in items]


def lower(xs):
    return {str(x).lower().replace("’", "'") for x in xs}


def by_speaker(claims):
    out: dict[str | None, int] = {}
    for q in claims["quotes"]:
        out[q["speaker"]] = out.get(q["speaker"], 0) + 1
    return out


@pytest.fixture(scope="module")
def seed():
    return extract(SEED).to_dict()


def validate(value, schema, path="$"):
    """The subset of JSON Schema the article schema uses (type, const, enum, pattern, required, properties, items)."""
    types = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool}
    if "const" in schema:
        assert value == schema["const"], path
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r}"
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(
            value is None
            if t == "null"
            else isinstance(value, types[t]) and not (t in ("integer", "number") and isinstance(value, bool))
            for t in allowed
        )
        assert ok, f"{path}: {value!r} is not {allowed}"
    if isinstance(value, str) and "pattern" in schema:
        assert re.search(schema["pattern"], value), f"{path}: {value!r}"
    if isinstance(value, int) and "minimum" in schema:
        assert value >= schema["minimum"], path
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key}"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                validate(value[key], sub, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]")


def check_offsets(d):
    text = d["text"]
    c = d["claims"]
    for key in (
        "study_counts",
        "drugs",
        "drug_classes",
        "conditions",
        "adverse_effects",
        "quotes",
        "institutions",
        "people",
        "certainty_mentions",
    ):
        for item in c[key]:
            assert text[item["start"] : item["end"]] == item["text"], (key, item)


# --- the seed -------------------------------------------------------------------------------------------------


def test_seed_claims(seed):
    exp = (
        json.loads((ROOT.parent / "shared" / "seed" / "expected.json").read_text(encoding="utf-8"))["extract"]
        if (ROOT.parent / "shared" / "seed" / "expected.json").exists()
        else None
    )
    c = seed["claims"]
    assert seed["schema"] == "newsfix.article/1"
    assert seed["title"] == "Ketamine use in chronic pain unsupported by evidence, review finds"
    assert seed["source"]["provider"] == "Cochrane"
    assert seed["source"]["published"] == "2025-08-17"
    assert seed["source"]["image_credit"] == "Kindel Media from Pexels"
    assert c["dois"] == ["10.1002/14651858.CD015373.pub2"]
    assert c["journal"] == "Cochrane Database of Systematic Reviews"
    assert c["certainty"] == "low to very low"
    assert {"ketamine", "memantine", "dextromethorphan", "amantadine", "magnesium"} <= set(names(c["drugs"]))
    assert {"NMDA receptor antagonists", "opioids"} <= set(names(c["drug_classes"]))
    assert lower(by_speaker(c)) == lower(["Michael Ferraro", "Neil O'Connell", "James McAuley"])
    counts = {(s["value"], s["unit"], s["qualifier"], s["population"]) for s in c["study_counts"]}
    assert {(67, "trials", None, None), (2300, "participants", "over", "adult")} <= counts
    if exp:
        assert lower(names(c["institutions"])) >= lower(exp["institutions"])
        assert lower(names(c["conditions"])) >= lower(exp["conditions"])
        assert lower(names(c["adverse_effects"])) >= lower(exp["adverse_effects"])


def test_seed_quotes(seed):
    quotes = seed["claims"]["quotes"]
    assert [q["speaker"].replace("’", "'") for q in quotes] == ["Michael Ferraro"] * 4 + ["Neil O'Connell"] * 2 + [
        "James McAuley"
    ] * 2
    first = quotes[0]
    assert first["speaker_role"] == "Doctoral Candidate at UNSW and NeuRA, first author of the review"
    assert first["cue"] == "said" and not first["text"].startswith("“") and not first["text"].endswith(",")
    assert quotes[2]["speaker"] == "Michael Ferraro"  # "said Ferraro" resolves to the full name
    assert "co-senior author" in quotes[6]["speaker_role"]
    assert not any(q["altered"] for q in quotes)  # normalisation leaves quoted speech alone


def test_seed_drugs_have_ids_and_no_classes(seed):
    drugs = {d["name"]: d for d in seed["claims"]["drugs"]}
    assert drugs["ketamine"]["ids"]["drugbank"] == "DB01221"
    assert drugs["ketamine"]["mentions"] >= 10
    for not_a_drug in ("n-methylaspartate", "receptors, n-methyl-d-aspartate", "analgesics, opioid", "opioids"):
        assert not_a_drug not in drugs


def test_seed_schema_and_offsets(seed):
    validate(seed, SCHEMA)
    check_offsets(seed)
    json.dumps(seed)  # serialisable


def test_spin_section(seed):
    spin = seed["spin"]
    assert spin["verdict"] == "spun" and spin["edits"]
    assert "text" not in spin
    e = spin["edits"][0]
    assert SEED[e["start"] : e["end"]] == e["before"]


def test_spun_and_repaired_give_the_same_claims():
    """Extraction runs on normalised text, so the spun seed and a hand-repaired copy agree (offsets aside)."""
    spun = extract(SEED).to_dict()["claims"]
    fixed = extract(REPAIRED).to_dict()["claims"]

    def summary(c):
        return {
            "drugs": sorted(names(c["drugs"])),
            "drug_classes": sorted(names(c["drug_classes"])),
            "conditions": sorted(names(c["conditions"])),
            "adverse_effects": sorted(names(c["adverse_effects"])),
            "institutions": sorted(names(c["institutions"])),
            "people": sorted(names(c["people"])),
            "counts": sorted((s["value"], s["unit"], s["qualifier"], s["population"]) for s in c["study_counts"]),
            "dois": c["dois"],
            "journal": c["journal"],
            "certainty": c["certainty"],
            "speakers": [q["speaker"] for q in c["quotes"]],
            "mentions": {i["name"]: i["mentions"] for k in ("drugs", "conditions") for i in c[k]},
        }

    assert summary(spun) == summary(fixed)


# --- the hand-written articles ----------------------------------------------------------------------------------


def expected(path):
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def article(request):
    path = request.param
    return extract(path.read_text(encoding="utf-8")).to_dict(), expected(path)


def test_enough_articles():
    assert len(ARTICLES) >= 10
    for p in ARTICLES:
        assert p.with_suffix(".expected.json").exists(), p


def test_article_metadata(article):
    d, exp = article
    assert d["title"] == exp["title"]
    for key in ("published", "provider", "image_credit"):
        assert d["source"][key] == exp[key], key
    c = d["claims"]
    assert c["dois"] == exp["dois"]
    assert c["journal"] == exp["journal"]
    assert c["certainty"] == exp["certainty"]


def test_article_entities(article):
    d, exp = article
    c = d["claims"]
    for key in ("drugs", "drug_classes", "conditions", "adverse_effects", "institutions"):
        assert lower(names(c[key])) == lower(exp[key]), key
    assert {p["name"]: p["role"] for p in c["people"]} == exp["people"]


def test_article_counts(article):
    d, exp = article
    keys = ("value", "unit", "qualifier", "population", "design")
    got = [{k: s[k] for k in keys} for s in d["claims"]["study_counts"]]
    assert got == exp["study_counts"]
    values = {s["value"] for s in got}
    assert not values & set(exp["absent"].get("study_count_values", []))


def test_article_quotes(article):
    d, exp = article
    assert {str(k): v for k, v in by_speaker(d["claims"]).items()} == exp["quotes_by_speaker"]
    for q in d["claims"]["quotes"]:
        assert q["text"] and q["text"][0] not in '“"' and q["text"][-1] not in '”"'


TRAP_KINDS = ("drugs", "people")
TRAPPED = [p for p in ARTICLES if any(expected(p)["absent"].get(k) for k in TRAP_KINDS)]


def test_some_articles_set_name_traps():
    assert TRAPPED, "no fixture article lists drugs or people that must not be extracted"


@pytest.mark.parametrize("path", TRAPPED, ids=lambda p: p.stem)
def test_article_traps_absent(path):
    text = path.read_text(encoding="utf-8")
    absent = expected(path)["absent"]
    c = extract(text).to_dict()["claims"]
    for kind in TRAP_KINDS:
        traps = absent.get(kind, [])
        # a trap is a word the article has (here or in the other number) and an extractor could wrongly take: one
        # not in the text tests nothing
        assert all(t.lower().rstrip("s") in text.lower() for t in traps), (kind, traps)
        assert not lower(names(c[kind])) & lower(traps), kind


def test_article_schema_and_offsets(article):
    d, _ = article
    validate(d, SCHEMA)
    check_offsets(d)


# --- focused traps and variants ---------------------------------------------------------------------------------


def claims(text):
    return extract(text).to_dict()["claims"]


@pytest.mark.parametrize(
    "text",
    [
        "Patients took 50 mg of the drug twice a day.",
        "About 40% of patients improved.",
        "Participants aged 65 were asked to walk daily.",
        "The 65-year-old participants walked daily.",
        "The trial cost $2 million and enrolled no one yet.",
        "In 2019 patients were first recruited.",
        "Around 1 in 5 adults has the condition.",
        "One study found no effect.",
    ],
)
def test_numbers_that_are_not_study_counts(text):
    assert claims(text)["study_counts"] == []


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("The team ran five trials.", 5, "trials", None),
        ("They pooled a dozen studies.", 12, "studies", None),
        ("It enrolled nearly 1,000 patients.", 1000, "patients", "nearly"),
        ("The sample was small (n = 120).", 120, "participants", None),
        ("Data came from 1.2 million people.", 1_200_000, "people", None),
        ("Twenty-five women took part.", 25, "women", None),
        ("It included up to 300 children.", 300, "children", "up to"),
        ("It recruited at least 40 men.", 40, "men", "at least"),
        ("There were fewer than 30 participants.", 30, "participants", "fewer than"),
        ("They studied about 200 adults.", 200, "adults", "about"),
    ],
)
def test_study_count_variants(text, value, unit, qualifier):
    got = claims(text)["study_counts"]
    assert [(s["value"], s["unit"], s["qualifier"]) for s in got] == [(value, unit, qualifier)]


def test_drug_names_inside_longer_words_do_not_count():
    c = claims("Esketamine differs from ketamine. Aspiring runners and Aman Gupta took no aspirin-like pills.")
    assert sorted(names(c["drugs"])) == ["aspirin", "esketamine", "ketamine"]
    esk = next(d for d in c["drugs"] if d["name"] == "esketamine")
    assert esk["mentions"] == 1
    ket = next(d for d in c["drugs"] if d["name"] == "ketamine")
    assert ket["mentions"] == 1  # not also inside "Esketamine"


def test_drug_classes_are_not_drugs():
    c = claims("Opioids and NMDA receptor antagonists, such as memantine, act on NMDA receptors.")
    assert names(c["drugs"]) == ["memantine"]
    assert set(names(c["drug_classes"])) == {"opioids", "NMDA receptor antagonists"}


def test_quote_spanning_paragraphs_and_surname_later():
    text = (
        "“We did not expect this,” said Dr Ana Lopes, a virologist at the University of Porto. "
        "“The effect was large.\n\n"
        "“And it lasted for months,” she added.\n\n"
        "Other experts were cautious.\n\n"
        "“Replication is essential,” Lopes said."
    )
    qs = claims(text)["quotes"]
    assert [q["speaker"] for q in qs] == ["Ana Lopes"] * 4
    assert qs[1]["text"] == "The effect was large."  # opened, not closed at the paragraph end
    assert qs[0]["speaker_role"] == "a virologist at the University of Porto"


def test_quote_continuing_previous_paragraph_takes_its_speaker():
    text = "“First part of the thought,” said Jon Berg, a chemist.\n“Second paragraph goes on without attribution.”"
    assert [q["speaker"] for q in claims(text)["quotes"]] == ["Jon Berg", "Jon Berg"]


def test_straight_quotes_split_by_attribution_and_according_to():
    text = (
        '"The results are clear," Maria Chen said, "and they hold in every subgroup."\n'
        'According to Chen, "nothing like this has been seen before in the field."\n'
        'Some called it a "miracle cure" in headlines.'
    )
    qs = claims(text)["quotes"]
    assert [(q["speaker"], q["cue"]) for q in qs] == [
        ("Maria Chen", "said"),
        ("Maria Chen", "said"),
        ("Maria Chen", "according to"),
    ]  # scare quote skipped


def test_quote_altered_flag_uses_edit_offsets():
    text = (
        "Credit score: Jo Bloggs\nThe assessment, revealed within the Journal, discovered little.\n"
        "“We discovered nothing new in persistent ache,” stated Jane Roe, a professor at Some University."
    )
    qs = extract(text, normalizer=_ReplacingNormalizer("persistent ache", "chronic pain")).to_dict()["claims"]["quotes"]
    assert qs and qs[0]["altered"] is True
    other = extract(text, normalizer=_ReplacingNormalizer("assessment", "review"))
    assert other.claims["quotes"][0]["altered"] is False


class _ReplacingNormalizer:
    """A stand-in normaliser with one known edit, so the test does not depend on lexicon curation."""

    def __init__(self, old: str, new: str):
        self.old, self.new = old, new

    def normalize(self, text: str) -> newsfix.Normalized:
        from newsfix.model import Edit, Normalized, Spin, apply_edits

        i = text.index(self.old)
        edits = [Edit(i, i + len(self.old), self.old, self.new, "test", 1.0, "fingerprint", False)]
        return Normalized(apply_edits(text, edits), edits, Spin(0.0, "clean", 0, 0, 0), text)


def test_dois_in_urls_and_punctuation():
    text = (
        "See https://doi.org/10.1038/s41586-024-07000-1. Also (doi:10.1016/S0140-6736(23)01234-5). "
        "Full text: https://onlinelibrary.wiley.com/doi/10.1002/abc.123?af=R and "
        "https://doi.org/10.1038%2Fs41586-024-07000-1 again; DOI: 10.1038/S41586-024-07000-1"
    )
    assert claims(text)["dois"] == ["10.1038/s41586-024-07000-1", "10.1016/S0140-6736(23)01234-5", "10.1002/abc.123"]


@pytest.mark.parametrize(
    "text,level",
    [
        ("Evidence was rated low to very low certainty.", "low to very low"),
        ("They found moderate-certainty evidence of benefit.", "moderate"),
        ("The certainty of the evidence was high.", "high"),
        ("We need high-quality trials.", None),
        ("This is very low quality evidence.", "very low"),
    ],
)
def test_certainty(text, level):
    assert claims(text)["certainty"] == level


def test_source_furniture():
    text = (
        "Image credit: Sam Doe/Unsplash\nHeadline here\nBody text about 12 trials.\n"
        "Provided by Example University\n"
        "Citation: A headline (2024, March 5) retrieved 6 March 2024 from https://example.org/news/a.html"
    )
    d = extract(text).to_dict()
    assert d["source"] == {
        "url": "https://example.org/news/a.html",
        "provider": "Example University",
        "published": "2024-03-05",
        "image_credit": "Sam Doe/Unsplash",
        "site": None,
    }
    assert d["title"] == "A headline"
    assert extract(text, url="https://x.test/a").source["url"] == "https://x.test/a"


def test_public_api_and_cached_pipeline():
    from newsfix.extractors.pipeline import get_pipeline

    assert newsfix.extract is extract and newsfix.Article is Article
    assert get_pipeline() is get_pipeline()
    assert isinstance(extract("Plain text."), Article)
    with pytest.raises(TypeError):
        extract(b"bytes")  # type: ignore[arg-type]


def test_blank_pipeline_needs_no_trained_model():
    from newsfix.extractors.pipeline import get_pipeline

    nlp = get_pipeline()
    assert nlp.pipe_names == ["sentencizer", "entity_ruler"]
    doc = nlp("Ketamine eases nerve pain.\nNext line.")
    assert doc.text == "Ketamine eases nerve pain.\nNext line."
    assert [e.label_ for e in doc.ents] == ["CONDITION"]


def test_html_input_uses_page_text_and_meta():
    htmlreader = pytest.importorskip("newsfix.io.html")
    html = (
        "<html><head><title>Ketamine review - Example News</title>"
        '<meta name="citation_doi" content="10.1002/14651858.CD015373.pub2">'
        '<meta name="citation_journal_title" content="Cochrane Database of Systematic Reviews">'
        '<meta property="article:published_time" content="2025-08-17T10:00:00Z">'
        "</head><body><article><h1>Ketamine review</h1>"
        "<p>A review of 67 trials involving over 2,300 adult participants examined ketamine for chronic pain.</p>"
        "<p>“We want to be clear about the uncertainty here,” said Michael Ferraro, a doctoral candidate.</p>"
        "<p>The evidence was rated low to very low certainty.</p>"
        "</article></body></html>"
    )
    assert htmlreader.looks_like_html(html)
    d = extract(html, url="https://example.org/a").to_dict()
    c = d["claims"]
    assert "<p>" not in d["text"]
    assert c["dois"][0] == "10.1002/14651858.CD015373.pub2"
    assert c["journal"] == "Cochrane Database of Systematic Reviews"
    assert "ketamine" in names(c["drugs"])
    assert [q["speaker"] for q in c["quotes"]] == ["Michael Ferraro"]
    assert d["source"]["url"] == "https://example.org/a"
    assert d["title"]


def test_spun_institution_restored_from_gazetteer():
    from newsfix.extractors.institutions import restore_spun

    # one swapped word sharing its first four letters with the gazetteer's word
    assert restore_spun("Nationwide Sleep Foundation") == "National Sleep Foundation"
    assert restore_spun("Lakeview Sleep Foundation") == "Lakeview Sleep Foundation"


def test_possessive_keeps_gazetteer_name():
    names = [
        i["name"]
        for i in claims("Researchers at Northwestern University’s medical school enrolled patients.")["institutions"]
    ]
    assert "Northwestern University" in names


def test_gazetteer_name_not_restored_to_a_neighbour():
    from newsfix.extractors.institutions import _gazetteer_names, restore_spun

    names = {n for group in _gazetteer_names().values() for n in group}
    for name in ("Northwestern University", "Northeastern University"):
        if name in names:
            assert restore_spun(name) == name
