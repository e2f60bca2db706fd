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

from functools import lru_cache
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from .base import NOT_NAMES, PERSON, PERSON_RE, PRONOUNS, TITLE, ArticleContext, clean_name, is_name, is_role

PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“”", "‘": "’", "”": "”"}
# a single curly quote opens speech only before a capital, where no word precedes it ("‘There is little point");
# elsewhere it is an apostrophe or a scare quote
# a right mark after a colon, before a capital, opens speech too ('told the BBC:”I am a scientist')
OPEN = regex.compile('[“"«„]|(?<![\\p{L}\\p{N}])‘(?=\\p{Lu})|(?<=:\\s?)”(?=\\p{Lu})')
# a closing mark glued to a following letter ('instructed to”talk”') is a typo, not the end of the quote
CLOSE = {o: regex.compile("[" + c + "](?![\\p{L}\\p{N}])") for o, c in PAIRS.items()}
CLOSERS = '”"»“’'

CUE = (
    r"(?:said|says|say|added|adds|explained|explains|noted|notes|told|tells|commented|comments|stated|states|"
    r"warned|warns|cautioned|cautions|continued|continues|asked|asks|wrote|writes|argued|argues|emphasi[sz]ed|"
    r"stressed|stresses|concluded|concludes|suggested|suggests|pointed\s+out|points\s+out|observed|remarked|"
    r"recalled|acknowledged|admitted|agreed|agrees|mentioned|mentions|disclosed|discloses|advised|advises|informed|"
    r"declared|declares|insisted|insists|claimed|claims|replied|responded|confirmed|confirms|announced|announces|"
    r"revealed|reveals|reported|reports|recounted|recounts|elaborated|maintained|maintains|expressed|conceded|"
    # say-verbs a spinner writes for "said"/"added"/"explained" and the repair may leave: "Lleras included"
    r"remarks|included|includes|defined|defines|expresses|acknowledges|notes)"
)
SPEAKER = rf"(?:{TITLE})?(?P<name>{PERSON}|he|she|they|He|She|They|\p{{Lu}}{{2,6}}(?![\p{{L}}-]))"
ADVERB = r"(?:\s+(?:also|further|later|then|previously|once|recently|earlier|simply|went\s+on\s+to))?"
# where an attribution was given ("says Garegnani in a statement", "he says by email", "told Reuters")
VENUE = (
    r"(?:\s+(?:in\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|interview|e-?mail|release|"
    r"briefing|call|conference|post|video|podcast)|by\s+(?:e-?mail|phone|telephone)|on\s+(?:Twitter|X|\p{Lu}\p{L}+)|"
    r"(?:told|tells|to)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}))?"
)
PRE_ROLE = r"(?P<pre>(?:(?:the|a|an|[\p{Ll}][\p{L}’'\-]*|\p{Lu}{2,6}(?:[’']s)?)\s+){0,5}?)"
ROLE_AFTER = (
    r"(?:\s+and\s+(?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.]*){0,3})?"  # joint: the first person
    rf"{VENUE}"
    r"(?:(?:,\s*|\s+(?=(?:of|at|from)\s))(?P<role>[^“”\"«»\n]+?))?(?=\s*(?:[.!?;](?:\s|$)|$|[“\"«]))"
)
AFTER = [
    regex.compile(rf"^\s*[,—–-]?\s*(?P<cue>{CUE})\s+{PRE_ROLE}{SPEAKER}{ROLE_AFTER}"),
    regex.compile(
        rf"^\s*[,—–-]?\s*{PRE_ROLE}{SPEAKER}(?:\s+and\s+{PERSON})?(?:,\s*(?P<role>[^“”\"«»\n]+?),)?{ADVERB}\s+(?P<cue>{CUE})\b"
    ),
    # case-insensitive only for the cue: under regex.I a name pattern takes lower-case words too
    regex.compile(rf"^\s*[,—–-]?\s*(?P<cue>(?i:according\s+to))\s+{PRE_ROLE}{SPEAKER}{ROLE_AFTER}"),
    # a partial quote woven into a sentence that ends with its attribution: '... “no longer an outlier” compared
    # with others, Mr Khan said.'
    regex.compile(rf"^[^.!?“”\"«»\n]{{0,120}}?,\s*(?:{TITLE})?(?P<name>{PERSON}|he|she|He|She)\s+(?P<cue>{CUE})\s*[.]"),
    regex.compile(rf"^[^.!?“”\"«»\n]{{0,120}}?,\s*(?P<cue>{CUE})\s+(?P<pre>the\s+)?(?:{TITLE})?(?P<name>{PERSON})\s*[.,]"),
]
BEFORE = [
    regex.compile(
        rf"{SPEAKER}(?:,\s*(?P<role>[^“”\"«»\n]+?),)?\s+(?P<cue>{CUE})"
        r"(?:\s+(?:that|in\s+a\s+statement|in\s+a\s+press\s+release|in\s+an\s+interview|"
        r"(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}))?\s*[:,]?\s*$"
    ),
    regex.compile(
        rf"(?<![\p{{L}}]){SPEAKER}\s+(?P<cue>says|said|writes|wrote|notes|noted|calls|called|describes|described)\s+"
        r"(?:that\s+)?(?:it|this|they|these|he|she|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+"
        r"(?:is|was|are|were|has\s+been|had\s+been|would\s+be|will\s+be|could\s+be|as)\s*$"
    ),
    regex.compile(rf"(?P<cue>[Aa]ccording\s+to)\s+{PRE_ROLE}{SPEAKER}(?:,\s*(?P<role>[^“”\"«»\n]+?))?,?\s*$"),
]
# an attribution to no named person or source: "the researchers said", "according to the findings", "the author
# noted". The quote is speech with a null speaker; it does not inherit the last named speaker.
ANON_SOURCE = (
    r"(?:the|a|an|one|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:researchers?|authors?|creators?|writers?|"
    r"scientists?|team|study|studies|investigators?|experts?|doctors?|physicians?|officials?|spokes(?:man|woman|person)|"
    r"statement|report|paper|review|findings|analysis|survey|company|agency|group|article|journal|editorial)"
)
ANON_AFTER = [
    regex.compile(rf"^\s*[,—–-]?\s*{ANON_SOURCE}{ADVERB}\s+(?P<cue>{CUE})\b"),
    regex.compile(rf"^\s*[,—–-]?\s*(?P<cue>{CUE}|(?i:according\s+to))\s+{ANON_SOURCE}\b(?!\s+\p{{Lu}})"),
]
ANON_BEFORE = regex.compile(
    rf"(?:\b{ANON_SOURCE}\s+(?P<cue>{CUE})|\b(?P<cue2>[Aa]ccording\s+to)\s+{ANON_SOURCE})\s*[:,]?\s*$"
)
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


