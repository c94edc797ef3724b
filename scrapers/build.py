"""Build: the stored pages -> articles, without a single request.

A pure, idempotent function of the pages in the archive and the rules (the registry, the extraction
code and its libraries): extraction with what discovery knew of each page (its hints), repeated-line
learning updated from the pages being built, the checks an article must pass, upserts batched in
transactions, then linking of the articles that are new or changed. `nodenews crawl` builds the
pages its fetch brought; `nodenews build` builds stored pages again after a rule change or an
upgrade (history reason 'rules' when the same page now gives another article).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version

from w3lib.encoding import html_to_unicode

from archive import Archive
from scrapers.extract import extract_article
from scrapers.extract.boilerplate import clean_paragraphs, is_repeated
from scrapers.items import Article
from scrapers.linking import link_articles
from scrapers.registry import Node

logger = logging.getLogger(__name__)

# Bump when a change of nodenews' own rules (extraction, boilerplate, normalisation) changes what
# a page builds into, so that each article says which rules made it.
RULES_VERSION = 1
# Articles stored per transaction: one transaction (and fsync) per article stored 451 articles/s
# through the storage API, batches about 7,000/s (issue 6).
BATCH = 200
REQUIRED = ("title", "paragraphs", "published")
OUTCOMES = ("new", "updated", "unchanged", "dropped", "skipped", "errors")


def extractor_version() -> str:
    """What builds articles: nodenews and its rules, and the extraction libraries' versions."""
    libraries = " ".join(f"{name} {version(name)}" for name in ("trafilatura", "htmldate"))
    return f"nodenews {version('nodenews')} rules {RULES_VERSION} {libraries}"


def line_hash(line: str) -> str:
    """A line's key in the counts of repeated lines (short: only counts are kept by it)."""
    return hashlib.sha256(line.encode()).hexdigest()[:16]


@dataclass
class Built:
    """One page's extraction, before repeated lines are removed and it is stored."""

    page: dict
    article: Article | None = None
    outcome: str = "skipped"  # 'article', or why not: 'skipped', 'dropped', 'errors'
    lines: list[str] = field(default_factory=list)  # hashes of the lines it counts

    @property
    def line_texts(self) -> dict[str, str]:
        return {line_hash(p): p for p in self.article.paragraphs} if self.article else {}


def page_html(page: dict) -> str:
    """The page's text, decoded as the crawl's responses are (header, BOM, <meta>, then UTF-8)."""
    return html_to_unicode(page["content_type"] or "", page["body"], default_encoding="utf-8")[1]


def extract_page(page: dict, node: Node) -> Built:
    """Extract one stored page; a page that is no article, or lacks a required field, says so."""
    if page["status"] >= 400 or not page["body"]:
        return Built(page)
    try:
        result = extract_article(page_html(page), page["url"], node, hints=page["hints"])
    except Exception:  # one odd page must not stop a build
        logger.warning("%s: could not extract %s", node.slug, page["url"], exc_info=True)
        return Built(page, outcome="errors")
    if result.page_type != "article":
        return Built(page)
    article = result.article
    for name in REQUIRED:
        if not getattr(article, name):
            logger.info("%s: dropped %s: no %s", node.slug, page["url"], name)
            return Built(page, outcome="dropped")
    return Built(page, article, "article", sorted({line_hash(p) for p in article.paragraphs}))


