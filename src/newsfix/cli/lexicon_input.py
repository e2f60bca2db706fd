"""What the `newsfix lexicon` subcommands read: (spun, original) pairs and clean texts, and the usage error they share.

Pairs are `SPUN ORIGINAL` (two files), or folders that are or contain pair folders (`spun.txt` + `original.txt`,
optional `meta.json` with a spinner "family"). Clean (unspun) texts are every `original.txt` under a folder, or a
file. A missing or unreadable input is a `UsageError`: one line on stderr, exit code 2 (see `lexicon_tools.main`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PROG = "newsfix lexicon"


class UsageError(Exception):
    """A user error: reported on stderr as one line, exit code 2."""


@dataclass(frozen=True)
class Pair:
    name: str
    spun: str
    original: str
    family: str | None


def _read_text(path: Path) -> str:
    from ..io.textio import InputError, read_file

    try:
        return read_file(path).text
    except InputError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _family(folder: Path) -> str | None:
    meta = folder / "meta.json"
    if not meta.is_file():
        return None
    try:
        family = json.loads(meta.read_text(encoding="utf-8")).get("family")
    except (OSError, ValueError, AttributeError) as exc:
        # evidence without a family is still evidence: warn, do not stop
        print(f"{PROG}: warning: {meta}: ignored ({exc})", file=sys.stderr)
        return None
    return str(family) if family else None


def find_pairs(paths: Sequence[Path]) -> list[Pair]:
    """`SPUN ORIGINAL` (two files), or folders that are or contain `spun.txt` + `original.txt` pair folders."""
    for p in paths:
        if not p.exists():
            raise UsageError(f"{p}: no such file or folder")
    if len(paths) == 2 and all(p.is_file() for p in paths):
        spun, original = paths
        return [Pair(_display(spun), _read_text(spun), _read_text(original), None)]
    files = [p for p in paths if not p.is_dir()]
    if files:
        raise UsageError(f"{files[0]}: expected SPUN ORIGINAL (two files) or pair folders, not a mix")
    pairs: list[Pair] = []
    for root in paths:
        folders = sorted({f.parent for f in root.rglob("spun.txt") if (f.parent / "original.txt").is_file()})
        if not folders:
            raise UsageError(f"{root}: no pair folders (spun.txt with original.txt) found")
        for folder in folders:
            name = folder.name if folder != root else root.resolve().name
            pairs.append(
                Pair(name, _read_text(folder / "spun.txt"), _read_text(folder / "original.txt"), _family(folder))
            )
    return pairs


def clean_texts(roots: Iterable[Path]) -> list[tuple[Path, str]]:
    """Every `original.txt` under each root (or the root itself when it is a file)."""
    out: list[tuple[Path, str]] = []
    for root in roots:
        if root.is_file():
            out.append((root, _read_text(root)))
        elif root.is_dir():
            found = sorted(root.rglob("original.txt"))
            if not found:
                raise UsageError(f"{root}: no original.txt files found under this --clean folder")
            out += [(f, _read_text(f)) for f in found]
        else:
            raise UsageError(f"{root}: no such file or folder")
    return out


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
