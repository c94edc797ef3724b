"""Boilerplate removal, in the order that is most reliable: by page structure first (containers that are
never the article), then by a site's own phrases, then by lines that repeat across a node's pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from copy import deepcopy
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from scrapers.extract.tree import Structure, drop, outermost, paragraphs_of, select
from scrapers.normalise import clean_text, parse_date

# Containers that are never the article, whatever the site (Jetpack's sharedaddy and jp-relatedposts
# included: the commonest WordPress plugin; and the blocks of WordPress' own block themes, which
# print the post's navigation and comments inside the content's group). A theme's own classes
# belong to scrapers/themes.toml.
STRUCTURAL = Structure(
    tags=frozenset(
        {"script", "style", "noscript", "template", "iframe", "svg", "form", "button"}
        | {"nav", "aside", "footer"}
    ),
    attributes=frozenset(
        {("role", "navigation"), ("role", "complementary"), ("aria-hidden", "true")}
    ),
    classes=frozenset(
        {"screen-reader-text", "rich-snippet-hidden", "sharedaddy", "jp-relatedposts"}
        | {"related-posts", "related", "post-meta", "entry-meta", "entry-footer"}
        | {"breadcrumb", "breadcrumbs", "comments-area", "widget"}
        | {"post-navigation", "nav-links", "wp-block-post-navigation-link"}
        | {"wp-block-comments", "comment-respond", "wp-block-post-comments-form"}
    ),
    class_parts=("cookie", "newsletter", "share-", "social"),
    ids=frozenset({"jp-relatedposts", "comments", "respond"}),
    id_parts=("cookie",),
    rels=frozenset({"prev", "next"}),  # the links to the previous and next post
)
# Pictures and their captions: never the article's text in a site's container. (Not looked for in a
# general extractor's output: a caption there that repeats a line is most often the lead.)
MEDIA = Structure(
    tags=frozenset({"figure", "figcaption", "img"}),
    class_parts=("caption",),
)
# The parts of a post's meta line (its date, author, categories and tags): together with the short
# words between them ("— by", "in", "Tags:"), the line they stand in is no part of the article.
POST_META = Structure(
    tags=frozenset({"time"}),
    classes=frozenset(
        {"wp-block-post-date", "wp-block-post-author", "wp-block-post-author-name"}
        | {"wp-block-post-terms", "posted-on", "byline", "entry-date", "cat-links", "tags-links"}
    ),
    rels=frozenset({"author", "tag", "category"}),
)
# A meta line is the largest container around a POST_META part with at most this many words (the
# block theme's "1 mars 2024 — av Anna i Nyheter" has 7; the shortest post paragraph in the
# article-extraction benchmark's pages has more).
META_LINE_WORDS = 12
# A STRUCTURAL container that holds more than this share of the extracted text is the article.
CHROME_MAX_SHARE = 0.5
# STRUCTURAL elements whose text no extractor prints as a line (scripts were most of the text that
# page_chrome looked through).
NO_LINES = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "img"})
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

# Lines that are boilerplate on any node: navigation, prompts and labels in Swedish and English.
PHRASES = (
    "Till toppen",
    "Do you want to know more?",
    "Subscribe to our newsletter.",
    "Vill du veta mer?",
    "Prenumerera på vårt nyhetsbrev.",
    "Du är här",
    "You are here",
    "Meny",
    "Menu",
    "Gå direkt till innehåll",
    "Skip to main content",
    "Skip to content",
    "Läs mer",
    "Read more",
    "Share this:",
    "Dela:",
    "Like this:",
    "Related",
    "Relaterat",
)
PATTERNS = (
    r"^Publicerad:? \d",
    r"^Publicerat:? \d",
    r"^Subscribe to ",
    r"^Click to share on ",
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$",  # a bare timestamp
    # a post's tag and category line, as themes label it (short: a sentence may begin so too)
    r"^(Tags|Taggar|Etiketter|Categories|Category|Kategorier|Kategori)\s*:\s*\S.{0,100}$",
    r"^(Posted in|Filed under|Categorized as|Publicerad i|Kategoriserat som)\s+\S.{0,100}$",
)


def _key(line: str) -> str:
    return clean_text(line).casefold().strip(" .:!?»>–-")


WORD = re.compile(r"\w+")


def words_key(text: str) -> str:
    """A line's words alone: how a line of extracted text is matched to the element it came from,
    whatever spacing and punctuation the extractor put between the element's strings."""
    return " ".join(WORD.findall(text.casefold()))


