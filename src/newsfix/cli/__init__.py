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
    """Run a command; `argv` None: this process's own arguments, as the `newsfix` program (which may then end the
    process itself, see `_exit_without_teardown`), else the status is returned."""
    as_program = argv is None
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
    if sys.stdout is None:  # started with standard output closed (`newsfix fix a.txt >&-`)
        if sys.stderr is not None:
            sys.stderr.write("newsfix: error: standard output is closed\n")
        return 2
    target = COMMANDS.get(argv[0])
    if target is None:
        sys.stderr.write(f"newsfix: error: unknown command {argv[0]!r} (try 'newsfix --help')\n")
        return 2
    import importlib

    module = importlib.import_module(target[0])
    try:
        status = getattr(module, target[1])(argv[1:])
    except KeyboardInterrupt:
        status = 130
    except BrokenPipeError:
        # the reader went away (`newsfix fix big.txt | head`): not an error worth a traceback
        _quietly_close_stdout()
        return 0
    except (OSError, RecursionError, ValueError) as exc:
        # the last net under every command: a closed standard stream, a full disk, input nested too deeply ...
        # one line on standard error, never a traceback
        _quietly_close_stdout()
        message = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        where = getattr(exc, "filename", None)
        try:
            sys.stderr.write(f"newsfix: error: {where + ': ' if where else ''}{message}\n")
        except (OSError, ValueError, AttributeError):
            pass
        return 2
    if status in (130, 143):  # interrupted or terminated: leave now, without joining any worker pool's threads
        import os

        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        os._exit(status)
    if as_program and argv[0] in ("check", "fix"):
        _exit_without_teardown(status)
    return status


def _exit_without_teardown(status: int) -> None:
    """End the process with `status` as the interpreter's exit would, but without freeing every object first: the
    compiled lexicon's tens of thousands of objects and some 150 modules take about 5 ms to tear down, a tenth of a
    one-file `check` (issue 15), and the operating system takes the memory back at once anyway. The exit handlers
    (`atexit`: multiprocessing's, coverage's ...) still run. Returns, for the interpreter's usual exit, while another
    thread runs or when a standard stream cannot be flushed (its error is then reported as it always was)."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    import atexit
    import os

    try:
        _flush_standard_streams()
        atexit._run_exitfuncs()
        _flush_standard_streams()  # what the handlers wrote
    except (OSError, ValueError):
        return
    os._exit(status)


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()


def _quietly_close_stdout() -> None:
    """Drop what is left in standard output's buffer, so that the interpreter's exit does not fail on it again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
