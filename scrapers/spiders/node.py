"""The one spider: crawls a node as its registry entry describes it.

Discovery tries the node's routes in order (WordPress REST, sitemaps, feeds, listing pages, links from
the home page) until one yields article URLs, then checks it against one more route that lists the
whole site by design (discovery.CHECK_ROUTES), so that a route seeing only part of the site is
noticed: how many articles each route listed goes to the crawl stats (`nodenews/routes`), with what
makes them doubtful (`nodenews/route_problems`). Every article URL is canonicalised, fetched once
(never a `/page/N` trap variant) and yielded as a Page item, stored at once (scrapers/pipelines.py);
the build (scrapers/build.py) extracts it later.

Incremental by default, from what the archive's `pages` holds: pages are asked conditionally
(If-None-Match / If-Modified-Since; a 304 is read from the store); an article whose date in discovery
equals the stored one is not asked at all, unless it was published within the recheck window; a
paged route goes on asking only while a page brings something new, and reads the rest from the
store; the check route is read from the store when the first route brought nothing new; discovery
addresses that answered 404/410 are not asked again. `full` asks everything. After a complete
discovery (no route doubtful, no discovery page failed), stored articles no route lists are asked:
404/410 marks them gone; one listed and served again is un-marked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Headers, HtmlResponse, Response, TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from archive import Archive
from scrapers import discovery
from scrapers.extract.encoding import decode_page
from scrapers.items import Page
from scrapers.normalise import is_listing
from scrapers.registry import Node
from scrapers.settings import RECHECK_DAYS

Output = Iterator[scrapy.Request | Any]
Parse = Callable[[Response], Output]
# Routes whose candidates are links found on pages, not URLs the site lists as its posts.
GUESSED_ROUTES = {"listing", "links"}
# Answers that say a page is not there (and an article gone); a discovery address that gave one is
# not asked again until a full crawl.
MISSING = (404, 410)
# What a download cut off at DOWNLOAD_MAXSIZE fails with (Scrapy's name since 2.17; Twisted's before).
TOO_LARGE = ("scrapy.exceptions.DownloadCancelledError", CancelledError)


class NodeSpider(scrapy.Spider):
    name = "node"

    def __init__(
        self, node: Node, full: bool = False, recheck_days: int = RECHECK_DAYS, **kwargs: Any
    ):
        super().__init__(name=node.slug, **kwargs)
        self.node = node
        self.full = full
        self.recheck_days = recheck_days
        self.route_index = -1
        self.route_pending = 0  # discovery pages of the current route not yet answered
        self.route_found = 0
        self.routes_tried: list[str] = []
        self.served: str | None = None  # the first route that listed articles
        self.checking: str | None = None  # the check route, while it runs
        self.route_from_store = False  # the check route's pages are read from the store
        self.phase = "discover"  # then "check", then "gone"
        self.listed: dict[str, set[str]] = {}  # route -> canonical article URLs it lists
        self.news = 0  # articles asked because new or changed (or never stored)
        self.unseen = 0  # articles no stored page knows
        self.not_asked: list[str] = []  # stored articles listed unchanged, so not asked
        self.discovery_failures = 0  # discovery pages that failed otherwise than 404/410
        self.discovery_seen: set[str] = set()
        self.articles_seen: set[str] = set()  # canonical URLs requested or stored
        self.rest_links: dict[int, str] = {}  # WordPress post id -> canonical URL
        self.route_pages: dict[str, int] = {}  # route -> further pages followed
        self.bounds_hit: set[str] = set()  # bounds hit once a route (see _bound)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NodeSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._read_store(crawler.settings["NODENEWS_DB"], crawler.settings["NODENEWS_RUN_ID"])
        spider.max_listing_pages = crawler.settings.getint("NODENEWS_MAX_LISTING_PAGES")
        spider.max_rest_pages = crawler.settings.getint("NODENEWS_MAX_REST_PAGES")
        return spider

    def _read_store(self, db_path: str, run_id: str) -> None:
        """What the archive knows of the node: its pages, its articles, its last run's routes."""
        self.run_id = run_id
        self.archive = Archive(db_path)
        slug = self.node.slug
        self.stored = {} if self.full else self.archive.page_states(slug)
        self.known = self.archive.known_articles(slug)
        self.last_routes = self.archive.last_routes(slug)
        recent = (datetime.now(UTC) - timedelta(days=self.recheck_days)).date().isoformat()
        self.recent = {url for url, row in self.known.items() if (row["published"] or "") >= recent}

    # -- discovery: a small state machine over the node's routes --------------------------------

    @property
    def route(self) -> str:
        return self.checking or self.node.discovery[self.route_index]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self._next_route():
            yield request

    def _next_route(self) -> Output:
        """Requests of the next route that has any; then the check route; then the gone check."""
        while self.route_index + 1 < len(self.node.discovery):
            self.route_index += 1
            self.route_found = 0
            self.listed.setdefault(self.route, set())
            output = list(self._open(self._route_starts(self.route)))
            if self.route_pending or self.route_found:
                self.routes_tried.append(self.route)
                self.crawler.stats.set_value("nodenews/routes_tried", ", ".join(self.routes_tried))
                self.logger.info("%s: discovery by %s", self.node.slug, self.route)
                yield from output
                if not self.route_pending:
                    yield from self._route_done()
                return
        yield from self._discovery_done()

    def _route_starts(self, route: str) -> list[tuple[str, Parse, Callable[[], Output] | None]]:
        """A route's first pages: (URL on the site, how to read it, what to try if it fails)."""
        node, base = self.node, self.node.base_url
        if route == "wp-rest":
            return [(f"{base}/wp-json/wp/v2/posts?per_page=100&page=1", self._rest, None)]
        if route == "sitemap":
            return [(f"{base}/robots.txt", self._robots, self._sitemaps_by_name)]
        if route == "feed":
            prefixes = [f"/{lang}" for lang in node.languages] if node.lang_from_path else []
            paths = [*node.feeds, *discovery.FEED_PATHS, *(p + "/feed/" for p in prefixes)]
            return [(base + path, self._feed, None) for path in dict.fromkeys(paths)]
        if route == "listing":
            return [(base + path, self._listing, None) for path in node.listings]
        if route == "links":
            return [(base + "/", self._links, None)]
        return []

    def _open(self, starts: list) -> Output:
        for url, parse, fallback in starts:
            yield from self._ask(url, parse, fallback)

    def _ask(
        self,
        url: str,
        parse: Parse,
        fallback: Callable[[], Output] | None = None,
        *,
        only_stored: bool = False,
    ) -> Output:
        """One discovery page, once: asked conditionally, or read from the store (while the check
        route is read from it, when stored; `only_stored`: never asked)."""
        site = self.node.to_site(url)
        if site in self.discovery_seen:
            return
        self.discovery_seen.add(site)
        state = self.stored.get(site)
        if state and state["status"] in MISSING:
            self.crawler.stats.inc_value("nodenews/discovery_known_missing")
            if fallback is not None:
                yield from fallback()
            return
        if state and (only_stored or self.route_from_store):
            yield from self._read_stored(site, parse)
            return
        if only_stored:
            return
        self.route_pending += 1
        yield scrapy.Request(
            self.node.fetch_url(site),
            callback=self._on_discovery,
            errback=self._on_discovery_failed,
            headers=_conditional(state),
            meta={"handle_httpstatus_list": [304]},
            cb_kwargs={"parse": parse, "fallback": fallback},
            dont_filter=True,  # our own bookkeeping must see every answer
        )

    def _follow(self, url: str, parse: Parse, *, settled: bool = False) -> Output:
        """A further page of the current route, once; read from the store when the page that led
        here brought nothing new (`settled`), and not asked when the store lacks it. A paged
        route (REST has its own bound) follows at most max_listing_pages pages."""
        if not self.node.owns(url):
            return
        if self.route != "wp-rest":
            followed = self.route_pages.get(self.route, 0)
            if self.max_listing_pages and followed >= self.max_listing_pages:
                self._bound("listing_pages", f"{self.route} stopped after {followed} pages")
                return
            self.route_pages[self.route] = followed + 1
        yield from self._ask(self.node.to_site(url), parse, only_stored=settled)

    def _bound(self, name: str, what: str, *, each: bool = False) -> None:
        """A bound hit: counted in the stats (`nodenews/bounds/<name>`, once a route unless
        `each`), one warning; discovery is then incomplete, so nothing is marked gone."""
        key = f"{name}/{self.route}"
        if key in self.bounds_hit and not each:
            return
        self.bounds_hit.add(key)
        self.crawler.stats.inc_value(f"nodenews/bounds/{name}")
        self.logger.warning("%s: bound hit (%s): %s", self.node.slug, name, what)

    def _read_stored(self, site: str, parse: Parse) -> Output:
        page = self.archive.page(site)
        self.crawler.stats.inc_value("nodenews/discovery_read_from_store")
        yield from self._read(self._stored_response(site, page["body"], page), parse)

    def _stored_response(self, site: str, body: bytes, page: dict) -> Response:
        """A stored discovery page as if the site had sent it again."""
        url = self.node.fetch_url(site)
        headers = Headers({"Content-Type": page["content_type"] or ""})
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        request = scrapy.Request(url, meta={"stored": True})
        return cls(url=url, body=body, headers=headers, request=request)

    def _read(self, response: Response, parse: Parse) -> Output:
        if not isinstance(response, TextResponse) and not response.body.startswith(
            discovery.GZIP_MAGIC  # a sitemap.xml.gz, read as it is
        ):  # a PDF, an image: no route's page
            self.crawler.stats.inc_value("nodenews/discovery_pages_unreadable")
            self.logger.warning(
                "%s: could not read %s: %s, not text",
                self.node.slug, response.url, _text(response.headers.get(b"Content-Type")),
            )  # fmt: skip
            return
        try:
            yield from parse(response)
        except Exception:  # a page unlike what its route promises must not stall discovery
            self.crawler.stats.inc_value("nodenews/discovery_pages_unreadable")
            self.logger.warning(
                "%s: could not read %s", self.node.slug, response.url, exc_info=True
            )

    def _on_discovery(self, response: Response, parse: Parse, fallback: Callable | None) -> Output:
        yield self._page(response, "discovery", {"route": self.route})
        site = self.node.to_site(response.meta.get("redirect_urls", [response.url])[0])
        if response.status == 304:
            page = self.archive.page(site)
            response = self._stored_response(site, page["body"], page)
        yield from self._read(response, parse)
        yield from self._route_step_done()

    def _on_discovery_failed(self, failure: Failure) -> Output:
        request = failure.request
        self.logger.debug("%s: %s not available: %s", self.node.slug, request.url, failure.value)
        answer = failure.value.response if failure.check(HttpError) else None
        if answer is not None and answer.status in MISSING:
            yield self._page(answer, "discovery", {"route": self.route})
        elif failure.check(*TOO_LARGE):
            self._bound("page_size", f"{request.url} is larger than the bound", each=True)
        else:
            self.discovery_failures += 1
            self.crawler.stats.inc_value("nodenews/discovery_failures")
        fallback = request.cb_kwargs.get("fallback")
        if fallback is not None:
            yield from fallback()
        yield from self._route_step_done()

    def _route_step_done(self) -> Output:
        self.route_pending -= 1
        if self.route_pending == 0:
            yield from self._route_done()

    def _route_done(self) -> Output:
        if self.phase == "check":
            yield from self._discovery_done()
        elif self.route_found:
            self.served = self.route
            self.crawler.stats.set_value("nodenews/discovery", self.route)
            yield from self._check_route()
        else:
            yield from self._next_route()

    def _check_route(self) -> Output:
        """The first route that lists the whole site by design and is not the one that served nor
        one that gave nothing before it; read from the store when the first brought nothing new."""
        node, served = self.node, self.route
        tried = set(self.node.discovery[: self.route_index + 1])
        for route in discovery.CHECK_ROUTES:
            if route not in node.discovery or route in tried:
                continue
            if route == "listing" and not (node.article_url and node.listings):
                continue  # its links could not be told from the site's navigation
            self.phase, self.checking = "check", route
            self.listed.setdefault(route, set())
            # Coverage changes when articles come or go, not when one is edited.
            unchanged = len(self.listed[served]) == self.last_routes.get(served)
            self.route_from_store = not (self.full or self.unseen or not unchanged)
            self.logger.info("%s: %s checked against %s", node.slug, served, route)
            yield from self._open(self._route_starts(route))
            if not self.route_pending:
                yield from self._discovery_done()
            return
        yield from self._discovery_done()

    def _discovery_done(self) -> Output:
        """Record what each route listed; after a complete discovery, ask the stored articles no
        route lists whether they are gone."""
        if self.phase == "gone":
            return
        self.phase, self.checking = "gone", None
        self.archive.mark_seen(self.not_asked)
        stats = self.crawler.stats
        problems = discovery.route_problems(self.listed, self.last_routes)
        stats.set_value("nodenews/routes", {r: len(urls) for r, urls in self.listed.items()})
        stats.set_value("nodenews/route_problems", problems)
        for problem in problems:
            self.logger.warning("%s: %s", self.node.slug, problem)
        if problems or self.discovery_failures or self.bounds_hit or not self.served:
            return  # only a complete discovery may say an article is gone
        listed = set().union(*self.listed.values())
        for url, row in self.known.items():
            if url not in listed and not row["gone_at"]:
                yield self._article_request(url, {"route": "gone-check"})

    def _candidate(self, url: str, hints: dict) -> Output:
        """An article URL found by discovery: fetched once, in its canonical form, unless the store
        says it did not change."""
        node = self.node
        if not node.owns(url):
            return
        canonical = node.canonical(url)
        if not node.is_article_path(canonical) or is_listing(node.site_path(canonical)):
            return
        if canonical == node.base_url + "/":
            return
        self.listed[self.route].add(canonical)
        if canonical in self.articles_seen:
            return
        self.articles_seen.add(canonical)
        self.route_found += 1
        if self._unchanged(canonical, hints):
            self._count_unchanged(canonical)
            return
        self.news += 1
        self.unseen += canonical not in self.stored
        yield self._article_request(canonical, {**hints, "route": self.route})

    def _unchanged(self, url: str, hints: dict) -> bool:
        """Whether an article need not be asked: its page stored (an article or not), not marked
        gone, not recent, and discovery's date for it (when it gives one) the stored one."""
        state, known = self.stored.get(url), self.known.get(url)
        if self.full or not state or url in self.recent or (known and known["gone_at"]):
            return False
        return discovery.unchanged_since(hints, state["hints"]) is not False

    def _count_unchanged(self, url: str) -> None:
        """A page not asked again: an unchanged article, seen all the same, if it was one."""
        if url in self.known:
            self.not_asked.append(url)
        name = "unchanged_not_fetched" if url in self.known else "skipped/not_article_unchanged"
        self.crawler.stats.inc_value(f"nodenews/{name}")

    def _article_request(self, url: str, hints: dict) -> scrapy.Request:
        return scrapy.Request(
            self.node.fetch_url(url),
            callback=self._on_article,
            errback=self._on_article_failed,
            headers=_conditional(self.stored.get(url)),
            meta={"handle_httpstatus_list": [304]},
            cb_kwargs={"url": url, "hints": hints},
            # Asked once already (articles_seen); a redirect back to it is a loop, not a copy.
            dont_filter=True,
        )

    def _on_article(self, response: Response, url: str, hints: dict) -> Output:
        if (self.known.get(url) or {}).get("gone_at"):
            self.archive.mark_returned([url])
            self.crawler.stats.inc_value("nodenews/articles_returned")
        if response.status == 304:  # asked again (recent, or in no route): seen, as stored
            yield self._page(response, "article", self.stored[url]["hints"], url=url)
            return
        if skipped := _not_a_page(response, self.node):
            # Not the site's article (a PDF, an image, another host's page): the stored version,
            # if any, stays; counted, not an error, since sites list files and moved posts.
            self.crawler.stats.inc_value(f"nodenews/skipped_pages/{skipped}")
            self.logger.info("%s: skipped %s: %s", self.node.slug, response.url, skipped)
            return
        if hints.get("route") == "gone-check":
            hints = self.stored.get(url, {}).get("hints") or {}
        yield from self.parse_article(response, url, hints)

    # -- the routes' pages ---------------------------------------------------------------------

    def _rest(self, response: Response) -> Output:
        news = self.news
        for link, hints in discovery.rest_posts(_decoded(response)):
            if "rest_id" in hints:
                self.rest_links[hints["rest_id"]] = self.node.canonical(link)
            yield from self._candidate(link, hints)
        if response.url.endswith("page=1"):
            pages = discovery.rest_total_pages(
                {k.decode(): v[0].decode() for k, v in response.headers.items()}
            )
            if self.max_rest_pages and pages > self.max_rest_pages:
                self._bound(
                    "rest_pages", f"X-WP-TotalPages says {pages}, asking {self.max_rest_pages}"
                )
                pages = self.max_rest_pages
            base = response.url[: -len("1")]
            settled = self._settled(response, news)
            if settled:  # the store's pages stand, however many the answer says there are
                pages = 1
                while self.node.to_site(f"{base}{pages + 1}") in self.stored:
                    pages += 1
            for page in range(2, pages + 1):
                yield from self._follow(f"{base}{page}", self._rest, settled=settled)

    def _settled(self, response: Response, news_before: int) -> bool:
        """Whether the rest of the route is as stored: the page just read brought nothing new
        (the check route: the page is as stored)."""
        if self.full:
            return False
        if self.phase == "check":
            return response.meta.get("stored", False)
        return self.news == news_before

    def _robots(self, response: Response) -> Output:
        listed = [s for s in discovery.robots_sitemaps(_decoded(response)) if self.node.owns(s)]
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
        before, news = len(self.listed[self.route]), self.news
        for url, hints in entries:
            yield from self._candidate(url, hints)
        # WordPress pages its feeds with ?paged=N; go on while a page lists articles new to the route.
        if len(self.listed[self.route]) > before and "/feed" in response.url:
            page = int(response.url.rsplit("paged=", 1)[1]) + 1 if "paged=" in response.url else 2
            url = response.url.split("?")[0] + f"?paged={page}"
            yield from self._follow(url, self._feed, settled=self._settled(response, news))

    def _listing(self, response: Response) -> Output:
        links, following = discovery.page_links(_decoded(response), response.url)
        before, news = len(self.listed[self.route]), self.news
        for url in links:
            yield from self._candidate(url, {})
        if len(self.listed[self.route]) > before or not self.articles_seen:
            for url in following:
                yield from self._follow(url, self._listing, settled=self._settled(response, news))

    def _links(self, response: Response) -> Output:
        """The home page: its links are candidates; news sections among them are listings."""
        links, _ = discovery.page_links(_decoded(response), response.url)
        news = self.news
        for url in links:
            if not (self.node.owns(url) and is_listing(self.node.site_path(url))):
                yield from self._candidate(url, {})
        for url in links:
            if self.node.owns(url) and is_listing(self.node.site_path(url)):
                yield from self._follow(url, self._listing, settled=self._settled(response, news))

    def closed(self, reason: str) -> None:
        self.archive.close()

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
        if failure.check(*TOO_LARGE):
            self._bound("page_size", f"{request.url} is larger than the bound", each=True)
            return
        status = failure.value.response.status if failure.check(HttpError) else None
        if status in MISSING and request.cb_kwargs["hints"].get("route") == "gone-check":
            url = request.cb_kwargs["url"]
            self.archive.mark_gone([url], self.run_id)
            self.crawler.stats.inc_value("nodenews/articles_gone")
            self.logger.info("%s: gone: %s (%s)", self.node.slug, url, status)
            return
        if status in (404, 410) and request.cb_kwargs["hints"].get("route") in GUESSED_ROUTES:
            # A dead link on a page, not an article the site says it has: not a crawl error.
            self.crawler.stats.inc_value("nodenews/dead_links")
            self.logger.info("%s: dead link %s (%s)", self.node.slug, request.url, status)
            return
        self.crawler.stats.inc_value("nodenews/errors")
        self.logger.warning(
            "%s: could not fetch %s: %s", self.node.slug, request.url, failure.value
        )


def _decoded(response: Response) -> str:
    """A discovery page's text, whatever its server claimed (extract/encoding.py); '' if empty."""
    if not response.body.strip():
        return ""
    return decode_page(response.body, _text(response.headers.get(b"Content-Type")))


def _not_a_page(response: Response, node: Node) -> str | None:
    """Why an answer at an article URL is no page of the site's, or None: another kind of file
    (`not_html`), or a redirect that ended on another host (`off_site`)."""
    if not isinstance(response, HtmlResponse):
        return "not_html"
    if not node.owns(response.url):
        return "off_site"
    return None


def _text(value: bytes | None) -> str | None:
    return value.decode("latin-1") if value else None


def _conditional(state: dict | None) -> dict[str, str]:
    """The validators a stored answer gives for asking again (If-None-Match decides when both)."""
    if not state or state["status"] != 200:
        return {}
    headers = {"If-None-Match": state["etag"], "If-Modified-Since": state["last_modified"]}
    return {name: value for name, value in headers.items() if value}
