"""The review page of `newsfix review`: one self-contained HTML file to judge repairs and extracted claims by.

Each document is shown as its repaired text with every edit highlighted (the spun wording it replaced, the rule,
tier and confidence on hover), its spin verdict and spinner families, and the extracted claims highlighted where
they are in the text; a summary table across documents comes first. CSS and JavaScript are inline and nothing is
loaded from the network; every piece of text from the documents is HTML-escaped.

The page is built from `newsfix.process_batch` results (`newsfix.article/1` dicts), so `render(results)` can also
turn records processed elsewhere into a page.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from typing import Any

# claim types whose items carry `start`/`end` offsets into the repaired text, with the label the page shows
SPAN_CLAIMS = {
    "study_counts": "study count",
    "drugs": "drug",
    "drug_classes": "drug class",
    "conditions": "condition",
    "adverse_effects": "adverse effect",
    "quotes": "quote",
    "institutions": "institution",
    "people": "person",
    "certainty_mentions": "certainty",
}
TIERS = ("artifact", "fingerprint", "fuzzy", "ambiguous")


def _e(value: Any) -> str:
    """HTML-escape any value for text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


# ------------------------------------------------------------------------------------------------------ one document


def _claim_items(claims: dict[str, Any], text_len: int) -> list[tuple[int, int, str, int, dict]]:
    """(start, end, type, index, item) of every claim with a usable span, in text order."""
    out = []
    for kind in SPAN_CLAIMS:
        for i, item in enumerate(claims.get(kind) or []):
            if not isinstance(item, dict):
                continue
            s, t = item.get("start"), item.get("end")
            if isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= text_len:
                out.append((s, t, kind, i, item))
    return sorted(out, key=lambda c: (c[0], -c[1]))


def _edit_spans(edits: list[dict]) -> list[tuple[int, int, int, dict]]:
    """(start, end, index, edit) of each edit's replacement in the repaired text (edits sorted, not overlapping)."""
    spans, delta = [], 0
    for i, e in enumerate(sorted(edits, key=lambda e: e["start"])):
        start = e["start"] + delta
        spans.append((start, start + len(e["after"]), i, e))
        delta += len(e["after"]) - (e["end"] - e["start"])
    return spans


def _claim_title(kind: str, item: dict) -> str:
    label = SPAN_CLAIMS[kind]
    if kind == "study_counts":
        bits = [str(item.get("value")), item.get("unit"), item.get("qualifier"), item.get("population")]
        return f"{label}: " + " ".join(b for b in bits if b)
    if kind == "quotes":
        who = item.get("speaker") or "unattributed"
        role = f", {item['speaker_role']}" if item.get("speaker_role") else ""
        altered = " (the repair changed words in it)" if item.get("altered") else ""
        return f"{label} by {who}{role}{altered}"
    if kind == "certainty_mentions":
        return f"{label}: {item.get('level')}"
    extra = ""
    if item.get("mentions"):
        extra = f" ({item['mentions']} mentions)"
    if item.get("role"):
        extra += f", {item['role']}"
    return f"{label}: {item.get('name', item.get('text'))}{extra}"


def _edit_mark(e: dict, i: int, doc: int) -> str:
    conf = f"{float(e.get('confidence', 0)):.2f}"
    quote = "; in quoted speech" if e.get("in_quote") else ""
    title = f"{e['before']} \u2192 {e['after']}\n{e.get('rule')} \u00b7 {e.get('tier')} \u00b7 confidence {conf}{quote}"
    return (
        f'<mark class="edit t-{_e(e.get("tier"))}" id="d{doc}-e{i}" data-edit="{i}" data-rule="{_e(e.get("rule"))}" '
        f'data-tier="{_e(e.get("tier"))}" data-confidence="{conf}" data-before="{_e(e["before"])}" '
        f'title="{_e(title)}"><del>{_e(e["before"])}</del><ins>{_e(e["after"])}</ins></mark>'
    )


