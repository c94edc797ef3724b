"""Scrapy settings for nodenews. Polite by default: these are small organisations' sites."""

BOT_NAME = "nodenews"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

USER_AGENT = "nodenews/0.1 (research archive of Stockholm innovation-node news)"
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
