"""One page in, one article out: each field tries an ordered list of layers and records which answered.

Layers, most trusted first: `selectors` (the node's template, from the registry), `metadata` (JSON-LD,
OpenGraph, article meta, <time>, hreflang), `api` (what discovery learnt: WordPress REST, feed, sitemap),
`url` (the date or language in the path), `text` (dates in visible text), `maintext` (trafilatura, for
templates no selector knows), `detection` (language identification). The dates' own layers (htmldate
among them) are in dates.py. Pure: no Scrapy, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from scrapers.extract.boilerplate import (
    clean_paragraphs,
    container_paragraphs,
    page_chrome,
    strip_dateline,
)
from scrapers.extract.dates import modified_date, published_date
from scrapers.extract.encoding import repair_text
from scrapers.extract.language import SURE_PROBABILITY, detect
from scrapers.extract.maintext import continuation, main_paragraphs
from scrapers.extract.metadata import ARTICLE_TYPES, PageMeta, read_metadata
from scrapers.extract.title import headline
from scrapers.extract.tree import first, paragraphs_of, parse_page, select, select_one, text_of
from scrapers.items import Article
from scrapers.normalise import clean_text, clean_title, is_listing
from scrapers.registry import Node

__all__ = ["Extraction", "extract_article", "paragraphs_of"]

TRANSLATION_LINK = re.compile(r"^(swedish|english|svensk|engelsk) version", re.IGNORECASE)
# The links that may be such a label, found in one pass in C (a regex on every link's text in
# Python cost a millisecond a page).
TRANSLATION_LINKS = etree.XPath(
    "//a[@href][contains(translate(., 'VERSION', 'version'), 'version')]"
)
TRANSLATION_LANG = {"swedish": "sv", "svensk": "sv", "english": "en", "engelsk": "en"}
# How much of the body language identification reads: on the benchmark's 33 pages it decides as on
# the whole body (a page's language does not change after its first paragraphs); reading all of a
# long body cost about a millisecond a page.
LANGUAGE_SAMPLE_CHARS = 2000
# Dates that discovery gave or a library guessed: no sign that the page is an article.
DATES_OF_NO_PAGE = (None, "api", "feed", "sitemap", "htmldate")


@dataclass
class Extraction:
    article: Article
    page_type: str  # "article" | "listing" | "page"
    dropped_paragraphs: int = 0  # boilerplate removed from the body


def _first_text(tree: HtmlElement, selectors: Iterable[str]) -> str | None:
    for selector in selectors:
        for tag in select(tree, selector):
            text = clean_text(tag.get("content") or tag.get("datetime") or text_of(tag, " "))
            if text:
                return text
    return None


def _all_texts(tree: HtmlElement, selectors: Iterable[str]) -> list[str]:
    texts: list[str] = []
    for selector in selectors:
        for tag in select(tree, selector):
            text = clean_text(text_of(tag, " "))
            if text and text not in texts:
                texts.append(text)
        if texts:
            break
    return texts


def _page_type(node: Node, url: str | None, meta: PageMeta, hints: dict, has_date: bool) -> str:
    path = node.site_path(url) if url else ""
    if is_listing(path, meta.body_classes):
        return "listing"
    if "page" in meta.body_classes or hints.get("type") == "page":
        return "page"  # a WordPress static page
    if "single-post" in meta.body_classes or meta.jsonld_types & ARTICLE_TYPES:
        return "article"
    if hints.get("type") == "post":
        return "article"
    if url and node.article_url is not None and node.is_article_path(url):
        return "article"
    return "article" if has_date else "page"


def _language(
    node: Node, url: str | None, meta: PageMeta, hints: dict, text: str
) -> tuple[str | None, str | None]:
    """The site's own signal first (the URL, hreflang, discovery); <html lang>/og:locale unless the
    text is long enough to be sure it says otherwise (a Swedish post under WordPress' default
    en-US); the text alone when the page declares nothing the node publishes in."""
    if url and (lang := node.lang_from_url(url)):
        return lang, "url"
    for lang, href in meta.hreflang.items():
        if url and node.canonical(href) == url and lang in node.languages:
            return lang, "metadata"
    if hints.get("lang") in node.languages:
        return hints["lang"], "api"
    detected, probability = detect(text, node.languages)
    declared = (meta.html_lang or meta.og_locale or "").replace("_", "-").split("-")[0].lower()
    if declared in node.languages and (
        detected in (None, declared) or probability < SURE_PROBABILITY
    ):
        return declared, "metadata"
    if detected:
        return detected, "detection"
    return (node.languages[0], "registry") if len(node.languages) == 1 else (None, None)


def _canonical_url(node: Node, url: str | None, meta: PageMeta) -> str | None:
    """The page's own rel=canonical when it names an article of this node (a shortlink, a `/page/N`
    variant or a tracking URL point there); otherwise the URL it was fetched under (None for a page
    of unknown address, whose relative links resolve to nothing)."""
    if not url or not meta.canonical or not node.owns(meta.canonical):
        return url
    canonical = node.canonical(meta.canonical)
    if canonical.rstrip("/") == node.base_url.rstrip("/") or not node.is_article_path(canonical):
        return url
    return canonical


def _translations(
    node: Node, url: str | None, meta: PageMeta, hints: dict, tree: HtmlElement
) -> dict[str, str]:
    found: dict[str, str] = {}
    for lang, href in meta.hreflang.items():
        if not urlsplit(href).scheme:
            continue  # relative, on a page of unknown address
        href = node.canonical(href) if node.owns(href) else href
        if href != url:
            found[lang] = href
    for lang, href in hints.get("translations", {}).items():
        found.setdefault(lang, href)
    for link in TRANSLATION_LINKS(tree):
        label = TRANSLATION_LINK.match(clean_text(text_of(link)))
        if label and url:
            href = urljoin(url, link.get("href"))
            found.setdefault(TRANSLATION_LANG[label.group(1).lower()], node.canonical(href))
    return found


def extract_article(
    html: str,
    url: str | None,
    node: Node,
    *,
    hints: dict | None = None,
    learned: Iterable[str] = (),
    now: datetime | None = None,
) -> Extraction:
    """Extract the article on a page fetched from `url` (canonical; None when unknown: no field is
    then read from the URL). `hints` come from discovery; `now` (default: the clock) bounds the
    dates a page may have."""
    hints = hints or {}
    now = now or datetime.now(UTC)
    tree = parse_page(html)  # the one parse of the page: every field below reads this tree
    meta = read_metadata(tree, url or "")
    url = _canonical_url(node, url, meta)
    sources: dict[str, str] = {}
    sel = node.selectors

    def pick(field_name: str, layers: list[tuple[str, Any]], empty: Any = None) -> Any:
        """The first layer's non-empty value, noting which layer gave it."""
        for layer, value in layers:
            if value:
                sources[field_name] = layer
                return value
        return empty

    site_names = (node.name, *node.site_names)
    general_title, general_layer = headline(tree, meta, site_names)
    raw_title = pick(
        "title",
        [
            ("selectors", _first_text(tree, sel.title)),
            (general_layer, general_title),  # headings, og:title, JSON-LD, <title>: title.py
            ("api", hints.get("title")),
        ],
    )
    title = repair_text(clean_title(raw_title, site_names)) or None

    published, sources["published"] = published_date(
        tree, url, node.zone, now, selectors=sel.published, hints=hints
    )
    modified, sources["modified"] = modified_date(tree, node.zone, now, selectors=sel.modified)
    authors = pick(
        "authors",
        [
            ("selectors", _all_texts(tree, sel.authors)),
            ("metadata", meta.authors),
            ("text", _byline(tree)),
        ],
        empty=[],
    )
    tags = pick(
        "tags",
        [
            ("selectors", _all_texts(tree, sel.tags)),
            ("metadata", meta.tags),
            ("text", _all_texts(tree, ["a[rel~=tag]:not([rel~=category])"])),
        ],
        empty=[],
    )

    translations = _translations(node, url, meta, hints, tree)
    page_dated = sources["published"] not in DATES_OF_NO_PAGE
    page_type = _page_type(node, url, meta, hints, has_date=page_dated)

    raw_paragraphs: list[str] = []
    for selector in sel.body:
        container = select_one(tree, selector)
        if container is not None:
            raw_paragraphs = container_paragraphs(container, sel.drop)
            sources["body"] = "selectors"
            break
    chrome: set[str] = set()
    if not raw_paragraphs:
        raw_paragraphs = main_paragraphs(tree, url)
        before, after = continuation(tree, raw_paragraphs)
        raw_paragraphs = [*before, *raw_paragraphs, *after]
        chrome = page_chrome(
            tree, raw_paragraphs
        )  # trafilatura's lines no longer show where they stood
        sources["body"] = "maintext"
    paragraphs, dropped = clean_paragraphs(
        raw_paragraphs,
        phrases=node.boilerplate.phrases,
        patterns=node.boilerplate.patterns,
        learned=learned,
        title=title,
        headlines=_headlines(tree, meta),
        chrome=chrome,
    )
    paragraphs = [repair_text(p) for p in strip_dateline(paragraphs, published)]
    summary = pick(
        "summary",
        [
            ("metadata", clean_text(meta.description)),
            ("body", paragraphs[0] if paragraphs else None),
            ("api", clean_text(hints.get("summary"))),
        ],
    )
    body_text = " ".join(paragraphs)[:LANGUAGE_SAMPLE_CHARS]
    language_text = f"{title or ''} {body_text}".strip()  # the headline is in the post's language
    lang, sources["lang"] = _language(node, url, meta, hints, language_text)
    article = Article(
        url=url,
        node=node.slug,
        lang=lang,
        title=title,
        published=published,
        modified=modified,
        authors=[repair_text(author) for author in authors],
        summary=repair_text(summary),
        paragraphs=paragraphs,
        tags=[repair_text(tag) for tag in tags],
        translations=translations,
        sources={k: v for k, v in sources.items() if v},
        discovered_by=hints.get("route"),
    )
    return Extraction(article, page_type, dropped)


