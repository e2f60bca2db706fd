"""`newsfix review PATH... -o report.html`: the command; the page is built by `newsfix.report.review`."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from .parse import Parser, VersionAction, usage_line

PROG = "newsfix review"


def build_parser() -> Parser:
    p = Parser(
        prog=PROG,
        description="Write one self-contained HTML page showing, for each document, the repaired text with its "
        "edits and extracted claims highlighted, and a summary table across documents.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, .jsonl record files, - for stdin")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--title", default="newsfix review", help="the page's title")
    p.add_argument("--include", action="append", default=[], metavar="GLOB", help="only files matching (folders)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip matching files and folders")
    p.add_argument("--quotes", choices=("fingerprint", "protect", "all"), help="how to treat quoted speech")
    p.add_argument("--assume", choices=("spun", "clean"), help="force the spin verdict")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    p.add_argument("--version", action=VersionAction)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    from pathlib import Path

    out = Path(args.output)
    if not out.parent.is_dir():
        sys.stderr.write(usage_line(f"{args.output}: folder {out.parent} does not exist", PROG))
        return 2
    if out.is_dir():
        sys.stderr.write(usage_line(f"{args.output}: is a folder", PROG))
        return 2
    from ..batch.record import process_batch
    from ..io.records import iter_records
    from ..io.textio import atomic_write
    from ..report.review import render

    nopts = {k: v for k, v in (("quotes", args.quotes), ("assume", args.assume)) if v is not None}
    records = iter_records(args.paths, include=args.include, exclude=args.exclude)
    results = list(process_batch(records, normalizer_options=nopts))
    atomic_write(out, render(results, args.title).encode("utf-8"))
    failed = sum("error" in r for r in results)
    if not args.quiet:
        verdicts = Counter((r.get("spin") or {}).get("verdict") for r in results if "error" not in r)
        edits = sum(len(r["spin"]["edits"]) for r in results if "error" not in r)
        sys.stderr.write(
            f"newsfix: wrote {out}: {len(results)} documents ({verdicts['spun']} spun, {verdicts['uncertain']} "
            f"uncertain, {verdicts['clean']} clean, {failed} failed), {edits} edits\n"
        )
    return 1 if failed else 0