def _block_quotation(text: str, pstart: int, pend: int, spans: list[tuple[int, int]]) -> bool:
    """A long paragraph that opens with a quotation mark and has no attribution right after that quotation closes:
    a quoted passage (a block quote), whatever marks it contains."""
    if len(spans) < 2 or pend - pstart < 600 or text[pstart : spans[0][0]].strip():
        return False
    qe = spans[0][1]
    after = text[qe : spans[1][0]]
    return not any(p.search(after) for p in AFTER) and not any(p.search(after) for p in ANON_AFTER)


def _attribution(match) -> dict[str, Any] | None:
    if not match:
        return None
    name = clean_name(match.group("name"))
    words = name.split()
    # a sentence-initial word glued to the name ("Now Ferraro said") is not part of it
    while len(words) > 1 and words[0].lower() in NOT_NAMES:
        words = words[1:]
    name, _ = person_name(" ".join(words))
    pronoun = name.lower() in PRONOUNS
    if not pronoun and not is_name(name):
        return None
    if len(name.split()) == 1 and name.lower().rstrip(".") in NOT_PERSON_WORDS:
        return None  # "according to the findings published Dec. 21"
    role = (match.groupdict().get("role") or "").strip(" ,.;")
    if not is_role(role):
        role = ""  # "According to Tran, the trial was small, and ..." is a clause, not Tran's role
    pre = (match.groupdict().get("pre") or "").strip()
    if pre == "the" and " " not in name and name[1:].islower():
        name = f"The {name}"  # "notes the Conversation": a named source, with its article
    if pre.lower() in ("the", "a", "an"):
        pre = ""
    if pre:
        role = f"{pre}, {role}" if role else pre
    return {"name": name, "pronoun": pronoun, "role": role or None, "cue": " ".join(match.group("cue").lower().split())}


ROLE_WORDS = frozenset(
    """president prime minister mayor secretary governor senator chancellor administrator astronaut astronauts
    editor judge ceo founder commissioner officer spokesman spokeswoman spokesperson analyst biologist ecologist
    immunologist physicist chemist economist professors professor doctor dr lead study senior chief director
    head deputy vice general minister transport health foreign interior attorney""".split()
)
NOT_PERSON_WORDS = frozenset(
    """group council committee agency department service organization organisation association society survey
    trust breakfast news times post journal university institute college hospital centre center laboratory school
    foundation jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december covid""".split()
)
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"})
TITLE_INTRO = regex.compile(
    r"(?:\b(?:entitled|titled|called|named|dubbed|headlined|headline|as|issue|book|paper|article|film|show)\s*[,:]?\s*)$",
    regex.I,
)


