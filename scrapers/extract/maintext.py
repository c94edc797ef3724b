"""The general main-text layer, for pages whose template no selector of ours knows.

trafilatura does this job well (F1 0.958 published on the article-extraction benchmark; on its 33
development pages here nodenews scores 0.963 against plain trafilatura's 0.956 and readability's 0.949:
benchmarks/bench_extraction.py), so nodenews uses it and cleans its output with the same boilerplate
rules as every other layer.
"""

from __future__ import annotations

import re

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import use_config

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
