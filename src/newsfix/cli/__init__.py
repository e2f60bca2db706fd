"""The `newsfix` command: dispatch to a subcommand module, importing only what that subcommand needs.

`check` and `fix` must start fast (they run in pre-commit), so nothing heavy is imported here.
Exit codes: 0 success/clean, 1 findings or failed records, 2 usage or configuration error.
"""

from __future__ import annotations

import sys

USAGE = """\
usage: newsfix COMMAND [ARGS...]

commands:
  fix [PATH ...]       repair spun text (stdout, --write in place, --diff, --format json)
  check [PATH ...]     report spun wording as path:line:col findings (exit 1 when found)
  extract [PATH ...]   repair, then extract structured claims as JSON / JSON Lines
  review PATH ... -o F one self-contained HTML page to judge the repairs and the extracted claims
  lexicon SUBCOMMAND   learn, lint and count lexicon entries

`newsfix COMMAND --help` explains each command.
"""

COMMANDS = {
    "fix": ("newsfix.cli.check", "main_fix"),
    "check": ("newsfix.cli.check", "main_check"),
    "extract": ("newsfix.cli.extract", "main"),
    "review": ("newsfix.cli.review", "main"),
    "lexicon": ("newsfix.cli.lexicon_tools", "main"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:
        sys.stderr.write("newsfix: error: a command is required (try 'newsfix --help')\n")
        return 2
    if argv[0] in ("-h", "--help", "help"):
        sys.stdout.write(USAGE)
        return 0
    if argv[0] in ("-V", "--version"):
        from .. import __version__

        print(f"newsfix {__version__}")
        return 0
    target = COMMANDS.get(argv[0])
    if target is None:
        sys.stderr.write(f"newsfix: error: unknown command {argv[0]!r} (try 'newsfix --help')\n")
        return 2
    import importlib

    module = importlib.import_module(target[0])
    try:
        return getattr(module, target[1])(argv[1:])
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`newsfix fix big.txt | head`): not an error worth a traceback
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
