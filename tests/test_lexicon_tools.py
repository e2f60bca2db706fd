"""`newsfix lexicon learn | lint | stats` on hand-written fixture pairs and small temporary lexicons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, TEST_LEXICON
from newsfix.cli.lexicon_align import align
from newsfix.cli.lexicon_input import clean_texts, find_pairs
from newsfix.cli.lexicon_learn import learn
from newsfix.cli.lexicon_stats import origin
from newsfix.cli.lexicon_tools import main
from newsfix.despin.lexicon import parse_line, sort_key

PAIRS = ROOT / "fixtures" / "pairs" / "dev"
CLEAN = ROOT / "fixtures" / "pairs" / "clean"
TEST_LEX = TEST_LEXICON

HEADER = "# spun | original | tier | flags | guard | provenance\n"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    # compiled lexicons are cached on disk; keep the tests away from the user's cache
    monkeypatch.setenv("NEWSFIX_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def empty_lex(tmp_path) -> Path:
    path = tmp_path / "empty.lex"
    path.write_text(HEADER, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def entries_of(text: str):
    return [e for n, line in enumerate(text.splitlines(), 1) if (e := parse_line(line, f"out:{n}")) is not None]


# ------------------------------------------------------------------------------------------------ learn


def test_align_finds_word_swaps_inside_the_overlap_only():
    pair = find_pairs([PAIRS / "p1-ketamine"])[0]
    swaps = {(s.spun, s.original) for s in align(pair.spun, pair.original)}
    assert swaps == {
        ("persistent ache", "chronic pain"),
        ("sufferers", "patients"),
        ("assessment", "review"),
        ("revealed", "published"),
    }  # not the spinner's own intro, not "120" -> "130"


def test_align_keeps_capitals_of_names_but_not_of_sentence_starts():
    swaps = align(
        "Long run of equal words here. Nationwide Sleep Basis said so. Nonetheless the end is the same.",
        "Long run of equal words here. National Sleep Foundation said so. However the end is the same.",
    )
    assert {(s.spun, s.original) for s in swaps} == {
        ("nationwide", "National"),
        ("basis", "Foundation"),
        ("nonetheless", "however"),
    }


def test_learn_aggregates_support_families_and_risk():
    pairs = find_pairs([PAIRS])
    clean = [text for _, text in clean_texts([CLEAN])]
    cands, counter = learn(pairs, clean, known={})
    by_spun = {c.spun: c for c in cands}
    assert set(by_spun) == {"advised", "assessment", "grownups", "persistent ache", "revealed", "sufferers"}

    ache = by_spun["persistent ache"]
    assert (ache.original, ache.support, ache.families, ache.hits, ache.tier) == (
        "chronic pain",
        2,
        {"X"},
        0,
        "fingerprint",
    )
    assert len(ache.examples) == 2 and all("[persistent ache]" in ex for ex in ache.examples)

    sufferers = by_spun["sufferers"]
    assert sufferers.support == 3 and sufferers.families == {"X", "Y"}
    assert sufferers.provenance == "dev:X dev:Y"
    # "sufferers" and "assessment" occur in the clean fixture: risky, hence ambiguous
    for word in ("sufferers", "assessment"):
        assert by_spun[word].hits == 1 and by_spun[word].tier == "ambiguous"
        assert by_spun[word].risk == pytest.approx(1000 / counter.words)
    # a single word that never occurs in unspun text is suggested as a fingerprint
    assert by_spun["revealed"].tier == "fingerprint"
    assert counter.texts == 4  # three originals and one clean text


def test_learn_output_is_a_sorted_parseable_lexicon(capsys, empty_lex):
    code, out, _ = run(capsys, "learn", str(PAIRS), "--clean", str(CLEAN), "--lexicon", str(empty_lex))
    assert code == 0
    entries = entries_of(out)
    assert [e.spun for e in entries] == [
        "advised",
        "assessment",
        "grownups",
        "persistent ache",
        "revealed",
        "sufferers",
    ]
    assert [sort_key(e) for e in entries] == sorted(sort_key(e) for e in entries)
    ache = next(e for e in entries if e.spun == "persistent ache")
    assert (ache.original, ache.tier, ache.provenance) == ("chronic pain", "fingerprint", "dev:X")
    # the evidence sits in comments right above its entry
    lines = out.splitlines()
    above = lines[lines.index("persistent ache | chronic pain | fingerprint | - | | dev:X") - 3]
    assert above.startswith("# support 2 pairs (p1-ketamine, p2-exercise); families X; risk 0.00/1000")


def test_learn_skips_known_forms_unless_all(capsys):
    code, out, _ = run(capsys, "learn", str(PAIRS), "--lexicon", str(TEST_LEX / "test.lex"))
    assert code == 0
    assert [e.spun for e in entries_of(out)] == ["advised", "grownups", "revealed"]
    code, out, _ = run(capsys, "learn", str(PAIRS), "--lexicon", str(TEST_LEX / "test.lex"), "--all")
    assert "persistent ache | chronic pain" in out and "already in the lexicon (test.lex:" in out


def test_learn_json_min_support_and_two_file_form(capsys, empty_lex):
    code, out, _ = run(
        capsys, "learn", str(PAIRS), "--lexicon", str(empty_lex), "--min-support", "2", "--format", "json"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["pairs"] == 3
    assert {c["spun"]: c["support"] for c in doc["candidates"]} == {
        "assessment": 2,
        "persistent ache": 2,
        "sufferers": 3,
    }
    assert all(parse_line(c["line"], "json") for c in doc["candidates"])

    p1 = PAIRS / "p1-ketamine"
    code, out, _ = run(capsys, "learn", str(p1 / "spun.txt"), str(p1 / "original.txt"), "--lexicon", str(empty_lex))
    assert code == 0 and "persistent ache | chronic pain | fingerprint | - | | learned" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["learn", "no/such/folder"],
        ["learn", str(PAIRS), str(PAIRS / "p1-ketamine" / "spun.txt")],
        ["learn", str(CLEAN)],  # no pairs in it
        ["learn", str(PAIRS), "--min-support", "0"],
        ["learn", str(PAIRS), "--clean", "no/such/folder"],
        ["learn", str(PAIRS), "--format", "xml"],
        ["learn"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2_without_traceback(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err and "error" in err


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "learn" in out


# ------------------------------------------------------------------------------------------------ lint


def make_lexicon(root: Path, files: dict[str, str], gazetteer: str = "Alpha Institute\nBeta University\n") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (root / name).write_text(HEADER + body, encoding="utf-8")
    (root / "gazetteers").mkdir(exist_ok=True)
    (root / "gazetteers" / "names.txt").write_text(gazetteer, encoding="utf-8")
    return root


GOOD = (
    "assessment | review | ambiguous | n | | tests\n"
    "persistent ache | chronic pain | fingerprint | - | | tests dev:A\n"
    "sufferers | patients | ambiguous | - | near=trial* | dev:A dev:I\n"
)


def test_lint_good_lexicon_and_shipped_fixture(capsys, tmp_path):
    root = make_lexicon(tmp_path / "lex", {"a.lex": GOOD})
    code, out, err = run(capsys, "lint", str(root))
    assert (code, out) == (0, "")
    assert "0 errors, 0 warnings" in err
    assert run(capsys, "lint", str(TEST_LEX))[0] == 0


@pytest.mark.parametrize(
    "files, gazetteer, expected",
    [
        ({"a.lex": "persistent ache | chronic pain | fingerprint | - | tests\n"}, None, "a.lex:2: error: expected 6"),
        ({"a.lex": "ache | pain | maybe | - | | tests\n"}, None, "a.lex:2: error: tier must be"),
        ({"a.lex": "ache | pain | ambiguous | x | | tests\n"}, None, "a.lex:2: error: unknown flags"),
        ({"a.lex": "ache | pain | ambiguous | - | | \n"}, None, "a.lex:2: error: provenance is required"),
        ({"a.lex": "ache | pain | ambiguous | - | nearby=x | tests\n"}, None, "a.lex:2: error: bad guard"),
        ({"a.lex": "zebra | horse | ambiguous | - | | t\nache | pain | ambiguous | - | | t\n"}, None, "not sorted"),
        ({"a.lex": "ache | pain | ambiguous | - | | t\nache | hurt | ambiguous | - | | t\n"}, None, "duplicate"),
        (
            {"a.lex": "ache | pain | ambiguous | - | | t\n", "b.lex": "ache | hurt | ambiguous | - | | t\n"},
            None,
            "b.lex:2: error: duplicate spun form 'ache' (also",
        ),
        ({"a.lex": "ache | pain | ambiguous | - | | t\npain | ache | ambiguous | - | | t\n"}, None, "is a cycle"),
        (
            {"a.lex": "ache | pain | fingerprint | - | | t\nhurt | ache | ambiguous | - | | t\n"},
            None,
            "a.lex:3: error: 'hurt' -> 'ache', but 'ache' is the fingerprint at",
        ),
        ({"a.lex": GOOD}, "Zeta Agency\nAlpha Institute\n", "names.txt:2: error: not sorted"),
        ({"a.lex": GOOD}, "Alpha Institute\nalpha institute\n", "names.txt:2: error: duplicate name"),
        (
            # the n flag turns "result" into "results", which is the original form of the other entry
            {"a.lex": "finding | results | fingerprint | - | | t\nresult | outcome | ambiguous | n | | t\n"},
            None,
            "a.lex:3: error: generated spun form 'results' is the original form of",
        ),
        (
            {"a.lex": "analysis | research | ambiguous | n | | t\n"},
            None,
            "a.lex:2: warning: generated 'analyses' -> 'research': only one side is inflected",
        ),
        ({"a.lex": "Ache | pain | ambiguous | - | | t\n"}, None, "warning: spun form 'Ache' has capitals"),
    ],
)
def test_lint_reports_each_problem_kind(capsys, tmp_path, files, gazetteer, expected):
    root = make_lexicon(tmp_path / "lex", files, *([gazetteer] if gazetteer else []))
    code, out, err = run(capsys, "lint", str(root))
    assert code == 1, out
    assert expected in out
    assert all(line.split(":")[1].isdigit() for line in out.splitlines())  # file:line: message


def test_lint_clean_texts(capsys, tmp_path):
    lex = (
        "assessment | review | ambiguous | - | | t\n"
        "migraine | headache | fingerprint | - | | t\n"
        "persistent ache | chronic pain | fingerprint | - | | t\n"
    )
    root = make_lexicon(tmp_path / "lex", {"a.lex": lex})
    code, out, _ = run(capsys, "lint", str(root), "--clean", str(CLEAN))
    assert code == 1
    assert "a.lex:3: error: fingerprint 'migraine' matches clean text 1 time(s)" in out
    assert "original.txt:1 “migraine”" in out
    assert "a.lex:2: info: ambiguous 'assessment' would match clean text judged spun 1 time(s)" in out
    assert "persistent ache" not in out
    # information alone does not fail
    (root / "a.lex").write_text(
        HEADER + lex.replace("migraine | headache | fingerprint", "migraine | ache | ambiguous")
    )
    code, out, _ = run(capsys, "lint", str(root), "--clean", str(CLEAN), "--quiet")
    assert (code, out) == (0, "")


def test_lint_usage_errors(capsys, tmp_path):
    assert run(capsys, "lint", str(tmp_path / "missing.lex"))[0] == 2
    (tmp_path / "empty").mkdir()
    assert run(capsys, "lint", str(tmp_path / "empty"))[0] == 2


# ------------------------------------------------------------------------------------------------ stats


def test_stats_counts(capsys, tmp_path):
    root = make_lexicon(tmp_path / "lex", {"a.lex": GOOD, "b.lex": "brand new | new | fingerprint | v | | dev:A\n"})
    code, out, _ = run(capsys, "stats", str(root), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    total = doc["total"]
    assert total["entries"] == 4
    assert total["tiers"] == {"ambiguous": 2, "fingerprint": 2}
    assert total["flags"] == {"-": 2, "n": 1, "v": 1}
    assert total["families"] == {"A": 3, "I": 1}
    assert sum(total["origins"].values()) == 4
    assert total["guarded"] == 1 and total["guard_conditions"] == {"near": 1}
    assert total["multi_word"] == 2
    assert [v["entries"] for v in doc["files"].values()] == [3, 1]
    assert list(doc["gazetteers"].values()) == [2]

    code, out, _ = run(capsys, "stats", str(root))
    assert code == 0 and "total: 4 entries (2 multi-word, 1 guarded)" in out and "families: A 3, I 1" in out


def test_stats_count_entries_of_unnamed_spinners_as_family_question_mark(capsys, tmp_path):
    lex = (
        "abasement | depression | ambiguous | - | | mined editor family:? sites=1\n"
        "withinside | inside | fingerprint | - | | editor family:? spinner=x\n"
    )
    root = make_lexicon(tmp_path / "lex", {"a.lex": lex})
    doc = json.loads(run(capsys, "stats", str(root), "--format", "json")[1])
    assert doc["total"]["families"] == {"?": 2}


def test_origin_of_an_entry():
    assert origin("model:O mythes-first") == "thesaurus-model"
    assert origin("mined dev:A sites=3") == "mined"
    assert origin("dev:I") == "mined"
    assert origin("mined editor family:A") == "mined, reviewed"  # learned from pairs, checked by an editor
    assert origin("family:I editor") == "curated"
    assert origin("seed") == "curated"


def test_stats_reports_unparsable_lines(capsys, tmp_path):
    root = make_lexicon(tmp_path / "lex", {"a.lex": GOOD + "broken line\n"})
    code, out, err = run(capsys, "stats", str(root))
    assert code == 1 and "a.lex:5: error: expected 6 columns" in err


def test_stats_count_the_spinner_models_entries_by_origin_and_family(capsys):
    code, out, _ = run(capsys, "stats", str(ROOT / "lexicons"), "--format", "json")
    doc = json.loads(out)
    model = doc["models"]["mythes-first"]
    assert code == 0 and model["family"] == "O" and model["entries"] > 10_000 and model["signature"] > 50
    rewriter = doc["models"]["rewriter"]
    assert rewriter["family"] == "A,H" and rewriter["entries"] > 500
    assert doc["by_origin"]["thesaurus-model"] == model["entries"] + rewriter["entries"]
    by_origin = doc["by_origin"]
    assert by_origin["curated"] + by_origin["mined"] + by_origin["mined, reviewed"] == doc["total"]["entries"]


def test_stats_list_the_family_signatures(capsys):
    code, out, _ = run(capsys, "stats", str(ROOT / "lexicons"), "--format", "json")
    sig = json.loads(out)["signatures"]["lexicons/signatures/P.txt"]
    assert code == 0 and sig["family"] == "P" and sig["words"] > 10 and sig["min_distinct"] >= 2
    code, out, _ = run(capsys, "stats", str(ROOT / "lexicons"))
    assert "lexicons/signatures/P.txt: family signature P:" in out
