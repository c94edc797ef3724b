"""Scrapy settings for nodenews. Polite by default: these are small organisations' sites."""

import os
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

BOT_NAME = "nodenews"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

# Where a site's webmaster can read who crawls them and why; a deployment names its own with
# `nodenews crawl --contact URL` or NODENEWS_CONTACT.
DEFAULT_CONTACT = "https://github.com/nodenews/nodenews"
CONTACT_ENV = "NODENEWS_CONTACT"


def contact_url(given: str | None = None) -> str:
    """The contact URL for the User-Agent: the one given, else $NODENEWS_CONTACT, else the project's.
    A ValueError with a one-line message for anything but an http(s) or mailto: address."""
    contact = given or os.environ.get(CONTACT_ENV) or DEFAULT_CONTACT
    parts = urlsplit(contact)
    web = parts.scheme in ("http", "https") and parts.netloc
    mail = parts.scheme == "mailto" and "@" in parts.path
    if not (web or mail) or any(c.isspace() or c in "();" for c in contact):
        raise ValueError(f"bad contact {contact!r}: expected an http(s) URL or a mailto: address")
    return contact


def user_agent(contact: str | None = None) -> str:
    """nodenews, its version and how to reach whoever runs it, as robots.txt and logs see it."""
    try:
        release = version("nodenews")
    except PackageNotFoundError:  # run from a checkout that was never installed
        release = "dev"
    return (
        f"nodenews/{release} (+{contact_url(contact)}; news archive of Stockholm innovation nodes)"
    )


USER_AGENT = user_agent(DEFAULT_CONTACT)

# Sites fix a new post (a typo, a photo, a date) in the days after it goes out, and listings and
# feeds don't say so: articles published this many days ago or less are asked again on every crawl
# (`nodenews crawl --recheck-days`).
RECHECK_DAYS = 7
ROBOTSTXT_OBEY = True

# One or two requests at a time per site, adapting to how fast it answers.
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# A site's own redirects take a hop or two (http -> https, www, a trailing slash); more is a loop.
REDIRECT_MAX_TIMES = 5

# Politeness under errors (scrapers/politeness.py): a Retry-After is obeyed up to this many
# seconds (`--max-retry-after`); a longer one fails the page for this run.
NODENEWS_RETRY_AFTER_MAX = 120
# Seconds before the first retry of a 5xx or failed connection, doubled at each (`--backoff`):
# with RETRY_TIMES 2, a failing page costs the site three requests over 6 s.
NODENEWS_BACKOFF = 2.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.politeness.PoliteRetry": 550,  # Scrapy's retry middleware's place
    "scrapers.politeness.PageBudget": 950,  # last before the network: counts what is sent
}

# Bounds: the most one node's run may cost, whatever the site serves. A bound hit is recorded in
# crawl_runs.bounds and makes the run partial; each has a `nodenews crawl --max-...` option.
# Before them, an endless listing gave 6,165 junk articles in 120 s, `X-WP-TotalPages: 1000000`
# scheduled a million REST pages, and a 50 MB page took 459 s and 10.8 GB to build.
# A page's size: the mirrors' largest page is 24 kB and real sites' pages are under 1 MB.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # `--max-page-mb`
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Pages (discovery and articles) per node per run, and a run's time per node: a --full crawl of a
# node of 2,000 articles, at the polite pace of about one page a second, asks ~2,100 in ~40 min.
NODENEWS_MAX_PAGES = 10_000  # `--max-pages`; requests, held by scrapers.politeness.PageBudget
CLOSESPIDER_TIMEOUT = 3 * 3600  # seconds; `--max-minutes`
# Pages one paged route may ask per run (listing pages, a feed's ?paged=N, a sitemap index's
# sitemaps): at 10 posts a page, 500 pages list 5,000 posts.
NODENEWS_MAX_LISTING_PAGES = 500  # `--max-listing-pages`
# WordPress REST pages of 100 posts; X-WP-TotalPages is trusted up to this many.
NODENEWS_MAX_REST_PAGES = 100  # `--max-rest-pages`

ITEM_PIPELINES = {
    "scrapers.pipelines.PagePipeline": 100,
}

TELNETCONSOLE_ENABLED = False
EXTENSIONS = {"scrapy.extensions.remote_control.RemoteControl": None}  # no listening ports
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
