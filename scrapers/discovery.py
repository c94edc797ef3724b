"""Reading the ways a site lists its articles: WordPress REST, robots.txt and sitemaps, RSS/Atom feeds,
listing pages. Pure functions over fetched text: each returns candidate URLs with what it says of them
(the `hints`: dates, title, language, type), and the further pages of the same route to fetch."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from scrapers.normalise import clean_text

# Feed and sitemap paths tried when a site names none; the WordPress ones first.
FEED_PATHS = ("/feed/", "/rss.xml", "/feed.xml", "/atom.xml", "/rss/")
SITEMAP_PATHS = ("/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap.xml")
# Sitemaps of taxonomies and authors list listing pages, never articles; WordPress's page sitemaps
# (Yoast's page-sitemap.xml, core's wp-sitemap-posts-page-N.xml) list its static pages, not posts.
SKIP_SITEMAP = re.compile(
    r"(taxonom|categor|tag|author|user|/page-sitemap|-posts-page-)", re.IGNORECASE
)
# A next-page link's whole label: "Äldre inlägg", "Older posts", "nästa ›", "Visa fler", "»".
NEXT_LABEL = re.compile(
    r"^(?:(?:next|nästa|older|äldre|visa fler|show more|load more|fler nyheter)\b[\w ]{0,12}?)?"
    r"\s*[›»→]*$",
    re.IGNORECASE,
)
PAGINATION = re.compile(r"/page/\d+/?$|[?&](page|paged|after)=")
GZIP_MAGIC = b"\x1f\x8b"  # a sitemap.xml.gz's first bytes
ASSET = re.compile(r"\.(jpe?g|png|gif|svg|webp|pdf|docx?|xlsx?|pptx?|zip|mp4|mp3|css|js)$", re.I)


@dataclass
class Found:
    """What one fetched discovery page gave: article candidates and further pages of the route."""

    candidates: list[tuple[str, dict]] = field(default_factory=list)
    more: list[str] = field(default_factory=list)


def _text(html: str | None) -> str | None:
    return clean_text(BeautifulSoup(html, "lxml").get_text(" ")) if html else None


def _utc(value: str | None) -> str | None:
    """WordPress's *_gmt fields are UTC without an offset."""
    return f"{value}+00:00" if value and not value.endswith(("Z", "+00:00")) else value


def rest_posts(text: str) -> list[tuple[str, dict]]:
    """Candidates from one page of `/wp-json/wp/v2/posts`; [] for anything else (a firewall's HTML
    page, an error object)."""
    try:
        posts = json.loads(text)
    except ValueError:
        return []
    if not isinstance(posts, list):
        return []
    found = []
    for post in posts:
        if not isinstance(post, dict) or not post.get("link"):
            continue
        hints = {
            "type": post.get("type"),
            "published": _utc(post.get("date_gmt")) or post.get("date"),
            "modified": _utc(post.get("modified_gmt")) or post.get("modified"),
            "title": _text((post.get("title") or {}).get("rendered")),
            "summary": _text((post.get("excerpt") or {}).get("rendered")),
            "lang": post.get("lang") or (post.get("wpml_current_locale") or "")[:2] or None,
            "rest_id": post.get("id"),
            "rest_translations": post.get("translations") or {},  # Polylang: {lang: post id}
            "translations": _wpml_translations(post.get("wpml_translations")),
        }
        found.append((post["link"], {k: v for k, v in hints.items() if v}))
    return found


def _wpml_translations(value: object) -> dict[str, str]:
    """The WPML REST API plugin's `wpml_translations`: a list (or, since 2.0, a mapping keyed by
    locale) of {"locale": "en_US", "href": ...}."""
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return {
        item["locale"][:2].lower(): item["href"]
        for item in items
        if isinstance(item, dict) and item.get("locale") and item.get("href")
    }


def rest_total_pages(headers: dict[str, str]) -> int:
    """WordPress's page count header (header names are case-insensitive: Scrapy title-cases them)."""
    value = next((v for k, v in headers.items() if k.lower() == "x-wp-totalpages"), "1")
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def robots_sitemaps(text: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]


