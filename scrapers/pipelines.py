"""Item pipelines, in order. Thin: the work is in pure functions; each pipeline counts what it drops
or fixes in the crawl stats (`nodenews/...`), so nothing disappears silently."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from archive import Archive
from scrapers.extract.boilerplate import learn_repeated_lines
from scrapers.items import Article, Page


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RequireFieldsPipeline:
    """An article without a title, a body or a date is not worth storing: drop it, and say so."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RequireFieldsPipeline:
        return cls(crawler)

    def process_item(self, item: Article | Page) -> Article | Page:
        if not isinstance(item, Article):
            return item
        for name in ("title", "paragraphs", "published"):
            if not getattr(item, name):
                self.stats.inc_value(f"nodenews/dropped/no_{name}")
                raise DropItem(f"{item.url}: no {name}")
        return item


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

    def process_item(self, item: Article | Page) -> Article | Page:
        if isinstance(item, Page):
            fields = asdict(item)
            outcome = self.archive.store_page(fields.pop("url"), run_id=self.run_id, **fields)
            self.stats.inc_value(f"nodenews/pages/{outcome}")
        return item

    def close_spider(self) -> None:
        self.archive.close()


class ArchivePipeline:
    """Stores a node's articles and its crawl_runs row.

    Articles are kept until the spider closes so that lines repeating across the node's pages (widgets
    inside the content container) can be learnt from all of them and removed before anything is stored.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.articles: list[Article] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        node = spider.node
        self.archive = Archive(spider.db_path)
        self.archive.upsert_node(
            node.slug, node.name, node.base_url, list(node.languages), node.cms
        )
        self.run_row = self.archive.start_run(node.slug, spider.run_id, now())

    def process_item(self, item: Article | Page) -> Article | Page:
        if isinstance(item, Article):
            self.articles.append(item)
        return item

    def close_spider(self) -> None:
        spider = self.crawler.spider
        # Learn from every page of the node we have: this crawl's, and those stored before that it
        # did not fetch again.
        fetched = {a.url for a in self.articles}
        stored = [
            row["body"].split("\n\n")
            for row in self.archive.articles(spider.node.slug)
            if row["url"] not in fetched and row["body"]
        ]
        learned = learn_repeated_lines([a.paragraphs for a in self.articles] + stored)
        if learned:
            self.archive.add_boilerplate_lines(spider.node.slug, learned)
        outcome = {"new": 0, "updated": 0, "unchanged": 0}
        fetched_at = now()
        for article in self.articles:
            kept = [p for p in article.paragraphs if p not in learned]
            self.stats.inc_value(
                "nodenews/repeated_lines_dropped", len(article.paragraphs) - len(kept)
            )
            article.paragraphs = kept
            outcome[self.archive.upsert_article(article.to_record(), fetched_at=fetched_at)] += 1
        stats = self.stats.get_stats()
        # Pages that could not be fetched, and exceptions in our own code (Scrapy logs both at
        # ERROR too, so the log count would count a failed page twice).
        exceptions = sum(
            v
            for k, v in stats.items()
            if k.startswith("spider_exceptions/") and k != "spider_exceptions/count"
        )
        errors = stats.get("nodenews/errors", 0) + exceptions
        stored = len(self.articles)
        status = "failed" if not stored else ("partial" if errors else "ok")
        route = stats.get("nodenews/discovery") or "none"
        dropped = sum(v for k, v in stats.items() if k.startswith("nodenews/dropped/"))
        self.archive.finish_run(
            self.run_row,
            status=status,
            discovery=route,
            pages_fetched=stats.get("downloader/response_count", 0),
            articles_new=outcome["new"],
            articles_updated=outcome["updated"],
            articles_unchanged=outcome["unchanged"],
            articles_dropped=dropped,
            errors=errors,
            message=(
                f"{stored} articles by {route} (tried {', '.join(spider.routes_tried) or 'nothing'})"
            ),
            finished=now(),
        )
