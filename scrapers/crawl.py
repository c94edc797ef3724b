"""Running a crawl: one Scrapy crawler per node in one process, then the links across nodes."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive import Archive
from scrapers.linking import completed_translations, republished
from scrapers.registry import Node
from scrapers.spiders.node import NodeSpider


def _is_local(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def crawl_settings(
    nodes: Sequence[Node], log_level: str = "INFO", *, db_path: Path | None = None, run_id: str = ""
) -> Settings:
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    # What the pipelines store into, passed to them explicitly.
    settings.set("NODENEWS_DB", str(db_path) if db_path else None, priority="cmdline")
    settings.set("NODENEWS_RUN_ID", run_id, priority="cmdline")
    if nodes and all(node.fetch_base and _is_local(node.fetch_base) for node in nodes):
        # Politeness protects other people's servers; a mirror on this machine needs none.
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
    return settings


def link_articles(archive: Archive, nodes: Sequence[Node]) -> tuple[int, int]:
    """Mark republished copies and complete translation pairs; returns how many of each changed."""
    articles = list(archive.articles())
    republishes = {node.slug: node.republishes for node in nodes}
    copies = republished(articles, republishes)
    changed_copies = 0
    for article in articles:
        original = copies.get(article["url"])
        if article.get("duplicate_of") != original:
            archive.set_duplicate_of(article["url"], original)
            changed_copies += 1
    completed = completed_translations(articles)
    for url, translations in completed.items():
        archive.set_translations(url, translations)
    return changed_copies, len(completed)


def run_crawl(
    nodes: Sequence[Node],
    db_path: Path,
    *,
    registry: Sequence[Node] = (),
    log_level: str = "INFO",
) -> list[dict]:
    """Crawl `nodes` into the archive at `db_path`; returns this run's crawl_runs rows, one per node
    (a node whose crawler never started gets a 'failed' row too)."""
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    archive = Archive(db_path)
    process = CrawlerProcess(crawl_settings(nodes, log_level, db_path=db_path, run_id=run_id))
    for node in nodes:
        process.crawl(
            NodeSpider,
            node=node,
            db_path=str(db_path),
            run_id=run_id,
            learned=sorted(archive.boilerplate_lines(node.slug)),
        )
    process.start()
    link_articles(archive, registry or nodes)
    runs = {row["node"]: row for row in archive.runs(run_id)}
    for node in nodes:
        if node.slug not in runs:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            row = archive.start_run(node.slug, run_id, stamp)
            archive.finish_run(
                row, status="failed", discovery="none", pages_fetched=0, articles_new=0,
                articles_updated=0, articles_unchanged=0, articles_dropped=0, errors=1,
                message="the crawler did not start; see the log", finished=stamp,
            )  # fmt: skip
    return list(archive.runs(run_id))
