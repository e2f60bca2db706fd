"""mypyc spike (issue 15, `speed7`): the hot modules compiled in place in this checkout, timed against interpreted.

    .venv/bin/python benchmarks/bench_mypyc_inplace.py corpus             # /tmp/spun7 (every spun.txt), /tmp/mixed7
    .venv/bin/python benchmarks/bench_mypyc_inplace.py build [MODULE ...] # mypyc, .so files beside the sources
    .venv/bin/python benchmarks/bench_mypyc_inplace.py time [--runs 5]    # interpreted vs compiled, alternating
    .venv/bin/python benchmarks/bench_mypyc_inplace.py start [--runs 21]  # one-file start, alternating
    .venv/bin/python benchmarks/bench_mypyc_inplace.py pure | compiled    # leave one build active
    .venv/bin/python benchmarks/bench_mypyc_inplace.py clean              # remove the .so files and build/

Unlike the earlier `bench_compiled.py` (a copy of src/ in a temporary folder, removed), the compiled modules live
in src/ itself, so that the test suite and `dump_outputs.py` run against them; the interpreted build is the same
tree with the .so files moved aside (to /tmp/nf7-stash): an extension module wins over the .py of the same name.
`time` runs, for each build in turn, `newsfix check -q -j 1` on the all-spun and the mixed folder (wall and CPU time
of the child), and an in-process `Normalizer().normalize` over every spun text (warm: one pass first, then the median
of 3 passes). mypy is installed into the project's venv for this (`pip install mypy`); it is not a dependency of
the project.

mypyc no longer compiles `tokens.py` and `matcher.py` as they are (their named tuple subclasses), nor runs the engine
(`CompiledLexicon.forms` is annotated `dict` but is a `packed.FormTable`): `build` first applies SPIKE_PATCH below to
the sources (both builds then run the patched sources; `clean` reverts it). Outcome on 2026-12-07 (`speed7`, 2
cores shared with other sessions, load 1.6-7): all 14 modules compile, outputs identical, CPU time 1.09-1.14x on
all-spun `check -j1`, 1.12-1.21x in-process, one-file start unchanged; the 1.4x bar is not reached.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
STASH = Path("/tmp/nf7-stash")
SPUN, MIXED = Path("/tmp/spun7"), Path("/tmp/mixed7")
CORPORA = (ROOT.parent / "shared" / "corpus", ROOT / "benchmarks" / "corpus")
# The smallest source changes that let mypyc compile these modules and keep their behaviour (applied by `build`,
# reverted by `clean`; not committed): a named tuple subclass (Token, Match) must have its base bound to a name and
# stay a Python class (any plain class decorator does that); `CompiledLexicon.forms`/`entries` are annotated `dict`
# and `list` but are packed.FormTable/EntryTable at run time (compiled code checks the declared type); Normalizer
# must stay a Python class (it reads `self.__dict__`), and mypy takes `functools.cached_property` for a property,
# which mypyc then recomputes on every access (the lexicon reloaded for every text): reached through getattr it stays
# a cached property.
SPIKE_PATCH = r'''diff --git a/src/newsfix/despin/lexicon.py b/src/newsfix/despin/lexicon.py
index b311678..b12d390 100644
--- a/src/newsfix/despin/lexicon.py
+++ b/src/newsfix/despin/lexicon.py
@@ -4,7 +4,7 @@ files (the format is documented in lexicons/README.md). Compiling is `despin.com

 from __future__ import annotations

-from collections.abc import Collection, Iterable, Sequence
+from collections.abc import Collection, Iterable, Mapping, Sequence
 from functools import cached_property
 from pathlib import Path

@@ -133,7 +133,7 @@ class Form(Frozen):
 class CompiledLexicon:
     """Forms indexed for longest-match-first lookup; keyword arguments set fields, the others start empty."""

-    forms: dict[tuple[str, ...], Form]
+    forms: Mapping[tuple[str, ...], Form]  # speed7 spike: packed.FormTable at run time
     cs_forms: dict[tuple[str, ...], Form]
     cs_firsts: frozenset[str] = frozenset()  # lower-case first words of `cs_forms`, to skip their lookup
     # further forms of a spun key that restores differently for other spinner families (tried after `forms`)
@@ -164,7 +164,7 @@ class CompiledLexicon:
     # a function word glued to the first word of a form of two or more words ("forpersistent"), as one token: the
     # matcher splits it (and a fingerprint may then start at either piece)
     glued_form_firsts: frozenset[str] = frozenset()
-    entries: list[Entry]
+    entries: Sequence[Entry]  # speed7 spike: packed.EntryTable at run time
     # the words of every entry's original (tokens): everyday science-news words, poor anchors for near misses
     original_words: frozenset[str] = frozenset()
     # fuzzy.NearMissMatcher's index (see fuzzy.near_miss_index), built once here rather than at every start-up
diff --git a/src/newsfix/despin/matcher.py b/src/newsfix/despin/matcher.py
index c9d8ec3..3da1b8a 100644
--- a/src/newsfix/despin/matcher.py
+++ b/src/newsfix/despin/matcher.py
@@ -19,7 +19,17 @@ ARTICLES = frozenset(("a", "an", "the"))  # before a replacement opening with on
 SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


-class Match(namedtuple("Match", "i j start end form glued space_after", defaults=("", False))):
+def _python_class(cls):
+    return cls
+
+
+_MatchBase = namedtuple(  # type: ignore[name-match]
+    "Match", "i j start end form glued space_after", defaults=("", False)
+)
+
+
+@_python_class  # speed7 spike: mypyc keeps a decorated class a Python class
+class Match(_MatchBase):
     """A lexicon form found in the text, from token `i` up to (not including) token `j`. A named tuple rather than a
     dataclass: the matcher makes one per candidate, and tuples are built in C."""

diff --git a/src/newsfix/despin/normalizer.py b/src/newsfix/despin/normalizer.py
index b394eb1..01a6311 100644
--- a/src/newsfix/despin/normalizer.py
+++ b/src/newsfix/despin/normalizer.py
@@ -7,6 +7,7 @@ rebuilds from the on-disk lexicon cache, so it is cheap to send to worker proces
 from __future__ import annotations

 import bisect
+import functools
 from collections.abc import Iterable
 from functools import cached_property, lru_cache, partial
 from pathlib import Path
@@ -72,6 +73,15 @@ MAX_FOLLOW_UP_PASSES = 8
 FOLLOW_UP_REACH = 120  # characters around an edit's replacement where a completed fingerprint may start


+def _python_class(cls):
+    return cls
+
+
+# speed7 spike: mypy (and so mypyc) takes functools.cached_property for a property; through getattr it stays one
+_lazy = getattr(functools, "cached_property")
+
+
+@_python_class  # speed7 spike: cached properties, __dict__
 class Normalizer:
     """Reusable normaliser: `lexicons` replace the built-in ones, **options are `Options` fields."""

@@ -82,12 +92,12 @@ class Normalizer:
         self.signs: LexiconSigns = load_signs(self.lexicon_paths)
         self._scan_wanted = False  # see _scanner()

-    @cached_property
+    @_lazy
     def lexicon(self) -> CompiledLexicon:
         return compile_lexicon(self.lexicon_paths)

     # The fuzzy matchers are built on first use: a `check` of clean files never needs them, and starts sooner.
-    @cached_property
+    @_lazy
     def scanner(self) -> FormScanner:
         from .scan import FormScanner  # with the lexicon: a `check` of clean files never needs it

@@ -106,14 +116,14 @@ class Normalizer:
         self._scan_wanted = True
         self.scanner  # noqa: B018 - loads the lexicon too

-    @cached_property
+    @_lazy
     def names(self) -> NameRestorer:
         from .names_cache import load_names  # rapidfuzz is imported only for documents that need it

         gaz_dir = None if not self.lexicon_paths else _gazetteer_dir(self.lexicon_paths)
         return load_names(gaz_dir, self.lexicon)

-    @cached_property
+    @_lazy
     def near_misses(self) -> NearMissMatcher:
         from .fuzzy import NearMissMatcher

@@ -296,24 +306,24 @@ class Normalizer:
         follow_up = follow_up and (guard_may_flip(ctx, edits) or completes_fingerprint(ctx, edits))
         return edits, spin, follow_up, suggestions

-    @cached_property
+    @_lazy
     def data_dir(self) -> Path:
         """The lexicon folder that holds the data files beside the entries (sensitive words, thesaurus tables)."""
         return default_lexicon_dir() if not self.lexicon_paths else _gazetteer_dir(self.lexicon_paths)

-    @cached_property
+    @_lazy
     def sensitive_words(self) -> dict[str, str]:
         return sensitive.load(self.data_dir / "sensitive.txt")

-    @cached_property
+    @_lazy
     def mythes_first(self) -> MythesFirstModel:
         return MythesFirstModel(self.data_dir / "thesaurus")

-    @cached_property
+    @_lazy
     def rewriter(self) -> RewriterModel:
         return RewriterModel(self.data_dir / "thesaurus")

-    @cached_property
+    @_lazy
     def family_signatures(self) -> FamilySignatures:
         return FamilySignatures(self.data_dir / "signatures")

diff --git a/src/newsfix/despin/tokens.py b/src/newsfix/despin/tokens.py
index 6f7ab36..cfa8c24 100644
--- a/src/newsfix/despin/tokens.py
+++ b/src/newsfix/despin/tokens.py
@@ -13,7 +13,15 @@ from operator import contains
 TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_][^\W_]*)*|[^\w\s]|_")


-class Token(namedtuple("Token", "text start end")):
+def _python_class(cls):
+    return cls
+
+
+_TokenBase = namedtuple("Token", "text start end")  # type: ignore[name-match]
+
+
+@_python_class  # speed7 spike: mypyc keeps a decorated class a Python class
+class Token(_TokenBase):
     # collections.namedtuple rather than typing.NamedTuple: `check` starts without importing typing
     __slots__ = ()
     text: str
'''

HOT = ("matcher", "tokens", "fuzzy", "gates", "followup", "artifacts", "protect", "scan", "table_walk", "segments")
HOT += ("verdict", "sensitive", "packed", "normalizer")

IN_PROCESS = r"""
import json, statistics, sys, time
from pathlib import Path
from newsfix.despin.normalizer import Normalizer
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
n = Normalizer()
for t in texts:  # warm: lexicon, automaton, names, rapidfuzz
    n.normalize(t)
