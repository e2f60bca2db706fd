"""`newsfix extract`: articles in (files, folders, stdin, JSON Lines record files), structured JSON out.

One input document gives one JSON object (`--pretty` indents it); several inputs, folders and JSON Lines record
files give JSON Lines: one line per input record, in input order, each carrying the record's `id` (JSONL) or
`path` (files). A record that cannot be processed gives an error line in its place and the batch goes on.

Exit codes: 0 every record succeeded; 1 some records failed (their lines say why); 2 usage error, nothing done.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..batch.journal import Journal, Stdout, Terminated, sigterm_as_interrupt
from ..batch.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, BatchOptions
from ..batch.pool import run_parallel
from ..batch.resume import done_lines, journals, plan
from ..io.records import FieldNames, is_jsonl_path, iter_records
from ..io.textio import atomic_write
from ..report.json import dumps
from ..report.jsonl import encode_result
from .argtypes import jobs, seconds, size
from .parse import Parser, VersionAction, usage_line

PROG = "newsfix extract"


# ------------------------------------------------------------------------------------------------------ arguments


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog=PROG,
        description="Repair spun articles and extract structured claims as JSON (one input) or JSON Lines.",
        epilog="Exit status: 0 all records succeeded, 1 some failed (see their error lines), 2 usage error.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text/HTML files, folders (recursive), .jsonl record files (.gz too), or - for stdin (default)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of standard output")
    p.add_argument("--pretty", action="store_true", help="indent the JSON of a single input")
    p.add_argument("-j", "--jobs", type=jobs, default=0, metavar="N", help="worker processes (default 0: all cores)")
    p.add_argument(
        "--resume",
        action="store_true",
        help="with -o: keep the lines of records already done in FILE and process only the rest",
    )
    p.add_argument(
        "--max-bytes",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"per-record size limit (default {DEFAULT_MAX_BYTES // 1024 // 1024}M)",
    )
    p.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"per-record time limit (default {DEFAULT_TIMEOUT:g}; 0: none)",
    )
    p.add_argument(
        "--normalize-only",
        action="store_true",
        help="output the repaired text and edits only (normalize().to_dict()); no claim extraction",
    )
    fields = p.add_argument_group("JSON Lines record fields")
    fields.add_argument("--id-field", default="id", metavar="NAME", help="record id (default: id)")
    fields.add_argument("--text-field", default="text", metavar="NAME", help="plain text (default: text)")
    fields.add_argument("--html-field", default="html", metavar="NAME", help="HTML page (default: html)")
    fields.add_argument("--url-field", default="url", metavar="NAME", help="page URL (default: url)")
    sel = p.add_argument_group("files in folders")
    sel.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="read matching files in folders (default: *.txt *.md *.html *.htm *.jsonl *.ndjson)",
    )
    sel.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip matching files/folders")
    eng = p.add_argument_group("normalisation")
    eng.add_argument("--quotes", choices=("fingerprint", "protect", "all"), help="how to treat quoted speech")
    eng.add_argument("--assume", choices=("spun", "clean"), help="force the spin verdict")
    eng.add_argument(
        "--extra-lexicon",
        action="append",
        default=[],
        metavar="PATH",
        help="lexicon file or folder to add to the bundled ones",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on standard error")
    p.add_argument("--version", action=VersionAction)
    return p


def _usage(message: str) -> int:
    sys.stderr.write(usage_line(message, PROG))
    return 2


# -------------------------------------------------------------------------------------------------------- running


class _Progress:
    def __init__(self, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(unit=" rec", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `newsfix extract`; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: 2 on errors, 0 for --help; returned, for callers in-process
        return exc.code if isinstance(exc.code, int) else 2

    paths = args.paths or ["-"]
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    for p in missing:  # reported, and the other inputs are still processed (as `check` does); exit status 1
        sys.stderr.write(f"{PROG}: error: {p}: no such file or directory\n")
    paths = [p for p in paths if p not in missing]
    if not paths:
        return 1
    if args.resume and not args.output:
        return _usage("--resume needs -o FILE (the output to continue)")
    if args.output:
        parent = Path(args.output).parent
        if not parent.is_dir():
            return _usage(f"{args.output}: folder {parent} does not exist")
        if Path(args.output).is_dir():
            return _usage(f"{args.output}: is a folder")
    if not args.normalize_only and importlib.util.find_spec("newsfix.extractors.article") is None:
        return _usage(
            "claim extraction is not available in this installation (newsfix.extractors.article is missing); "
            "use --normalize-only"
        )

    lexicons = None
    if args.extra_lexicon:
        from ..despin.lexicon import default_lexicon_dir

        lexicons = (str(default_lexicon_dir()), *args.extra_lexicon)
    nopts = {k: v for k, v in (("quotes", args.quotes), ("assume", args.assume)) if v is not None}
    try:
        opts = BatchOptions(
            mode="normalize" if args.normalize_only else "extract",
            max_bytes=args.max_bytes,
            timeout=args.timeout or None,
            lexicons=lexicons,
            normalizer_options=nopts,
        )
    except (TypeError, ValueError) as exc:
        return _usage(str(exc))

    fields = FieldNames(id=args.id_field, url=args.url_field, text=args.text_field, html=args.html_field)
    records = iter_records(paths, fields=fields, include=args.include, exclude=args.exclude, max_bytes=args.max_bytes)
    # one document in, one JSON object out; anything that can hold several records gives JSON Lines
    single = len(paths) == 1 and not is_jsonl_path(paths[0]) and not os.path.isdir(paths[0])
    first = next(records, None)
    if first is None:
        if not args.quiet:
            sys.stderr.write(f"{PROG}: no input records\n")
        if args.output and not args.resume:
            atomic_write(args.output, b"")
        return 1 if missing else 0
    if "line" in first:  # stdin turned out to be JSON Lines
        single = False
    records = _prepend(first, records)

    status = _run_single(args, opts, records) if single else _run_lines(args, opts, records)
    return max(status, 1) if missing and status == 0 else status


def _prepend(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest


def _run_single(args: argparse.Namespace, opts: BatchOptions, records: Iterator[dict]) -> int:
    start = time.perf_counter()
    results = list(run_parallel(records, jobs=1, options=opts))  # one document: no worker processes to start
    text = "".join(dumps(r, indent=2 if args.pretty else None) + "\n" for r in results)
    data = text.encode("utf-8", "backslashreplace")
    if args.output:
        atomic_write(args.output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    errors = sum(1 for r in results if "error" in r)
    _summary(args, len(results), errors, 0, time.perf_counter() - start)
    return 1 if errors else 0


def _run_lines(args: argparse.Namespace, opts: BatchOptions, records: Iterator[dict]) -> int:
    done: dict = {}
    sources = []
    if args.resume:
        output = Path(args.output)
        for i, path in enumerate([output, *journals(output)]):
            done_lines(path, i, done)
        sources = [open(p, "rb") if p.is_file() else None for p in [output, *journals(output)]]  # noqa: SIM115
    try:
        out = Journal(args.output) if args.output else Stdout()
    except OSError as exc:
        for fh in sources:
            if fh is not None:
                fh.close()
        return _usage(f"{args.output}: cannot write: {exc.strerror or exc}")
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    order: deque = deque()
    n = errors = kept = 0
    start = time.perf_counter()

    def write_old(span: tuple[int, int, int]) -> None:
        fh = sources[span[0]]
        fh.seek(span[1])
        out.write(fh.read(span[2]))

    stopped: str | None = None
    try:
        with sigterm_as_interrupt():
            results = run_parallel(
                plan(records, done, order), jobs=args.jobs or None, options=opts, transform=encode_result
            )
            try:
                for failed, line in results:
                    while order and order[0][0] == "old":
                        write_old(order.popleft()[1])
                        kept += 1
                    order.popleft()  # the ("new", None) slot this result fills
                    out.write(line)
                    n += 1
                    errors += failed
                    progress.update()
                while order:  # kept lines after the last new record
                    write_old(order.popleft()[1])
                    kept += 1
            finally:
                results.close()  # stops the workers now, also on an interruption
    except KeyboardInterrupt:
        stopped = "interrupted"
    except Terminated:
        stopped = "terminated"
    except OSError as exc:
        if not args.output or isinstance(exc, BrokenPipeError):
            raise
        progress.close()
        out.close()
        sys.stderr.write(
            f"{PROG}: error: cannot write {getattr(out, 'journal', args.output)}: {exc.strerror or exc}; "
            f"{out.written} finished lines are kept there: rerun with --resume to continue\n"
        )
        return 2
    finally:
        progress.close()
        for fh in sources:
            if fh is not None:
                fh.close()
    if stopped is not None:
        out.close()
        _summary(args, n, errors, kept, time.perf_counter() - start)
        if args.output:
            sys.stderr.write(
                f"{PROG}: {stopped}; {out.written} finished lines are in {out.journal}: "
                "rerun with --resume to continue\n"
            )
        return 130 if stopped == "interrupted" else 143
    try:
        out.commit()
    except OSError as exc:
        sys.stderr.write(f"{PROG}: error: cannot write {args.output}: {exc.strerror or exc}\n")
        return 2
    _summary(args, n, errors, kept, time.perf_counter() - start)
    return 1 if errors else 0


def _summary(args: argparse.Namespace, n: int, errors: int, kept: int, seconds: float) -> None:
    if args.quiet:
        return
    rate = (n - errors) / seconds if seconds > 0 else 0.0
    resumed = f", {kept} kept from the previous run" if kept else ""
    sys.stderr.write(f"{PROG}: {n} records, {errors} errors{resumed}, {rate:.1f} articles/s ({seconds:.1f} s)\n")
