"""`newsfix lexicon`: learn candidate entries from (spun, original) pairs, lint lexicon files, count entries.

The argument parser and `main`; each subcommand is a module of its own:

learn
    `lexicon_learn` (the pairs read by `lexicon_input`, aligned into swaps by `lexicon_align`): candidate entries,
    printed in the lexicon file format for a human to review; nothing is written to the lexicon.

lint
    `lexicon_lint`: lexicon files and gazetteers checked line by line, against each other, and with `--clean`
    against clean texts.

stats
    `lexicon_stats`: entries counted per file, tier, flag, spinner family and guard kind.

Exit codes: 0 success / clean, 1 problems found, 2 usage error (bad arguments, unreadable input).
"""

from __future__ import annotations

import argparse
import sys

from ..despin.lexicon import LexiconError
from .lexicon_input import PROG, UsageError
from .lexicon_learn import cmd_learn
from .lexicon_lint import cmd_lint
from .lexicon_stats import cmd_stats
from .parse import Parser


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Learn, lint and count lexicon entries.")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", required=True)

    p = sub.add_parser(
        "learn",
        help="propose entries from (spun, original) pairs",
        description="Propose lexicon entries from SPUN ORIGINAL files or from folders of spun.txt/original.txt "
        "pairs (optional meta.json with a 'family'). Prints candidates with their evidence; merges nothing.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="SPUN ORIGINAL, or DIR [DIR ...]")
    p.add_argument("--clean", action="append", default=[], metavar="DIR", help="unspun texts (original.txt files)")
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH", help="current lexicon (default: shipped)")
    p.add_argument("--all", action="store_true", help="include forms the lexicon already has")
    p.add_argument("--min-support", type=int, default=1, metavar="N", help="minimum number of supporting pairs")
    p.add_argument("--format", choices=("lex", "json"), default="lex")
    p.set_defaults(func=cmd_learn)

    p = sub.add_parser(
        "lint",
        help="check lexicon files and gazetteers",
        description="Check lexicon files and gazetteers (default: the shipped lexicon). Output file:line: message; "
        "exit 0 when clean, 1 when problems are found (info lines do not count).",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="lexicon files or folders")
    p.add_argument("--clean", action="append", default=[], metavar="DIR", help="clean texts to test entries on")
    p.add_argument("-q", "--quiet", action="store_true", help="do not print info lines")
    p.set_defaults(func=cmd_lint)

    p = sub.add_parser("stats", help="count entries", description="Count entries per file, tier, flag and family.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="lexicon files or folders")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        return int(exc.code) if isinstance(exc.code, int) else 2
    try:
        return args.func(args)
    except (UsageError, LexiconError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
