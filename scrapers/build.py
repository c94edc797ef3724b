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

from archive import Archive
from scrapers.extract import extract_article
from scrapers.extract.boilerplate import clean_paragraphs, is_repeated
from scrapers.extract.encoding import UndecodableError, decode_page
from scrapers.guard import BODY_KEPT_MIN_SHARE, worse
from scrapers.items import Article
from scrapers.linking import link_articles
from scrapers.network import GazetteerError, analyse
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
OUTCOMES = ("new", "updated", "unchanged", "dropped", "skipped", "errors", "held")
# A node's template changed when, in one build, more than half of its pages that give or gave an
# article fail (dropped, held back, unreadable), and at least three do: one odd post is no change
# of template, and the mirrors' clean builds fail none (tests/test_mirrors.py).
TEMPLATE_CHANGE_SHARE = 0.5
TEMPLATE_CHANGE_MIN_PAGES = 3
FAILED = ("dropped", "errors", "held")


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
    outcome: str = "skipped"  # 'article', or why not: 'skipped', 'dropped', 'errors', 'held'
    lines: list[str] = field(default_factory=list)  # hashes of the lines it counts
    missing: str | None = None  # the required field a dropped article lacks
    held: str | None = None  # why its article is not applied (scrapers/guard.py)

    @property
    def line_texts(self) -> dict[str, str]:
        return {line_hash(p): p for p in self.article.paragraphs} if self.article else {}

    @property
    def text_hash(self) -> str | None:
        """The article's text, by hash: copies of one text count once towards repeated lines."""
        if not self.lines or self.article is None:
            return None
        return line_hash("\n".join(self.article.paragraphs))


def page_html(page: dict) -> str:
    """The page's text, whatever its server claimed (extract/encoding.py)."""
    return decode_page(page["body"], page["content_type"])


def extract_page(page: dict, node: Node) -> Built:
    """Extract one stored page; a page that is no article, or lacks a required field, says so."""
    if page["status"] >= 400 or not page["body"]:
        return Built(page)
    try:
        result = extract_article(page_html(page), page["url"], node, hints=page["hints"])
    except UndecodableError as error:  # an error, not an article
        logger.warning("%s: could not read %s: %s", node.slug, page["url"], error)
        return Built(page, outcome="errors")
    except Exception:  # one odd page must not stop a build
        logger.warning("%s: could not extract %s", node.slug, page["url"], exc_info=True)
        return Built(page, outcome="errors")
    if result.page_type != "article":
        return Built(page)
    article = result.article
    for name in REQUIRED:
        if not getattr(article, name):
            logger.info("%s: dropped %s: no %s", node.slug, page["url"], name)
            return Built(page, article, "dropped", missing=name)
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
    accept: Iterable[str] = (),
) -> dict[str, dict[str, int]]:
    """Build articles from stored pages: those at `urls`, or every article page of the chosen nodes
    (all of `nodes` when `node` is None) fetched on or after `since`. Returns per node how many
    articles were new, updated, unchanged, dropped (a required field missing), skipped (not an
    article), how many pages could not be extracted (errors) and how many new versions were held
    back as worse than the stored ones (held; the pages at `accept` are applied all the same: a
    person judged their change real), with the node's template-change line or None. Pages built
    again because a line became (or, in a build of all of a node's pages, stopped being) its
    boilerplate count too."""
    rules = {n.slug: n for n in nodes}
    chosen = [node] if isinstance(node, str) else list(node or rules)
    full = urls is None and since is None  # every page of each chosen node
    if urls is None:
        urls = [
            url for slug in chosen for url in archive.page_urls(slug, since=since, kind="article")
        ]
    run = _Build(archive, {slug: rules[slug] for slug in chosen if slug in rules}, list(urls))
    run.accept = set(accept)
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
    for slug, counts in run.counts.items():
        counts["template_change"] = template_change(counts, run.had_articles[slug])
        if counts["template_change"]:
            logger.warning("%s: %s", slug, counts["template_change"])
    _analyse(archive, nodes, None if full else run.changed)
    return run.counts


def _analyse(archive: Archive, nodes: Sequence[Node], changed: list[str] | None) -> None:
    """The network follows the articles: mentions of those changed (all when None), stories and
    edges anew."""
    try:
        analyse(archive, {n.slug: n for n in nodes}, urls=changed)
    except GazetteerError as error:  # the articles are stored; `nodenews analyse` will say it
        logger.warning("network analysis skipped: %s", error)


def forget_line(archive: Archive, nodes: Sequence[Node], slug: str, line: str) -> int | None:
    """Unlearn one of a node's learned lines for good (until `unforget`) and build again the
    pages that hold it; returns how many articles changed, None if it was not learned."""
    rules = {n.slug: n for n in nodes}
    if not archive.forget_line(slug, line):
        return None
    run = _Build(archive, {slug: rules[slug]}, [])
    run.again(rules[slug], {line})
    link_articles(archive, {n.slug: n.republishes for n in nodes}, urls=run.changed)
    _analyse(archive, nodes, run.changed)
    return len(run.changed)


