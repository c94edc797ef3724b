"""The general main-text layer, for pages whose template no selector of ours knows.

trafilatura does this job well (F1 0.958 published on the article-extraction benchmark; on its 33
development pages here nodenews scores 0.963 against plain trafilatura's 0.956 and readability's 0.949:
benchmarks/bench_extraction.py), so nodenews uses it and cleans its output with the same boilerplate
rules as every other layer.
"""

from __future__ import annotations

import trafilatura
from lxml.html import HtmlElement


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
    )
    if not text:
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]
