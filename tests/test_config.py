"""Configuration: discovery (nearest wins), keys, command-line overrides and clear errors (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfix.cli import main
from newsfix.io.config import Config, ConfigError, ConfigFinder, glob_matches, load_config

TEXT = "The assessment of persistent ache found nothing.\n"
HOUSE_LEX = "zorbly gadget | widget | fingerprint | - |  | test\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(argv, capsys) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rules(out: str) -> list[str]:
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines()]


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_nearest_configuration_wins(work, capsys):
    write(work / ".newsfix.toml", 'assume = "spun"\n')
    write(work / "a.txt", TEXT)
    write(work / "sub" / "pyproject.toml", '[tool.newsfix]\nmin-tier = "fingerprint"\nassume = "spun"\n')
    write(work / "sub" / "b.txt", TEXT)
    write(work / "sub" / "deeper" / "c.txt", TEXT)
    _, out, _ = run(["check", "a.txt", "sub"], capsys)
    assert out.splitlines() == [
        'a.txt:1:5: "assessment" -> "review" [lexicon:assessment]',
        'a.txt:1:19: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
        'sub/b.txt:1:19: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
        'sub/deeper/c.txt:1:19: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
    ]


def test_pyproject_without_section_does_not_count(work):
    write(work / ".newsfix.toml", 'quotes = "all"\n')
    write(work / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert ConfigFinder().for_path(work / "sub" / "a.txt").quotes == "all"
    assert load_config(work / "sub" / "pyproject.toml") is None


def test_newsfix_toml_beats_pyproject_in_the_same_folder(work):
    write(work / "pyproject.toml", '[tool.newsfix]\nquotes = "protect"\n')
    write(work / ".newsfix.toml", 'quotes = "all"\n')
    config = ConfigFinder().for_path(work / "x.md")
    assert config.quotes == "all" and config.path == work / ".newsfix.toml"


def test_all_keys_parse(work):
    write(work / "house.lex", HOUSE_LEX)
    path = write(
        work / "pyproject.toml",
        "[tool.newsfix]\n"
        'extra-lexicons = ["house.lex"]\n'
        'disable = ["lexicon:assessment"]\n'
        'ignore = ["brand new"]\n'
        'exclude = ["drafts/"]\n'
        "min-confidence = 0.75\n"
        'min-tier = "fuzzy"\n'
        'quotes = "protect"\n'
        'assume = "clean"\n',
    )
    assert load_config(path) == Config(
        path=path,
        extra_lexicons=((work / "house.lex").resolve(),),
        disable=("lexicon:assessment",),
        ignore=("brand new",),
        exclude=("drafts/",),
        min_confidence=0.75,
        min_tier="fuzzy",
        quotes="protect",
        assume="clean",
    )


def test_command_line_overrides_configuration(work, capsys):
    write(work / ".newsfix.toml", 'assume = "spun"\nmin-tier = "fingerprint"\nquotes = "protect"\n')
    write(work / "a.txt", TEXT)
    assert rules(run(["check", "a.txt"], capsys)[1]) == ["lexicon:persistent ache"]
    assert rules(run(["check", "--min-tier", "ambiguous", "a.txt"], capsys)[1]) == [
        "lexicon:assessment",
        "lexicon:persistent ache",
    ]
    assert rules(run(["check", "--min-tier", "ambiguous", "--assume", "clean", "a.txt"], capsys)[1]) == [
        "lexicon:persistent ache"
    ]
    write(work / "q.txt", 'He said "we treat persistent ache daily".\n')
    assert run(["check", "q.txt"], capsys)[0] == 0
    assert rules(run(["check", "--quotes", "fingerprint", "q.txt"], capsys)[1]) == ["lexicon:persistent ache"]


def test_disable_and_ignore_from_configuration_add_to_the_command_line(work, capsys):
    write(work / ".newsfix.toml", 'assume = "spun"\ndisable = ["assessment"]\n')
    write(work / "a.txt", TEXT)
    assert rules(run(["check", "a.txt"], capsys)[1]) == ["lexicon:persistent ache"]
    assert run(["check", "--ignore", "persistent ache", "a.txt"], capsys)[:2] == (0, "")
    write(work / ".newsfix.toml", 'ignore = ["Persistent Ache"]\n')
    assert "lexicon:persistent ache" not in rules(run(["check", "a.txt"], capsys)[1])


def test_min_confidence_from_configuration(work, capsys):
    write(work / ".newsfix.toml", 'assume = "spun"\nmin-confidence = 0.9\n')
    write(work / "a.txt", TEXT)
    assert rules(run(["check", "a.txt"], capsys)[1]) == ["lexicon:persistent ache"]
    assert len(rules(run(["check", "--min-confidence", "0", "a.txt"], capsys)[1])) == 2


def test_extra_lexicons_are_relative_to_the_config_file(work, capsys):
    write(work / "proj" / "lex" / "house.lex", HOUSE_LEX)
    write(work / "proj" / ".newsfix.toml", 'extra-lexicons = ["lex/house.lex"]\n')
    write(work / "proj" / "docs" / "a.md", "A zorbly gadget and persistent ache.\n")
    write(work / "other" / "b.md", "A zorbly gadget.\n")
    code, out, _ = run(["check", "proj", "other"], capsys)
    assert code == 1
    assert out.splitlines() == [
        'proj/docs/a.md:1:3: "zorbly gadget" -> "widget" [lexicon:zorbly gadget]',
        'proj/docs/a.md:1:21: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
    ]
    assert run(["check", "--extra-lexicon", "proj/lex/house.lex", "other"], capsys)[1].startswith("other/b.md:1:3:")


def test_exclude_from_configuration_is_relative_to_its_folder(work, capsys):
    write(work / "proj" / ".newsfix.toml", 'exclude = ["drafts/", "*.html", "docs/old.md"]\n')
    for name in ("drafts/a.md", "page.html", "docs/old.md", "docs/new.md", "keep.txt"):
        write(work / "proj" / name, "persistent ache\n")
    _, out, _ = run(["check", "proj", "proj/page.html"], capsys)
    assert [line.split(":")[0] for line in out.splitlines()] == ["proj/docs/new.md", "proj/keep.txt"]


def test_explicit_config_and_no_config(work, capsys):
    write(work / ".newsfix.toml", 'disable = ["persistent ache"]\n')
    write(work / "strict.toml", 'assume = "spun"\n')
    write(work / "a.txt", TEXT)
    assert "lexicon:persistent ache" not in rules(run(["check", "a.txt"], capsys)[1])
    assert rules(run(["check", "--config", "strict.toml", "a.txt"], capsys)[1]) == [
        "lexicon:assessment",
        "lexicon:persistent ache",
    ]
    assert "lexicon:persistent ache" in rules(run(["check", "--no-config", "a.txt"], capsys)[1])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = 1\n", "unknown key 'colour'"),
        ('quotes = "sometimes"\n', "quotes must be one of"),
        ("min-confidence = 2\n", "min-confidence must be a number from 0 to 1"),
        ('min-confidence = "high"\n', "min-confidence must be a number"),
        ('min-tier = "best"\n', "min-tier must be one of"),
        ('disable = "assessment"\n', "disable must be a list of strings, not a string"),
        ("ignore = [1, 2]\n", "ignore must be a list of strings"),
        ('extra-lexicons = ["missing.lex"]\n', "'missing.lex' does not exist"),
        ("quotes = \n", "invalid TOML"),
    ],
)
def test_configuration_errors_name_file_and_key_and_exit_2(work, capsys, content, message):
    write(work / ".newsfix.toml", content)
    write(work / "a.txt", TEXT)
    code, out, err = run(["check", "a.txt"], capsys)
    assert code == 2 and out == ""
    assert message in err and str(work / ".newsfix.toml") in err and "Traceback" not in err


def test_pyproject_errors_name_the_table(work, capsys):
    write(work / "pyproject.toml", "[tool.newsfix]\nexlude = []\n")
    write(work / "a.txt", TEXT)
    code, _, err = run(["fix", "a.txt"], capsys)
    assert code == 2 and "pyproject.toml: tool.newsfix.exlude: unknown key 'exlude'" in err


def test_invalid_extra_lexicon_is_a_configuration_error(work, capsys):
    write(work / "bad.lex", "only | three | columns\n")
    write(work / ".newsfix.toml", 'extra-lexicons = ["bad.lex"]\n')
    write(work / "a.txt", TEXT)
    code, _, err = run(["check", "a.txt"], capsys)
    assert code == 2 and "bad.lex:1: expected 6 columns" in err


def test_config_error_reported_via_finder(work):
    write(work / ".newsfix.toml", "bogus = true\n")
    with pytest.raises(ConfigError, match="bogus"):
        ConfigFinder().for_path(work / "a.txt")


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("drafts", "docs/drafts/a.md", True),
        ("drafts/", "drafts/a.md", True),
        ("*.html", "site/x/page.html", True),
        ("*.html", "site/page.htm", False),
        ("docs/old/", "docs/old/a/b.md", True),
        ("docs/old/", "other/docs/old/a.md", False),
        ("docs/*.md", "docs/a.md", True),
        ("docs/**", "docs/a/b.md", True),
        ("/docs/a.md", "docs/a.md", True),
        ("a.md", "./a.md", True),
        ("", "a.md", False),
    ],
)
def test_glob_matches(pattern, path, expected):
    assert glob_matches(pattern, path) is expected
