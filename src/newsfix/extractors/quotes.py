"""Quotes: quoted speech with its speaker, the speaker's role, the cue verb, and whether normalisation touched it.

Each item: `text` (without the marks), `start`/`end` (of that text), `speaker` (full name when the article gives
it anywhere: "said Ferraro" resolves to "Michael Ferraro"), `speaker_role`, `cue` ("said", "according to"),
`altered` (normalisation changed words inside the marks), `paragraph` (index).

Marks: curly and straight double quotes, guillemets; a quote opened and not closed runs to the end of its
paragraph (the convention for speech that goes on in the next paragraph). Attribution may follow the quote
(", said X, role."), precede it ("X said:", "According to X,"), or sit between two parts of it. A quote without
its own attribution takes the speaker named elsewhere in its paragraph, else the previous paragraph's speaker
when that paragraph was quoted speech too (the quote continues it). Short quoted phrases without attribution
("a “miracle” drug") are scare quotes, not speech, and are skipped.
"""

from __future__ import annotations

from typing import Any

import regex

from .base import NOT_NAMES, PERSON, PERSON_RE, PRONOUNS, TITLE, Context, clean_name, is_name, is_role

PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“”"}
OPEN = regex.compile("[“\"«„]")
CLOSE = {o: regex.compile("[" + c + "]") for o, c in PAIRS.items()}
CUE = (
    r"(?:said|says|say|added|adds|explained|explains|noted|notes|told|tells|commented|comments|stated|states|"
    r"warned|warns|cautioned|cautions|continued|continues|asked|asks|wrote|writes|argued|argues|emphasi[sz]ed|"
    r"stressed|stresses|concluded|concludes|suggested|suggests|pointed\s+out|points\s+out|observed|remarked|"
    r"recalled|acknowledged|admitted|agreed|agrees)"
)
SPEAKER = rf"(?:{TITLE})?(?P<name>{PERSON}|he|she|they|He|She|They)"
PRE_ROLE = r"(?P<pre>(?:(?:the|a|an|[\p{Ll}][\p{L}’'\-]*)\s+){0,5}?)"
ROLE_AFTER = r"(?:(?:,\s*|\s+(?=(?:of|at|from)\s))(?P<role>[^“”\"«»\n]+?))?(?=\s*(?:[.!?;](?:\s|$)|$|[“\"«]))"
AFTER = [
    regex.compile(rf"^\s*[,—–-]?\s*(?P<cue>{CUE})\s+{PRE_ROLE}{SPEAKER}{ROLE_AFTER}"),
    regex.compile(rf"^\s*[,—–-]?\s*{SPEAKER}(?:,\s*(?P<role>[^“”\"«»\n]+?),)?\s+(?P<cue>{CUE})\b"),
    regex.compile(rf"^\s*[,—–-]?\s*(?P<cue>according\s+to)\s+{PRE_ROLE}{SPEAKER}{ROLE_AFTER}", regex.I),
]
BEFORE = [
    regex.compile(
        rf"{SPEAKER}(?:,\s*(?P<role>[^“”\"«»\n]+?),)?\s+(?P<cue>{CUE})"
        r"(?:\s+(?:that|in\s+a\s+statement|in\s+a\s+press\s+release|in\s+an\s+interview))?\s*[:,]?\s*$"
    ),
    regex.compile(rf"(?P<cue>[Aa]ccording\s+to)\s+{PRE_ROLE}{SPEAKER}(?:,\s*(?P<role>[^“”\"«»\n]+?))?,?\s*$"),
]
BLANK_LINE = regex.compile(r"\n[ \t]*\n")


LINE = regex.compile(r"\n")
ENDS_UNIT = tuple('.!?:;"”’)')


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: lines, unless the text is hard-wrapped (then blocks between blank lines).

    Scraped news puts one paragraph on a line; hard-wrapped text breaks lines mid-sentence, so most of its lines
    inside blocks end without closing punctuation.
    """
    sep = LINE
    if BLANK_LINE.search(text):
        inner = [ln.rstrip() for block in BLANK_LINE.split(text) for ln in block.strip().split("\n")[:-1] if ln.strip()]
        if inner and sum(not ln.endswith(ENDS_UNIT) for ln in inner) > len(inner) / 2:
            sep = BLANK_LINE
    spans, pos = [], 0
    for m in sep.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def quote_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[open, close) spans of quotes in one paragraph, marks included."""
    spans = []
    pos = start
    while True:
        m = OPEN.search(text, pos, end)
        if not m:
            return spans
        i = m.start()
        c = text[i]
        if c == '"' and i > 0 and text[i - 1].isalnum():
            pos = i + 1
            continue
        close = CLOSE[c].search(text, i + 1, end)
        stop = close.end() if close else end
        spans.append((i, stop))
        pos = stop


