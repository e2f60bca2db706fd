"""The argument parser every `newsfix` command uses: a usage error is one line on standard error.

argparse prints its whole usage block before the message; newsfix prints

    newsfix: error: unrecognized arguments: --bogus (try 'newsfix check --help')

and exits 2, the exit status of usage errors everywhere.
"""

from __future__ import annotations

import argparse
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn


def usage_line(message: str, prog: str = "newsfix") -> str:
    """The one-line usage error for `message`, pointing at the command's --help."""
    return f"newsfix: error: {message} (try '{prog} --help')\n"


class Parser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose errors are one line; subcommand parsers made from it are the same class."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(usage_line(message, self.prog))
        raise SystemExit(2)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every add_argument too (to check the metavar), and a formatter without a
        # width imports shutil for it (with bz2, lzma, zlib: ~2 ms of every start-up): the same width, found here
        return self.formatter_class(prog=self.prog, width=_help_width())


def _help_width() -> int:
    """What argparse.HelpFormatter takes by default: shutil.get_terminal_size().columns - 2."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns - 2


class VersionAction(argparse.Action):
    """`--version`, reading the version only when asked (importlib.metadata costs `check` ~25 ms at start-up)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help or "print the version")

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:
        from .. import __version__

        sys.stdout.write(f"newsfix {__version__}\n")
        raise SystemExit(0)