PLACE_BEFORE = regex.compile(r"\b(?:of|at|from|in)\s+(?:the\s+)?$")
ADDRESSEE_BEFORE = regex.compile(r"\b(?:told|tells|tell|telling|to|with|on)\s+(?:the\s+)?$")


def person_name(raw: str) -> tuple[str, bool]:
    """A person's name from a capitalised run: leading sentence words, roles and titles dropped ("London Mayor
    Sadiq Khan" -> "Sadiq Khan", "On Friday Mr Khan" -> "Khan"); and whether a title introduced it."""
    words = raw.split()
    titled = False
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower().rstrip(".")
        parts = w.split("-")
        if i < len(words) - 1 and (
            w in TITLE_WORDS or w in ROLE_WORDS or w.endswith("ologist") or (len(parts) > 1 and parts[0] in ROLE_WORDS)
        ):
            titled = titled or w in TITLE_WORDS
            words = words[i + 1 :]
            break
    while len(words) > 1 and (words[0].lower() in NOT_NAMES or words[0].lower() in NOT_PERSON_WORDS):
        words = words[1:]
    return " ".join(words), titled


def _candidates(ctx: ArticleContext, start: int, end: int, quoted: list[tuple[int, int]], known: set[str]) -> list[str]:
    """Persons named in text[start:end] outside quotes and entities, in order."""
    text = ctx.text
    ents = [(e.start, e.end) for e in ctx.ents if e.end > start and e.start < end]
    out = []
    for m in PERSON_RE.finditer(text, max(0, start), end):
        if any(s < m.end() and m.start() < e for s, e in ents) or any(s <= m.start() < e for s, e in quoted):
            continue
        name, titled = person_name(clean_name(m.group()))
        words = name.split()
        if not words or not is_name(name) or any(w.lower() in NOT_PERSON_WORDS for w in words):
            continue
        if len(words) == 1:
            # a lone capitalised word is a person when a title says so, when it is the surname of a full name in
            # the article, or when the article keeps coming back to it
            if not (titled or name in known or text.count(name) >= 2):
                continue
        elif PLACE_BEFORE.search(text[max(0, m.start() - 10) : m.start()]):
            continue  # "at Johns Hopkins", "in New York": a place or an organisation
        if ADDRESSEE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) and name not in known:
            continue  # "he tells Reuters Health", "in an interview with Science News": who was told, not a speaker
        out.append(name)
    return out


