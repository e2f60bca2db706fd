"""What a new user meets first: the version, one-line usage errors, `--assume spun`, the README's promises."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsfix

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsfix.cli", *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=120
    )


# ------------------------------------------------------------------------------------------------------- version


def test_version_comes_from_pyproject_and_is_in_changelog_and_readme():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert newsfix.__version__ == version
    assert _cli("--version").stdout == f"newsfix {version}\n"
    assert _cli("check", "--version").stdout == f"newsfix {version}\n"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[?{re.escape(version)}\]?\b", changelog, re.M), "CHANGELOG.md has no entry for it"
    # the README's pre-commit snippet pins the release tag
    assert f"rev: v{version}" in README


def test_sarif_names_the_version(tmp_path):
    (tmp_path / "a.txt").write_text("Patients with persistent ache.\n", encoding="utf-8")
    sarif = json.loads(_cli("check", "--format", "sarif", "a.txt", cwd=tmp_path).stdout)
    assert sarif["runs"][0]["tool"]["driver"]["version"] == newsfix.__version__


# -------------------------------------------------------------------------------------------------- usage errors

USAGE_ERRORS = [
    ([], "newsfix"),
    (["frobnicate"], "newsfix"),
    (["fix", "--bogus"], "newsfix fix"),
    (["fix", "--diff", "--format", "json", "a.txt"], "newsfix fix"),
    (["check", "--format", "xml", "a.txt"], "newsfix check"),
    (["check", "--jobs", "-1", "a.txt"], "newsfix check"),
    (["extract", "--max-bytes", "lots", "a.txt"], "newsfix extract"),
    (["extract", "--bogus"], "newsfix extract"),
    (["review", "a.txt"], "newsfix review"),  # -o is required
    (["review", "--bogus", "a.txt", "-o", "r.html"], "newsfix review"),
    (["review", "a.txt", "-o", "no/such/folder/r.html"], "newsfix review"),
    (["lexicon"], "newsfix lexicon"),
    (["lexicon", "learn"], "newsfix lexicon learn"),
    (["lexicon", "stats", "--format", "xml"], "newsfix lexicon stats"),
    (["lexicon", "lint", "--clean"], "newsfix lexicon lint"),
]


@pytest.mark.parametrize("argv,prog", USAGE_ERRORS, ids=[" ".join(a) or "(none)" for a, _ in USAGE_ERRORS])
def test_usage_error_is_one_line_pointing_at_help(tmp_path, argv, prog):
    (tmp_path / "a.txt").write_text("Patients with persistent ache.\n", encoding="utf-8")
    r = _cli(*argv, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("newsfix: error: ") and r.stderr.endswith(f"(try '{prog} --help')\n"), r.stderr
    assert "usage:" not in r.stderr and "Traceback" not in r.stderr


# -------------------------------------------------------------------------------------------------- assume spun


def _uncertain_document() -> str:
    # ~900 words of unspun news with one spinner fingerprint that names no spinner family ("the contemplate") and
    # a few words spinners swap: one distinct fingerprint in 900 words is "uncertain"
    names = ["caffeine-afib", "cannabis-sleep", "cochrane-acupuncture", "esketamine-spray", "numbers-traps"]
    names.append("opioid-tapering")
    articles = [ROOT / "fixtures" / "articles" / f"{name}.txt" for name in names]
    body = "\n".join(Path(p).read_text(encoding="utf-8") for p in articles)
    return "In the contemplate, the assessment gave proof that sufferers improved.\n" + body


def test_assume_spun_applies_ambiguous_entries_to_an_uncertain_document():
    text = _uncertain_document()
    judged = newsfix.normalize(text)
    assert judged.spin.verdict == "uncertain"
    assert [e.before for e in judged.edits] == ["the contemplate"]  # the fingerprint only
    forced = newsfix.normalize(text, assume="spun")
    assert forced.text.startswith("In the study, the review gave evidence that patients improved.\n")
    assert {"lexicon:assessment", "lexicon:proof", "lexicon:sufferers"} <= {e.rule for e in forced.edits}
    assert all(e.tier in ("fingerprint", "ambiguous") for e in forced.edits)
    assert all(e.before != e.after for e in forced.edits)
    # a family named by the fingerprints still narrows the entries, as in a document judged spun
    assert newsfix.normalize(text, assume="clean").text == judged.text


def test_assume_spun_on_the_command_line_changes_the_text(tmp_path):
    (tmp_path / "a.txt").write_text(_uncertain_document(), encoding="utf-8")
    plain = _cli("fix", "a.txt", cwd=tmp_path).stdout
    forced = _cli("fix", "--assume", "spun", "a.txt", cwd=tmp_path).stdout
    assert plain.startswith("In the study, the assessment gave proof that sufferers improved.")
    assert forced.startswith("In the study, the review gave evidence that patients improved.")
    check = _cli("check", "--assume", "spun", "a.txt", cwd=tmp_path)
    assert 'a.txt:1:25: "assessment" -> "review" [lexicon:assessment]' in check.stdout


def test_assume_spun_without_any_fingerprint():
    out = newsfix.normalize("A brand new assessment gave proof that sufferers improved.", assume="spun")
    assert out.text == "A new review gave evidence that patients improved."
    assert newsfix.normalize("A brand new assessment gave proof that sufferers improved.").edits == []


def test_an_edit_undone_by_the_follow_up_pass_is_no_edit():
    # "medicine" -> "drugs" (ambiguous), then "England Journal of Drugs" is a fingerprint restoring "Medicine"
    out = newsfix.normalize("The New England Journal of Medicine printed it.", assume="spun")
    assert out.text == "The New England Journal of Medicine printed it."
    assert out.edits == []


# ----------------------------------------------------------------------------------------------- README promises


def test_spin_fingerprints_is_what_the_readme_says():
    r = newsfix.normalize("Patients with persistent ache. Extra info: a brand new examine. Persistent ache again.")
    assert isinstance(r.spin.fingerprints, int) and isinstance(r.spin.distinct, int)
    assert r.spin.fingerprints >= r.spin.distinct >= 1
    assert isinstance(r.spin.families, tuple)
    api = README[README.index("## Python API") :]
    assert "r.spin.fingerprints, r.spin.distinct" in api
    assert "fingerprint phrases found (int)" in api


def test_readme_measuring_section_runs_from_the_repository():
    section = README[README.index("## Measuring") :]
    end = section.find("\n## ", 1)
    section = section if end < 0 else section[:end]
    assert "../shared" in section and "not part of this repository" in section
    # the commands that need no shared corpus point at data in the repository, and those paths exist
    for path in re.findall(r"(fixtures/[\w./-]+)", section):
        assert (ROOT / path).exists(), path