def template_change(counts: dict[str, int], had_articles: bool) -> str | None:
    """The one line that reports a node's changed template, from its build's counts (the pages
    that give or gave an article: `considered`), or None."""
    failed = sum(counts[outcome] for outcome in FAILED)
    considered = counts["considered"]
    if not had_articles or failed < TEMPLATE_CHANGE_MIN_PAGES:
        return None
    if failed <= TEMPLATE_CHANGE_SHARE * considered:
        return None
    return (
        f"template change? {failed} of {considered} article pages failed extraction or were held "
        f"back ({counts['held']} held, {counts['dropped']} dropped, {counts['errors']} unreadable)"
    )


class _Build:
    """One build's state: the pages still to build, what it stored, its counts."""

    def __init__(self, archive: Archive, rules: dict[str, Node], urls: list[str]):
        self.archive, self.rules, self.urls = archive, rules, urls
        self.remaining = set(urls)  # pages this build has yet to build
        self.accept: set[str] = set()  # pages whose article applies even if the guard says worse
        self.extractor = extractor_version()
        self.counts = {slug: dict.fromkeys((*OUTCOMES, "considered"), 0) for slug in rules}
        self.had_articles = {slug: archive.article_count(slug) > 0 for slug in rules}
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
        """Hold back what is worse than the stored articles, count the chunk's lines from the
        distinct articles, store its articles and mark its pages built, in one transaction; then
        build again the pages that hold a line newly learned."""
        before = self.archive.boilerplate_lines(node.slug)
        with self.archive.transaction():
            stored = self.archive.articles_by_url(
                b.article.url if b.article else b.page["url"] for b in built
            )
            for b in built:
                self._claim(b)
                self._hold(node, b, stored)
            self._distinct(node, built)
            learned = _learn(self.archive, node, built)
            had_article = {article["page_url"] for article in stored.values()}
            for b in built:
                outcome = self._store(node, b, learned, stored)
                self.counts[node.slug][outcome] += 1
                considered = outcome != "skipped" or b.page["url"] in had_article
                self.counts[node.slug]["considered"] += considered
                self.archive.set_built(b.page["url"], self.extractor, held=b.held)
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

    def _claim(self, built: Built) -> None:
        """One page builds each article: the first of this build to give it, or the page at the
        article's own URL (its rel=canonical) when another page names it. The others count no
        lines either."""
        article, page = built.article, built.page
        if article is None:
            return
        other = article.url != page["url"] and self.archive.page(article.url)
        claimed = self.built_from.setdefault(article.url, page["url"]) != page["url"]
        if claimed or (other and other["kind"] == "article"):
            built.article, built.outcome, built.lines = None, "skipped", []

    def _hold(self, node: Node, built: Built, stored: dict[str, dict]) -> None:
        """Hold back a candidate worse than its stored article (or an error page); a held page
        keeps counting the lines it counted before."""
        article = built.article
        url = article.url if article else built.page["url"]
        previous = stored.get(url)
        if built.outcome == "errors" and previous is not None:
            built.held = "unreadable: the page could not be extracted"
        elif built.outcome == "dropped" and previous is not None:
            field_name = "body" if built.missing == "paragraphs" else built.missing
            built.held = worse(previous, article.to_record() | {field_name: None})
        elif built.outcome == "article":
            accepted = built.page["url"] in self.accept
            built.held = None if accepted else worse(previous, article.to_record())
        elif (
            previous is not None
            and previous["page_url"] == url
            and built.page["status"] < 400  # a 404/410 is the site's word: see "gone"
        ):
            built.held = "not-an-article: the page that built it no longer reads as one"
        if built.held is None:
            return
        logger.warning("%s: held back %s: %s", node.slug, url, built.held)
        if built.outcome != "errors":
            built.outcome = "held"
        built.lines = list(built.page["lines"])

    def _distinct(self, node: Node, built: list[Built]) -> None:
        """Count each article text once: a page whose text another page (of this chunk, or
        counted before) has counts no lines. URL variants, `/page/N` traps and copies of a
        post must not make its own paragraphs look repeated."""
        counting = [b for b in built if b.lines and b.outcome == "article"]
        seen = self.archive.texts_counted(
            node.slug, {b.text_hash for b in counting}, exclude={b.page["url"] for b in built}
        )
        for b in counting:
            if b.text_hash in seen:
                b.lines = []
            seen.add(b.text_hash)

    def _store(self, node: Node, built: Built, learned: set[str], stored: dict[str, dict]) -> str:
        article, page = built.article, built.page
        if built.outcome != "article":
            return built.outcome
        cleaned, _ = clean_paragraphs(article.paragraphs, learned=learned)
        if len("".join(cleaned)) >= BODY_KEPT_MIN_SHARE * len("".join(article.paragraphs)):
            article.paragraphs = cleaned
        else:  # learned lines that would remove most of the article are not applied to it
            logger.info("%s: learned lines left on %s: they are most of it", node.slug, page["url"])
        if not article.paragraphs:
            return "dropped"
        if page["url"] in self.accept:
            held = None
        else:
            held = worse(stored.get(article.url), article.to_record())
        if held:
            built.held = held
            logger.warning("%s: held back %s: %s", node.slug, article.url, held)
            return "held"
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
        text_hash = b.page.get("text_hash") if b.held else b.text_hash
        archive.set_page_lines(b.page["url"], b.lines, text_hash)
    texts = {h: text for b in built for h, text in b.line_texts.items()}
    repeated = {texts[h]: n for h, n in counts.items() if h in texts and is_repeated(n, total)}
    if repeated:
        archive.add_boilerplate_lines(node.slug, repeated)
    return archive.boilerplate_lines(node.slug)
