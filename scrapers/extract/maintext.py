"""The general main-text layer, for pages whose template no selector of ours knows.

trafilatura does this job well (F1 0.958 on the article-extraction benchmark), so nodenews uses it
rather than a home-made heuristic, and cleans its output with the same boilerplate rules as the rest.
"""

from __future__ import annotations

import trafilatura


def main_paragraphs(html: str, url: str | None = None) -> list[str]:
    """The article text of a whole page, as paragraphs; [] when nothing article-like is found."""
    text = trafilatura.extract(
        html,
        url=url,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=True,
    )
    if not text:
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]