def build(
    archive: Archive,
    nodes: Sequence[Node],
    *,
    urls: Iterable[str] | None = None,
    node: str | Sequence[str] | None = None,
    since: str | None = None,
) -> dict[str, dict[str, int]]:
    """Build articles from stored pages: those at `urls`, or every article page of the chosen nodes
    (all of `nodes` when `node` is None) fetched on or after `since`. Returns per node how many
    articles were new, updated, unchanged, dropped (a required field missing), skipped (not an
    article) and how many pages could not be extracted (errors)."""
    rules = {n.slug: n for n in nodes}
    chosen = [node] if isinstance(node, str) else list(node or rules)
    full = urls is None and since is None  # every page of each chosen node: learning starts over
    if urls is None:
        pages: Iterator[dict] = (
            page
            for slug in chosen
            for page in archive.pages(node=slug, since=since, kind="article")
        )
    else:
        pages = (page for url in urls if (page := archive.page(url)) is not None)
    extracted: dict[str, list[Built]] = {}
    for page in pages:
        if page["node"] in rules and page["node"] in chosen:
            extracted.setdefault(page["node"], []).append(extract_page(page, rules[page["node"]]))
    counts: dict[str, dict[str, int]] = {}
    changed: list[str] = []
    for slug, built in extracted.items():
        counts[slug], stored = _store_node(archive, rules[slug], built, full=full)
        changed += stored
    # A full build links every article anew (a node's `republishes` may have changed too).
    link_articles(archive, {n.slug: n.republishes for n in nodes}, urls=None if full else changed)
    return counts


def _learn(archive: Archive, node: Node, built: list[Built], *, full: bool) -> set[str]:
    """Update the node's line counts from `built` (each page's lines replace those it counted
    before) and return the lines learned as repeated boilerplate."""
    delta: Counter[str] = Counter({h: 0 for b in built for h in b.lines})
    for b in built:
        before, after = set(b.page["lines"]), set(b.lines)
        delta.update(dict.fromkeys(after - before, 1))
        delta.subtract(dict.fromkeys(before - after, 1))
    pages = sum(bool(b.lines) for b in built) - sum(bool(b.page["lines"]) for b in built)
    with archive.transaction():
        counts, total = archive.count_lines(node.slug, dict(delta), pages)
        for b in built:
            archive.set_page_lines(b.page["url"], b.lines)
    texts = {h: text for b in built for h, text in b.line_texts.items()}
    repeated = {texts[h]: n for h, n in counts.items() if h in texts and is_repeated(n, total)}
    if full:
        archive.set_boilerplate_lines(node.slug, repeated)
        return set(repeated)
    if repeated:
        archive.add_boilerplate_lines(node.slug, repeated)
    return archive.boilerplate_lines(node.slug)


def _store_node(
    archive: Archive, node: Node, built: list[Built], *, full: bool
) -> tuple[dict[str, int], list[str]]:
    before = archive.boilerplate_lines(node.slug)
    learned = _learn(archive, node, built, full=full)
    fresh = learned - before
    if fresh and not full:
        # Lines newly learned also leave the node's pages built before that hold them.
        done = {b.page["url"] for b in built}
        again = archive.pages_with_lines(node.slug, [line_hash(line) for line in fresh])
        built += [extract_page(archive.page(url), node) for url in again if url not in done]
    counts = dict.fromkeys(OUTCOMES, 0)
    stored: list[str] = []  # articles new or updated
    seen: set[str] = set()  # articles built by this build
    extractor = extractor_version()
    for start in range(0, len(built), BATCH):
        with archive.transaction():
            for b in built[start : start + BATCH]:
                outcome = _store(archive, b, learned, extractor, seen)
                counts[outcome] += 1
                if outcome in ("new", "updated"):
                    stored.append(b.article.url)
                archive.set_built(b.page["url"], extractor)
    return counts, stored


def _store(
    archive: Archive, built: Built, learned: set[str], extractor: str, seen: set[str]
) -> str:
    article, page = built.article, built.page
    if article is None:
        return built.outcome
    if article.url != page["url"]:  # the page's rel=canonical names another URL
        other = archive.page(article.url)
        if article.url in seen or (other is not None and other["kind"] == "article"):
            return "skipped"  # that page, or one before, builds it
    seen.add(article.url)
    article.paragraphs, _ = clean_paragraphs(article.paragraphs, learned=learned)
    if not article.paragraphs:
        return "dropped"
    return archive.upsert_article(
        article.to_record(),
        fetched_at=page["fetched_at"],
        seen_at=page["seen_at"],
        page=page,
        extractor=extractor,
    )
