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
from collections.abc import Iterable, Sequence
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
# Pages extracted, then stored in one transaction: what a build holds in memory (a few MB) and
# how it batches writes (one transaction per article stored 451 articles/s through the storage
# API, batches about 7,000/s: issue 6).
CHUNK = 200
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


def record_node(archive: Archive, node: Node) -> None:
    """Store the node as the registry now describes it (its name, its group)."""
    archive.upsert_node(
        node.slug, node.name, node.base_url, list(node.languages), node.cms, part_of=node.part_of
    )


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
    article) and how many pages could not be extracted (errors). Pages built again because a line
    became (or, in a build of all of a node's pages, stopped being) its boilerplate count too."""
    rules = {n.slug: n for n in nodes}
    chosen = [node] if isinstance(node, str) else list(node or rules)
    full = urls is None and since is None  # every page of each chosen node
    if urls is None:
        urls = [
            url for slug in chosen for url in archive.page_urls(slug, since=since, kind="article")
        ]
    run = _Build(archive, {slug: rules[slug] for slug in chosen if slug in rules}, list(urls))
    for chosen_node in run.rules.values():  # a registry edit (name, part_of) reaches the archive
        record_node(archive, chosen_node)
    run.all()
    if full:
        for slug in run.rules:
            run.forget_unrepeated(slug)
    # A full build links every article anew (a node's `republishes` may have changed too).
    link_articles(
        archive, {n.slug: n.republishes for n in nodes}, urls=None if full else run.changed
    )
    return run.counts


class _Build:
    """One build's state: the pages still to build, what it stored, its counts."""

    def __init__(self, archive: Archive, rules: dict[str, Node], urls: list[str]):
        self.archive, self.rules, self.urls = archive, rules, urls
        self.remaining = set(urls)  # pages this build has yet to build
        self.extractor = extractor_version()
        self.counts = {slug: dict.fromkeys(OUTCOMES, 0) for slug in rules}
        self.changed: list[str] = []  # articles new or updated
        self.built_from: dict[str, str] = {}  # article URL -> the page that built it

    def all(self) -> None:
        """Build the pages, CHUNK at a time per node."""
        pending: dict[str, list[Built]] = {}
        for page in self.archive.pages(urls=self.urls):
            node = self.rules.get(page["node"])
            if node is None:
                continue  # a node not chosen, or no longer in the registry
            pending.setdefault(node.slug, []).append(extract_page(page, node))
            if len(pending[node.slug]) >= CHUNK:
                self.store(node, pending.pop(node.slug))
        for slug, built in pending.items():
            self.store(self.rules[slug], built)

    def store(self, node: Node, built: list[Built]) -> None:
        """Count the chunk's lines, store its articles and mark its pages built, in one
        transaction; then build again the pages that hold a line newly learned."""
        before = self.archive.boilerplate_lines(node.slug)
        with self.archive.transaction():
            learned = _learn(self.archive, node, built)
            for b in built:
                self.counts[node.slug][self._store(b, learned)] += 1
                self.archive.set_built(b.page["url"], self.extractor)
        self.remaining -= {b.page["url"] for b in built}
        self.again(node, learned - before, exclude={b.page["url"] for b in built})

    def again(self, node: Node, lines: set[str], exclude: set[str] = frozenset()) -> None:
        """Build again the node's pages built before that hold `lines` (those still to come in
        this build will be built with them anyway)."""
        if not lines:
            return
        found = self.archive.pages_with_lines(node.slug, [line_hash(line) for line in lines])
        urls = [url for url in found if url not in self.remaining and url not in exclude]
        for start in range(0, len(urls), CHUNK):
            pages = self.archive.pages(urls=urls[start : start + CHUNK])
            self.store(node, [extract_page(page, node) for page in pages])

    def forget_unrepeated(self, slug: str) -> None:
        """After a build of all its pages: forget the node's learned lines that no longer stand
        on enough of them, and give them back to the pages that hold them."""
        learned = self.archive.boilerplate_lines(slug)
        counts, total = self.archive.count_lines(slug, {line_hash(line): 0 for line in learned})
        gone = {line for line in learned if not is_repeated(counts[line_hash(line)], total)}
        if gone:
            self.archive.remove_boilerplate_lines(slug, gone)
            self.again(self.rules[slug], gone)

    def _store(self, built: Built, learned: set[str]) -> str:
        article, page = built.article, built.page
        if article is None:
            return built.outcome
        if self.built_from.setdefault(article.url, page["url"]) != page["url"]:
            return "skipped"  # another page of this build gave the same article
        if article.url != page["url"]:  # the page's rel=canonical names another URL
            other = self.archive.page(article.url)
            if other is not None and other["kind"] == "article":
                return "skipped"  # that page builds it
        article.paragraphs, _ = clean_paragraphs(article.paragraphs, learned=learned)
        if not article.paragraphs:
            return "dropped"
        outcome = self.archive.upsert_article(
            article.to_record(),
            fetched_at=page["fetched_at"],
            seen_at=page["seen_at"],
            page=page,
            extractor=self.extractor,
        )
        if outcome in ("new", "updated"):
            self.changed.append(article.url)
        return outcome


def _learn(archive: Archive, node: Node, built: list[Built]) -> set[str]:
    """Update the node's line counts from `built` (each page's lines replace those it counted
    before), learn the lines now repeated on enough of its pages, and return all it has learned."""
    delta: Counter[str] = Counter({h: 0 for b in built for h in b.lines})
    for b in built:
        before, after = set(b.page["lines"]), set(b.lines)
        delta.update(dict.fromkeys(after - before, 1))
        delta.subtract(dict.fromkeys(before - after, 1))
    pages = sum(bool(b.lines) for b in built) - sum(bool(b.page["lines"]) for b in built)
    counts, total = archive.count_lines(node.slug, dict(delta), pages)
    for b in built:
        archive.set_page_lines(b.page["url"], b.lines)
    texts = {h: text for b in built for h, text in b.line_texts.items()}
    repeated = {texts[h]: n for h, n in counts.items() if h in texts and is_repeated(n, total)}
    if repeated:
        archive.add_boilerplate_lines(node.slug, repeated)
    return archive.boilerplate_lines(node.slug)
