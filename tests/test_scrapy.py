"""NewsfixPipeline in a real Scrapy crawl of a local HTTP server (127.0.0.1, a free port) serving three pages.

The crawl runs in a subprocess (CrawlerProcess owns the Twisted reactor, which cannot be restarted), with two
crawlers at once: one flags spun items, one drops them. Items are exported with Scrapy's feed exports and read back.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("scrapy")

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["news-article.html", "scholarly.html", "spun-ketamine.html"]

CRAWL = r'''
import json, sys, time
from scrapy import Spider
from scrapy.crawler import CrawlerProcess

base, out_dir = sys.argv[1], sys.argv[2]


class Pages(Spider):
    name = "pages"
    start_urls = [base + "/index.html"]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse_page)

    def parse_page(self, response):
        paragraphs = [" ".join(p.css("::text").getall()).strip() for p in response.css("p")]
        yield {"url": response.url, "html": response.text, "text": "\n".join(p for p in paragraphs if p)}


class Flagging(Pages):
    name = "flagging"
    custom_settings = {"NEWSFIX_FLAG_FIELD": "is_spun", "FEEDS": {out_dir + "/flagged.jsonl": {"format": "jsonlines"}}}


class Dropping(Pages):
    name = "dropping"
    custom_settings = {"NEWSFIX_DROP_SPUN": True, "FEEDS": {out_dir + "/kept.jsonl": {"format": "jsonlines"}}}


# the guard matters: the pipeline's workers are spawned, and a spawned process imports the main module
if __name__ == "__main__":
    process = CrawlerProcess(
        {
            "ITEM_PIPELINES": {"newsfix.contrib.scrapy.NewsfixPipeline": 300},
            "NEWSFIX_FIELDS": ["html", "text"],
            "NEWSFIX_WORKERS": 1,
            "ROBOTSTXT_OBEY": False,
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "INFO",
        }
    )
    crawlers = [process.create_crawler(Flagging), process.create_crawler(Dropping)]
    for crawler in crawlers:
        process.crawl(crawler)

    # the reactor must stay responsive while the workers load spaCy and extract: tick every 50 ms, keep the longest gap
    from twisted.internet import reactor, task

    ticks = []
    loop = task.LoopingCall(lambda: ticks.append(time.monotonic()))
    loop.start(0.05, now=True)
    process.start()
    gaps = [(b - a, a - ticks[0]) for a, b in zip(ticks, ticks[1:])]
    stats = {c.spidercls.name: {k: v for k, v in c.stats.get_stats().items() if k.startswith(("newsfix/", "item_"))}
             for c in crawlers}
    run = {"max_gap": max(gaps)[0], "gaps": sorted(gaps)[-5:], "ticks": len(ticks), "stats": stats}
    json.dump(run, open(out_dir + "/run.json", "w"), default=str)
'''


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    for name in PAGES:
        shutil.copy(ROOT / "fixtures" / "html" / name, root / name)
    links = "".join(f'<li><a href="{name}">{name}</a></li>' for name in PAGES)
    (root / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0: a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _items(path: Path) -> dict[str, dict]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {item["url"].rsplit("/", 1)[-1]: item for item in items}


def test_scrapy_crawl_repairs_flags_drops_and_extracts(tmp_path, site):
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "crawl.py"
    script.write_text(CRAWL, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), site, str(out)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-4000:]
    assert "Traceback" not in r.stderr, r.stderr[-4000:]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))

    flagged = _items(out / "flagged.jsonl")
    assert sorted(flagged) == sorted(PAGES)
    spun = flagged["spun-ketamine.html"]
    assert spun["is_spun"] is True
    assert spun["spin"]["verdict"] == "spun" and spun["spin"]["families"] == ["A"]
    assert spun["spin"]["field"] == "html" and spun["spin"]["html"] is True
    # the HTML field is repaired in its text only: markup and metadata are kept
    assert "no clear evidence of benefit for ketamine in chronic pain" in spun["html"]
    assert '<meta name="citation_doi" content="10.1002/14651858.CD015373">' in spun["html"]
    assert "persistent ache" not in spun["text"] and "chronic pain" in spun["text"]
    edits = spun["spin"]["edits"]
    original = (ROOT / "fixtures" / "html" / "spun-ketamine.html").read_text(encoding="utf-8")
    assert len(edits) > 20 and all(original[e["start"] : e["end"]] == e["before"] for e in edits)
    claims = spun["claims"]
    assert claims["dois"] == ["10.1002/14651858.CD015373"]
    assert {"value": 67, "unit": "trials"}.items() <= claims["study_counts"][0].items()
    assert "ketamine" in {d["name"] for d in claims["drugs"]}

    news = flagged["news-article.html"]
    assert news["is_spun"] is False and news["spin"]["verdict"] == "clean"
    assert news["html"] == (ROOT / "fixtures" / "html" / "news-article.html").read_text(encoding="utf-8")
    assert news["claims"]["dois"] == ["10.1234/example.2024.0042"]
    assert news["claims"]["journal"] == "Journal of Imaginary Sleep Research"
    assert flagged["scholarly.html"]["claims"]["journal"] == "Annals of Pretend Biochemistry"

    kept = _items(out / "kept.jsonl")
    assert sorted(kept) == ["news-article.html", "scholarly.html"]
    assert "is_spun" not in kept["news-article.html"]
    stats = run["stats"]
    assert stats["dropping"]["newsfix/dropped"] == 1 and stats["dropping"]["item_dropped_count"] == 1
    assert stats["flagging"]["newsfix/items"] == 3 and stats["flagging"]["newsfix/verdict/spun"] == 1
    assert "newsfix/errors" not in stats["flagging"]
    # extraction ran off the reactor thread: the reactor kept ticking every 50 ms while workers loaded spaCy
    assert run["ticks"] > 20 and run["max_gap"] < 0.5, run


def test_import_newsfix_does_not_import_scrapy():
    code = "import sys, newsfix; newsfix.normalize('x'); print(sorted(m for m in sys.modules if 'scrapy' in m))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


def test_item_work_times_out_in_a_worker_main_thread():
    from concurrent.futures import ProcessPoolExecutor

    from newsfix.contrib import itemwork

    long_text = "Patients with persistent ache were studied. " * 20000
    with ProcessPoolExecutor(1) as pool:
        ok = pool.submit(itemwork.repair_fields, {"text": "Persistent ache."}, "text", None, 60).result(timeout=120)
        assert ok["fields"]["text"] == "Chronic pain." and ok["spin"]["verdict"] in ("spun", "uncertain")
        slow = pool.submit(itemwork.repair_fields, {"text": long_text}, "text", None, 0.05)
        with pytest.raises(Exception, match="longer than 0.05 s"):
            slow.result(timeout=120)