def extract(ctx: ArticleContext, people: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    text = ctx.text
    paras = paragraphs(text)
    marks = [quote_marks(text, ps, pe) for ps, pe in paras]
    quoted = [span for spans in marks for span in spans]
    known = {n.split()[-1] for n in _full_names(text)}
    quotes: list[dict[str, Any]] = []
    last_speaker: dict[str, Any] | None = None
    last_end = 0  # end of the last quote taken as speech
    prev_para_quoted = False
    cut: set[int] = set()  # quotes cut off by the end of the excerpt
    for pi, (pstart, pend) in enumerate(paras):
        spans = marks[pi]
        if _block_quotation(text, pstart, pend, spans):
            # a quoted passage as a paragraph of its own: the marks inside it are quotations nested in it
            spans = [(spans[0][0], pend)]
        found = []
        for k, (qs, qe) in enumerate(spans):
            after = text[qe : spans[k + 1][0] if k + 1 < len(spans) else pend]
            before = text[max(spans[k - 1][1] if k else pstart, qs - 300) : qs]
            att = None
            if text[qe - 1] in CLOSERS:  # closed: attribution can follow it
                att = next((a for a in (_attribution(p.search(after)) for p in AFTER) if a), None)
            if att is None:
                att = next((a for a in (_attribution(p.search(before)) for p in BEFORE) if a), None)
            if att is None:
                anon = (
                    next((m for m in (p.search(after) for p in ANON_AFTER) if m), None)
                    if text[qe - 1] in CLOSERS
                    else None
                ) or ANON_BEFORE.search(before)
                if anon:
                    cue = anon.groupdict().get("cue") or anon.groupdict().get("cue2") or ""
                    att = {"name": None, "pronoun": False, "role": None, "cue": " ".join(cue.lower().split())}
            inner_start, inner_end = qs + 1, qe - 1 if text[qe - 1] in CLOSERS and qe - 1 > qs else qe
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
                inner_end -= 1
            inner = text[inner_start:inner_end]
            words = inner.split()
            if text[qe - 1] not in CLOSERS and not text[qe:].strip() and inner[:1].isupper() and len(words) > 1:
                cut.add(qs)  # "“We had several promis": speech cut off by the end of the excerpt
                found.append((qs, qe, inner_start, inner_end, att))
                continue
            ends_like_speech = inner[-1:] in ".!?…"
            sentence = inner[:1].isupper() and (ends_like_speech or text[qe - 2 : qe - 1] == ",")
            if len(words) < 4 and not (sentence and att):
                continue  # a scare quote, a term or a name ("quite mixed"), or a short sentence nobody is said to say
            long_words = [w for w in words if len(w) > 3]
            title_case = long_words and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)
            if att is None and (
                (len(words) < 6 and not ends_like_speech and text[qe - 2 : qe - 1] != ",")
                or TITLE_INTRO.search(text[max(pstart, qs - 30) : qs])
                or (title_case and len(words) < 12)
            ):
                continue  # a quoted title, not speech
            found.append((qs, qe, inner_start, inner_end, att))
        if not found:
            prev_para_quoted = False
            continue
        resolved = []
        for qs, qe, inner_start, inner_end, att in found:
            if att and att["pronoun"]:
                # "he said": the person named since the last quote, else that quote's speaker, else the last
                # person named before
                named = _candidates(ctx, last_end, qs, quoted, known)
                if not named and last_speaker is None:
                    named = _candidates(ctx, qs - 1500, qs, quoted, known)
                who = {"name": named[-1], "role": None} if named else (last_speaker or {"name": None, "role": None})
                att = {**who, "cue": att["cue"], "pronoun": False}
            resolved.append((qs, qe, inner_start, inner_end, att))
            if att and att["name"]:
                last_speaker = {"name": att["name"], "role": att["role"]}
            last_end = qe
        # the paragraph's own named speaker, for quotes in it without their own attribution
        para_att = next((a for *_, a in resolved if a and a["name"]), None)
        for qs, qe, inner_start, inner_end, att in resolved:
            if att is None and qs in cut:
                att = {**para_att, "cue": None} if para_att is not None else None  # its attribution is cut off
            elif att is None:
                intro = _candidates(ctx, pstart, qs, quoted, known)
                if para_att is not None:
                    att = {**para_att, "cue": None}
                elif intro:
                    att = {"name": intro[-1], "role": None, "cue": None}  # introduced by the sentence before
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


# a leading title is dropped by person_name anyway, so the run of capitalised words alone finds the same names
FULL_NAME_FAST = regex.compile(rf"(?<![\p{{L}}])({PERSON})")


@lru_cache(maxsize=8)
def _full_names(text: str) -> tuple[str, ...]:
    out = []
    for m in FULL_NAME_FAST.finditer(text):
        if len(m.group(1).split()) < 2:
            continue  # one word (most are sentence starts): never a full name
        name, _ = person_name(clean_name(m.group(1)))
        if len(name.split()) > 1 and is_name(name) and not any(w.lower() in NOT_PERSON_WORDS for w in name.split()):
            out.append(name)
    return tuple(out)


def resolve_speakers(quotes: list[dict[str, Any]], text: str) -> None:
    """Give surname-only speakers the full name used elsewhere, and carry a known role to every quote."""
    full: dict[str, list[tuple[str, str | None]]] = {}
    for q in quotes:
        name = q["speaker"]
        if name and len(name.split()) > 1:
            full.setdefault(name.split()[-1], []).append((name, q["speaker_role"]))
    for name in _full_names(text):
        full.setdefault(name.split()[-1], []).append((name, None))
    roles: dict[str, str] = {}
    for q in quotes:
        name = q["speaker"]
        if name and len(name.split()) == 1 and name not in full and len(name) >= 5:
            # a misspelt later mention ("Saccocia" for "Giorgio Saccoccia"): one edit away from a full name's surname
            # (two edits for long names: "Halverson" for "Halvorsen")
            near = [
                s
                for s in full
                if len(s) >= 5 and s[:2] == name[:2] and Levenshtein.distance(s, name) <= (2 if len(name) >= 8 else 1)
            ]
            if len(near) == 1:
                name = q["speaker"] = near[0]
        if name and len(name.split()) == 1 and name in full:
            q["speaker"] = full[name][0][0]
        if q["speaker"] and q["speaker_role"]:
            roles.setdefault(q["speaker"], q["speaker_role"])
    for q in quotes:
        if q["speaker"] and not q["speaker_role"]:
            q["speaker_role"] = roles.get(q["speaker"])
