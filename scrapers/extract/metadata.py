"""A page's structured metadata: JSON-LD, OpenGraph and article meta, <time>, hreflang, canonical.

Pure: takes a parsed page, returns plain values. Dates are left raw; the caller normalises them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

FEED_TYPES = {"application/rss+xml", "application/atom+xml"}
ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "PressRelease"}


@dataclass
class PageMeta:
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    html_lang: str | None = None
    og_locale: str | None = None
    og_type: str | None = None
    canonical: str | None = None
    hreflang: dict[str, str] = field(default_factory=dict)
    jsonld_types: set[str] = field(default_factory=set)
    body_classes: set[str] = field(default_factory=set)
    feeds: list[str] = field(default_factory=list)
    next_page: str | None = None


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _jsonld_objects(soup: BeautifulSoup) -> list[dict]:
    """Every JSON-LD object on the page, `@graph` members included."""
    found: list[dict] = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                stack.extend(item.get("@graph", []))
            elif isinstance(item, list):
                stack.extend(item)
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type", [])
    return set(kind) if isinstance(kind, list) else {kind}


def _names(value: object) -> list[str]:
    """Author names from JSON-LD's many shapes (a string, an object, a list of either)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def read_metadata(soup: BeautifulSoup, page_url: str) -> PageMeta:
    meta = PageMeta()
    html = soup.find("html")
    if isinstance(html, Tag) and html.get("lang"):
        meta.html_lang = html["lang"].strip()
    body = soup.find("body")
    if isinstance(body, Tag):
        meta.body_classes = set(body.get("class", []))

    objects = _jsonld_objects(soup)
    for obj in objects:
        meta.jsonld_types |= _types(obj)
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES), {})

    meta.title = _meta(soup, "og:title", "twitter:title") or _str(article.get("headline"))
    meta.published = (
        _meta(soup, "article:published_time", "datePublished", "date")
        or _str(article.get("datePublished"))
        or _itemprop(soup, "datePublished")
        or _time_in_article(soup)
    )
    meta.modified = (
        _meta(soup, "article:modified_time", "og:updated_time", "dateModified")
        or _str(article.get("dateModified"))
        or _itemprop(soup, "dateModified")
    )
    meta.authors = _names(article.get("author")) or (
        [a] if (a := _meta(soup, "author", "article:author")) and "://" not in a else []
    )
    meta.tags = [t["content"].strip() for t in soup.find_all("meta", property="article:tag")]
    if not meta.tags and isinstance(article.get("keywords"), list | str):
        keywords = article["keywords"]
        meta.tags = keywords if isinstance(keywords, list) else keywords.split(",")
        meta.tags = [t.strip() for t in meta.tags if t.strip()]
    meta.description = _meta(soup, "og:description", "description", "twitter:description") or _str(
        article.get("description")
    )
    meta.og_locale = _meta(soup, "og:locale")
    meta.og_type = _meta(soup, "og:type")

    for link in soup.find_all("link", href=True):
        rel = set(link.get("rel", []))
        href = urljoin(page_url, link["href"].strip())
        if "canonical" in rel:
            meta.canonical = href
        elif "alternate" in rel and link.get("hreflang"):
            lang = link["hreflang"].split("-")[0].lower()
            if lang != "x":  # x-default
                meta.hreflang.setdefault(lang, href)
        elif "alternate" in rel and link.get("type") in FEED_TYPES:
            meta.feeds.append(href)
        elif "next" in rel:
            meta.next_page = href
    return meta


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _itemprop(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find(attrs={"itemprop": prop})
    if not isinstance(tag, Tag):
        return None
    return _str(tag.get("content") or tag.get("datetime") or tag.get_text())


def _time_in_article(soup: BeautifulSoup) -> str | None:
    """The first <time datetime> of the article proper (not of a sidebar's post list)."""
    for scope in (soup.find("article"), soup.find("main"), soup):
        if isinstance(scope, Tag):
            time = scope.find("time", datetime=True)
            if isinstance(time, Tag):
                return time["datetime"].strip()
    return None
