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

ITEM_PIPELINES = {
    "scrapers.pipelines.PagePipeline": 100,
}

TELNETCONSOLE_ENABLED = False
EXTENSIONS = {"scrapy.extensions.remote_control.RemoteControl": None}  # no listening ports
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
