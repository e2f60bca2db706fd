"""`newsfix fix` and `newsfix check`: files in, repaired files or findings out.

This module is the I/O around the engine: it finds the files, reads them (textio), hides what is not prose
(markup), applies configuration (config) and inline suppression (suppress), runs the normaliser, and writes
repaired files, diffs or findings in the requested format.

Exit codes (both commands):
  0  nothing to report (`check`: no findings; `fix`: every file was processed)
  1  `check` found spun wording, or some file could not be read or written (the others are still processed)
  2  usage or configuration error (bad flag, invalid config file or lexicon): nothing was processed
"""

from __future__ import annotations

import argparse
import bisect
import gc
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

from . import __version__, lexicon
from .argtypes import jobs
from .config import ASSUME, QUOTE_POLICIES, TIERS, Config, ConfigError, ConfigFinder, glob_matches
from .lexicon import LexiconError, default_lexicon_dir
from .markup import kind_for_path, mask
from .model import TIER_ORDER, Edit, apply_edits
from .normalizer import Normalizer, default_normalizer
from .suppress import suppressed_spans, unsuppressed
from .textio import InputError, atomic_write, decode, read_file

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
STDIN = "-"
# below these, starting worker processes costs more than it saves
PARALLEL_MIN_FILES = 16
PARALLEL_MIN_BYTES = 256 * 1024

LINE_END = re.compile(r"\r\n|\r|\n")


# ------------------------------------------------------------------------------------------------ what to process


# NamedTuples and slotted classes rather than dataclasses: dataclass creation at import is slow, and start-up time
# is what a one-file `newsfix check` in a pre-commit hook mostly spends


class Settings(NamedTuple):
    """Everything the engine needs for one file besides its text; picklable, so that workers can receive it."""

    extra_lexicons: tuple[str, ...] = ()
    quotes: str | None = None
    assume: str | None = None
    disable: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    min_confidence: float | None = None
    min_tier: str | None = None

    def overrides(self) -> dict:
        out: dict = {}
        if self.quotes is not None:
            out["quotes"] = self.quotes
        if self.assume is not None:
            out["assume"] = self.assume
        if self.disable:
            out["disable"] = self.disable
        if self.ignore:
            out["ignore"] = self.ignore
        if self.min_confidence is not None:
            out["min_confidence"] = self.min_confidence
        return out


class Task(NamedTuple):
    path: str | None  # None: standard input
    display: str  # the name used in messages and findings
    kind: str  # "text", "markdown" or "html"
    settings: Settings


class Finding(NamedTuple):
    edit: Edit
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self, path: str) -> dict:
        e = self.edit
        return {
            "path": path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": e.start,
            "end": e.end,
            "before": e.before,
            "after": e.after,
            "rule": e.rule,
            "tier": e.tier,
            "confidence": e.confidence,
            "in_quote": e.in_quote,
        }


class FileResult:
    """What processing one file gave; returned from worker processes, so it carries only what output needs."""

    __slots__ = (
        "display",
        "path",
        "error",
        "findings",
        "count",
        "rendered",
        "spin",
        "original",
        "fixed",
        "output",
        "written",
    )

    def __init__(self, display: str, path: str | None = None):
        self.display = display
        self.path = path
        self.error: str | None = None
        self.findings: list[Finding] = []
        self.count = 0  # findings, also when only their rendering is kept
        self.rendered: str | None = None  # the findings as text-format lines, rendered where the file was read
        self.spin: dict | None = None
        self.original: str | None = None  # kept only when a diff is wanted
        self.fixed: str | None = None
        self.output: bytes | None = None  # the repaired file as bytes, for `fix` to standard output
        self.written = False

    def __getstate__(self):
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state) -> None:
        for k, v in zip(self.__slots__, state):
            setattr(self, k, v)


# --------------------------------------------------------------------------------------------------------- engine

_NORMALIZERS: dict[tuple[str, ...], Normalizer] = {}


def normalizer_for(extra_lexicons: tuple[str, ...]) -> Normalizer:
    """One normaliser per set of extra lexicons, built once per process (workers inherit the parent's)."""
    nf = _NORMALIZERS.get(extra_lexicons)
    if nf is None:
        if extra_lexicons:
            nf = Normalizer([default_lexicon_dir(), *map(Path, extra_lexicons)])
        else:
            nf = default_normalizer()
        _NORMALIZERS[extra_lexicons] = nf
    return nf


