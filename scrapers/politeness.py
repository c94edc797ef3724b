"""Retries that wait as a struggling site needs: Scrapy's retry middleware, with waits.

A 429 or 503 with `Retry-After` is asked again after the time the site names, up to
NODENEWS_RETRY_AFTER_MAX seconds (a longer wait: the page fails now and the next crawl asks
again); other 5xx answers and failed connections are asked again after NODENEWS_BACKOFF seconds,
doubled at each retry. Only the retried request waits: the site's other pages go on at the
crawl's pace (one or two at a time).

And a page budget that holds: no more than NODENEWS_MAX_PAGES requests of one node's run reach the
network (Scrapy's CLOSESPIDER_PAGECOUNT counts answers, so the requests already under way when it
closes still arrive: a bound of 5 let 17 through)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet import reactor
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """The seconds a Retry-After header asks for (RFC 9110 §10.2.3: a number of seconds or an
    HTTP date); None when there is none or it can't be read. A date in the past asks for 0."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff(base: float, retry_times: int) -> float:
    """The wait before retry number `retry_times` (1, 2, ...): base, 2 × base, 4 × base..."""
    return base * 2 ** (retry_times - 1)


class PoliteRetry(RetryMiddleware):
    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("NODENEWS_RETRY_AFTER_MAX")
        self.backoff = settings.getfloat("NODENEWS_BACKOFF")

    async def process_response(
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        header = response.headers.get(b"Retry-After")
        asked = retry_after(header.decode("latin-1") if header else None)
        if asked is not None and asked > self.retry_after_max:
            self.crawler.stats.inc_value("nodenews/retry_after_too_long")
            logger.warning(
                "%s asks to wait %.0f s (Retry-After), more than %.0f s: not asked again this run",
                request.url, asked, self.retry_after_max,
            )  # fmt: skip
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._wait(asked if asked is not None else self._backoff(retry))
        return retry

    async def process_exception(
        self, request: Request, exception: Exception, spider: object = None
    ) -> Request | Response | None:
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(self._backoff(retry))
        return retry

    def _backoff(self, retry: Request) -> float:
        return min(backoff(self.backoff, retry.meta["retry_times"]), self.retry_after_max)

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.crawler.stats.inc_value("nodenews/retry_waited_s", round(seconds, 1))
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class PageBudget:
    """Refuses a node's requests past NODENEWS_MAX_PAGES (0: no bound), retries and robots.txt
    included, and closes the run with the close reason `closespider_pagecount`: bound `pages`."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.budget = crawler.settings.getint("NODENEWS_MAX_PAGES")
        self.asked = 0
        self.closing = None  # the run's closing, once the budget is spent

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageBudget:
        return cls(crawler)

    def process_request(self, request: Request, spider: object = None) -> None:
        if not self.budget:
            return
        if self.asked >= self.budget:
            if self.closing is None:
                self.closing = deferred_from_coro(
                    self.crawler.engine.close_spider_async(reason="closespider_pagecount")
                )
            raise IgnoreRequest(f"past the run's {self.budget} pages (--max-pages)")
        self.asked += 1
