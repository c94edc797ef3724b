"""A page's structured metadata: JSON-LD, OpenGraph and article meta, hreflang, canonical.

Pure: takes the parsed page (an lxml.html tree), returns plain values. (Dates: see dates.py.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement

from scrapers.extract.tree import first, text_of

FEED_TYPES = {"application/rss+xml", "application/atom+xml"}
ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "PressRelease"}


@dataclass
class PageMeta:
    title: str | None = None  # og:title, twitter:title, else the JSON-LD headline
    headline: str | None = None  # the JSON-LD article's headline
    document_title: str | None = None  # <title>
    site_name: str | None = None  # og:site_name, application-name
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


def _meta(tree: HtmlElement, *names: str) -> str | None:
    """The first named <meta> (by property, else by name) with content, for the first name that has
    one."""
    metas = list(tree.iter("meta"))
    for name in names:
        for attribute in ("property", "name"):
            tag = next((m for m in metas if m.get(attribute) == name), None)
            if tag is not None:
                break
        if tag is not None and (tag.get("content") or "").strip():
            return tag.get("content").strip()
    return None


def jsonld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, `@graph` members included."""
    found: list[dict] = []
    for script in tree.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
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


def read_metadata(tree: HtmlElement, page_url: str) -> PageMeta:
    meta = PageMeta()
    html = first(tree, "html")
    if html is not None and html.get("lang"):
        meta.html_lang = html.get("lang").strip()
    body = first(tree, "body")
    if body is not None:
        meta.body_classes = set((body.get("class") or "").split())

    objects = jsonld_objects(tree)
    for obj in objects:
        meta.jsonld_types |= _types(obj)
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES), {})

    meta.headline = _str(article.get("headline"))
    meta.title = _meta(tree, "og:title", "twitter:title") or meta.headline
    title = first(tree, "title")
    meta.document_title = _str(text_of(title)) if title is not None else None
    meta.site_name = _meta(tree, "og:site_name", "application-name")
    meta.authors = _names(article.get("author")) or (
        [a] if (a := _meta(tree, "author", "article:author")) and "://" not in a else []
    )
    meta.tags = [
        t.get("content").strip()
        for t in tree.iter("meta")
        if t.get("property") == "article:tag" and t.get("content") is not None
    ]
    if not meta.tags and isinstance(article.get("keywords"), list | str):
        keywords = article["keywords"]
        meta.tags = keywords if isinstance(keywords, list) else keywords.split(",")
        meta.tags = [t.strip() for t in meta.tags if t.strip()]
    meta.description = _meta(tree, "og:description", "description", "twitter:description") or _str(
        article.get("description")
    )
    meta.og_locale = _meta(tree, "og:locale")
    meta.og_type = _meta(tree, "og:type")

    for link in tree.iter("link"):
        if link.get("href") is None:
            continue
        rel = set((link.get("rel") or "").split())
        href = urljoin(page_url, link.get("href").strip())
        if "canonical" in rel:
            meta.canonical = href
        elif "alternate" in rel and link.get("hreflang"):
            lang = link.get("hreflang").split("-")[0].lower()
            if lang != "x":  # x-default
                meta.hreflang.setdefault(lang, href)
        elif "alternate" in rel and link.get("type") in FEED_TYPES:
            meta.feeds.append(href)
        elif "next" in rel:
            meta.next_page = href
    return meta


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
