"""The real pre-commit, using this project as a hook repository (.pre-commit-hooks.yaml).

The working tree is copied into a temporary Git repository (pre-commit needs a commit to clone), a second
temporary repository holds the files to check, and pre-commit installs newsfix into its own environment once
for the whole module (PRE_COMMIT_HOME is shared between the cases).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SKIP_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "build", "dist"}

SPUN_MD = """\
# Ketamine notes

Patients with persistent ache were studied.

```text
persistent ache inside a fenced block is code
```
"""
CLEAN_MD = "# Notes\n\nPatients with chronic pain were studied.\n"
FENCED_ONLY_MD = "# Code\n\n```\npersistent ache = 1\n```\n"
SUPPRESSED_MD = "We keep persistent ache here. <!-- newsfix: ignore -->\n"


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    out = subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return out.stdout.strip()


def _pre_commit_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "pre-commit"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("newsfix-hook-repo")
    shutil.copytree(ROOT, repo, dirs_exist_ok=True, ignore=lambda d, names: [n for n in names if n in SKIP_DIRS])
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot for the pre-commit test")
    # the release tag the README's snippet pins (pre-commit resolves `rev:` in the hook repository)
    _git(repo, "tag", "-a", f"v{_version()}", "-m", "release tag for the README snippet")
    return repo, _git(repo, "rev-parse", "HEAD")


def _version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.M).group(1)


def readme_config() -> str:
    """The yaml block of the README's pre-commit section, as a user copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## pre-commit") :]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _project(tmp_path: Path, hook_repo: tuple[Path, str], hook: str, files: dict[str, str]) -> Path:
    repo_path, rev = hook_repo
    project = tmp_path / "project"
    project.mkdir()
    _git(project, "init", "-q")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n", encoding="utf-8"
    )
    for name, text in files.items():
        (project / name).write_text(text, encoding="utf-8")
    _git(project, "add", "-A")
    return project


def _run(project: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run(
        [*_pre_commit_cmd(), "run", "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_readme_snippet_verbatim_is_a_valid_config_that_runs(tmp_path, hook_repo, pre_commit_home):
    config = readme_config()
    assert config.startswith("repos:\n")
    assert f"rev: v{_version()}\n" in config
    # only the repository's address is the user's to fill in: here, the snapshot of this working tree
    config, n = re.subn(r"(?m)^(\s*- repo: )\S+", lambda m: m.group(1) + str(hook_repo[0]), config)
    assert n == 1
    project = _project(tmp_path, hook_repo, "newsfix-check", {"spun.md": SPUN_MD, "clean.md": CLEAN_MD})
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(project, "add", "-A")
    r = _run(project, pre_commit_home)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "newsfix check (spun wording)" in out
    assert 'spun.md:3:15: "persistent ache" -> "chronic pain" [lexicon:persistent ache]' in out


def test_check_hook_reports_spun_markdown_with_positions(tmp_path, hook_repo, pre_commit_home):
    project = _project(tmp_path, hook_repo, "newsfix-check", {"spun.md": SPUN_MD, "clean.md": CLEAN_MD})
    r = _run(project, pre_commit_home)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert 'spun.md:3:15: "persistent ache" -> "chronic pain" [lexicon:persistent ache]' in out
    assert "spun.md:6:" not in out  # the fenced code block is not prose
    assert not any(line.startswith("clean.md:") for line in out.splitlines())


def test_check_hook_passes_clean_files_fenced_code_and_suppressed_lines(tmp_path, hook_repo, pre_commit_home):
    files = {"clean.md": CLEAN_MD, "fenced.md": FENCED_ONLY_MD, "suppressed.md": SUPPRESSED_MD}
    project = _project(tmp_path, hook_repo, "newsfix-check", files)
    r = _run(project, pre_commit_home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Passed" in r.stdout


def test_fix_hook_rewrites_and_fails(tmp_path, hook_repo, pre_commit_home):
    project = _project(tmp_path, hook_repo, "newsfix-fix", {"spun.md": SPUN_MD, "notes.txt": "Extra info: none\n"})
    r = _run(project, pre_commit_home)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "files were modified by this hook" in r.stdout
    fixed = (project / "spun.md").read_text(encoding="utf-8")
    assert "Patients with chronic pain were studied." in fixed
    assert "persistent ache inside a fenced block is code" in fixed  # code untouched
    assert (project / "notes.txt").read_text(encoding="utf-8") == "More information: none\n"
    # a second run finds nothing left to change
    _git(project, "add", "-A")
    again = _run(project, pre_commit_home)
    assert again.returncode == 0, again.stdout + again.stderr