walls, cpus = [], []
for _ in range(3):
    w, c = time.perf_counter(), time.process_time()
    for t in texts:
        n.normalize(t)
    walls.append(time.perf_counter() - w)
    cpus.append(time.process_time() - c)
print(json.dumps({"texts": len(texts), "wall_ms": statistics.median(walls) * 1000 / len(texts),
                  "cpu_ms": statistics.median(cpus) * 1000 / len(texts)}))
"""


def artifacts() -> list[Path]:
    return sorted(SRC.glob("*.so")) + sorted((SRC / "newsfix").rglob("*.so"))


def pure() -> None:
    """Move the compiled modules aside (kept in STASH, paths relative to src/)."""
    for so in artifacts():
        dest = STASH / so.relative_to(SRC)
        dest.parent.mkdir(parents=True, exist_ok=True)
        so.replace(dest)


def compiled() -> None:
    for so in sorted(STASH.rglob("*.so")) if STASH.exists() else []:
        so.replace(SRC / so.relative_to(STASH))
    if not artifacts():
        raise SystemExit("no compiled modules: run `build` first")


def corpus() -> None:
    for folder in (SPUN, MIXED):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    for root in CORPORA:
        for p in sorted(root.rglob("*.txt")):
            if p.name in ("spun.txt", "original.txt"):
                name = f"{root.name}_{p.relative_to(root)}".replace("/", "__")
                if p.name == "spun.txt":
                    shutil.copy(p, SPUN / name)
                shutil.copy(p, MIXED / name)
    for folder in (SPUN, MIXED):
        files = list(folder.iterdir())
        print(f"{folder}: {len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.2f} MB")


def git_apply(*args: str) -> bool:
    # the patch is stored without the single space of its empty context lines (the linter strips it)
    patch = "".join(line if line.strip() else " \n" for line in SPIKE_PATCH.splitlines(keepends=True))
    run = subprocess.run(["git", "apply", *args, "-"], cwd=ROOT, input=patch, text=True, capture_output=True)
    return run.returncode == 0


def build(modules: list[str]) -> None:
    pure()
    if not git_apply("--check", "-R"):  # not applied yet
        if not git_apply():
            raise SystemExit("the spike's source patch does not apply to this tree")
    shutil.rmtree(STASH, ignore_errors=True)
    paths = [m if m.endswith(".py") else f"newsfix/despin/{m}.py" for m in modules]
    mypyc = [str(Path(sys.executable).parent / "mypyc")]
    t = time.perf_counter()
    run = subprocess.run([*mypyc, "--ignore-missing-imports", *paths], cwd=SRC, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(run.stdout + run.stderr)
    print(f"mypyc: {len(paths)} modules compiled in {time.perf_counter() - t:.1f} s: {' '.join(paths)}")
    print("\n".join(str(p.relative_to(ROOT)) for p in artifacts()))


def clean() -> None:
    if git_apply("--check", "-R"):
        git_apply("-R")
    for so in artifacts():
        so.unlink()
    shutil.rmtree(STASH, ignore_errors=True)
    shutil.rmtree(SRC / "build", ignore_errors=True)
    shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)


def timed(cmd: list[str]) -> tuple[float, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def timing(runs: int) -> None:
    newsfix = str(Path(sys.executable).parent / "newsfix")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC)], check=True, stdout=subprocess.DEVNULL)
    builds = {"interpreted": pure, "compiled": compiled}
    res: dict[str, dict[str, list]] = {b: {"spun": [], "mixed": [], "inproc": []} for b in builds}
    for switch in builds.values():  # warm the caches and the page cache
        switch()
        timed([newsfix, "check", "-q", "-j", "1", str(MIXED)])
    for r in range(runs):
        for name, switch in builds.items():
            switch()
            res[name]["spun"].append(timed([newsfix, "check", "-q", "-j", "1", str(SPUN)]))
            res[name]["mixed"].append(timed([newsfix, "check", "-q", "-j", "1", str(MIXED)]))
            out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(SPUN)], capture_output=True, text=True)
            res[name]["inproc"].append(json.loads(out.stdout))
            print(
                f"run {r + 1} {name}: spun {res[name]['spun'][-1]}, mixed {res[name]['mixed'][-1]}, "
                f"in-process {res[name]['inproc'][-1]}",
                flush=True,
            )
    compiled()
    med = {}
    for name in builds:
        m = {
            k: (statistics.median(w for w, _ in res[name][k]), statistics.median(c for _, c in res[name][k]))
            for k in ("spun", "mixed")
        }
        m["inproc"] = (
            statistics.median(x["wall_ms"] for x in res[name]["inproc"]),
            statistics.median(x["cpu_ms"] for x in res[name]["inproc"]),
        )
        med[name] = m
        print(
            f"{name}, median of {runs}: check -j1 all spun {m['spun'][0]:.2f} s wall / {m['spun'][1]:.2f} s CPU; "
            f"mixed {m['mixed'][0]:.2f} / {m['mixed'][1]:.2f} s; in-process {m['inproc'][0]:.3f} ms wall / "
            f"{m['inproc'][1]:.3f} ms CPU per spun text"
        )
    i, c = med["interpreted"], med["compiled"]
    for k in ("spun", "mixed", "inproc"):
        print(f"gain {k}: wall {i[k][0] / c[k][0]:.2f}x, CPU {i[k][1] / c[k][1]:.2f}x")


def start(runs: int) -> None:
    """One-file start (process start included), the two builds alternating run after run: wall and CPU medians."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_check import real_texts

    newsfix = str(Path(sys.executable).parent / "newsfix")
    texts = real_texts(list(CORPORA))
    folder = Path("/tmp/nf7-start")
    folder.mkdir(exist_ok=True)
    for label, pick in (("spun", "spun.txt"), ("unspun", "original.txt")):
        name, data = min((t for t in texts if t[0].endswith(pick)), key=lambda t: abs(len(t[1]) - 4000))
        one = folder / name
        one.write_bytes(data)
        builds = {"interpreted": pure, "compiled": compiled}
        res: dict[str, list[tuple[float, float]]] = {b: [] for b in builds}
        for switch in builds.values():
            switch()
            timed([newsfix, "check", "-q", str(one)])  # warm the caches
        for _ in range(runs):
            for b, switch in builds.items():
                switch()
                res[b].append(timed([newsfix, "check", "-q", str(one)]))
        print(
            f"one {label} file ({len(data)} bytes), median of {runs}: "
            + ", ".join(
                f"{b} {statistics.median(w for w, _ in v) * 1000:.1f} ms wall / "
                f"{statistics.median(c for _, c in v) * 1000:.1f} ms CPU"
                for b, v in res.items()
            ),
            flush=True,
        )
    compiled()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("corpus", "build", "time", "start", "pure", "compiled", "clean"))
    ap.add_argument("modules", nargs="*", default=list(HOT))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if args.action == "corpus":
        corpus()
    elif args.action == "build":
        build(args.modules)
    elif args.action == "time":
        timing(args.runs)
    elif args.action == "start":
        start(args.runs)
    elif args.action == "pure":
        pure()
    elif args.action == "compiled":
        compiled()
    else:
        clean()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
