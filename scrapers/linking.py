"""Links between stored articles, across nodes: republished copies and translations.

Pure functions over article records (as `Archive.articles()` gives them); the crawl applies what they
return through the archive's API once every node of a run is crawled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from scrapers.normalise import title_key

# Bodies this alike are one text republished (a lead or a sign-off may differ).
SAME_BODY = 0.8
SHINGLE = 4


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    if not words:
        return set()
    return {tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def body_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two bodies' 4-word shingles."""
    first, second = _shingles(a), _shingles(b)
    return len(first & second) / len(first | second) if first and second else 0.0


def _same_story(a: dict, b: dict, declared: bool) -> bool:
    """One story twice: near-identical bodies, or — between a node and one it republishes — the
    same title. (Two nodes may well give their own reports of a joint event the same title.)"""
    if a["node"] == b["node"] or a["lang"] != b["lang"]:
        return False
    key = title_key(a["title"] or "")
    if declared and key and key == title_key(b["title"] or ""):
        return True
    return body_similarity(a["body"] or "", b["body"] or "") >= SAME_BODY


def republished(
    articles: Iterable[dict], republishes: Mapping[str, Iterable[str]]
) -> dict[str, str]:
    """{copy URL: original URL} for each article that republishes another node's, published within a
    day of it. The original is on the node that the copy's node declares it republishes; between
    undeclared nodes, the earlier published (then the earlier stored) is the original.
    """
    dated = [a for a in articles if _day(a["published"])]
    rows = sorted(
        dated,
        key=lambda a: (_day(a["published"]), a["published"], a.get("first_seen") or "", a["url"]),
    )
    candidates: dict[str, list[tuple[int, int, str]]] = {}
    for i, first in enumerate(rows):
        for j, second in enumerate(rows[i + 1 :], start=i + 1):
            if (_day(second["published"]) - _day(first["published"])).days > 1:
                break  # sorted by day: nothing further is within a day of `first`
            if first["node"] in republishes.get(second["node"], ()):
                copy, original, declared, position = second, first, True, i
            elif second["node"] in republishes.get(first["node"], ()):
                copy, original, declared, position = first, second, True, j
            else:
                copy, original, declared, position = second, first, False, i
            if _same_story(copy, original, declared):
                found = (0 if declared else 1, position, original["url"])
                candidates.setdefault(copy["url"], []).append(found)
    # Declared originals first, then the earliest.
    return {url: min(found)[2] for url, found in candidates.items()}


def completed_translations(articles: Iterable[dict]) -> dict[str, dict[str, str]]:
    """{url: translations} for every article whose translations gain a link that its twin declares."""
    rows = {a["url"]: a for a in articles}
    completed = {url: dict(a["translations"] or {}) for url, a in rows.items()}
    for url, article in rows.items():
        for twin_url in (article["translations"] or {}).values():
            if twin_url in rows and article["lang"]:
                completed[twin_url].setdefault(article["lang"], url)
    return {url: t for url, t in completed.items() if t != (rows[url]["translations"] or {})}