def render_text(text: str, edits: list[dict], claims: dict[str, Any], doc: int = 0) -> str:
    """The repaired text as HTML: edits as <mark class="edit">, claims as <span class="claim"> around them.

    Claim boundaries that fall inside an edit's replacement are moved to its edges, so an edit is never split; where
    claims overlap each other (a drug inside a quote), a claim is drawn as several adjacent spans that share its
    `data-claim` id."""
    espans = _edit_spans(edits)
    inside: dict[int, tuple[int, int]] = {}  # position strictly inside a replacement -> its (start, end)
    for s, t, _, _ in espans:
        for p in range(s + 1, t):
            inside[p] = (s, t)
    citems = []
    for s, t, kind, i, item in _claim_items(claims, len(text)):
        s = inside[s][0] if s in inside else s
        t = inside[t][1] if t in inside else t
        citems.append((s, t, kind, i, item))
    points = sorted({0, len(text), *(x for s, t, *_ in (*espans, *citems) for x in (s, t))})
    replaced = {s: (t, i, e) for s, t, i, e in espans if t > s}
    deleted: dict[int, list] = {}  # an empty replacement sits at a point between two segments
    for s, t, i, e in espans:
        if t == s:
            deleted.setdefault(s, []).append((i, e))
    out: list[str] = []
    open_key: tuple = ()

    def switch(active: tuple) -> None:
        nonlocal open_key
        if active == open_key:
            return
        if open_key:
            out.append("</span>")
        if active:
            kinds = " ".join(f"k-{k}" for k in sorted({k for k, _ in active}))
            ids = " ".join(f"d{doc}-{k}-{i}" for k, i in active)
            title = "\n".join(_claim_title(k, it) for _, _, k, i, it in citems if (k, i) in active)
            out.append(f'<span class="claim {kinds}" data-claim="{ids}" title="{_e(title)}">')
        open_key = active

    for a, b in zip(points, points[1:]):
        switch(tuple((k, i) for s, t, k, i, _ in citems if s <= a and b <= t))
        for i, e in deleted.pop(a, ()):
            out.append(_edit_mark(e, i, doc))
        if a in replaced:
            _, i, e = replaced[a]
            out.append(_edit_mark(e, i, doc))
        else:
            out.append(_e(text[a:b]))
    switch(())
    for i, e in deleted.pop(len(text), ()):
        out.append(_edit_mark(e, i, doc))
    return "".join(out)


def _families(spin: dict) -> str:
    fams = spin.get("families") or []
    return ", ".join(fams) if fams else "none named"


def _doc_name(result: dict, n: int) -> str:
    for key in ("path", "id", "url"):
        if result.get(key) not in (None, ""):
            return str(result[key])
    return f"document {n + 1}"


def render_document(result: dict, n: int) -> str:
    name = _doc_name(result, n)
    if "error" in result:
        err = result["error"] or {}
        return (
            f'<section class="doc failed" id="doc-{n}" data-verdict="error"><h2>{_e(name)}</h2>'
            f'<p class="error">could not be processed: {_e(err.get("type"))}: {_e(err.get("message"))}</p></section>'
        )
    spin = result.get("spin") or {}
    edits = spin.get("edits") or []
    claims = result.get("claims") or {}
    text = result.get("text") or ""
    verdict = spin.get("verdict", "clean")
    tiers = Counter(e.get("tier") for e in edits)
    items = _claim_items(claims, len(text))
    claim_rows = "".join(
        f'<li><a href="#d{n}-{kind}-{i}" data-target="d{n}-{kind}-{i}" class="k-{kind}">'
        f"{_e(SPAN_CLAIMS[kind])}</a> {_e(item.get('text'))} <small>{_e(_claim_title(kind, item))}</small></li>"
        for _, _, kind, i, item in items
    )
    facts = []
    if claims.get("dois"):
        facts.append("DOI " + ", ".join(_e(d) for d in claims["dois"]))
    if claims.get("journal"):
        facts.append(f"journal {_e(claims['journal'])}")
    if claims.get("certainty"):
        facts.append(f"certainty of evidence {_e(claims['certainty'])}")
    source = result.get("source") or {}
    for key in ("provider", "published", "url"):
        if source.get(key):
            facts.append(f"{key} {_e(source[key])}")
    tier_text = ", ".join(f"{tiers[t]} {t}" for t in TIERS if tiers[t]) or "none"
    return f"""<section class="doc" id="doc-{n}" data-verdict="{_e(verdict)}">
<h2><span class="verdict v-{_e(verdict)}">{_e(verdict)}</span> {_e(name)}</h2>
<p class="title">{_e(result.get("title"))}</p>
<dl class="meta">
<dt>spin</dt><dd>score {_e(spin.get("score"))} ({_e(spin.get("distinct"))} distinct fingerprints, \
{_e(spin.get("fingerprints"))} in all, in {_e(spin.get("words"))} words); families: <b class="families">\
{_e(_families(spin))}</b></dd>
<dt>edits</dt><dd><b class="n-edits">{len(edits)}</b> ({_e(tier_text)})</dd>
<dt>claims</dt><dd><b class="n-claims">{len(items)}</b> highlighted{"; " if facts else ""}{"; ".join(facts)}</dd>
</dl>
<details class="claims"><summary>claims in this document</summary><ul>{claim_rows}</ul></details>
<div class="text">{render_text(text, edits, claims, n)}</div>
</section>"""


