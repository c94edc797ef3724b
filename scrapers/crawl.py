"""Running a crawl: fetch (one Scrapy crawler per node in one process, each page stored as it
arrives), then build the pages it brought into articles and link them across nodes."""

from __future__ import annotations

import ipaddress
import logging
import signal
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive import Archive
from archive.store import new_run_id, run_status
from scrapers.build import OUTCOMES, build, record_node
from scrapers.registry import Node
from scrapers.settings import RECHECK_DAYS, user_agent
from scrapers.spiders.node import NodeSpider


def _is_local(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The signals that stop a crawl: Scrapy's handlers while the spiders run, the caller's otherwise.
SHUTDOWN_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# The settings a crawl's caller may change (`nodenews crawl --max-...`, --timeout, --backoff):
# the bounds and the politeness under errors of scrapers/settings.py.
LIMITS = (
    "DOWNLOAD_MAXSIZE",
    "NODENEWS_MAX_PAGES",
    "CLOSESPIDER_TIMEOUT",
    "NODENEWS_MAX_LISTING_PAGES",
    "NODENEWS_MAX_REST_PAGES",
    "DOWNLOAD_TIMEOUT",
    "NODENEWS_RETRY_AFTER_MAX",
    "NODENEWS_BACKOFF",
)
# The bounds a run can hit: Scrapy's close reasons and the spider's own counts (stats
# nodenews/bounds/<name>), by the name crawl_runs.bounds gives them.
CLOSE_REASON_BOUNDS = {"closespider_pagecount": "pages", "closespider_timeout": "time"}


def crawl_settings(
    nodes: Sequence[Node],
    log_level: str = "INFO",
    *,
    db_path: Path | None = None,
    run_id: str = "",
    log_file: Path | None = None,
    contact: str | None = None,
    limits: Mapping[str, float] | None = None,
) -> Settings:
    """`limits`: settings of LIMITS to change (a bound of 0 is no bound)."""
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    for name, value in (limits or {}).items():
        if name not in LIMITS:
            raise ValueError(f"{name} is not a crawl limit (known: {', '.join(LIMITS)})")
        settings.set(name, value, priority="cmdline")
    maxsize = settings.getint("DOWNLOAD_MAXSIZE")
    if maxsize:  # warn of a large page before it is cut off
        warnsize = settings.getint("DOWNLOAD_WARNSIZE")
        settings.set("DOWNLOAD_WARNSIZE", min(warnsize, maxsize // 2), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    # What the pipelines store into, passed to them explicitly.
    settings.set("NODENEWS_DB", str(db_path) if db_path else None, priority="cmdline")
    settings.set("NODENEWS_RUN_ID", run_id, priority="cmdline")
    if log_file:
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        if sys.stderr.isatty():  # the log is out of the way: show progress instead
            extensions = settings.getdict("EXTENSIONS") | {"scrapers.progress.Progress": 500}
            settings.set("EXTENSIONS", extensions, priority="cmdline")
    settings.set("USER_AGENT", user_agent(contact), priority="cmdline")
    if nodes and all(node.fetch_base and _is_local(node.fetch_base) for node in nodes):
        # Politeness protects other people's servers; a mirror on this machine needs none.
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
        # Nor a wait before retrying, unless the caller asks for one (--backoff).
        settings.set("NODENEWS_BACKOFF", 0, priority="spider")
    return settings


class _WithoutTraceback(logging.Filter):
    """Scrapy logs a robots.txt that could not be fetched (a site down, refusing connections)
    with the traceback of its own code: the one line says it all."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info, record.exc_text = None, None
        return True


logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_WithoutTraceback())


def run_process(process: CrawlerProcess) -> None:
    """Run the crawlers until they finish. The first SIGTERM/SIGINT stops them gracefully (Scrapy
    closes each spider with reason 'shutdown'); afterwards the caller's handlers are back, since
    Scrapy leaves its own installed, and they would swallow a signal sent during the build."""
    previous = {signum: signal.getsignal(signum) for signum in SHUTDOWN_SIGNALS}
    try:
        process.start()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_crawl(
    nodes: Sequence[Node],
    db_path: Path,
    *,
    registry: Sequence[Node] = (),
    log_level: str = "INFO",
    log_file: Path | None = None,
    run_id: str | None = None,
    contact: str | None = None,
    full: bool = False,
    recheck_days: int = RECHECK_DAYS,
    limits: Mapping[str, float] | None = None,
) -> list[dict]:
    """Fetch `nodes` into the archive at `db_path`, then build what the fetch brought; returns
    this run's crawl_runs rows, one per node (a node whose crawler never started has one too).
    `contact`: the URL the User-Agent names (default: $NODENEWS_CONTACT, else the project's).
    `full`: ask every route, page and article again, unconditionally; else articles published
    within `recheck_days` are asked again and the rest only when discovery says they changed.
    `limits`: bounds and politeness settings to change (see crawl_settings)."""
    run_id = run_id or new_run_id()
    archive = Archive(db_path)
    rows = {}
    for node in nodes:
        record_node(archive, node)
        rows[node.slug] = archive.start_run(node.slug, run_id, _now())
    settings = crawl_settings(
        nodes, log_level, db_path=db_path, run_id=run_id, log_file=log_file, contact=contact,
        limits=limits,
    )  # fmt: skip
    process = CrawlerProcess(settings)
    crawlers = {node.slug: process.create_crawler(NodeSpider) for node in nodes}
    for node in nodes:
        process.crawl(crawlers[node.slug], node=node, full=full, recheck_days=recheck_days)
    run_process(process)
    # Pages found unchanged keep their articles, which were seen again; the rest are built.
    seen = {node.slug: archive.touch_articles(run_id, node.slug) for node in nodes}
    built = build(archive, registry or nodes, urls=archive.unbuilt_pages(list(rows)))
    for node in nodes:
        stats = crawlers[node.slug].stats.get_stats()
        counts = built.get(node.slug) or dict.fromkeys(OUTCOMES, 0)
        _finish_run(archive, rows[node.slug], stats, counts, seen[node.slug])
    return list(archive.runs(run_id))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _finish_run(
    archive: Archive, row: int, stats: Mapping, counts: Mapping[str, int], seen: int
) -> None:
    """Close a node's crawl_runs row from its fetch's stats and its build's counts."""
    # Pages that could not be fetched, exceptions in our own code (Scrapy logs both at ERROR too,
    # so the log count would count a failed page twice), and pages the build could not read.
    exceptions = sum(
        v
        for k, v in stats.items()
        if k.startswith("spider_exceptions/") and k != "spider_exceptions/count"
    )
    errors = stats.get("nodenews/errors", 0) + exceptions + counts["errors"]
    route = stats.get("nodenews/discovery") or "none"
    if route == "none":  # no route served: its pages' failures are why (a site down, refusing)
        errors += stats.get("nodenews/discovery_failures", 0)
    bounds = _bounds_hit(stats)
    skipped = {
        k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("nodenews/skipped_pages/")
    }
    # Articles whose pages discovery showed unchanged were not asked again: unchanged too.
    unchanged = counts["unchanged"] + seen + stats.get("nodenews/unchanged_not_fetched", 0)
    stored = counts["new"] + counts["updated"] + unchanged + counts["held"]  # held: kept as stored
    doubts = stats.get("nodenews/route_problems", [])  # routes seeing only part of the site
    if "start_time" in stats:
        tried = stats.get("nodenews/routes_tried") or "nothing"
        gone, back = stats.get("nodenews/articles_gone"), stats.get("nodenews/articles_returned")
        notes = [*doubts, *([f"{gone} gone"] if gone else []), *([f"{back} back"] if back else [])]
        if counts["held"]:
            notes.append(f"{counts['held']} new versions held back (pages.held says why)")
        if counts.get("template_change"):
            notes.append(counts["template_change"])
        if bounds:
            notes.append("bounds hit: " + ", ".join(f"{k} ×{v}" for k, v in bounds.items()))
        if forbidden := stats.get("robotstxt/forbidden"):
            notes.append(f"{forbidden} pages forbidden by robots.txt")
        if skipped:
            notes.append("skipped: " + ", ".join(f"{v} {k}" for k, v in skipped.items()))
        if waited := stats.get("nodenews/retry_after_too_long"):
            notes.append(f"{waited} pages asked to wait longer than --max-retry-after")
        message = "; ".join([f"{stored} articles by {route} (tried {tried})", *notes])
    else:
        errors, message = max(errors, 1), "the crawler did not start; see the log"
    # A SIGTERM/SIGINT stops the crawlers with close reason 'shutdown': their counts are partial.
    completed = stats.get("finish_reason") != "shutdown"
    if not completed:
        message = f"stopped by a signal: {message}"
    archive.finish_run(
        row,
        status=run_status(
            articles=stored,
            errors=errors,
            completed=completed,
            doubtful=bool(doubts) or bool(counts.get("template_change")),
            held=counts["held"],
            bounded=bool(bounds),
        ),
        discovery=route,
        pages_fetched=stats.get("downloader/response_count", 0),
        articles_new=counts["new"],
        articles_updated=counts["updated"],
        articles_unchanged=unchanged,
        articles_dropped=counts["dropped"],
        errors=errors,
        message=message,
        finished=_now(),
        routes=stats.get("nodenews/routes"),
        articles_held=counts["held"],
        template_change=counts.get("template_change"),
        bounds=bounds or None,
        pages_skipped=sum(skipped.values()),
    )


def _bounds_hit(stats: Mapping) -> dict[str, int]:
    """The bounds a node's run hit -> how many times (pages and time: once, closing the run;
    page_size: each page cut off; listing_pages: each route cut short; rest_pages: once)."""
    hit = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("nodenews/bounds/")}
    if reason := CLOSE_REASON_BOUNDS.get(stats.get("finish_reason", "")):
        hit[reason] = 1
    return dict(sorted(hit.items()))
