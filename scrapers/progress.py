"""A progress line on a terminal while a crawl runs: pages fetched and articles found per node.

Enabled by crawl_settings only when stderr is a terminal and the log goes to a file, so cron and
systemd see nothing of it.
"""

from __future__ import annotations

import sys
import time
from typing import ClassVar

from scrapy import signals
from scrapy.crawler import Crawler

REDRAW_EVERY_S = 0.2  # often enough to look alive, rare enough to cost nothing


def progress_line(counts: dict[str, tuple[int, int]]) -> str:
    """node -> (pages fetched, articles found), as one line."""
    return "  ".join(
        f"{node} {pages} pages {articles} articles" for node, (pages, articles) in counts.items()
    )


class Progress:
    """A Scrapy extension; one instance per node's crawler, one line for all of them."""

    counts: ClassVar[dict[str, tuple[int, int]]] = {}
    open: ClassVar[int] = 0
    drawn: ClassVar[float] = 0.0

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        return cls(crawler)

    def _add(self, pages: int, articles: int) -> None:
        node = self.crawler.spider.name
        old_pages, old_articles = Progress.counts.get(node, (0, 0))
        Progress.counts[node] = (old_pages + pages, old_articles + articles)
        if time.monotonic() - Progress.drawn >= REDRAW_EVERY_S:
            self._draw()

    @staticmethod
    def _draw() -> None:
        sys.stderr.write("\r" + progress_line(Progress.counts) + "\x1b[K")  # erase to line end
        sys.stderr.flush()
        Progress.drawn = time.monotonic()

    def spider_opened(self) -> None:
        Progress.open += 1
        self._add(0, 0)

    def response_received(self) -> None:
        self._add(1, 0)

    def item_scraped(self) -> None:
        self._add(0, 1)

    def spider_closed(self) -> None:
        Progress.open -= 1
        if not Progress.open:
            self._draw()
            sys.stderr.write("\n")