def sitemap(text: bytes) -> Found:
    """A sitemap index gives more sitemaps; a urlset gives candidates with `lastmod`."""
    found = Found()
    if text.startswith(GZIP_MAGIC):  # a .xml.gz file, served as it is
        try:
            text = gzip.decompress(text)
        except (OSError, EOFError):
            return found
    try:
        root = etree.fromstring(text, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return found
    if root is None:
        return found
    for entry in root:
        if not isinstance(entry.tag, str):
            continue
        values = {etree.QName(child).localname: (child.text or "").strip() for child in entry}
        loc = values.get("loc")
        if not loc:
            continue
        if etree.QName(entry).localname == "sitemap":
            if not SKIP_SITEMAP.search(loc):
                found.more.append(loc)
        else:
            found.candidates.append(
                (loc, {"lastmod": values.get("lastmod")} if "lastmod" in values else {})
            )
    return found


def feed(text: bytes) -> list[tuple[str, dict]]:
    """Candidates from an RSS or Atom feed."""
    parsed = feedparser.parse(text)
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        hints = {
            "published": entry.get("published") or entry.get("updated"),
            "title": clean_text(entry.get("title")),
            "summary": _text(entry.get("summary")),
        }
        found.append((link, {k: v for k, v in hints.items() if v}))
    return found


def page_links(html: str, page_url: str) -> tuple[list[str], list[str]]:
    """All links on a page (absolute, no fragment) and the ones that lead to its next page."""
    soup = BeautifulSoup(html, "lxml")
    links, following = [], []
    for anchor in soup.find_all("a", href=True):
        href = urljoin(page_url, anchor["href"].strip()).split("#")[0]
        if not href.startswith(("http://", "https://")) or ASSET.search(urlsplit(href).path):
            continue
        links.append(href)
        rel = set(anchor.get("rel", []))
        label = clean_text(anchor.get_text(" "))
        is_next_label = bool(label) and NEXT_LABEL.match(label) is not None
        same_listing = href.startswith(page_url.split("?")[0].split("/page/")[0])
        if "next" in rel or is_next_label or (same_listing and PAGINATION.search(href)):
            following.append(href)
    for link in soup.find_all("link", rel="next", href=True):
        following.append(urljoin(page_url, link["href"]))
    return list(dict.fromkeys(links)), list(dict.fromkeys(following))


# -- more than one route: noticing a route that sees only part of a site --------------------------

# A route that lists fewer articles than another route, or than it did on the last run, by more than
# this share sees only part of the site (a language filter, a feed of the newest ten, a broken
# sitemap). Set by the mirrors: the smallest node lists 9 articles, and one trashed post (11 %)
# must not make a run partial, while a lost language (half) or a feed's worth of a listing must.
PARTIAL_SHARE = 0.2
# The routes that list the whole site by design, so may check another route, in the order tried:
# a sitemap is one to three pages with dates; a listing (paged) only where an article URL rule
# tells its article links from navigation. A feed holds the newest items only, so it checks nothing.
CHECK_ROUTES = ("sitemap", "listing")
# The hints that date an article, most precise first: when the one discovery gives equals the one
# stored with the page, the article did not change.
DATE_HINTS = ("modified", "lastmod", "published")


def route_problems(listed: dict[str, set[str]], last: dict[str, int]) -> list[str]:
    """What makes the routes' lists of a site doubtful, one line each: a route that lists much less
    than on the last run (`last`: route -> count), or lacks much of what another route lists."""
    problems = []
    for route, urls in listed.items():
        before = last.get(route, 0)
        if len(urls) < before * (1 - PARTIAL_SHARE):
            problems.append(f"{route} listed {len(urls)} articles, {before} on the last run")
        for other, other_urls in listed.items():
            lacking = len(other_urls - urls)
            if other != route and urls and lacking > PARTIAL_SHARE * len(other_urls):
                problems.append(
                    f"{route} lacks {lacking} of the {len(other_urls)} articles {other} lists"
                )
    return problems


def unchanged_since(hints: dict, stored: dict) -> bool | None:
    """Whether discovery's date for an article equals the one stored with its page; None when the
    two share no date to compare."""
    for key in DATE_HINTS:
        if hints.get(key) and stored.get(key):
            return hints[key] == stored[key]
    return None