def page_chrome(tree: HtmlElement, lines: Iterable[str]) -> set[str]:
    """The `words_key`s of those of `lines` (a general extractor's output, which no longer shows
    where a line came from) that the page's structure shows are not the article: they stand inside
    a STRUCTURAL container or are a post's meta line. A container that holds most of the lines'
    text is the article under an unlucky class name (Blogger's `widget` around every post)."""
    wanted = {words_key(line): " ".join(line.casefold().split()) for line in lines}
    wanted.pop("", None)
    total = sum(map(len, wanted))
    found: set[str] = set()
    body = next(tree.iter("body"), tree)
    for element in outermost(body, STRUCTURAL, POST_META):
        if element.tag in NO_LINES:
            continue
        if not STRUCTURAL.matches(element):
            element = _meta_line(element)
        # First whether any line stands in the element at all (most hold none: menus, footers),
        # with spacing alone made even, which is cheaper than words_key on a large element.
        text = " ".join(element.text_content().casefold().split())
        held = {key for key, spaced in wanted.items() if spaced in text}
        if not held or sum(map(len, held)) > CHROME_MAX_SHARE * total:
            continue
        longest = 2 * max(len(wanted[key]) for key in held)  # a longer part is not one line
        for part in (element, *element.iterdescendants(etree.Element)):
            part_text = part.text_content()
            if len(part_text) <= longest and (key := words_key(part_text)) in held:
                found.add(key)
    return found


def container_paragraphs(container: HtmlElement, drop_selectors: Iterable[str] = ()) -> list[str]:
    """The paragraphs of a container of the page, without what is STRUCTURAL or MEDIA in it nor
    what `drop_selectors` (a site's CSS) name. The page's tree stays whole: this reads a copy."""
    container = deepcopy(container)
    for element in outermost(container, STRUCTURAL, MEDIA):
        drop(element)
    for selector in drop_selectors:
        for element in select(container, selector):
            drop(element)
    return paragraphs_of(container)


def _meta_line(part: HtmlElement) -> HtmlElement:
    """The largest container around a post-meta part that is still one short line."""
    line = part
    for parent in part.iterancestors():
        if (
            parent.tag in ("body", "article", "main")
            or next(parent.iter(*HEADINGS), None) is not None
        ):
            break
        if len(WORD.findall(parent.text_content())) > META_LINE_WORDS:
            break
        line = parent
    return line


