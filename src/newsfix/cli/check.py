"""`newsfix fix` and `newsfix check`: argument parsing and wiring only.

The files are found by `io.discover` (with `io.config`), each is processed by `batch.files` (through the document
pipeline, `newsfix.process`, in this process or in forked workers), and the results are written by the reporter
of the requested format (`report`).

Exit codes (both commands):
  0  nothing to report (`check`: no findings; `fix`: every file was processed)
  1  `check` found spun wording, or some file could not be read or written (the others are still processed)
  2  usage or configuration error (bad flag, invalid config file or lexicon): nothing was processed
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from ..batch.files import PARALLEL_MIN_BYTES, PARALLEL_MIN_FILES, normalizer_for, run
from ..despin.lexicon import LexiconError
from ..io.config import ConfigError
from ..io.discover import Discovery, Resolver
from ..model import ASSUME, QUOTE_POLICIES, TIERS
from ..report import FORMATS, reporter
from ..report.text import explain, suggestion_lines, summary
from ..settings import SETTINGS
from .fastargs import quick_parse

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

__all__ = ["PARALLEL_MIN_BYTES", "PARALLEL_MIN_FILES", "build_parser", "main_check", "main_fix"]


# ----------------------------------------------------------------------------------------------------- arguments


def _confidence(value: str) -> float:
    import argparse

    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return x


def build_parser(command: str) -> argparse.ArgumentParser:
    """The command's argparse parser (the common command lines are read by `fastargs.quick_parse` instead, to the
    same namespace: keep DEFAULTS there in step with the options here)."""
    from .argtypes import jobs
    from .parse import Parser, VersionAction

    if command == "check":
        description = "Report spun wording as path:line:col findings. Exit 0 clean, 1 findings, 2 usage error."
    else:
        description = "Repair spun wording: to standard output, in place (--write), as a diff or as JSON edits."
    p = Parser(prog=f"newsfix {command}", description=description)
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (folders: .txt .md .markdown .html .htm, recursively); none or '-': standard input",
    )
    if command == "check":
        p.add_argument("--format", choices=FORMATS["check"], default="text", help="output format")
    else:
        p.add_argument("--format", choices=FORMATS["fix"], default="text", help="text: repaired text; json: edits")
        p.add_argument(
            "-w", "--write", action="store_true", help="rewrite files in place, atomically (stdin: to stdout)"
        )
        p.add_argument("--force", action="store_true", help="with --write: rewrite read-only files too")
        p.add_argument("--diff", action="store_true", help="print a unified diff of the changes")
        p.add_argument(
            "--explain",
            action="store_true",
            help="also say on standard error what changed and why: verdict, then rule, tier and confidence per edit",
        )
    p.add_argument(
        "--suggestions",
        action="store_true",
        help="also report the swaps held back for want of evidence (never applied; check's exit code ignores them)",
    )
    p.add_argument("--quotes", choices=QUOTE_POLICIES, help="how to treat quoted speech (default: fingerprint)")
    p.add_argument("--assume", choices=ASSUME, help="force the spin verdict instead of judging each file")
    p.add_argument("--disable", action="append", metavar="RULE", help="rule id or spun form to leave alone")
    p.add_argument("--ignore", action="append", metavar="PHRASE", help="phrase never to change")
    p.add_argument("--min-confidence", type=_confidence, metavar="X", help="drop edits below this confidence")
    p.add_argument(
        "--min-tier",
        choices=TIERS,
        help="keep edits of this tier and surer ones (artifact < fingerprint < fuzzy < ambiguous)",
    )
    p.add_argument("--exclude", action="append", metavar="GLOB", help="skip matching files and folders")
    p.add_argument("--extra-lexicon", action="append", metavar="PATH", help="lexicon file or folder to add")
    p.add_argument("--config", metavar="FILE", help="use this configuration file instead of searching for one")
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")
    p.add_argument("--stdin-filename", metavar="NAME", help="name for standard input (file type, config, messages)")
    p.add_argument("-j", "--jobs", type=jobs, default=0, metavar="N", help="worker processes (0: automatic)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    p.add_argument("--version", action=VersionAction)
    return p


def _parse(command: str, argv: Sequence[str]) -> argparse.Namespace | SimpleNamespace | int:
    args = quick_parse(command, argv, FORMATS[command])
    if args is None:
        try:
            args = build_parser(command).parse_args(list(argv))
        except SystemExit as exc:  # argparse exits 2 on errors and 0 for --help; return, for callers in-process
            return exc.code if isinstance(exc.code, int) else 2
    if command == "fix" and args.diff and args.format == "json":
        from .parse import usage_line

        sys.stderr.write(usage_line("--diff and --format json cannot be combined", f"newsfix {command}"))
        return 2
    return args


# --------------------------------------------------------------------------------------------------------- running


def _prepare(
    command: str, argv: Sequence[str]
) -> int | tuple[argparse.Namespace | SimpleNamespace, Discovery, bytes | None, list[str]]:
    """Parse arguments, find files, build the normalisers, read standard input when named, and say what could not
    be found (the returned list of errors goes on collecting); an int is an exit code to return at once."""
    args = _parse(command, argv)
    if isinstance(args, int):
        return args
    # The lexicon and its indexes are many long-lived objects: collecting while they are built is wasted work,
    # and freezing them afterwards keeps later collections from traversing them again (the whole lexicon loads
    # later, in the process that first needs it, and is frozen there).
    SETTINGS.freeze_after_load = True
    gc.disable()
    try:
        resolver = Resolver(args)
        found = resolver.resolve(args.paths)
        for settings in {t.settings for t in found.tasks}:
            normalizer_for(settings.extra_lexicons)
    except ConfigError as exc:
        sys.stderr.write(f"newsfix: configuration error: {exc}\n")
        return 2
    except LexiconError as exc:
        sys.stderr.write(f"newsfix: lexicon error: {exc}\n")
        return 2
    finally:
        gc.freeze()
        gc.enable()
    stdin = None
    if any(t.path is None for t in found.tasks):
        from ..io.textio import MAX_BYTES_DEFAULT

        try:
            stdin = sys.stdin.buffer.read(MAX_BYTES_DEFAULT + 1)
        except (OSError, ValueError, AttributeError) as exc:  # closed or unreadable standard input
            _error(f"<stdin>: cannot read: {getattr(exc, 'strerror', None) or exc}")
            return 2
        if len(stdin) > MAX_BYTES_DEFAULT:
            _error(f"<stdin>: over the limit of {MAX_BYTES_DEFAULT} bytes")
            return 2
    return args, found, stdin, _report_discovery_errors(found)


def _error(message: str) -> None:
    sys.stderr.write(f"newsfix: error: {message}\n")


def _report_discovery_errors(found: Discovery) -> list[str]:
    """Say what could not be found or read before any file is processed; the list goes on collecting errors."""
    for message in found.errors:
        _error(message)
    return list(found.errors)


def main_check(argv: Sequence[str]) -> int:
    prepared = _prepare("check", argv)
    if isinstance(prepared, int):
        return prepared
    args, found, stdin, errors = prepared
    out = sys.stdout
    report = reporter(args.format, "check", out, suggestions=args.suggestions)
    count = files_with = 0
    text = args.format == "text"
    for r in run(found.tasks, "check", False, False, args.jobs, stdin, render=text, suggest=args.suggestions):
        if r.error:
            _error(r.error)
            errors.append(r.error)
            continue
        if r.count:
            count += r.count
            files_with += 1
        report.add(r)
    report.finish(errors)
    out.flush()
    if not args.quiet and args.format == "text" and (count or errors):
        sys.stderr.write(summary(count, files_with, len(errors)))
    return 1 if count or errors else 0


def main_fix(argv: Sequence[str]) -> int:
    prepared = _prepare("fix", argv)
    if isinstance(prepared, int):
        return prepared
    args, found, stdin, errors = prepared
    out = sys.stdout
    fmt = "json" if args.format == "json" else "diff" if args.diff else "text"
    suggest = args.suggestions or args.explain  # --explain says what it held back, too
    report = reporter(fmt, "fix", out, many=len(found.tasks) > 1, suggestions=args.suggestions)
    changed = 0
    write = "force" if args.write and args.force else args.write
    for r in run(found.tasks, "fix", write, args.diff, args.jobs, stdin, suggest=suggest):
        if r.error:
            _error(r.error)
            errors.append(r.error)
            if not r.written:
                continue
        if r.findings:
            changed += 1
        if args.explain:
            explain(r)
        elif args.suggestions and fmt != "json":  # the output is the text itself: the suggestions go beside it
            sys.stderr.write(suggestion_lines(r))
        if r.written and not args.quiet:
            n = len(r.findings)
            sys.stderr.write(f"fixed {r.display} ({n} edit{'s' if n != 1 else ''})\n")
        report.add(r)
    report.finish(errors)
    out.flush()
    if args.write and not args.quiet and changed:
        sys.stderr.write(f"newsfix: fixed {changed} file{'s' if changed != 1 else ''}\n")
    return 1 if errors else 0