# ---------------------------------------------------------------------------------------------------------- the page

CSS = """
:root{--fg:#1d2125;--muted:#5b636b;--bg:#fff;--line:#d8dde2;--edit:#fff1b8;--edit-b:#d4a106;--del:#9a3b3b;
--spun:#b42318;--uncertain:#b54708;--clean:#067647}
*{box-sizing:border-box}body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:#f6f7f9;margin:0}header.top{background:#1d2939;color:#fff;padding:14px 24px}header.top h1{margin:0;
font-size:20px}header.top p{margin:4px 0 0;color:#cfd6de;font-size:13px}main{max-width:1100px;margin:0 auto;
padding:16px 24px 48px}table.summary{border-collapse:collapse;width:100%;background:var(--bg);font-size:13px}
table.summary th,table.summary td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
table.summary th{background:#eef1f4}table.summary td.num{text-align:right;font-variant-numeric:tabular-nums}
.controls{margin:12px 0;font-size:13px;color:var(--muted)}.controls label{margin-right:14px}
section.doc{background:var(--bg);border:1px solid var(--line);border-radius:6px;margin:18px 0;padding:12px 18px}
section.doc h2{font-size:17px;margin:4px 0;word-break:break-all}p.title{margin:0 0 6px;color:var(--muted)}
.verdict{display:inline-block;font-size:12px;font-weight:600;color:#fff;border-radius:10px;padding:1px 9px;
vertical-align:2px}.v-spun{background:var(--spun)}.v-uncertain{background:var(--uncertain)}
.v-clean{background:var(--clean)}
.v-error{background:#667085}
dl.meta{display:grid;grid-template-columns:70px 1fr;gap:2px 10px;margin:6px 0;font-size:13px}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}details.claims{font-size:13px;margin:6px 0}
details.claims ul{margin:4px 0;padding-left:18px}details.claims small{color:var(--muted)}
.text{white-space:pre-wrap;border-top:1px solid var(--line);padding-top:10px;margin-top:8px}
mark.edit{background:var(--edit);border-bottom:2px solid var(--edit-b);border-radius:2px;padding:0 1px;cursor:help}
mark.edit.t-ambiguous{background:#fde4cf;border-color:#d9730d}mark.edit.t-fuzzy{background:#e0eaff;border-color:#3e63dd}
mark.edit.t-artifact{background:#ebe4ff;border-color:#7a5af8}mark.edit del{color:var(--del);margin-right:3px;
display:none}body.show-before mark.edit del{display:inline}mark.edit ins{text-decoration:none}
.claim{border-radius:2px}.claim.k-study_counts{box-shadow:inset 0 -3px #12b76a}
.claim.k-drugs{box-shadow:inset 0 -3px #2e90fa}
.claim.k-drug_classes{box-shadow:inset 0 -3px #53b1fd}.claim.k-conditions{box-shadow:inset 0 -3px #f04438}
.claim.k-adverse_effects{box-shadow:inset 0 -3px #f79009}.claim.k-quotes{background:#f2f4f7}
.claim.k-institutions{box-shadow:inset 0 -3px #9e77ed}.claim.k-people{box-shadow:inset 0 -3px #ee46bc}
.claim.k-certainty_mentions{box-shadow:inset 0 -3px #667085}.claim.flash{outline:2px solid #1d2939}
.legend span{display:inline-block;margin:0 10px 4px 0;font-size:12px;padding:0 4px}
p.error{color:var(--spun)}body.only-changed section.doc[data-verdict=clean]{display:none}
"""

