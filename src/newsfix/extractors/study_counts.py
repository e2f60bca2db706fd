"""Study counts: how many trials, studies, participants, patients, ... an article reports.

Each item: `value` (int), `unit` (canonical plural from lexicons/entities/study-units.txt), `qualifier` ("over",
"more than", "nearly", ... or null), `population` ("adult", from count-population.txt, or null), `design`
("randomised controlled", from count-design.txt, or null), and `text`/`start`/`end`. Digits ("2,300", "1.2
million"), number words ("five", "twenty-five", "a dozen", "two hundred") and "n = 120" are read. A count is a
number followed directly (modifiers aside) by a unit noun, so doses ("50 mg"), percentages, ages ("aged 65",
"65-year-old"), money ("$2 million") and years do not qualify; ratios ("1 in 5 adults") are skipped too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

from .base import ArticleContext, read_terms

QUALIFIERS = (
    "just over", "just under", "more than", "fewer than", "less than", "at least", "up to", "as many as",
    "nearly", "almost", "about", "around", "approximately", "roughly", "some", "over", "under",
)  # fmt: skip
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_SMALL = "|".join(sorted(list(UNITS_WORDS) + ["dozen"], key=len, reverse=True))
_TENS = "|".join(TENS)
_WORD_NUMBER = (
    rf"(?:(?:a|an|{_SMALL}|(?:{_TENS})(?:[-\s](?:{_SMALL}))?)"  # a leading "a" only before a scale word
    rf"(?:[-\s](?:hundred|thousand|million|dozen)(?:\s+and)?(?:[-\s](?:{_SMALL}|(?:{_TENS})(?:[-\s](?:{_SMALL}))?))?)*)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million|billion))?"
CURRENCY = "$£€¥"
YEAR_BEFORE = regex.compile(
    r"(?:\b(?:in|since|by|from|during|until|till|between|of|and|to|year|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s*,?\s*)$",
    regex.IGNORECASE,
)
RATIO_BEFORE = regex.compile(
    r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?)$",
    regex.IGNORECASE,
)
AGE_BEFORE = regex.compile(r"\b(?:aged|ages?|age\s+of|over\s+the\s+age\s+of)$", regex.IGNORECASE)
# words between a number and its population noun that are not its modifiers ("2 mg of ... in patients")
STOP = (
    "of|in|with|for|and|or|to|the|per|from|than|who|were|was|had|have|mg|ml|kg|hours|days|weeks|months|years|times|"
    "among|between|including|like|such|more|fewer|additional|extra"  # "PURPOSE 3 among women", "1 billion more people"
)
# a count of people that is a national or world statistic, not a study population
STATISTIC = regex.compile(r"\b(?:kill\w*|claim\w*|affect\w*|die[sd]?|dying|deaths?\s+of|phase|Phase)\s*$")
STAT_AFTER = regex.compile(r"^\s+(?:in|across|around|worldwide|globally)\b")
# what happened to some of the population, not its size: "Two volunteers were injected", "18 patients were taken off
# it"; enrolment verbs ("were randomised to", "were enrolled") still describe the population or a trial arm
EVENT_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?!(?:randomi[sz]ed|assigned|allocated|enrolled|recruited|included|studied|followed|"
    r"surveyed|analy[sz]ed|asked|invited|interviewed|screened|selected|tracked|monitored|observed|given|"
    r"confirmed|identified)\b)"
    r"(?:\w+ed|taken|given|hit|put|sent|kept|left|lost|shot|seen|bitten|stung|born)\b",
    re.IGNORECASE,
)
# a number needed to treat: "1 death would be prevented by treatment of just 7 ventilated patients or 20 ..."
NNT_BEFORE = re.compile(
    r"(?:number\s+needed\s+to\s+treat|\b(?:prevent\w*|avert\w*|sav\w*|avoid\w*)\b[^.;]{0,40}\btreat(?:ment|ing)\b)"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
THRESHOLD = ("more than", "fewer than", "less than", "at least", "up to", "over", "under")
NAME_BEFORE = re.compile(r"\b[A-Z]{3,}[ \t]+$")  # "PURPOSE 3", "SELECT 2": a trial's name and number
# "16,700 Australians" after a study verb: a nationality as the population noun
DEMONYM = re.compile(
    r"\b(?:involved|enrolled|recruited|included|studied|surveyed|followed|tracked|analy[sz]ed|examined|of)\s+"
    r"(?:(?P<qual>more\s+than|over|nearly|almost|about|around|some)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d{3,})\s+"
    r"(?P<unit>[A-Z][a-z]+(?:ians|ans|ons|ese|ers))\b"
)
N_EQUALS = regex.compile(r"(?<![\w])[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b")


def _alternation(terms) -> str:
    return "|".join(regex.escape(t) for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, str], frozenset[str], frozenset[str]]:
    units = {t.lower(): c for t, c in read_terms("study-units.txt")}
    population = frozenset(t.lower() for t, _ in read_terms("count-population.txt"))
    design = frozenset(t.lower() for t, _ in read_terms("count-design.txt"))
    # plain `re` (no Unicode classes needed here) runs this pattern faster than `regex`
    pattern = re.compile(
        rf"(?<![\w{re.escape(CURRENCY)}.,/-])"
        rf"(?:(?P<qual>{_alternation(QUALIFIERS)})\s+)?"
        rf"(?P<num>{_DIGITS}|{_WORD_NUMBER})"
        rf"(?P<mods>(?:\s+(?:{_alternation(population | design)}|(?!(?:{STOP})\b)[a-z][a-z-]{{2,}}))"
        "{0,3})"
        rf"\s+(?P<unit>{_alternation(units)})\b(?![-'’])(?!\s+(?:sites?|doses?|arms?|data|results|phases?|centres|centers))"
        rf"|(?<![\w.,])(?P<qual2>{_alternation(QUALIFIERS)}\s+)?(?P<num2>\d{{1,3}}(?:,\d{{3}})+|\d+)-(?P<unit2>person|patient|participant|people|woman|adult|child)\b",
        re.IGNORECASE,
    )
    return pattern, units, population, design


_NUMBER_WORDS = "|".join(sorted([*UNITS_WORDS, *TENS, "dozen"], key=len, reverse=True))
# where a count can start: a digit, a number word, "a/an" before a scale word. Scanning for these first and trying
# the full pattern only there is ~5x faster than letting the full pattern try every position of the text.
ANCHOR = re.compile(
    rf"(?<![\w{re.escape(CURRENCY)}.,/-])(?:\d|(?:a|an)[-\s]+(?:hundred|thousand|million|dozen)\b|(?:{_NUMBER_WORDS})\b)",
    re.IGNORECASE,
)
QUAL_BEFORE = re.compile(rf"(?<![\w])(?:{_alternation(QUALIFIERS)})\s+$", re.IGNORECASE)
DIGIT_NUMBER = re.compile(r"([\d,]+(?:\.\d+)?)(?:\s+(thousand|million|billion))?", re.IGNORECASE)
WORD_SPLIT = re.compile(r"[-\s]+")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_OR_1800S = re.compile(r"(?:1[89]|20)\d\d")


def _matches(pattern: re.Pattern[str], text: str):
    """`pattern.finditer(text)`, tried only at number anchors (and at a qualifier right before one)."""
    last = 0
    for a in ANCHOR.finditer(text):
        pos = a.start()
        if pos < last:
            continue
        m = None
        q = QUAL_BEFORE.search(text, max(last, pos - 24), pos)
        if q:
            m = pattern.match(text, q.start())
        if m is None:
            m = pattern.match(text, pos)
        if m is not None:
            last = m.end()
            yield m


def word_value(text: str) -> int | None:
    """Value of a number written in words ("twenty-five", "a dozen", "two hundred and six"), or None."""
    total, current = 0, 0
    seen = False
    for w in WORD_SPLIT.split(text.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = current or 1
        elif w in UNITS_WORDS:
            current += UNITS_WORDS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in SCALES:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def number_value(text: str) -> int | None:
    m = DIGIT_NUMBER.fullmatch(text.strip())
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= SCALES[m.group(2).lower()]
        return int(round(value))
    return word_value(text)


def extract(ctx: ArticleContext) -> list[dict[str, Any]]:
    text = ctx.text
    pattern, units, population, design = _compiled()
    items: list[dict[str, Any]] = []
    for m in _matches(pattern, text):
        if m.group("num2"):
            qual = m.group("qual2")
            items.append({
                "value": int(m.group("num2").replace(",", "")), "unit": "participants",
                "qualifier": qual.strip().lower() if qual else None, "population": None, "design": None,
                "text": m.group(), "start": m.start(), "end": m.end(),
            })  # fmt: skip
            continue
        num = m.group("num")
        value = number_value(num)
        if (
            value is None
            or value < 2
            or (
                YEAR.fullmatch(num)
                and not m.group("mods").strip()
                and m.group("unit").lower() in ("study", "trial", "studies", "trials")
            )
        ):
            continue
        if num.lower() in ("one", "a", "an"):
            continue  # "one study found" names a study, it does not count them
        before = text[max(0, m.start("num") - 40) : m.start("num")]
        tail = before.rstrip()
        if tail and (tail[-1] in CURRENCY or AGE_BEFORE.search(tail)):
            continue
        if YEAR_OR_1800S.fullmatch(num) and YEAR_BEFORE.search(before):
            continue
        if RATIO_BEFORE.search(before) or STATISTIC.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if value >= 100_000 and STAT_AFTER.match(text[m.end() : m.end() + 30]):
            continue  # "31 million people in the US": a statistic, not a study population
        if value >= 1_000_000_000 or EVENT_AFTER.match(text, m.end()) or NAME_BEFORE.search(before):
            continue  # a billion people is the world; a subset that something happened to; a trial's name
        qual_ = (m.group("qual") or "").lower()
        if qual_ in THRESHOLD and value < 10:
            continue  # "gatherings of more than two people": a rule's threshold
        if NNT_BEFORE.search(text, max(0, m.start() - 120), m.start()):
            continue
        mods = m.group("mods").split()
        pop = " ".join(w.lower() for w in mods if w.lower() in population) or None
        des = " ".join(w.lower() for w in mods if w.lower() in design) or None
        qual = m.group("qual")
        items.append({
            "value": value,
            "unit": units[m.group("unit").lower()],
            "qualifier": qual.lower() if qual else None,
            "population": pop,
            "design": des,
            "text": m.group(),
            "start": m.start(),
            "end": m.end(),
        })  # fmt: skip
    for m in DEMONYM.finditer(text):
        if any(i["start"] <= m.start("num") < i["end"] for i in items):
            continue
        qual = m.group("qual")
        items.append({
            "value": int(m.group("num").replace(",", "")), "unit": "participants",
            "qualifier": qual.lower() if qual else None, "population": None, "design": None,
            "text": text[m.start("qual") if qual else m.start("num") : m.end()],
            "start": m.start("qual") if qual else m.start("num"), "end": m.end(),
        })  # fmt: skip
    for m in N_EQUALS.finditer(text):
        if any(i["start"] <= m.end(1) and m.start(1) < i["end"] for i in items):
            continue  # "n = 240 older adults" is counted once, by the fuller phrase
        items.append({
            "value": int(m.group(1).replace(",", "")), "unit": "participants", "qualifier": None,
            "population": None, "design": None, "text": m.group(), "start": m.start(), "end": m.end(),
        })  # fmt: skip
    items.sort(key=lambda i: i["start"])
    return items
