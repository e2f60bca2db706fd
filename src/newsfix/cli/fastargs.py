"""The common `check` and `fix` command lines, parsed without argparse.

argparse imports gettext, which imports locale, and building the parser makes a help formatter per option: about
3 ms of a one-file `check` that takes ~55 ms in all (issue 15). Only what cannot be read two ways is parsed here:
one run of paths, and the flags and options below; anything else (`--help`, `--version`, any other option, an
abbreviated one, a value argparse would refuse or read otherwise, a second run of paths, which argparse refuses) is
left to argparse, which parses or reports it as before. tests/test_cli.py holds both to the same namespace.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

# every option's value when it is not given: argparse's defaults for `check.build_parser`'s options
DEFAULTS = {
    "paths": [],
    "format": "text",
    "suggestions": False,
    "quotes": None,
    "assume": None,
    "disable": None,
    "ignore": None,
    "min_confidence": None,
    "min_tier": None,
    "exclude": None,
    "extra_lexicon": None,
    "config": None,
    "no_config": False,
    "stdin_filename": None,
    "jobs": 0,
    "quiet": False,
}
FIX_DEFAULTS = {"write": False, "force": False, "diff": False, "explain": False}
FLAGS = {"-q": "quiet", "--quiet": "quiet", "--suggestions": "suggestions", "--no-config": "no_config"}
FIX_FLAGS = {"-w": "write", "--write": "write", "--force": "force", "--diff": "diff", "--explain": "explain"}
WITH_VALUE = ("--format", "--jobs", "-j")  # "--format X", "--format=X", "--jobs N", "--jobs=N", "-j N"


def quick_parse(command: str, argv: Sequence[str], formats: Sequence[str]) -> SimpleNamespace | None:
    """The namespace argparse would give for `argv` (`formats`: the command's `--format` choices), or None when
    argparse must decide."""
    fix = command == "fix"
    values = {**DEFAULTS, **FIX_DEFAULTS} if fix else dict(DEFAULTS)
    flags = {**FLAGS, **FIX_FLAGS} if fix else FLAGS
    paths: list[str] = []
    paths_done = False  # argparse takes the first run of paths and refuses a second one
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):  # a path ("-": standard input)
            if paths_done:
                return None
            paths.append(arg)
            continue
        paths_done = bool(paths)
        if arg in flags:
            values[flags[arg]] = True
            continue
        name, eq, value = arg.partition("=")
        if name not in WITH_VALUE or (eq and name == "-j"):
            return None
        if not eq:
            if i == len(argv):
                return None
            value = argv[i]
            i += 1
        if name == "--format":
            if value not in formats:
                return None
            values["format"] = value
        elif value.isascii() and value.isdigit():  # what argtypes.jobs accepts, read the same way
            values["jobs"] = int(value)
        else:
            return None
    values["paths"] = paths
    return SimpleNamespace(**values)
