"""Item pipelines. Thin: the spider yields pages, and each is stored the moment it arrives; the
build (scrapers/build.py) turns stored pages into articles once the fetch is over."""

from __future__ import annotations

from dataclasses import asdict

from scrapy.crawler import Crawler

from archive import Archive
from scrapers.items import Page


class PagePipeline:
    """Stores each fetched page at once, in its own short transaction, and counts the new, changed
    and unchanged ones in the crawl stats (`nodenews/pages/...`). The archive and the run come from
    the crawler's settings (NODENEWS_DB, NODENEWS_RUN_ID)."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.archive = Archive(crawler.settings["NODENEWS_DB"])
        self.run_id = crawler.settings["NODENEWS_RUN_ID"]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PagePipeline:
        return cls(crawler)

    def process_item(self, item: Page) -> Page:
        fields = asdict(item)
        outcome = self.archive.store_page(fields.pop("url"), run_id=self.run_id, **fields)
        self.stats.inc_value(f"nodenews/pages/{outcome}")
        return item

    def close_spider(self) -> None:
        self.archive.close()
