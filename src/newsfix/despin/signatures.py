"""Family signatures: spinners whose outputs are ordinary words, recognised by several of them on one page.

A spinner that is a fixed word-for-word dictionary of ordinary English ("said" -> "pronounced", "two" -> "dual",
"study" -> "investigate") writes no phrase that is a fingerprint, so its pages would be judged clean and its
family's lexicon entries would never apply. `lexicons/signatures/<FAMILY>.txt` (built from the learn part by
scripts/build_signatures.py) lists such outputs; a page that holds at least `min-distinct` of them, and at least
`min-density` per 1000 words, is attributed to the family: it is judged spun, and the family's ambiguous entries
apply behind the usual guards and gates. The thresholds are one above what any unspun calibration text or any other
family's page holds.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..records import Frozen

# rates of function words mean little on a shorter page
MIN_WORDS = 80


class ArticleSwap(Frozen):
    """A spinner that writes "a" for "the" almost everywhere: at most `max_the` "the" and at least `min_a` "a"/"an"
    per 1000 words on a page of `MIN_WORDS` or more, where unspun news has about 60 "the"."""

    max_the: float
    min_a: float
    min_distinct: int

    def __init__(self, max_the: float, min_a: float, min_distinct: int) -> None:
        self.__dict__.update(max_the=max_the, min_a=min_a, min_distinct=min_distinct)

    def holds(self, runs: list[str], found: int) -> bool:
        words = len(runs)
        if found < self.min_distinct or words < MIN_WORDS:
            return False
        per_1000 = 1000.0 / words
        return (
            runs.count("the") * per_1000 <= self.max_the
            and (runs.count("a") + runs.count("an")) * per_1000 >= self.min_a
        )


class Signature(Frozen):
    family: str
    words: frozenset[str]
    min_distinct: int
    min_density: float
    article_swap: ArticleSwap | None

    def __init__(
        self,
        family: str,
        words: frozenset[str],
        min_distinct: int,
        min_density: float,
        article_swap: ArticleSwap | None = None,
    ) -> None:
        self.__dict__.update(
            family=family, words=words, min_distinct=min_distinct, min_density=min_density, article_swap=article_swap
        )

    def holds(self, runs: list[str]) -> bool:
        """Whether a page's lower-case word runs (tokens.word_runs) carry the signature: enough of its words, dense
        enough; or, for a spinner that also swaps the article, fewer of its words on a page whose "the" became "a"."""
        found = len(self.words.intersection(runs))
        if found >= self.min_distinct and 1000.0 * found / max(len(runs), 100) >= self.min_density:
            return True
        return self.article_swap is not None and self.article_swap.holds(runs, found)


def parse_signature(path: Path) -> Signature:
    """One signature file: `#` comments, `min-distinct N` and `min-density X` lines, optionally `article-swap
    MAX_THE MIN_A MIN_DISTINCT`, then one word a line."""
    settings: dict[str, str] = {}
    words: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(" ")
        if key in ("min-distinct", "min-density", "article-swap"):
            settings[key] = value.strip()
        elif value or not line.replace("-", "").isalpha() or line != line.lower():
            raise ValueError(f"{path}:{number}: a signature word is one lower-case word, not {line!r}")
        else:
            words.append(line)
    missing = {"min-distinct", "min-density"} - settings.keys()
    if missing:
        raise ValueError(f"{path}: missing {', '.join(sorted(missing))}")
    if not words:
        raise ValueError(f"{path}: no signature words")
    article_swap = None
    if "article-swap" in settings:
        parts = settings["article-swap"].split()
        if len(parts) != 3:
            raise ValueError(f"{path}: article-swap takes MAX_THE MIN_A MIN_DISTINCT, not {settings['article-swap']!r}")
        article_swap = ArticleSwap(float(parts[0]), float(parts[1]), int(parts[2]))
    return Signature(
        path.stem, frozenset(words), int(settings["min-distinct"]), float(settings["min-density"]), article_swap
    )


class FamilySignatures:
    """Every signature in a folder (none when it is missing); `families(runs)` the families a page carries."""

    def __init__(self, folder: Path):
        self.folder = folder

    @cached_property
    def signatures(self) -> tuple[Signature, ...]:
        if not self.folder.is_dir():
            return ()
        return tuple(parse_signature(p) for p in sorted(self.folder.glob("*.txt")))

    def families(self, runs: list[str], disable: frozenset[str] = frozenset()) -> frozenset[str]:
        """The families whose signature the page carries, less those disabled (`signature`: all of them,
        `signature:FAMILY`: one)."""
        if "signature" in disable:
            return frozenset()
        return frozenset(s.family for s in self.signatures if f"signature:{s.family}" not in disable and s.holds(runs))
