"""`newsfix check` and `newsfix fix`: exit codes, output formats, positions, files, stdin, bad inputs, options."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from newsfix.cli import check as check_cli
from newsfix.cli import main

SPUN = "Extra info: the trial.\nPatients with persistent ache improved.\n"
SPUN_LINES = [
    'a.txt:1:1: "Extra info:" -> "More information:" [lexicon:extra info:]',
    'a.txt:2:15: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
]
CLEAN = "Patients with chronic pain improved.\n"
QUOTED = 'He said "we treat persistent ache daily" and the assessment found it.\n'


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """An empty folder as the working directory, with configuration search stopped at it."""
    monkeypatch.chdir(tmp_path)
    # an empty .newsfix.toml: the nearest configuration, so none from above the temp folder can leak in
    (tmp_path / ".newsfix.toml").write_text("", encoding="utf-8")
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, "-m", "newsfix.cli", *args], input=stdin, capture_output=True, cwd=cwd, env=env
    )


# ------------------------------------------------------------------------------------------------ check: basics


def test_check_reports_findings_with_positions_and_exits_1(work, capsys):
    write(work / "a.txt", SPUN)
    code, out, err = run(["check", "a.txt"], capsys)
    assert code == 1
    assert out.splitlines() == SPUN_LINES
    assert "2 spun phrases in 1 file" in err


def test_check_clean_file_exits_0_silently(work, capsys):
    write(work / "clean.txt", CLEAN)
    code, out, err = run(["check", "clean.txt"], capsys)
    assert (code, out, err) == (0, "", "")


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--format", "xml", "a.txt"],
        ["check", "--min-confidence", "2", "a.txt"],
        ["check", "--min-confidence", "high", "a.txt"],
        ["check", "--min-tier", "best", "a.txt"],
        ["check", "--quotes", "never", "a.txt"],
        ["check", "--jobs", "-1", "a.txt"],
        ["fix", "--format", "sarif", "a.txt"],
        ["check", "--nope"],
    ],
)
def test_usage_errors_exit_2(work, capsys, argv):
    write(work / "a.txt", SPUN)
    code, out, err = run(argv, capsys)
    assert code == 2 and out == ""
    # one line, no argparse usage block
    assert err.count("\n") == 1 and err.startswith("newsfix: error: ") and "--help" in err and "usage:" not in err


def test_missing_explicit_config_is_a_usage_error(work, capsys):
    write(work / "a.txt", SPUN)
    code, out, err = run(["check", "--config", "nope.toml", "a.txt"], capsys)
    assert code == 2 and out == "" and "nope.toml: cannot read" in err


def test_fix_rejects_diff_with_json(work, capsys):
    write(work / "a.txt", SPUN)
    code, _, err = run(["fix", "--diff", "--format", "json", "a.txt"], capsys)
    assert code == 2 and "cannot be combined" in err


def test_positions_count_lines_and_columns_of_the_original_file_with_bom_and_crlf(work, capsys):
    (work / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"First line.\r\nWe saw persistent ache.\r\nExtra info: none.\r\n")
    (work / "cr.txt").write_bytes(b"First line.\rWe saw persistent ache.\r")
    (work / "wide.txt").write_bytes("Ünïcödé ✓ text: persistent ache\n".encode())
    code, out, _ = run(["check", "bom.txt", "cr.txt", "wide.txt"], capsys)
    assert code == 1
    assert out.splitlines() == [
        'bom.txt:2:8: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
        'bom.txt:3:1: "Extra info:" -> "More information:" [lexicon:extra info:]',
        'cr.txt:2:8: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
        'wide.txt:1:17: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
    ]


# ---------------------------------------------------------------------------------------------- check: formats


def test_check_json_lists_findings(work, capsys):
    write(work / "a.txt", SPUN)
    code, out, _ = run(["check", "--format", "json", "a.txt"], capsys)
    findings = json.loads(out)
    assert code == 1 and len(findings) == 2
    f = findings[1]
    assert (f["path"], f["line"], f["column"], f["end_line"], f["end_column"]) == ("a.txt", 2, 15, 2, 30)
    assert (f["before"], f["after"], f["rule"], f["tier"]) == (
        "persistent ache",
        "chronic pain",
        "lexicon:persistent ache",
        "fingerprint",
    )
    assert SPUN[f["start"] : f["end"]] == "persistent ache"


def test_check_json_is_an_empty_list_when_clean(work, capsys):
    write(work / "clean.txt", CLEAN)
    code, out, _ = run(["check", "--format", "json", "clean.txt"], capsys)
    assert code == 0 and json.loads(out) == []


def test_check_jsonl_one_finding_per_line(work, capsys):
    write(work / "a.txt", SPUN)
    write(work / "b.txt", "persistent ache\n")
    code, out, _ = run(["check", "--format", "jsonl", "a.txt", "b.txt"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [(r["path"], r["line"], r["column"]) for r in rows] == [("a.txt", 1, 1), ("a.txt", 2, 15), ("b.txt", 1, 1)]


def test_check_sarif_structure(work, capsys):
    write(work / "docs" / "a b.md", "# Title\n\n" + SPUN)
    write(work / "clean.txt", CLEAN)
    (work / "bad.txt").write_bytes(b"caf\xe9\n")
    code, out, _ = run(["check", "--format", "sarif", "docs", "clean.txt", "bad.txt"], capsys)
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"]
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "newsfix" and driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    assert set(rule_ids) == {"lexicon:extra info:", "lexicon:persistent ache"}
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["defaultConfiguration"]["level"] in ("warning", "note")
        assert rule["help"]["text"]  # required by GitHub code scanning
        assert rule["name"].isalnum() and rule["name"][0].isupper()
    results = run_["results"]
    assert len(results) == 2
    for res in results:
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("warning", "note", "error") and res["message"]["text"]
        (loc,) = res["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == "docs/a%20b.md"
        region = phys["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int) and region[key] >= 1
        assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"])
        replacement = res["fixes"][0]["artifactChanges"][0]["replacements"][0]
        assert replacement["insertedContent"]["text"] in ("More information:", "chronic pain")
    ache = next(r for r in results if r["ruleId"] == "lexicon:persistent ache")
    region = ache["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (4, 15, 4, 30)
    invocation = run_["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "byte offset 3" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")


# ------------------------------------------------------------------------------------------- held-back swaps

HELD = "The persistent ache study enrolled 40 people. They had to depart early.\nThe danger was low.\n"
HELD_LINES = [
    'h.txt:1:5: "persistent ache" -> "chronic pain" [lexicon:persistent ache]',
    'h.txt:1:59: suggestion: "depart" -> "leave" [lexicon:depart (held: one fingerprint in the document)]',
    'h.txt:2:5: suggestion: "danger" -> "risk" [lexicon:danger (held: one fingerprint in the document)]',
]


def test_check_suggestions_are_shown_only_when_asked_and_never_counted(work, capsys):
    write(work / "h.txt", HELD)
    code, out, err = run(["check", "h.txt"], capsys)
    assert (code, out.splitlines()) == (1, HELD_LINES[:1])
    code, out, err = run(["check", "--suggestions", "h.txt"], capsys)
    assert (code, out.splitlines()) == (1, HELD_LINES)
    assert "1 spun phrase in 1 file" in err  # the summary and the exit code count findings only
    rows = [
        json.loads(line)
        for line in run(["check", "--suggestions", "--format", "jsonl", "h.txt"], capsys)[1].splitlines()
    ]
    assert [(r["before"], r.get("suggestion", False)) for r in rows] == [
        ("persistent ache", False),
        ("depart", True),
        ("danger", True),
    ]
    rows = json.loads(run(["check", "--suggestions", "--format", "json", "h.txt"], capsys)[1])
    assert [r.get("suggestion", False) for r in rows] == [False, True, True]
    # a text with nothing but held-back swaps: still exit 0 for check
    write(work / "only.txt", "They had to depart early.\n")
    assert run(["check", "--suggestions", "only.txt"], capsys)[0] == 0


def test_check_sarif_suggestions_are_notes_without_fixes(work, capsys):
    write(work / "h.txt", HELD)
    log = json.loads(run(["check", "--suggestions", "--format", "sarif", "h.txt"], capsys)[1])
    (run_,) = log["runs"]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == {
        "lexicon:persistent ache",
        "lexicon:depart",
        "lexicon:danger",
    }
    notes = [r for r in run_["results"] if r["properties"].get("suggestion")]
    assert [r["ruleId"] for r in notes] == ["lexicon:depart", "lexicon:danger"]
    assert all(r["level"] == "note" and "fixes" not in r for r in notes)
    assert "held: one fingerprint in the document" in notes[0]["message"]["text"]


def test_fix_never_applies_suggestions_but_reports_them(work, capsys):
    write(work / "h.txt", HELD)
    code, out, err = run(["fix", "--suggestions", "h.txt"], capsys)
    assert out == HELD.replace("persistent ache", "chronic pain")
    assert err.splitlines()[0].startswith('h.txt:1:59: suggestion: "depart" -> "leave"')
    (item,) = json.loads(run(["fix", "--suggestions", "--format", "json", "h.txt"], capsys)[1])
    assert [s["after"] for s in item["suggestions"]] == ["leave", "risk"]
    (item,) = json.loads(run(["fix", "--format", "json", "h.txt"], capsys)[1])
    assert "suggestions" not in item
    err = run(["fix", "--explain", "h.txt"], capsys)[2]
    assert "not applied" in err and 'suggestion: "danger" -> "risk"' in err


# ----------------------------------------------------------------------------------------------------------- fix


def test_fix_prints_repaired_text(work, capsys):
    write(work / "a.txt", SPUN)
    code, out, _ = run(["fix", "a.txt"], capsys)
    assert code == 0
    assert out == "More information: the trial.\nPatients with chronic pain improved.\n"
    assert (work / "a.txt").read_text(encoding="utf-8") == SPUN  # not written without --write


def test_fix_stdin_to_stdout_keeps_bytes(monkeypatch, work, capsysbinary):
    data = codecs.BOM_UTF8 + b"Extra info: x\r\npersistent ache\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["fix"]) == 0
    out = capsysbinary.readouterr().out
    assert out == codecs.BOM_UTF8 + b"More information: x\r\nchronic pain\r\n"


def test_check_stdin_dash_and_stdin_filename(monkeypatch, work, capsys):
    code, out, _ = run(["check", "-"], capsys, stdin=b"persistent ache\n", monkeypatch=monkeypatch)
    assert code == 1 and out.startswith("<stdin>:1:1: ")
    md = b"```\npersistent ache\n```\npersistent ache\n"
    code, out, _ = run(["check", "--stdin-filename", "notes.md"], capsys, stdin=md, monkeypatch=monkeypatch)
    assert code == 1
    assert out.splitlines() == ['notes.md:4:1: "persistent ache" -> "chronic pain" [lexicon:persistent ache]']


def test_real_stdin_through_the_command(tmp_path):
    r = cli("fix", stdin=b"We saw persistent ache.\n", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == b"We saw chronic pain.\n"
    r = cli("check", "-", stdin=b"We saw persistent ache.\n", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout.startswith(b"<stdin>:1:8: ")


def test_fix_write_keeps_bom_crlf_and_bytes_outside_edits(work, capsys):
    before = codecs.BOM_UTF8 + "Café — note:\r\nExtra info: the\tpersistent ache.\r\nlast line".encode()
    path = work / "bom.txt"
    path.write_bytes(before)
    os.chmod(path, 0o640)
    code, out, err = run(["fix", "--write", "bom.txt"], capsys)
    assert code == 0 and out == ""
    after = path.read_bytes()
    assert after == codecs.BOM_UTF8 + "Café — note:\r\nMore information: the\tchronic pain.\r\nlast line".encode()
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert "fixed bom.txt (2 edits)" in err
    assert sorted(p.name for p in work.iterdir()) == [".newsfix.toml", "bom.txt"]


def test_fix_write_utf16_round_trip(work, capsys):
    path = work / "u16.txt"
    path.write_bytes("Extra info: persistent ache\n".encode("utf-16"))
    assert run(["fix", "--write", "u16.txt"], capsys)[0] == 0
    assert path.read_bytes() == "More information: chronic pain\n".encode("utf-16")


def test_fix_write_is_atomic_when_the_rename_fails(work, capsys, monkeypatch):
    path = write(work / "a.txt", SPUN)

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    code, _, err = run(["fix", "--write", "a.txt"], capsys)
    assert code == 1 and "a.txt: cannot write: No space left on device" in err
    assert path.read_text(encoding="utf-8") == SPUN
    assert sorted(p.name for p in work.iterdir()) == [".newsfix.toml", "a.txt"]  # no temporary file left


def test_fix_write_leaves_unchanged_files_alone(work, capsys):
    path = write(work / "clean.txt", CLEAN)
    stat = os.stat(path)
    assert run(["fix", "--write", "clean.txt"], capsys)[0] == 0
    assert os.stat(path).st_ino == stat.st_ino and os.stat(path).st_mtime_ns == stat.st_mtime_ns


def test_fix_diff(work, capsys):
    write(work / "a.txt", SPUN)
    write(work / "clean.txt", CLEAN)
    code, out, _ = run(["fix", "--diff", "a.txt", "clean.txt"], capsys)
    assert code == 0
    assert out.splitlines() == [
        "--- a/a.txt",
        "+++ b/a.txt",
        "@@ -1,2 +1,2 @@",
        "-Extra info: the trial.",
        "-Patients with persistent ache improved.",
        "+More information: the trial.",
        "+Patients with chronic pain improved.",
    ]
    assert (work / "a.txt").read_text(encoding="utf-8") == SPUN


def test_fix_diff_without_final_newline(work, capsys):
    write(work / "a.txt", "persistent ache")
    _, out, _ = run(["fix", "--diff", "a.txt"], capsys)
    assert "-persistent ache\n\\ No newline at end of file\n+chronic pain\n\\ No newline at end of file\n" in out


def test_fix_json_has_edits_and_verdict_per_file(work, capsys):
    write(work / "a.txt", SPUN)
    write(work / "clean.txt", CLEAN)
    code, out, _ = run(["fix", "--format", "json", "a.txt", "clean.txt"], capsys)
    records = json.loads(out)
    assert code == 0
    assert [r["path"] for r in records] == ["a.txt", "clean.txt"]
    assert records[0]["changed"] is True and records[1]["changed"] is False and records[1]["edits"] == []
    assert records[0]["spin"]["verdict"] in ("spun", "uncertain", "clean")
    assert {"score", "fingerprints", "words"} <= set(records[0]["spin"])
    assert [(e["line"], e["column"], e["after"]) for e in records[0]["edits"]] == [
        (1, 1, "More information:"),
        (2, 15, "chronic pain"),
    ]


def test_fix_several_files_to_stdout_get_headers(work, capsys):
    write(work / "a.txt", "persistent ache\n")
    write(work / "b.txt", "Extra info: x\n")
    _, out, _ = run(["fix", "a.txt", "b.txt"], capsys)
    assert out == "==> a.txt <==\nchronic pain\n==> b.txt <==\nMore information: x\n"


def test_seed_article_is_fixed_to_a_fixpoint(work, capsys):
    path = work / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    code, out, _ = run(["check", "seed.txt"], capsys)
    assert code == 1 and 'seed.txt:2:44: "persistent ache" -> "chronic pain" [lexicon:persistent ache]' in out
    assert run(["fix", "--write", "seed.txt"], capsys)[0] == 0
    assert run(["fix", "--write", "seed.txt"], capsys)[1:] == ("", "")  # nothing left to write


# ---------------------------------------------------------------------------------------------- paths and errors


def test_directories_are_walked_for_text_files_skipping_hidden_and_excluded(work, capsys):
    for name in ("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "sub/f.TXT", "x/drafts/g.md"):
        write(work / name, "<p>persistent ache</p>\n" if "htm" in name else "persistent ache\n")
    for name in ("code.py", "data.json", ".hidden.txt", ".git/h.txt", ".cache/i.md"):
        write(work / name, "persistent ache\n")
    code, out, _ = run(["check", "--exclude", "drafts", "."], capsys)
    paths = [line.split(":")[0] for line in out.splitlines()]
    assert code == 1
    assert paths == ["./a.txt", "./b.md", "./c.markdown", "./d.html", "./e.htm", "./sub/f.TXT"]


def test_exclude_globs_with_slashes_and_explicit_files(work, capsys):
    write(work / "docs" / "old" / "a.md", "persistent ache\n")
    write(work / "docs" / "new" / "b.md", "persistent ache\n")
    write(work / "c.txt", "persistent ache\n")
    _, out, _ = run(["check", "--exclude", "docs/old/", "--exclude", "*.txt", "docs", "c.txt"], capsys)
    assert [line.split(":")[0] for line in out.splitlines()] == ["docs/new/b.md"]


def test_bad_inputs_are_reported_and_do_not_stop_the_others(work, capsys):
    (work / "bad.txt").write_bytes(b"abc\xffdef\n")
    (work / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (work / "empty").mkdir()
    write(work / "code" / "x.py", "persistent ache\n")
    write(work / "ok.txt", "persistent ache\n")
    code, out, err = run(["check", "bad.txt", "bin.txt", "missing.txt", "empty", "code", "ok.txt"], capsys)
    assert code == 1
    assert out.splitlines() == ['ok.txt:1:1: "persistent ache" -> "chronic pain" [lexicon:persistent ache]']
    assert "bad.txt: invalid UTF-8 at byte offset 3 (byte 0xff)" in err
    assert "bin.txt: binary file (NUL byte at offset 8)" in err
    assert "missing.txt: no such file or directory" in err
    assert "empty: no text files" in err and "code: no text files" in err
    assert "Traceback" not in err


def test_bad_inputs_alone_exit_1_for_check_and_fix(work, capsys):
    (work / "bad.txt").write_bytes(b"\xff")
    assert run(["check", "bad.txt"], capsys)[0] == 1
    assert run(["fix", "--write", "bad.txt"], capsys)[0] == 1
    assert (work / "bad.txt").read_bytes() == b"\xff"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(work, capsys):
    path = write(work / "secret.txt", "persistent ache\n")
    os.chmod(path, 0)
    code, _, err = run(["check", "secret.txt"], capsys)
    assert code == 1 and "secret.txt: permission denied" in err


def test_no_traceback_for_user_errors_in_the_real_command(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"ok \xc3\x28 broken")
    r = cli("check", "bad.txt", "nothing-here", cwd=tmp_path)
    assert r.returncode == 1
    assert b"Traceback" not in r.stderr
    assert b"bad.txt: invalid UTF-8 at byte offset 3" in r.stderr and b"nothing-here: no such file" in r.stderr


# ------------------------------------------------------------------------------------------------ engine options


def _rules(out: str) -> list[str]:
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines()]


def test_quotes_option(work, capsys):
    write(work / "q.txt", QUOTED)
    _, out, _ = run(["check", "--assume", "clean", "q.txt"], capsys)
    assert "lexicon:persistent ache" in _rules(out)
    _, out, _ = run(["check", "--assume", "clean", "--quotes", "protect", "q.txt"], capsys)
    assert "lexicon:persistent ache" not in _rules(out)


def test_assume_min_tier_min_confidence_disable_ignore(work, capsys):
    write(work / "q.txt", "The assessment of persistent ache found nothing.\n")
    assert _rules(run(["check", "--assume", "spun", "q.txt"], capsys)[1]) == [
        "lexicon:assessment",
        "lexicon:persistent ache",
    ]
    assert _rules(run(["check", "--assume", "clean", "q.txt"], capsys)[1]) == ["lexicon:persistent ache"]
    only_sure = ["check", "--assume", "spun", "--min-tier", "fingerprint", "q.txt"]
    assert _rules(run(only_sure, capsys)[1]) == ["lexicon:persistent ache"]
    confident = ["check", "--assume", "spun", "--min-confidence", "0.9", "q.txt"]
    assert _rules(run(confident, capsys)[1]) == ["lexicon:persistent ache"]
    disabled = ["check", "--assume", "spun", "--disable", "lexicon:persistent ache", "--disable", "assessment", "q.txt"]
    rules = _rules(run(disabled, capsys)[1])
    assert "lexicon:persistent ache" not in rules and "lexicon:assessment" not in rules
    assert _rules(run(["check", "--assume", "spun", "--ignore", "Persistent Ache", "q.txt"], capsys)[1]) == [
        "lexicon:assessment"
    ]


def test_fix_honours_min_tier(work, capsys):
    write(work / "q.txt", "The assessment of persistent ache found nothing.\n")
    _, out, _ = run(["fix", "--assume", "spun", "--min-tier", "fingerprint", "q.txt"], capsys)
    assert out == "The assessment of chronic pain found nothing.\n"


def test_jobs_give_the_same_output_in_the_same_order(work, capsys):
    for i in range(40):
        write(work / "many" / f"f{i:02d}.txt", f"Article {i}.\nPatients with persistent ache.\n" * 3)
    serial = run(["check", "--jobs", "1", "many"], capsys)
    assert len(serial[1].splitlines()) == 120
    # this process takes chunks too, while the pool's processes work on others: the order must not change
    for jobs in ("2", "3"):
        assert run(["check", "--jobs", jobs, "many"], capsys)[:2] == serial[:2]
    as_json = run(["check", "--jobs", "2", "--format", "jsonl", "many"], capsys)[1].splitlines()
    assert [json.loads(line)["path"] for line in as_json] == [line.split(":")[0] for line in serial[1].splitlines()]


def test_jobs_write_in_parallel(work, capsys):
    for i in range(20):
        write(work / "many" / f"f{i:02d}.md", "Patients with persistent ache.\n")
    assert run(["fix", "--write", "--jobs", "2", "many"], capsys)[0] == 0
    assert {p.read_text(encoding="utf-8") for p in (work / "many").iterdir()} == {"Patients with chronic pain.\n"}


def test_parallel_run_is_chosen_automatically_for_many_files(work, capsys, monkeypatch):
    for i in range(check_cli.PARALLEL_MIN_FILES):
        write(work / "many" / f"f{i:02d}.txt", "persistent ache. " * 1200)
    used = []
    from newsfix.batch import workers as parallel

    real = parallel.in_order

    def spy(chunks, work, jobs):
        used.append(jobs)
        return real(chunks, work, jobs)

    monkeypatch.setattr(parallel, "in_order", spy)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    code, out, _ = run(["check", "many"], capsys)
    assert code == 1 and used == [2] and len(out.splitlines()) == 1200 * check_cli.PARALLEL_MIN_FILES


# ---------------------------------------------------------------------------------------------------- start-up


def test_check_does_not_import_heavy_libraries(tmp_path):
    (tmp_path / "a.md").write_text("persistent ache\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>persistent ache</p>\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsfix.cli", "check", "a.md", "b.html"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert r.returncode == 1, r.stderr
    imported = {line.split("|")[-1].strip().split(".")[0] for line in r.stderr.splitlines() if "|" in line}
    assert "newsfix" in imported
    assert not imported & {"spacy", "trafilatura", "bs4", "lxml", "thinc", "lemminflect", "torch", "numpy"}
    assert "shutil" not in imported  # argparse's default help width would import it (cli/parse.py finds it itself)
    # the standard library's slow imports (issue 15's one-file start-up): dataclasses imports inspect, ast, dis and
    # tokenize (about 8 ms; newsfix.records instead), typing about 3 ms (collections.namedtuple, and `if
    # TYPE_CHECKING:` imports), and the lexicon's cache files are marshalled, not pickled
    slow = {"dataclasses", "inspect", "ast", "dis", "tokenize", "typing", "pickle", "importlib.metadata"}
    # argparse with gettext and locale (about 3 ms): the common command lines are read by cli/fastargs.py
    slow |= {"argparse", "gettext", "locale"}
    loaded = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if "|" in line}
    assert not loaded & slow, sorted(loaded & slow)


QUICK_COMMAND_LINES = [
    [],
    ["a.txt"],
    ["-"],
    ["-q", "a.txt", "b.md"],
    ["a.txt", "-q"],
    ["--format", "json", "-j", "1", "dir"],
    ["--format=json", "--jobs=3", "--no-config", "--suggestions", "--quiet", "x", "-"],
    ["-j", "2", "-j", "0", "--format", "json", "--format", "text", ""],
]
ARGPARSE_COMMAND_LINES = [
    ["a.txt", "-q", "b.txt"],  # a second run of paths: argparse refuses it
    ["--form", "json", "a"],  # an abbreviation
    ["--quiet=yes", "a"],
    ["-qj2", "a"],
    ["-j2", "a"],
    ["-j=2", "a"],
    ["-j", "-1", "a"],
    ["-j", "\uff12", "a"],  # a full-width digit, which int() reads too
    ["-j"],
    ["--format"],
    ["--format", "xml", "a"],
    ["--", "-a"],
    ["-5"],
    ["--stdin-filename", "n.md", "--assume", "spun", "--disable", "x", "--disable", "y", "--min-tier", "fuzzy"],
    ["--exclude", "*.md", "--extra-lexicon", "l", "--config", "c", "--ignore", "p", "--min-confidence", "0.5"],
    ["--quotes", "all", "a"],
]


@pytest.mark.parametrize("command", ["check", "fix"])
def test_the_common_command_lines_are_read_as_argparse_reads_them(command):
    """cli/fastargs.py parses the common command lines without importing argparse: to the same namespace, and it
    leaves every other command line to argparse."""
    from newsfix.cli.check import build_parser
    from newsfix.cli.fastargs import quick_parse
    from newsfix.report import FORMATS

    formats = FORMATS[command]
    lines = QUICK_COMMAND_LINES + (
        [["-w", "a"], ["--write", "--force", "--diff", "--explain", "-q", "a", "b"]]
        if command == "fix"
        else [["--format", "jsonl", "a"], ["--format=sarif", "-q"]]
    )
    for argv in lines:
        quick = quick_parse(command, argv, formats)
        assert quick is not None, argv
        assert vars(quick) == vars(build_parser(command).parse_args(argv)), argv
    refused = [["-w", "a"], ["--diff"]] if command == "check" else [["--format", "jsonl", "a"]]
    for argv in ARGPARSE_COMMAND_LINES + refused:
        assert quick_parse(command, argv, formats) is None, argv


TEARDOWN_PROBE = """
import atexit, os, sys
real_exit = os._exit
os._exit = lambda status: (print(f"os._exit({status})", flush=True), real_exit(status))
atexit.register(lambda: print("exit handler"))
from newsfix.cli import main
sys.argv = ["newsfix", *sys.argv[1:]]
sys.exit(main())
"""


def test_check_as_the_program_ends_without_teardown_but_runs_exit_handlers(tmp_path):
    """`newsfix check` / `fix` as the program end the process themselves once done (cli._exit_without_teardown:
    os._exit, so that objects are not freed one by one: about 5 ms of a one-file start-up), with the output, exit
    status and atexit handlers of the interpreter's own exit. Another command, main() called with arguments, or a
    process with another thread running leaves the exit to the interpreter."""
    import threading

    from newsfix.cli import _exit_without_teardown

    (tmp_path / "a.txt").write_text("Patients with persistent ache were studied.\n", encoding="utf-8")

    def probe(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-c", TEARDOWN_PROBE, *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)

    for args, status in ((["check", "a.txt"], 1), (["fix", "a.txt"], 0)):
        r = probe(*args)
        assert r.returncode == status, r.stderr
        assert "chronic pain" in r.stdout and r.stdout.splitlines()[-2:] == ["exit handler", f"os._exit({status})"]
    r = probe("--version")  # the interpreter's own exit
    assert r.returncode == 0 and r.stdout.splitlines()[1:] == ["exit handler"]
    assert main(["check", str(tmp_path / "a.txt")]) == 1  # in-process: returns
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _exit_without_teardown(0) is None  # returns: another thread runs
    finally:
        stop.set()
        other.join()


def test_version_and_help(capsys):
    assert main(["check", "--version"]) == 0
    assert "newsfix" in capsys.readouterr().out
    assert main(["fix", "--help"]) == 0
    assert "--write" in capsys.readouterr().out


def test_fix_explain_says_what_changed_and_why(tmp_path, capsys):
    from newsfix.cli.check import main_fix

    p = tmp_path / "a.txt"
    p.write_text("Extra info:\nThe persistent ache.\n", encoding="utf-8")
    assert main_fix(["--explain", str(p)]) == 0
    out, err = capsys.readouterr()
    assert out == "More information:\nThe chronic pain.\n"
    assert "spin " in err.splitlines()[0]
    assert f'{p}:2:5: "persistent ache" -> "chronic pain" [lexicon:persistent ache; fingerprint; 0.95]' in err