def _attribution(match) -> dict[str, Any] | None:
    if not match:
        return None
    name = clean_name(match.group("name"))
    words = name.split()
    # a sentence-initial word glued to the name ("Now Ferraro said") is not part of it
    while len(words) > 1 and words[0].lower() in NOT_NAMES:
        words = words[1:]
    name = " ".join(words)
    pronoun = name.lower() in PRONOUNS
    if not pronoun and not is_name(name):
        return None
    role = (match.groupdict().get("role") or "").strip(" ,.;")
    if not is_role(role):
        role = ""  # "According to Tran, the trial was small, and ..." is a clause, not Tran's role
    pre = (match.groupdict().get("pre") or "").strip()
    if pre.lower() in ("the", "a", "an"):
        pre = ""
    if pre:
        role = f"{pre}, {role}" if role else pre
    return {"name": name, "pronoun": pronoun, "role": role or None, "cue": " ".join(match.group("cue").lower().split())}


def extract(ctx: Context, people: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    text = ctx.text
    quotes: list[dict[str, Any]] = []
    last_speaker: dict[str, Any] | None = None
    prev_para_quoted = False
    for pi, (pstart, pend) in enumerate(paragraphs(text)):
        spans = quote_marks(text, pstart, pend)
        found = []
        for k, (qs, qe) in enumerate(spans):
            after = text[qe : spans[k + 1][0] if k + 1 < len(spans) else pend]
            before = text[max(spans[k - 1][1] if k else pstart, qs - 300) : qs]
            att = None
            if text[qe - 1] in "”\"»“":  # closed: attribution can follow it
                att = next((a for a in (_attribution(p.search(after)) for p in AFTER) if a), None)
            if att is None:
                att = next((a for a in (_attribution(p.search(before)) for p in BEFORE) if a), None)
            inner_start, inner_end = qs + 1, qe - 1 if text[qe - 1] in "”\"»“" and qe - 1 > qs else qe
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
                inner_end -= 1
            words = len(text[inner_start:inner_end].split())
            ends_like_speech = text[inner_end - 1 : inner_end] in ".!?…" if inner_end > inner_start else False
            if att is None and (words < 3 or (words < 6 and not ends_like_speech and text[qe - 2 : qe - 1] != ",")):
                continue  # a scare quote or a quoted title, not speech
            found.append((qs, qe, inner_start, inner_end, att))
        if not found:
            prev_para_quoted = False
            continue
        # the paragraph's own named speaker, for quotes in it without their own attribution
        para_att = next((a for *_, a in found if a and not a["pronoun"]), None)
        for qs, qe, inner_start, inner_end, att in found:
            if att and att["pronoun"]:
                # "he said": the person last named in the paragraph before the quote, else the last speaker
                named = _last_person(ctx, pstart, qs)
                who = {"name": named, "role": None} if named else (last_speaker or {"name": None, "role": None})
                att = {**who, "cue": att["cue"], "pronoun": False}
            if att is None:
                if para_att is not None:
                    att = {**para_att, "cue": None}
                elif prev_para_quoted and last_speaker is not None:
                    att = {**last_speaker, "cue": None}
            quote = {
                "text": text[inner_start:inner_end],
                "start": inner_start,
                "end": inner_end,
                "speaker": att["name"] if att else None,
                "speaker_role": att["role"] if att else None,
                "cue": att["cue"] if att else None,
                "altered": ctx.altered(qs, qe),
                "paragraph": pi,
            }
            quotes.append(quote)
            if att and att["name"]:
                last_speaker = {"name": att["name"], "role": att["role"]}
        prev_para_quoted = True
    resolve_speakers(quotes, text)
    return quotes


def _last_person(ctx: Context, start: int, end: int) -> str | None:
    """The last person named in text[start:end]: not inside an entity, and not "of X" / "at X" (a place)."""
    ents = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.end_char > start and e.start_char < end]
    names = []
    for m in PERSON_RE.finditer(ctx.text, start, end):
        if any(s < m.end() and m.start() < e for s, e in ents):
            continue
        if regex.search(r"\b(?:of|at|from|in)\s+(?:the\s+)?$", ctx.text[max(start, m.start() - 10) : m.start()]):
            continue
        name = clean_name(m.group())
        if is_name(name):
            names.append(name)
    return names[-1] if names else None


def resolve_speakers(quotes: list[dict[str, Any]], text: str) -> None:
    """Give surname-only speakers the full name used elsewhere, and carry a known role to every quote."""
    full: dict[str, list[tuple[str, str | None]]] = {}
    for q in quotes:
        name = q["speaker"]
        if name and len(name.split()) > 1:
            full.setdefault(name.split()[-1], []).append((name, q["speaker_role"]))
    for m in regex.finditer(rf"(?<![\p{{L}}])(?:{TITLE})?({PERSON})", text):
        name = clean_name(m.group(1))
        if len(name.split()) > 1 and is_name(name):
            full.setdefault(name.split()[-1], []).append((name, None))
    roles: dict[str, str] = {}
    for q in quotes:
        name = q["speaker"]
        if name and len(name.split()) == 1 and name in full:
            q["speaker"] = full[name][0][0]
        if q["speaker"] and q["speaker_role"]:
            roles.setdefault(q["speaker"], q["speaker_role"])
    for q in quotes:
        if q["speaker"] and not q["speaker_role"]:
            q["speaker_role"] = roles.get(q["speaker"])