@lru_cache(maxsize=64)
def compile_rules(
    phrases: tuple[str, ...], patterns: tuple[str, ...]
) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A line made only of phrases (one or several: prompts are printed as one paragraph or two),
    a line matching any pattern anchored at its start, and one matching any other pattern (kept
    apart: searching every position of a long paragraph for a pattern that can only match at its
    start cost a millisecond a page). Cached: a node's rules are the same on every page."""
    keys = sorted({_key(p) for p in (*PHRASES, *phrases)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(k) for k in keys)
    only_phrases = re.compile(rf"^(?:[\s.:!?»>–-]*(?:{alternatives}))+[\s.:!?»>–-]*$")
    every = (*PATTERNS, *patterns)
    at_start = [p for p in every if p.startswith("^")]
    anywhere = [p for p in every if not p.startswith("^")] or ["(?!)"]  # (?!) matches nothing
    return only_phrases, _any_pattern(at_start), _any_pattern(anywhere)


def _any_pattern(patterns: Sequence[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_boilerplate(text: str, rules: tuple[re.Pattern, re.Pattern, re.Pattern]) -> bool:
    """Whether a (clean) line is made of phrases or matches a pattern of `compile_rules`."""
    only_phrases, at_start, anywhere = rules
    return (
        only_phrases.match(text.casefold()) is not None
        or at_start.match(text) is not None
        or anywhere.search(text) is not None
    )


def clean_paragraphs(
    paragraphs: Sequence[str],
    *,
    phrases: Iterable[str] = (),
    patterns: Iterable[str] = (),
    learned: Iterable[str] = (),
    title: str | None = None,
    headlines: Iterable[str] = (),
    chrome: Collection[str] = (),
) -> tuple[list[str], int]:
    """Drop boilerplate paragraphs; returns the rest and how many were dropped.

    Also drops a leading copy of the title (or of another form of the headline: the page's h1,
    its <title> without the site's name), a paragraph that repeats the one before it (captions
    and headings printed twice by responsive themes) and the lines whose `words_key` is in
    `chrome` (from `page_chrome`).
    """
    rules = compile_rules(tuple(phrases), tuple(patterns))
    learned_keys = {_key(line) for line in learned}
    headline_keys = {_key(line) for line in (title, *headlines) if line}
    kept: list[str] = []
    last_key = None
    for paragraph in paragraphs:
        text = clean_text(paragraph)
        if not text or is_boilerplate(text, rules):
            continue
        key = _key(text)
        if key in learned_keys or key == last_key or (not kept and key in headline_keys):
            continue
        if chrome and words_key(text) in chrome:
            continue
        kept.append(text)
        last_key = key
    return kept, len(paragraphs) - len(kept)


# A line is a node's boilerplate when it stands on at least half of the node's pages, and on three.
REPEATED_MIN_PAGES = 3
REPEATED_MIN_SHARE = 0.5


def is_repeated(
    pages: int,
    total: int,
    *,
    min_pages: int = REPEATED_MIN_PAGES,
    min_share: float = REPEATED_MIN_SHARE,
) -> bool:
    """Whether a line standing on `pages` of a node's `total` pages is repeated boilerplate."""
    return total >= min_pages and pages >= max(min_pages, min_share * total)


# A dateline at the head of a body: a date alone, or followed by a dash or a colon, or in ISO form
# followed by the text (set apart in bold on the page, which the text no longer shows).
DATELINE = re.compile(
    r"^(?:(?P<iso>\d{4}-\d{2}-\d{2})\s+(?=\w)|(?P<date>[^–—:]{6,40}?)\s*(?:[–—:]|\s-\s|$))\s*"
)


def strip_dateline(paragraphs: list[str], published: str | None) -> list[str]:
    """The body without a leading dateline that repeats the published day ("2019-04-10 Mellan …",
    "December 18, 2020 – A year …"): the date is a field of its own. The rest of the paragraph
    stays; a paragraph that was only the date goes."""
    if not paragraphs or not published:
        return paragraphs
    match = DATELINE.match(paragraphs[0])
    if match is None:
        return paragraphs
    day = parse_date(match.group("iso") or match.group("date"))
    if day is None or day[:10] != published[:10]:
        return paragraphs
    rest = paragraphs[0][match.end() :]
    return [rest, *paragraphs[1:]] if rest else paragraphs[1:]


def learn_repeated_lines(
    bodies: Sequence[Sequence[str]],
    *,
    min_pages: int = REPEATED_MIN_PAGES,
    min_share: float = REPEATED_MIN_SHARE,
) -> dict[str, int]:
    """Paragraphs that stand on at least `min_share` of a node's pages (and at least `min_pages` of
    them): widgets and sign-offs that sit inside the content container on every page."""
    counts = Counter(line for body in bodies for line in set(body))
    return {
        line: n
        for line, n in counts.items()
        if is_repeated(n, len(bodies), min_pages=min_pages, min_share=min_share)
    }
