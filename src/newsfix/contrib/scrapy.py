"""A Scrapy item pipeline that repairs spun article fields and adds the spin verdict and extracted claims.

    # settings.py
    ITEM_PIPELINES = {"newsfix.contrib.scrapy.NewsfixPipeline": 300}
    NEWSFIX_FIELDS = ["body"]             # item fields to repair, text or HTML (detected); the first one present
                                          # gives `spin` and `claims`
    NEWSFIX_DROP_SPUN = False             # True: drop items judged spun (DropItem)
    NEWSFIX_FLAG_FIELD = None             # e.g. "is_spun": set this field to True/False from the verdict
    NEWSFIX_WORKERS = 1                   # worker processes for repair and extraction
    NEWSFIX_URL_FIELD = "url"             # passed to extraction as the article's URL
    NEWSFIX_OPTIONS = {}                  # newsfix.Options: {"quotes": "protect", "assume": "spun", ...}
    NEWSFIX_TIMEOUT = 60                  # seconds per item in the worker (0: none); a slower item is logged and
                                          # passed on unrepaired

Repair and extraction (spaCy) run in a `concurrent.futures.ProcessPoolExecutor` whose workers build the pipeline
once; `process_item` is a coroutine that awaits the worker's result, so the Twisted reactor keeps downloading while
items are processed. The pool starts when the spider opens and is shut down when it closes. Workers are spawned,
not forked (the crawler process runs threads), so each worker starts with a clean interpreter.

Items may be dicts or any item type `itemadapter` supports; an `scrapy.Item` class must declare `spin`, `claims`
(and the flag field) among its fields.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured
from twisted.internet.defer import Deferred

from . import itemwork

logger = logging.getLogger(__name__)

__all__ = ["NewsfixPipeline"]


class NewsfixPipeline:
    """Repair `NEWSFIX_FIELDS` of each item in a process pool; add `spin` and `claims`; drop or flag spun items."""

    def __init__(
        self,
        fields: list[str] | tuple[str, ...] = ("text",),
        *,
        drop_spun: bool = False,
        flag_field: str | None = None,
        workers: int = 1,
        url_field: str | None = "url",
        options: dict[str, Any] | None = None,
        start_method: str = "spawn",
        timeout: float | None = 60.0,
        stats: Any = None,
    ):
        if not fields:
            raise NotConfigured("NEWSFIX_FIELDS is empty")
        if workers < 1:
            raise NotConfigured(f"NEWSFIX_WORKERS must be 1 or more, not {workers}")
        from ..despin.normalizer import Options

        Options(**(options or {}))  # a wrong option is a configuration error now, not in every worker later
        self.fields = tuple(fields)
        self.drop_spun = drop_spun
        self.flag_field = flag_field or None
        self.workers = workers
        self.url_field = url_field
        self.options = dict(options or {})
        self.start_method = start_method
        self.timeout = timeout or None
        self.stats = stats
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler) -> NewsfixPipeline:
        s = crawler.settings
        return cls(
            s.getlist("NEWSFIX_FIELDS", ["text"]),
            drop_spun=s.getbool("NEWSFIX_DROP_SPUN", False),
            flag_field=s.get("NEWSFIX_FLAG_FIELD"),
            workers=s.getint("NEWSFIX_WORKERS", 1),
            url_field=s.get("NEWSFIX_URL_FIELD", "url"),
            options=s.getdict("NEWSFIX_OPTIONS", {}),
            start_method=s.get("NEWSFIX_START_METHOD", "spawn"),
            timeout=s.getfloat("NEWSFIX_TIMEOUT", 60.0),
            stats=crawler.stats,
        )

    # -------------------------------------------------------------------------------------------------- lifecycle

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(self.start_method),
            initializer=itemwork.init,
            initargs=(self.options,),
        )

    def open_spider(self, spider=None) -> None:
        self._pool = self._new_pool()

    async def close_spider(self, spider=None) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # every item has been processed when the spider closes, but a worker holding spaCy takes most of a second
        # to exit: wait for that in a thread, not on the reactor
        done: Future = Future()

        def stop() -> None:
            try:
                pool.shutdown(wait=True, cancel_futures=True)
                done.set_result(None)
            except BaseException as exc:  # pragma: no cover - shutdown does not raise in practice
                done.set_exception(exc)

        threading.Thread(target=stop, name="newsfix-pool-shutdown", daemon=True).start()
        await _awaitable(done)

    # ---------------------------------------------------------------------------------------------------- items

    async def process_item(self, item: Any, spider=None) -> Any:
        adapter = ItemAdapter(item)
        values = {f: adapter.get(f) for f in self.fields if isinstance(adapter.get(f), str) and adapter.get(f)}
        if not values:
            return item
        primary = next(iter(values))
        url = adapter.get(self.url_field) if self.url_field else None
        url = url if isinstance(url, str) else None
        try:
            result = await self._run(values, primary, url)
        except Exception as exc:  # one bad item must not stop the crawl: log it, pass the item on unrepaired
            logger.error("newsfix could not process %s: %s: %s", url or "an item", type(exc).__name__, exc)
            self._inc("newsfix/errors")
            return item
        for name, repaired in result["fields"].items():
            adapter[name] = repaired
        spin = result["spin"]
        adapter["spin"] = spin
        adapter["claims"] = result["claims"]
        spun = spin["verdict"] == "spun"
        if self.flag_field:
            adapter[self.flag_field] = spun
        self._inc("newsfix/items")
        self._inc(f"newsfix/verdict/{spin['verdict']}")
        if spun and self.drop_spun:
            self._inc("newsfix/dropped")
            raise DropItem(
                f"newsfix: judged spun ({spin['distinct']} distinct fingerprints in {spin['words']} words) "
                f"{url or ''}".rstrip()
            )
        return item

    async def _run(self, values: dict[str, str], primary: str, url: str | None) -> dict[str, Any]:
        if self._pool is None:  # used without open_spider (e.g. called directly)
            self._pool = self._new_pool()
        try:
            future = self._pool.submit(itemwork.repair_fields, values, primary, url, self.timeout)
            return await _awaitable(future)
        except BrokenProcessPool:
            # a worker died (killed, out of memory): start a fresh pool and try this item once more
            logger.warning("newsfix worker pool broke; restarting it")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return await _awaitable(self._pool.submit(itemwork.repair_fields, values, primary, url, self.timeout))

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _awaitable(future: Future):
    """Await a concurrent.futures.Future without blocking the reactor, on any Twisted reactor.

    The worker's result is handed to the reactor thread with callFromThread; with the asyncio reactor the Deferred
    is wrapped in an asyncio future, as Scrapy's coroutines need."""
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet import reactor

    d: Deferred = Deferred()

    def fire(f: Future) -> None:
        if d.called:
            return
        if f.cancelled():
            d.errback(CancelledError("newsfix: the worker's task was cancelled"))
            return
        exc = f.exception()
        if exc is not None:
            d.errback(exc)
        else:
            d.callback(f.result())

    future.add_done_callback(lambda f: reactor.callFromThread(fire, f))
    return maybe_deferred_to_future(d)