# How a <title> joins the headline to the site's name: "Headline – Site", "Site | Headline".
TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:-]\s+")


def _headlines(tree: HtmlElement, meta: PageMeta) -> list[str]:
    """The forms of the headline a body may begin with: the h1s, og:title, <title> and its parts."""
    page_title = clean_text(meta.document_title)
    return [
        *(clean_text(text_of(h1)) for h1 in tree.iter("h1")),
        meta.title or "",
        page_title,
        *TITLE_SEPARATOR.split(page_title),
    ]


BYLINE_PLACES = ("[rel~=author]", ".byline", "[class*=author]")
BYLINE_LABEL = re.compile(r"^(text|av|by|skriven av|written by|författare|author)\s*:?\s+", re.I)


def _byline(tree: HtmlElement) -> list[str]:
    """An author named where themes print one, within the article: 'Text: Karin Sjöberg'."""
    scope = _first_of(tree, "article", "main")
    if scope is None:
        return []
    for selector in BYLINE_PLACES:
        for tag in select(scope, selector):
            name = BYLINE_LABEL.sub("", clean_text(text_of(tag, " ")))
            if name and len(name.split()) <= 5:
                return [name]
    return []


def _first_of(tree: HtmlElement, *tags: str) -> HtmlElement | None:
    """The first element of the first of `tags` that the page has."""
    for tag in tags:
        if (found := first(tree, tag)) is not None:
            return found
    return None
