"""The one spider: crawls a node as its registry entry describes it.

Discovery tries the node's routes in order (WordPress REST, sitemaps, feeds, listing pages, links from
the home page) until one yields article URLs; every article URL is canonicalised, fetched once (never a
`/page/N` trap variant) and yielded as a Page item, stored at once (scrapers/pipelines.py); the build
(scrapers/build.py) extracts it later. Which route served is recorded in the crawl's stats.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scrapers import discovery
from scrapers.items import Page
from scrapers.normalise import is_listing
from scrapers.registry import Node

Output = Iterator[scrapy.Request | Any]
# Routes whose candidates are links found on pages, not URLs the site lists as its posts.
GUESSED_ROUTES = {"listing", "links"}


class NodeSpider(scrapy.Spider):
    name = "node"

    def __init__(self, node: Node, **kwargs: Any):
        super().__init__(name=node.slug, **kwargs)
        self.node = node
        self.route_index = -1
        self.route_pending = 0  # discovery pages of the current route not yet answered
        self.route_found = 0
        self.routes_tried: list[str] = []
        self.discovery_seen: set[str] = set()
        self.articles_seen: set[str] = set()  # canonical URLs requested or stored
        self.rest_links: dict[int, str] = {}  # WordPress post id -> canonical URL

    # -- discovery: a small state machine over the node's routes --------------------------------

    @property
    def route(self) -> str:
        return self.node.discovery[self.route_index]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self._next_route():
            yield request

    def _next_route(self) -> list[scrapy.Request]:
        """Requests of the next route that has any; [] when every route is spent."""
        while self.route_index + 1 < len(self.node.discovery):
            self.route_index += 1
            self.route_found = 0
            requests = list(self._route_requests(self.route))
            if requests:
                self.routes_tried.append(self.route)
                self.crawler.stats.set_value("nodenews/routes_tried", ", ".join(self.routes_tried))
                self.logger.info("%s: discovery by %s", self.node.slug, self.route)
                return requests
        return []

    def _route_requests(self, route: str) -> Iterator[scrapy.Request]:
        node, base = self.node, self.node.base_url
        if route == "wp-rest":
            yield self._discover(f"{base}/wp-json/wp/v2/posts?per_page=100&page=1", self._rest)
        elif route == "sitemap":
            yield self._discover(
                f"{base}/robots.txt", self._robots, fallback=self._sitemaps_by_name
            )
        elif route == "feed":
            prefixes = [f"/{lang}" for lang in node.languages] if node.lang_from_path else []
            paths = [*node.feeds, *discovery.FEED_PATHS, *(p + "/feed/" for p in prefixes)]
            for path in dict.fromkeys(paths):
                yield self._discover(base + path, self._feed)
        elif route == "listing":
            for path in node.listings:
                yield self._discover(base + path, self._listing)
        elif route == "links":
            yield self._discover(base + "/", self._links)

    def _discover(
        self,
        url: str,
        parse: Callable[[Response], Output],
        fallback: Callable[[], Output] | None = None,
    ) -> scrapy.Request:
        self.route_pending += 1
        self.discovery_seen.add(self.node.to_site(url))
        return scrapy.Request(
            self.node.fetch_url(url),
            callback=self._on_discovery,
            errback=self._on_discovery_failed,
            cb_kwargs={"parse": parse, "fallback": fallback},
            dont_filter=True,  # our own bookkeeping must see every answer
        )

    def _follow(self, url: str, parse: Callable[[Response], Output]) -> Iterator[scrapy.Request]:
        """A further page of the current route, once."""
        if self.node.owns(url) and self.node.to_site(url) not in self.discovery_seen:
            yield self._discover(self.node.to_site(url), parse)

    def _on_discovery(
        self, response: Response, parse: Callable, fallback: Callable | None
    ) -> Output:
        yield self._page(response, "discovery", {"route": self.route})
        try:
            yield from parse(response)
        except Exception:  # a page unlike what its route promises must not stall discovery
            self.crawler.stats.inc_value("nodenews/discovery_pages_unreadable")
            self.logger.warning(
                "%s: could not read %s", self.node.slug, response.url, exc_info=True
            )
        yield from self._route_step_done()

    def _on_discovery_failed(self, failure: Failure) -> Output:
        request = failure.request
        self.logger.debug("%s: %s not available: %s", self.node.slug, request.url, failure.value)
        fallback = request.cb_kwargs.get("fallback")
        if fallback is not None:
            yield from fallback()
        yield from self._route_step_done()

    def _route_step_done(self) -> Output:
        self.route_pending -= 1
        if self.route_pending == 0:
            if self.route_found:
                self.crawler.stats.set_value("nodenews/discovery", self.route)
            else:
                yield from self._next_route()

    def _candidate(self, url: str, hints: dict) -> Output:
        """An article URL found by discovery: fetched once, in its canonical form."""
        node = self.node
        if not node.owns(url):
            return
        canonical = node.canonical(url)
        if not node.is_article_path(canonical) or is_listing(node.site_path(canonical)):
            return
        if canonical in self.articles_seen or canonical == node.base_url + "/":
            return
        self.articles_seen.add(canonical)
        self.route_found += 1
        yield scrapy.Request(
            node.fetch_url(canonical),
            callback=self.parse_article,
            errback=self._on_article_failed,
            cb_kwargs={"url": canonical, "hints": {**hints, "route": self.route}},
        )

    # -- the routes' pages ---------------------------------------------------------------------

    def _rest(self, response: Response) -> Output:
        for link, hints in discovery.rest_posts(response.text):
            if "rest_id" in hints:
                self.rest_links[hints["rest_id"]] = self.node.canonical(link)
            yield from self._candidate(link, hints)
        if response.url.endswith("page=1"):
            pages = discovery.rest_total_pages(
                {k.decode(): v[0].decode() for k, v in response.headers.items()}
            )
            base = response.url[: -len("1")]
            for page in range(2, pages + 1):
                yield from self._follow(f"{base}{page}", self._rest)

    def _robots(self, response: Response) -> Output:
        listed = [s for s in discovery.robots_sitemaps(response.text) if self.node.owns(s)]
        if not listed:
            yield from self._sitemaps_by_name()
        for url in listed:
            yield from self._follow(url, self._sitemap)

    def _sitemaps_by_name(self) -> Output:
        for path in discovery.SITEMAP_PATHS:
            yield from self._follow(self.node.base_url + path, self._sitemap)

    def _sitemap(self, response: Response) -> Output:
        found = discovery.sitemap(response.body)
        for url in found.more:
            yield from self._follow(url, self._sitemap)
        for url, hints in found.candidates:
            yield from self._candidate(url, hints)

    def _feed(self, response: Response) -> Output:
        entries = discovery.feed(response.body)
        before = self.route_found
        for url, hints in entries:
            yield from self._candidate(url, hints)
        # WordPress pages its feeds with ?paged=N; go on while a page brings new articles.
        if self.route_found > before and "/feed" in response.url:
            page = int(response.url.rsplit("paged=", 1)[1]) + 1 if "paged=" in response.url else 2
            url = response.url.split("?")[0] + f"?paged={page}"
            yield from self._follow(url, self._feed)

    def _listing(self, response: Response) -> Output:
        links, following = discovery.page_links(response.text, response.url)
        before = self.route_found
        for url in links:
            yield from self._candidate(url, {})
        if self.route_found > before or not self.articles_seen:
            for url in following:
                yield from self._follow(url, self._listing)

    def _links(self, response: Response) -> Output:
        """The home page: its links are candidates; news sections among them are listings."""
        links, _ = discovery.page_links(response.text, response.url)
        for url in links:
            if self.node.owns(url) and is_listing(self.node.site_path(url)):
                yield from self._follow(url, self._listing)
            else:
                yield from self._candidate(url, {})

    # -- articles ------------------------------------------------------------------------------

    def parse_article(self, response: Response, url: str, hints: dict) -> Output:
        """An article's page, stored as it arrives with what discovery knew of it; the build
        extracts it."""
        if "rest_translations" in hints:
            hints["translations"] = {
                lang: self.rest_links[post_id]
                for lang, post_id in hints["rest_translations"].items()
                if post_id in self.rest_links and self.rest_links[post_id] != url
            }
        yield self._page(response, "article", hints, url=url)

    def _page(self, response: Response, kind: str, hints: dict, url: str | None = None) -> Page:
        """The answer as the archive keeps it, under the URL the site names it by."""
        first = response.meta.get("redirect_urls", [response.url])[0]
        header = response.headers.get
        return Page(
            url=url or self.node.to_site(first),
            node=self.node.slug,
            kind=kind,
            status=response.status,
            body=None if response.status == 304 else response.body,
            final_url=self.node.to_site(response.url),
            etag=_text(header(b"ETag")),
            last_modified=_text(header(b"Last-Modified")),
            content_type=_text(header(b"Content-Type")),
            hints=hints,
        )

    def _on_article_failed(self, failure: Failure) -> None:
        request = failure.request
        status = failure.value.response.status if failure.check(HttpError) else None
        if status in (404, 410) and request.cb_kwargs["hints"].get("route") in GUESSED_ROUTES:
            # A dead link on a page, not an article the site says it has: not a crawl error.
            self.crawler.stats.inc_value("nodenews/dead_links")
            self.logger.info("%s: dead link %s (%s)", self.node.slug, request.url, status)
            return
        self.crawler.stats.inc_value("nodenews/errors")
        self.logger.warning(
            "%s: could not fetch %s: %s", self.node.slug, request.url, failure.value
        )


def _text(value: bytes | None) -> str | None:
    return value.decode("latin-1") if value else None
