"""The general main-text layer, for pages whose template no selector of ours knows.

trafilatura does this job well (F1 0.958 published on the article-extraction benchmark), so
nodenews uses it, adds the chunks of a body cut by advertisements that it leaves out, and cleans
its output with the same boilerplate rules as every other layer: on the benchmark's 33
development pages nodenews scores F1 0.973 against plain trafilatura's 0.956 and readability's
0.949 (benchmarks/bench_extraction.py).
"""

from __future__ import annotations

import re
from copy import deepcopy

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import use_config

from scrapers.extract.boilerplate import HEADINGS, STRUCTURAL, container_paragraphs, words_key
from scrapers.extract.tree import drop

# Below this many characters trafilatura distrusts its extraction and falls back to other
# algorithms, whose text of a short post is the whole article element run together (headline,
# meta line and paragraph as one line). A node's post may be one short paragraph; on the
# article-extraction benchmark's pages (all long) 50 scores the same as trafilatura's 250.
MIN_EXTRACTED_CHARS = 50
CONFIG = use_config()
CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_CHARS))

# trafilatura's text marks a list item "- item"; the site layers give the item alone.
LIST_ITEM = re.compile(r"^- ")


def main_paragraphs(page: HtmlElement | str, url: str | None = None) -> list[str]:
    """The article text of a whole page (its parsed tree, which trafilatura copies before changing
    it, or its HTML), as paragraphs; [] when nothing article-like is found."""
    text = trafilatura.extract(
        page,
        url=url,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        # trafilatura's deduplication remembers paragraphs across calls in the process, so a page's
        # text would depend on what was extracted before it; repeated lines are our job instead.
        deduplicate=False,
        config=CONFIG,
    )
    if not text:
        return []
    lines = (LIST_ITEM.sub("", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


# An article container is at most this many levels above the paragraphs trafilatura took (Wired:
# the paragraphs' div, then the chunk's grid that an advertisement row separates from the next).
CHUNK_LEVELS = 3
# The container of trafilatura's text: the deepest element holding this share of its paragraphs.
CONTAINER_SHARE = 0.8
STOP_AT = frozenset({"article", "main", "body", "html"})
# Less text than this in a same-class sibling is a box (sponsored links, a "more in" strip), not
# the rest of an article cut by an advertisement (Wired's second chunk holds 6,000 characters).
CHUNK_MIN_CHARS = 500
# A list whose every item links, or a paragraph, with more than this share of its text in links:
# other stories (Wired's "More Great WIRED Stories", a headline half linked per item: 0.46).
LINK_LIST_SHARE = 0.3


def continuation(tree: HtmlElement, lines: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs of the article's other chunks, before and after the lines trafilatura took:
    a body cut into same-class siblings (by advertisements, by a CMS's "chunks") of which it
    keeps only one. ([], []) when the body stands in one piece."""
    container = _container(tree, lines)
    if container is None:
        return [], []
    element = container
    for _ in range(CHUNK_LEVELS):
        parent = element.getparent()
        if element.tag in STOP_AT or parent is None:
            break
        path = _path(container, element)
        chunks = [
            part
            for sibling in _same_kind(element, parent)
            if (part := _follow(sibling, path)) is not None
            and len(part.text_content()) >= CHUNK_MIN_CHARS
        ]
        if chunks:
            taken = {words_key(line) for line in lines}
            before, after = [], []
            for chunk in chunks:
                side = before if _precedes(chunk, container) else after
                for paragraph in _prose(chunk):
                    if (key := words_key(paragraph)) not in taken:
                        side.append(paragraph)
                        taken.add(key)
            return before, after
        element = parent
    return [], []


def _container(tree: HtmlElement, lines: list[str]) -> HtmlElement | None:
    """The deepest element that holds most of the <p>s whose text is one of `lines`."""
    wanted = {" ".join(line.split()) for line in lines}
    found = [p for p in tree.iter("p") if " ".join(p.text_content().split()) in wanted]
    if not found:
        return None
    counts: dict[HtmlElement, int] = {}
    depth: dict[HtmlElement, int] = {}
    for paragraph in found:
        for level, ancestor in enumerate(paragraph.iterancestors()):
            counts[ancestor] = counts.get(ancestor, 0) + 1
            depth[ancestor] = -level  # nearer the paragraph is deeper
    holding = [a for a, n in counts.items() if n >= CONTAINER_SHARE * len(found)]
    return max(holding, key=lambda a: depth[a]) if holding else None


def _same_kind(element: HtmlElement, parent: HtmlElement) -> list[HtmlElement]:
    """The element's siblings of the same tag and classes that could be more of the article: not
    page structure, no headline of their own."""
    classes = element.get("class")
    if not classes:
        return []
    return [
        sibling
        for sibling in parent
        if sibling is not element
        and sibling.tag == element.tag
        and sibling.get("class") == classes
        and next(sibling.iter("h1"), None) is None
        and not STRUCTURAL.matches(sibling)
    ]


def _path(container: HtmlElement, top: HtmlElement) -> list[tuple[str, str | None]]:
    """The steps (tag, class) from `top` down to `container`."""
    steps = []
    element = container
    while element is not top:
        steps.append((element.tag, element.get("class")))
        element = element.getparent()
    return steps[::-1]


def _follow(chunk: HtmlElement, path: list[tuple[str, str | None]]) -> HtmlElement | None:
    """The element of `chunk` at the same place as the container is in its own chunk; None when
    the chunk has no such element (it is another kind of box: an author's, a list of links)."""
    for tag, classes in path:
        chunk = next((c for c in chunk if c.tag == tag and c.get("class") == classes), None)
        if chunk is None:
            return None
    return chunk


def _prose(chunk: HtmlElement) -> list[str]:
    """The chunk's paragraphs, without its lists of links (more stories, a reading list): a list
    whose every item links somewhere and whose text is mostly links, a paragraph that is one."""
    chunk = deepcopy(chunk)
    for block in list(chunk.iter("ul", "ol", "p")):
        items = [block] if block.tag == "p" else list(block.iter("li"))
        linked = all(next(item.iter("a"), None) is not None for item in items)
        if items and linked and _link_share(block) > LINK_LIST_SHARE:
            heading = block.getprevious()  # the list's own heading ("More stories") goes with it
            if heading is not None and heading.tag in HEADINGS:
                drop(heading)
            drop(block)
    return container_paragraphs(chunk)


def _link_share(block: HtmlElement) -> float:
    text = len(block.text_content().strip())
    links = sum(len(a.text_content().strip()) for a in block.iter("a"))
    return links / text if text else 0.0


def _precedes(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether `one` comes before `other` in the document."""
    return (
        one.sourceline is not None
        and other.sourceline is not None
        and (one.sourceline < other.sourceline)
    )
