"""Very long texts, repaired a segment of whole paragraphs at a time.

The matcher's working memory (tokens, entry points, candidates) grows with the text it is given; a 10 MB all-spun
file needed about 90 times its size at once. Cutting the text at paragraph breaks bounds that by a segment. No
spinner phrase crosses a paragraph break (the matcher stops phrases there), so the repairs are those of the whole
text, except that each segment gets its own verdict: a long dump of many articles is judged part by part. A text
with no paragraph break for a whole segment is cut at a line break instead, where a hard-wrapped phrase could be
split: at most once per segment, in text that has no paragraphs.
"""

from __future__ import annotations

from ..model import Spin
from .protect import PARAGRAPH

# Texts longer than SEGMENT_ABOVE characters are cut into segments of about SEGMENT_CHARS.
SEGMENT_ABOVE = 1 << 20
SEGMENT_CHARS = 1 << 18
FENCE = "```"


def segments(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive segments covering the text, each about `size` (default SEGMENT_CHARS)
    characters: cut at a paragraph break, or, in text without one for another `size` characters (one long
    paragraph, a file of single lines), at a line break; never inside a fenced code block (a protected span that
    may hold blank lines)."""
    size = size or SEGMENT_CHARS
    cuts, start = [], 0
    while len(text) - start > 2 * size:
        cut = _cut(text, start, size)
        if cut is None:
            break
        cuts.append((start, cut))
        start = cut
    cuts.append((start, len(text)))
    return cuts


def _cut(text: str, start: int, size: int) -> int | None:
    """The end of the segment that starts at `start`, or None when the rest of the text is one segment."""
    target = start + size
    for m in PARAGRAPH.finditer(text, target, target + size):
        if _outside_fences(text, start, m.start()):
            return m.end()
    pos = text.find("\n", target)
    while pos >= 0:
        if _outside_fences(text, start, pos):
            return pos + 1
        pos = text.find("\n", pos + 1)
    return None


def _outside_fences(text: str, start: int, pos: int) -> bool:
    return text.count(FENCE, start, pos) % 2 == 0


def merge_spins(spins: list[Spin]) -> Spin:
    """One verdict for a text judged segment by segment: the surest verdict any segment has, counts summed, and
    the families of the segments with that verdict."""
    words = sum(s.words for s in spins)
    distinct = sum(s.distinct for s in spins)
    verdicts = {s.verdict for s in spins}
    verdict = next((v for v in ("spun", "uncertain") if v in verdicts), "clean")
    families = sorted({f for s in spins if s.verdict == verdict for f in s.families})
    score = round(1000.0 * distinct / max(words, 100), 3)
    return Spin(score, verdict, sum(s.fingerprints for s in spins), words, distinct, tuple(families))
