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
    return {tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def body_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two bodies' 4-word shingles."""
    first, second = _shingles(a), _shingles(b)
    return len(first & second) / len(first | second) if first and second else 0.0


def _is_copy(copy: dict, original: dict) -> bool:
    if copy["node"] == original["node"] or copy["lang"] != original["lang"]:
        return False
    days = _day(copy["published"]), _day(original["published"])
    if None in days or abs((days[0] - days[1]).days) > 1:
        return False
    if title_key(copy["title"] or "") == title_key(original["title"] or ""):
        return True
    return body_similarity(copy["body"] or "", original["body"] or "") >= SAME_BODY


def republished(articles: Iterable[dict], republishes: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """{copy URL: original URL} for each article that republishes another node's.

    The original is the one on the node that the other declares it republishes; failing that, the
    earlier published (then the earlier stored).
    """
    dated = [a for a in articles if _day(a["published"])]
    rows = sorted(dated, key=lambda a: (_day(a["published"]), a.get("first_seen") or "", a["url"]))
    links: dict[str, str] = {}
    for i, first in enumerate(rows):
        for second in rows[i + 1 :]:
            if (_day(second["published"]) - _day(first["published"])).days > 1:
                break  # sorted by day: nothing further can be a copy
            if not _is_copy(second, first):
                continue
            copy, original = second, first
            if second["node"] in republishes.get(first["node"], ()):
                copy, original = first, second
            links.setdefault(copy["url"], original["url"])
    return links


def completed_translations(articles: Iterable[dict]) -> dict[str, dict[str, str]]:
    """{url: translations} for every article whose translations gain a link that its twin declares."""
    rows = {a["url"]: a for a in articles}
    completed = {url: dict(a["translations"] or {}) for url, a in rows.items()}
    for url, article in rows.items():
        for twin_url in (article["translations"] or {}).values():
            if twin_url in rows and article["lang"]:
                completed[twin_url].setdefault(article["lang"], url)
    return {url: t for url, t in completed.items() if t != (rows[url]["translations"] or {})}
