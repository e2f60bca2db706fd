"""Which files `check` and `fix` process: command-line paths to tasks. Folders are walked (sorted; hidden files and
folders skipped; `.txt .md .markdown .html .htm`), command-line excludes and the configuration that applies to each
file (`io.config`) are applied, and each task carries its engine settings."""

from __future__ import annotations

import os
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..mask.markup import kind_for_path
from .config import Config, ConfigFinder, glob_matches

TYPE_CHECKING = False
if TYPE_CHECKING:  # the command line's namespace: argparse's, or cli.fastargs' for the common command lines
    import argparse
    from types import SimpleNamespace

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
STDIN = "-"


# named tuples (collections', not typing's) and slotted classes rather than dataclasses: dataclass creation at import
# is slow, and start-up time is what a one-file `newsfix check` in a pre-commit hook mostly spends


_SETTINGS = "extra_lexicons quotes assume disable ignore min_confidence min_tier"


class Settings(namedtuple("Settings", _SETTINGS, defaults=((), None, None, frozenset(), frozenset(), None, None))):
    """Everything the engine needs for one file besides its text; picklable, so that workers can receive it.
    Unset: () for extra_lexicons, frozenset() for disable and ignore, else None."""

    __slots__ = ()
    extra_lexicons: tuple[str, ...]
    quotes: str | None
    assume: str | None
    disable: frozenset[str]
    ignore: frozenset[str]
    min_confidence: float | None
    min_tier: str | None

    def overrides(self) -> dict:
        out: dict = {}
        if self.quotes is not None:
            out["quotes"] = self.quotes
        if self.assume is not None:
            out["assume"] = self.assume
        if self.disable:
            out["disable"] = self.disable
        if self.ignore:
            out["ignore"] = self.ignore
        if self.min_confidence is not None:
            out["min_confidence"] = self.min_confidence
        return out


class Task(namedtuple("Task", "path display kind settings")):
    __slots__ = ()
    path: str | None  # None: standard input
    display: str  # the name used in messages and findings
    kind: str  # "text", "markdown" or "html"
    settings: Settings


class Discovery:
    def __init__(self) -> None:
        self.tasks: list[Task] = []
        self.errors: list[str] = []
        self.total_bytes = 0


class Resolver:
    """Turns command-line paths into tasks: walks folders, applies excludes and per-file configuration."""

    def __init__(self, args: argparse.Namespace | SimpleNamespace):
        self.args = args
        self.finder = ConfigFinder(args.config, enabled=not args.no_config)
        self.cli_excludes: list[str] = args.exclude or []
        self.cwd = os.getcwd()
        self._settings: dict[Path | None, Settings] = {}

    def settings(self, config: Config) -> Settings:
        cached = self._settings.get(config.path)
        if cached is not None:
            return cached
        a = self.args
        extra = [str(p) for p in config.extra_lexicons]
        extra += [str(Path(p).resolve()) for p in a.extra_lexicon or []]
        s = Settings(
            extra_lexicons=tuple(extra),
            quotes=a.quotes or config.quotes,
            assume=a.assume or config.assume,
            disable=frozenset(config.disable) | frozenset(a.disable or ()),
            ignore=frozenset(config.ignore) | frozenset(a.ignore or ()),
            min_confidence=a.min_confidence if a.min_confidence is not None else config.min_confidence,
            min_tier=a.min_tier or config.min_tier,
        )
        self._settings[config.path] = s
        return s

    def _cli_excluded(self, path: str) -> bool:
        if not self.cli_excludes:
            return False
        rel = os.path.relpath(os.path.abspath(path), self.cwd)
        if rel.startswith(".."):
            rel = path
        rel = rel.replace(os.sep, "/")
        return any(glob_matches(p, rel) for p in self.cli_excludes)

    def _task(self, path: str, display: str | None = None) -> Task | None:
        """A task for a file, or None when an exclude (command line or its configuration) matches it."""
        if self._cli_excluded(path):
            return None
        config = self.finder.for_file(path)
        if config.excludes(path):
            return None
        return Task(path, display or path, kind_for_path(path), self.settings(config))

    def resolve(self, paths: Sequence[str]) -> Discovery:
        found = Discovery()
        seen: set[str] = set()
        for arg in paths or [STDIN]:
            if arg == STDIN:
                name = self.args.stdin_filename
                where = name if name else self.cwd
                if name and (self._cli_excluded(name) or self.finder.for_path(name).excludes(name)):
                    continue
                config = self.finder.for_path(where)
                found.tasks.append(Task(None, name or "<stdin>", kind_for_path(name), self.settings(config)))
                continue
            if os.path.isdir(arg):
                self._walk(arg, found, seen)
            elif os.path.exists(arg):
                self._add(arg, None, found, seen)
            else:
                found.errors.append(f"{arg}: no such file or directory")
        return found

    def _add(self, path: str, size: int | None, found: Discovery, seen: set[str]) -> None:
        """One file, once, however many paths name it (unless excluded by configuration)."""
        key = os.path.abspath(path)
        if key in seen:
            return
        seen.add(key)
        task = self._task(path)
        if task is not None:
            found.tasks.append(task)
            found.total_bytes += file_size(path) if size is None else size

    def _walk(self, root: str, found: Discovery, seen: set[str]) -> None:
        candidates = 0
        before = len(found.tasks)
        for path, size in _text_files(root, self._cli_excluded):
            candidates += 1
            self._add(path, size, found, seen)
        if not candidates and len(found.tasks) == before:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            found.errors.append(f"{root}: no text files ({suffixes}) in this directory")


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _text_files(root: str, excluded: Callable[[str], bool]) -> Iterator[tuple[str, int]]:
    """Text files under `root`, sorted, skipping hidden files and folders (.git among them) and excluded folders."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                if not excluded(path):
                    yield from _text_files(path, excluded)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES:
                yield path, entry.stat().st_size
        except OSError:
            continue