class LineIndex:
    """1-based line and column of offsets; \\r\\n, \\r and \\n all end a line, as in editors."""

    def __init__(self, text: str):
        self.starts = [0, *(m.end() for m in LINE_END.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def find_edits(text: str, kind: str, settings: Settings) -> tuple[list[Edit], dict]:
    """The edits to report or apply in `text`, and the spin verdict: prose only, minus suppressed and filtered."""
    masked = mask(text, kind)
    result = normalizer_for(settings.extra_lexicons).normalize(masked.text, **settings.overrides())
    edits = masked.filter(result.edits)
    edits = unsuppressed(edits, suppressed_spans(text))
    if settings.min_tier is not None:
        limit = TIER_ORDER[settings.min_tier]
        edits = [e for e in edits if TIER_ORDER.get(e.tier, len(TIER_ORDER)) <= limit]
    return edits, result.spin.to_dict()


def process(
    task: Task,
    mode: str,
    write: bool = False,
    want_original: bool = False,
    data: bytes | None = None,
    render: bool = False,
) -> FileResult:
    """Read, analyse and (for `fix --write`) rewrite one file. Never raises for a bad file: the error is returned.
    With `render`, the findings are kept only as text-format lines (`FileResult.rendered`)."""
    result = FileResult(task.display, task.path)
    try:
        decoded = decode(data, task.display) if task.path is None else read_file(task.path)
    except InputError as exc:
        result.error = str(exc)
        return result
    text = decoded.text
    edits, result.spin = find_edits(text, task.kind, task.settings)
    if edits:
        index = LineIndex(text)
        if render:  # the text format shows where each finding starts, nothing more
            result.rendered = "".join(_text_line(result.display, e, *index.position(e.start)) for e in edits)
        else:
            for e in edits:
                result.findings.append(Finding(e, *index.position(e.start), *index.position(e.end)))
        result.count = len(edits)
    elif render:
        result.rendered = ""
    if mode == "fix":
        fixed = apply_edits(text, edits) if edits else text
        if want_original:
            result.original, result.fixed = text, fixed
        if write and task.path is not None:
            if edits:
                try:
                    atomic_write(task.path, decoded.encode(fixed))
                    result.written = True
                except OSError as exc:
                    result.error = f"{task.display}: cannot write: {exc.strerror or exc}"
        else:
            result.output = decoded.encode(fixed)
    return result


def _process_path(task: Task, mode: str, write: bool, want_original: bool, render: bool = False) -> FileResult:
    # with `render`, text lines: cheaper to make and to send back from a worker than the findings they show
    return process(task, mode, write, want_original, render=render)


# ------------------------------------------------------------------------------------------------------ discovery


class Discovery:
    def __init__(self) -> None:
        self.tasks: list[Task] = []
        self.errors: list[str] = []
        self.total_bytes = 0


class Resolver:
    """Turns command-line paths into tasks: walks folders, applies excludes and per-file configuration."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.finder = ConfigFinder(args.config, enabled=not args.no_config)
        self.cli_excludes: list[str] = args.exclude or []
        self.cwd = os.getcwd()
        self._settings: dict[Path | None, Settings] = {}

    def settings(self, config: Config) -> Settings:
        cached = self._settings.get(config.path)
        if cached is not None:
            return cached
        a = self.args
        extra = [str(p) for p in config.extra_lexicons]
        extra += [str(Path(p).resolve()) for p in a.extra_lexicon or []]
        s = Settings(
            extra_lexicons=tuple(extra),
            quotes=a.quotes or config.quotes,
            assume=a.assume or config.assume,
            disable=frozenset(config.disable) | frozenset(a.disable or ()),
            ignore=frozenset(config.ignore) | frozenset(a.ignore or ()),
            min_confidence=a.min_confidence if a.min_confidence is not None else config.min_confidence,
            min_tier=a.min_tier or config.min_tier,
        )
        self._settings[config.path] = s
        return s

    def _cli_excluded(self, path: str) -> bool:
        if not self.cli_excludes:
            return False
        rel = os.path.relpath(os.path.abspath(path), self.cwd)
        if rel.startswith(".."):
            rel = path
        rel = rel.replace(os.sep, "/")
        return any(glob_matches(p, rel) for p in self.cli_excludes)

    def _task(self, path: str, display: str | None = None) -> Task | None:
        """A task for a file, or None when an exclude (command line or its configuration) matches it."""
        if self._cli_excluded(path):
            return None
        config = self.finder.for_file(path)
        if config.excludes(path):
            return None
        return Task(path, display or path, kind_for_path(path), self.settings(config))

    def resolve(self, paths: Sequence[str]) -> Discovery:
        found = Discovery()
        seen: set[str] = set()
        for arg in paths or [STDIN]:
            if arg == STDIN:
                name = self.args.stdin_filename
                where = name if name else self.cwd
                if name and (self._cli_excluded(name) or self.finder.for_path(name).excludes(name)):
                    continue
                config = self.finder.for_path(where)
                found.tasks.append(Task(None, name or "<stdin>", kind_for_path(name), self.settings(config)))
                continue
            if os.path.isdir(arg):
                self._walk(arg, found, seen)
            elif os.path.exists(arg):
                self._add(arg, None, found, seen)
            else:
                found.errors.append(f"{arg}: no such file or directory")
        return found

    def _add(self, path: str, size: int | None, found: Discovery, seen: set[str]) -> None:
        """One file, once, however many paths name it (unless excluded by configuration)."""
        key = os.path.abspath(path)
        if key in seen:
            return
        seen.add(key)
        task = self._task(path)
        if task is not None:
            found.tasks.append(task)
            found.total_bytes += _size(path) if size is None else size

    def _walk(self, root: str, found: Discovery, seen: set[str]) -> None:
        candidates = 0
        before = len(found.tasks)
        for path, size in _text_files(root, self._cli_excluded):
            candidates += 1
            self._add(path, size, found, seen)
        if not candidates and len(found.tasks) == before:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            found.errors.append(f"{root}: no text files ({suffixes}) in this directory")


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _text_files(root: str, excluded: Callable[[str], bool]) -> Iterator[tuple[str, int]]:
    """Text files under `root`, sorted, skipping hidden files and folders (.git among them) and excluded folders."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                if not excluded(path):
                    yield from _text_files(path, excluded)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES:
                yield path, entry.stat().st_size
        except OSError:
            continue


# ----------------------------------------------------------------------------------------------------- arguments


def _confidence(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return x


def build_parser(command: str) -> argparse.ArgumentParser:
    if command == "check":
        description = "Report spun wording as path:line:col findings. Exit 0 clean, 1 findings, 2 usage error."
    else:
        description = "Repair spun wording: to standard output, in place (--write), as a diff or as JSON edits."
    p = argparse.ArgumentParser(prog=f"newsfix {command}", description=description)
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (folders: .txt .md .markdown .html .htm, recursively); none or '-': standard input",
    )
    if command == "check":
        p.add_argument("--format", choices=("text", "json", "jsonl", "sarif"), default="text", help="output format")
    else:
        p.add_argument("--format", choices=("text", "json"), default="text", help="text: repaired text; json: edits")
        p.add_argument(
            "-w", "--write", action="store_true", help="rewrite files in place, atomically (stdin: to stdout)"
        )
        p.add_argument("--diff", action="store_true", help="print a unified diff of the changes")
        p.add_argument(
            "--explain",
            action="store_true",
            help="also say on standard error what changed and why: verdict, then rule, tier and confidence per edit",
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
    p.add_argument("--version", action="version", version=f"newsfix {__version__}")
    return p


def _parse(command: str, argv: Sequence[str]) -> argparse.Namespace | int:
    parser = build_parser(command)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse exits 2 on errors and 0 for --help; return instead, for callers in-process
        return exc.code if isinstance(exc.code, int) else 2
    if command == "fix" and args.diff and args.format == "json":
        parser.print_usage(sys.stderr)
        sys.stderr.write("newsfix fix: error: --diff and --format json cannot be combined\n")
        return 2
    return args


# --------------------------------------------------------------------------------------------------------- running


def _run(
    tasks: list[Task],
    mode: str,
    write: bool,
    want_original: bool,
    jobs: int,
    stdin: bytes | None,
    render: bool = False,
) -> Iterator[FileResult]:
    """Results in task order. Many files are processed by `jobs` processes: this one and jobs - 1 workers (see
    `parallel`). With `render`, findings come back as text-format lines only (`FileResult.rendered`)."""
    paths = [t for t in tasks if t.path is not None]
    if jobs == 0:
        jobs = 1
        if len(paths) >= PARALLEL_MIN_FILES and _total_bytes(paths) >= PARALLEL_MIN_BYTES:
            jobs = os.cpu_count() or 1
    jobs = min(jobs, len(paths))
    if jobs <= 1:
        for t in tasks:
            yield process(t, mode, write, want_original, stdin if t.path is None else None, render=render)
        return
    from .parallel import in_order  # only a run of many files needs it

    worker = partial(_process_path, mode=mode, write=write, want_original=want_original, render=render)
    # chunks of up to 16 files: few enough messages between processes, small enough to balance the load
    size = max(1, min(16, len(paths) // (jobs * 8)))
    chunks = [paths[k : k + size] for k in range(0, len(paths), size)]
    results = in_order(chunks, worker, jobs)
    for t in tasks:
        if t.path is None:
            yield process(t, mode, write, want_original, stdin, render=render)
        else:
            yield next(results)


def _total_bytes(tasks: Iterable[Task]) -> int:
    return sum(_size(t.path) for t in tasks if t.path)


def _prepare(command: str, argv: Sequence[str]) -> int | tuple[argparse.Namespace, Discovery, bytes | None]:
    """Parse arguments, find files and build the normalisers; an int is an exit code to return at once."""
    args = _parse(command, argv)
    if isinstance(args, int):
        return args
    # The lexicon and its indexes are many long-lived objects: collecting while they are built is wasted work,
    # and freezing them afterwards keeps later collections from traversing them again (the whole lexicon loads
    # later, in the process that first needs it, and is frozen there).
    lexicon.FREEZE_AFTER_LOAD = True
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
        stdin = sys.stdin.buffer.read()
    return args, found, stdin


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
    args, found, stdin = prepared
    errors = _report_discovery_errors(found)
    results: list[FileResult] = []
    out = sys.stdout
    count = files_with = 0
    text = args.format == "text"
    for r in _run(found.tasks, "check", False, False, args.jobs, stdin, render=text):
        if r.error:
            _error(r.error)
            errors.append(r.error)
            continue
        if r.count:
            count += r.count
            files_with += 1
        if text:
            out.write(r.rendered or "")
        elif args.format == "jsonl":
            import json

            out.write("".join(json.dumps(f.to_dict(r.display), ensure_ascii=False) + "\n" for f in r.findings))
        else:
            results.append(r)
    if args.format == "json":
        import json

        findings = [f.to_dict(r.display) for r in results for f in r.findings]
        out.write(json.dumps(findings, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "sarif":
        import json

        out.write(json.dumps(sarif(results, errors), ensure_ascii=False, indent=2) + "\n")
    out.flush()
    if not args.quiet and args.format == "text" and (count or errors):
        sys.stderr.write(_summary(count, files_with, len(errors)))
    return 1 if count or errors else 0


def main_fix(argv: Sequence[str]) -> int:
    prepared = _prepare("fix", argv)
    if isinstance(prepared, int):
        return prepared
    args, found, stdin = prepared
    errors = _report_discovery_errors(found)
    many = len(found.tasks) > 1
    out = sys.stdout
    records = []
    changed = 0
    for r in _run(found.tasks, "fix", args.write, args.diff, args.jobs, stdin):
        if r.error:
            _error(r.error)
            errors.append(r.error)
            if not r.written:
                continue
        if r.findings:
            changed += 1
        if args.explain:
            _explain(r)
        if r.written and not args.quiet:
            n = len(r.findings)
            sys.stderr.write(f"fixed {r.display} ({n} edit{'s' if n != 1 else ''})\n")
        if args.format == "json":
            records.append(
                {
                    "path": r.display,
                    "changed": bool(r.findings),
                    "written": r.written,
                    "spin": r.spin,
                    "edits": [f.to_dict(r.display) for f in r.findings],
                }
            )
        elif args.diff:
            if r.original is not None and r.fixed != r.original:
                out.write(unified_diff(r.original, r.fixed or "", r.display))
        elif r.output is not None:
            # bytes as the file would be written: same encoding, BOM and newlines
            out.flush()
            if many:
                out.buffer.write(f"==> {r.display} <==\n".encode())
            out.buffer.write(r.output)
            out.buffer.flush()
    if args.format == "json":
        import json

        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    out.flush()
    if args.write and not args.quiet and changed:
        sys.stderr.write(f"newsfix: fixed {changed} file{'s' if changed != 1 else ''}\n")
    return 1 if errors else 0


# --------------------------------------------------------------------------------------------------------- output


def _quoted(s: str) -> str:
    if '"' in s or "\\" in s or "\n" in s or "\r" in s:  # rare: most findings are plain words
        s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n")
    return '"' + s + '"'


def _text_line(display: str, e: Edit, line: int, column: int) -> str:
    return f"{display}:{line}:{column}: {_quoted(e.before)} -> {_quoted(e.after)} [{e.rule}]\n"


def _explain(r: FileResult) -> None:
    spin = r.spin or {}
    families = ", ".join(spin.get("families") or ()) or "none attributed"
    sys.stderr.write(
        f"{r.display}: spin {spin.get('verdict')} (score {spin.get('score', 0):.2f}, "
        f"{spin.get('fingerprints', 0)} fingerprints, spinner families: {families}); {len(r.findings)} edits\n"
    )
    for f in r.findings:
        e = f.edit
        where = "; in quote" if e.in_quote else ""
        sys.stderr.write(
            f"{r.display}:{f.line}:{f.column}: {_quoted(e.before)} -> {_quoted(e.after)} "
            f"[{e.rule}; {e.tier}{where}; {e.confidence:.2f}]\n"
        )


def _summary(count: int, files: int, errors: int) -> str:
    parts = []
    if count:
        parts.append(f"{count} spun phrase{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}")
    if errors:
        parts.append(f"{errors} input{'s' if errors != 1 else ''} could not be checked")
    hint = " (run `newsfix fix --write` to repair)" if count else ""
    return "newsfix: " + ", ".join(parts) + hint + "\n"


def unified_diff(original: str, fixed: str, display: str) -> str:
    import difflib

    a = original.splitlines(keepends=True)
    b = fixed.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(a, b, f"a/{display}", f"b/{display}"):
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"artifact": "warning", "fingerprint": "warning", "fuzzy": "note", "ambiguous": "note"}


def _uri(display: str) -> str:
    from urllib.parse import quote

    if display.startswith("<"):
        return "stdin"
    path = display
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        path = rel if not rel.startswith("..") else path
    return quote(path.replace(os.sep, "/"))


def sarif(results: list[FileResult], errors: Sequence[str]) -> dict:
    """A SARIF 2.1.0 log: one run, rules from the rule ids found, results with regions and suggested fixes."""
    rules: list[dict] = []
    rule_index: dict[str, int] = {}
    sarif_results = []
    for r in results:
        uri = _uri(r.display)
        location = {"uri": uri, "uriBaseId": "%SRCROOT%"}
        for f in r.findings:
            e = f.edit
            if e.rule not in rule_index:
                rule_index[e.rule] = len(rules)
                rules.append(
                    {
                        "id": e.rule,
                        "name": _rule_name(e.rule),
                        "shortDescription": {"text": f"Spun wording ({e.rule})"},
                        "fullDescription": {
                            "text": "Article spinners swap words for synonyms; this rule restores the original "
                            f"wording. Tier: {e.tier}."
                        },
                        # GitHub code scanning requires `help` on every rule
                        "help": {"text": _rule_help(e), "markdown": _rule_help(e, markdown=True)},
                        "defaultConfiguration": {"level": LEVELS.get(e.tier, "warning")},
                        "properties": {"tier": e.tier, "tags": ["spun-text", e.tier]},
                    }
                )
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "charOffset": e.start,
                "charLength": e.end - e.start,
                "snippet": {"text": e.before},
            }
            sarif_results.append(
                {
                    "ruleId": e.rule,
                    "ruleIndex": rule_index[e.rule],
                    "level": LEVELS.get(e.tier, "warning"),
                    "message": {"text": f"{_quoted(e.before)} -> {_quoted(e.after)}"},
                    "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
                    "fixes": [
                        {
                            "description": {"text": f"Replace with {_quoted(e.after)}"},
                            "artifactChanges": [
                                {
                                    "artifactLocation": location,
                                    "replacements": [
                                        {
                                            "deletedRegion": {
                                                "startLine": f.line,
                                                "startColumn": f.column,
                                                "endLine": f.end_line,
                                                "endColumn": f.end_column,
                                            },
                                            "insertedContent": {"text": e.after},
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                    "properties": {"tier": e.tier, "confidence": e.confidence, "inQuote": e.in_quote},
                }
            )
    cwd = Path.cwd().as_uri() + "/"
    invocation = {
        "executionSuccessful": not errors,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": message}, "descriptor": {"id": "input-error"}} for message in errors
        ],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newsfix",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": cwd}},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": sarif_results,
            }
        ],
    }


def _rule_name(rule: str) -> str:
    """A SARIF rule name is a Pascal-case label: "lexicon:persistent ache" -> "LexiconPersistentAche"."""
    words = re.split(r"[^0-9A-Za-z]+", rule.replace("'", "").replace("’", ""))
    return "".join(w[:1].upper() + w[1:].lower() for w in words if w) or "Rule"


def _rule_help(e: Edit, markdown: bool = False) -> str:
    what = f"`{e.before}`" if markdown else f'"{e.before}"'
    fix = f"`{e.after}`" if markdown else f'"{e.after}"'
    return (
        f"{what} looks like the output of an article spinner (rule {e.rule}, tier {e.tier}); the original wording "
        f"is probably {fix}. Run `newsfix fix --write` to restore it, or suppress the line with "
        "`newsfix: ignore` if the wording is intended."
    )
