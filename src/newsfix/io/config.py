"""Project configuration: `[tool.newsfix]` in pyproject.toml, or a `.newsfix.toml` (keys at the top level).

The nearest configuration above a file applies to it (searched upward from the file's folder; in one folder
`.newsfix.toml` wins over pyproject.toml, and a pyproject.toml without `[tool.newsfix]` does not count).
Configurations do not merge: the nearest one is the whole story, so what applies to a file is easy to tell.
Command-line flags override scalar settings and add to the list settings (`disable`, `ignore`, `exclude`).

    [tool.newsfix]
    extra-lexicons = ["house.lex"]      # paths relative to the config file, on top of the built-in lexicons
    disable = ["lexicon:assessment"]    # rule ids or spun forms
    ignore = ["brand new"]              # phrases never flagged
    exclude = ["drafts/", "*.html"]     # globs, relative to the config file's folder
    min-confidence = 0.8
    min-tier = "fingerprint"            # artifact < fingerprint < fuzzy < ambiguous
    quotes = "protect"                  # fingerprint | protect | all
    assume = "spun"                     # spun | clean (force the verdict)
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections import namedtuple
from pathlib import Path, PurePosixPath

from ..model import ASSUME, QUOTE_POLICIES, TIERS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".newsfix.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


_CONFIG = "path extra_lexicons disable ignore exclude min_confidence min_tier quotes assume"


class Config(namedtuple("Config", _CONFIG, defaults=(None, (), (), (), (), None, None, None, None))):
    """Settings from one configuration file (or none: `path` is None and every setting is unset: None, or () for
    the tuples)."""

    # a named tuple rather than a dataclass: much cheaper to create at import, and `check` starts often (and
    # collections', not typing's: `check` starts without importing typing)
    __slots__ = ()
    path: Path | None
    extra_lexicons: tuple[Path, ...]
    disable: tuple[str, ...]
    ignore: tuple[str, ...]
    exclude: tuple[str, ...]
    min_confidence: float | None
    min_tier: str | None
    quotes: str | None
    assume: str | None

    @property
    def root(self) -> Path | None:
        return self.path.parent if self.path else None

    def excludes(self, path: str | os.PathLike) -> bool:
        """Whether one of this configuration's `exclude` globs matches `path` (taken relative to its folder)."""
        if not self.exclude or self.root is None:
            return False
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        if rel.startswith(".."):
            return False
        rel = Path(rel)
        return any(glob_matches(p, rel.as_posix()) for p in self.exclude)


def glob_matches(pattern: str, rel: str) -> bool:
    """Match a gitignore-like glob against a relative POSIX path.

    A pattern without "/" matches any single component (`drafts`, `*.html`); one with "/" matches the whole
    relative path or a folder prefix of it (`docs/old/`, `docs/*.md`, `docs/**`).
    """
    if rel.startswith("./"):
        rel = rel[2:]
    pattern = pattern.strip()
    if not pattern:
        return False
    if "/" not in pattern.rstrip("/"):
        name = pattern.rstrip("/")
        return any(fnmatch.fnmatchcase(part, name) for part in PurePosixPath(rel).parts)
    pattern = pattern.lstrip("/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(rel, pattern.rstrip("/")):
        return True
    prefix = pattern.rstrip("/").removesuffix("/**")
    parts = PurePosixPath(rel).parts
    return any(fnmatch.fnmatchcase("/".join(parts[:k]), prefix) for k in range(1, len(parts)))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings, not {_describe(value)}")
    return tuple(value)


def _choice(value: Any, choices: tuple[str, ...], where: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"{where} must be one of {', '.join(repr(c) for c in choices)}, not {_describe(value)}")
    return value


def _describe(value: Any) -> str:
    kind = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}
    return f"{kind.get(type(value), type(value).__name__)} ({value!r})"


def parse_config(data: dict[str, Any], path: Path, table: str = "") -> Config:
    """Validate the settings table `data` read from `path`; `table` names it in messages ("tool.newsfix")."""

    def where(key: str) -> str:
        return f"{path}: {table + '.' if table else ''}{key}"

    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {table or 'newsfix settings'} must be a table")
    settings: dict[str, Any] = {}
    for key, value in data.items():
        if key == "extra-lexicons":
            paths = []
            for item in _strings(value, where(key)):
                p = (path.parent / item).resolve()
                if not p.exists():
                    raise ConfigError(f"{where(key)}: {item!r} does not exist (looked for {p})")
                paths.append(p)
            settings["extra_lexicons"] = tuple(paths)
        elif key in ("disable", "ignore", "exclude"):
            settings[key] = _strings(value, where(key))
        elif key == "min-confidence":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ConfigError(f"{where(key)} must be a number from 0 to 1, not {_describe(value)}")
            settings["min_confidence"] = float(value)
        elif key == "min-tier":
            settings["min_tier"] = _choice(value, TIERS, where(key))
        elif key == "quotes":
            settings["quotes"] = _choice(value, QUOTE_POLICIES, where(key))
        elif key == "assume":
            settings["assume"] = _choice(value, ASSUME, where(key))
        else:
            known = "extra-lexicons, disable, ignore, exclude, min-confidence, min-tier, quotes, assume"
            raise ConfigError(f"{where(key)}: unknown key {key!r} (known keys: {known})")
    return Config(path=path, **settings)


def load_config(path: str | os.PathLike) -> Config | None:
    """Read one configuration file. None for a pyproject.toml without `[tool.newsfix]`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.name == "pyproject.toml" and b"newsfix" not in raw:
        return None  # cannot hold [tool.newsfix]: skip parsing what is most projects' pyproject.toml
    # imported here, not at the top: the parser and its dependencies cost start-up time that most runs need not pay
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))  # a BOM (some Windows editors write one) is accepted
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "newsfix" not in tool:
            return None
        return parse_config(tool["newsfix"], path, "tool.newsfix")
    return parse_config(data, path)


class ConfigFinder:
    """Finds the nearest configuration for files, reading each folder and file once."""

    def __init__(self, explicit: str | os.PathLike | None = None, *, enabled: bool = True):
        self.explicit = load_config(explicit) or Config(path=Path(explicit)) if explicit else None
        self.enabled = enabled
        self._by_dir: dict[Path, Config] = {}
        self._by_folder_name: dict[str, Config] = {}

    def for_path(self, path: str | os.PathLike) -> Config:
        """The configuration that applies to a file (pass a folder for stdin: the working directory)."""
        if self.explicit is not None:
            return self.explicit
        if not self.enabled:
            return Config()
        p = Path(os.path.abspath(path))
        return self.for_dir(p if p.is_dir() else p.parent)

    def for_file(self, path: str) -> Config:
        """`for_path` for a path known to be a file: one dictionary lookup per file of an already seen folder."""
        if self.explicit is not None:
            return self.explicit
        if not self.enabled:
            return Config()
        folder = os.path.dirname(os.path.abspath(path))
        found = self._by_folder_name.get(folder)
        if found is None:
            found = self._by_folder_name[folder] = self.for_dir(Path(folder))
        return found

    def for_dir(self, folder: Path) -> Config:
        visited = []
        found = Config()
        d = folder
        while True:
            cached = self._by_dir.get(d)
            if cached is not None:
                found = cached
                break
            visited.append(d)
            config = self._read_dir(d)
            if config is not None:
                found = config
                break
            if d.parent == d:
                break
            d = d.parent
        for v in visited:
            self._by_dir[v] = found
        return found

    @staticmethod
    def _read_dir(d: Path) -> Config | None:
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file():
                config = load_config(candidate)
                if config is not None:
                    return config
        return None