JS = """
document.getElementById('show-before').addEventListener('change',function(e){
  document.body.classList.toggle('show-before',e.target.checked);});
document.getElementById('only-changed').addEventListener('change',function(e){
  document.body.classList.toggle('only-changed',e.target.checked);});
document.querySelectorAll('details.claims a[data-target]').forEach(function(a){
  a.addEventListener('click',function(ev){
    var parts=document.querySelectorAll('[data-claim~="'+a.dataset.target+'"]');
    if(!parts.length)return;ev.preventDefault();parts[0].scrollIntoView({block:'center'});
    parts.forEach(function(p){p.classList.add('flash');setTimeout(function(){p.classList.remove('flash');},1200);});
  });});
"""


def _summary(results: list[dict]) -> str:
    rows = []
    for n, r in enumerate(results):
        name = _e(_doc_name(r, n))
        if "error" in r:
            err = r.get("error") or {}
            rows.append(
                f'<tr class="failed"><td><a href="#doc-{n}">{name}</a></td><td><span class="verdict v-error">error'
                f'</span></td><td colspan="6">{_e(err.get("type"))}: {_e(err.get("message"))}</td></tr>'
            )
            continue
        spin = r.get("spin") or {}
        edits = spin.get("edits") or []
        tiers = Counter(e.get("tier") for e in edits)
        claims = len(_claim_items(r.get("claims") or {}, len(r.get("text") or "")))
        verdict = _e(spin.get("verdict"))
        rows.append(
            f'<tr data-verdict="{verdict}"><td><a href="#doc-{n}">{name}</a></td>'
            f'<td><span class="verdict v-{verdict}">{verdict}</span></td>'
            f'<td class="num">{_e(spin.get("score"))}</td><td class="num">{_e(spin.get("distinct"))}</td>'
            f"<td>{_e(_families(spin))}</td><td class=\"num\">{len(edits)}</td>"
            f"<td>{_e(', '.join(f'{tiers[t]} {t}' for t in TIERS if tiers[t]))}</td>"
            f'<td class="num">{claims}</td></tr>'
        )
    return (
        '<table class="summary"><thead><tr><th>document</th><th>verdict</th><th>score</th><th>distinct '
        "fingerprints</th><th>families</th><th>edits</th><th>by tier</th><th>claims</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def render(results: Iterable[dict], title: str = "newsfix review") -> str:
    """The whole page for `process_batch`-style results (article dicts, or error records)."""
    results = list(results)
    verdicts = Counter((r.get("spin") or {}).get("verdict", "error") if "error" not in r else "error" for r in results)
    n_edits = sum(len((r.get("spin") or {}).get("edits") or []) for r in results if "error" not in r)
    counts = ", ".join(f"{verdicts[v]} {v}" for v in ("spun", "uncertain", "clean", "error") if verdicts[v])
    from .. import __version__

    legend = "".join(
        f'<span class="claim k-{k}">{_e(label)}</span>' for k, label in SPAN_CLAIMS.items()
    ) + "".join(f'<span><mark class="edit t-{t}">{t} edit</mark></span>' for t in TIERS)
    docs = "\n".join(render_document(r, n) for n, r in enumerate(results))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
script-src 'unsafe-inline'">
<meta name="generator" content="newsfix {_e(__version__)}">
<title>{_e(title)}</title><style>{CSS}</style></head>
<body><header class="top"><h1>{_e(title)}</h1>
<p>{len(results)} documents ({_e(counts or "none")}), {n_edits} edits. Hover an edit for the wording it replaced, \
the rule, tier and confidence; hover a claim for what was extracted.</p></header>
<main>
{_summary(results)}
<div class="controls"><label><input type="checkbox" id="show-before"> show the spun wording beside each repair</label>
<label><input type="checkbox" id="only-changed"> hide clean documents</label></div>
<div class="legend">{legend}</div>
{docs}
</main><script>{JS}</script></body></html>
"""
