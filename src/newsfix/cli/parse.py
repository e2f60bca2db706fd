"""The argument parser every `newsfix` command uses: a usage error is one line on standard error.

argparse prints its whole usage block before the message; newsfix prints

    newsfix: error: unrecognized arguments: --bogus (try 'newsfix check --help')

and exits 2, the exit status of usage errors everywhere.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


def usage_line(message: str, prog: str = "newsfix") -> str:
    """The one-line usage error for `message`, pointing at the command's --help."""
    return f"newsfix: error: {message} (try '{prog} --help')\n"


class Parser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose errors are one line; subcommand parsers made from it are the same class."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(usage_line(message, self.prog))
        raise SystemExit(2)


class VersionAction(argparse.Action):
    """`--version`, reading the version only when asked (importlib.metadata costs `check` ~25 ms at start-up)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help or "print the version")

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:
        from .. import __version__

        sys.stdout.write(f"newsfix {__version__}\n")
        raise SystemExit(0)
