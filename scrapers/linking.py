"""Links between stored articles, across nodes: republished copies and translations.

`link_articles` links the articles a build stored or changed. It finds each one's candidates through
the archive's linking index (the same title key, or a shared MinHash LSH band bucket, within a day),
confirms them with the exact rules below and writes only what changed, so that its cost follows the
articles it links, not the size of the archive.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta

import numpy as np
from datasketch import MinHash

from archive import Archive
from scrapers.normalise import title_key

# Bodies this alike are one text republished (a lead or a sign-off may differ).
SAME_BODY = 0.8
SHINGLE = 4
# A copy comes out within this many days of its original.
WINDOW_DAYS = 1
# MinHash LSH over the bodies' shingles: BANDS bands of ROWS values. Two bodies of similarity s
# share a band with probability 1 - (1 - s**4)**16: 0.9998 at SAME_BODY and 1 - 4e-8 at 0.9, but
# 0.12 at 0.3 and 0.025 at 0.2, so few unrelated bodies are compared. (A pair the index misses is
# never linked, hence recall before precision: a false candidate costs one exact comparison.)
BANDS, ROWS = 16, 4
# The permutations, drawn once (seeded: stored signatures stay comparable across runs).
PERMUTATIONS = MinHash(num_perm=BANDS * ROWS, seed=1, scheme="affine32").permutations
SIGNATURE_DTYPE = "<u4"  # affine32 values, stored little-endian whatever the machine
# Articles linked per transaction (and held in memory at once).
LINK_CHUNK = 1_000


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


def signature(body: str) -> np.ndarray | None:
    """The MinHash signature of the body's shingles; None for a body without words (alike
    nothing)."""
    shingles = _shingles(body)
    if not shingles:
        return None
    minhash = MinHash(num_perm=BANDS * ROWS, scheme="affine32", permutations=PERMUTATIONS)
    minhash.update_batch([" ".join(shingle).encode() for shingle in shingles])
    return minhash.hashvalues.astype(SIGNATURE_DTYPE)


def buckets(values: np.ndarray, day: date) -> list[int]:
    """The signature's band buckets on one day, each a band's values and the day hashed to a signed
    64-bit integer. With the day in the bucket, a lookup reads only the days of its window, however
    many other days' articles share a band (a node's sign-off in every post, say)."""
    stamp = day.isoformat().encode()
    return [
        int.from_bytes(
            hashlib.blake2b(
                stamp + bytes([band]) + values[band * ROWS : (band + 1) * ROWS].tobytes(),
                digest_size=8,
            ).digest(),
            "big",
            signed=True,
        )
        for band in range(BANDS)
    ]


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = list(values)
    for start in range(0, len(values), LINK_CHUNK):
        yield values[start : start + LINK_CHUNK]


def index_articles(archive: Archive, urls: Iterable[str]) -> None:
    """Write the linking keys of these stored articles: title key, day, signature, band buckets."""
    for chunk in _chunks(urls):
        with archive.transaction():
            for url, article in archive.articles_by_url(chunk).items():
                day = _day(article["published"])
                values = signature(article["body"] or "")
                archive.set_link_keys(
                    url,
                    title_key=title_key(article["title"] or ""),
                    day=day.isoformat() if day else None,
                    signature=None if values is None else values.tobytes(),
                    buckets=buckets(values, day) if values is not None and day else [],
                )


def candidates(archive: Archive, urls: Iterable[str]) -> dict[str, set[str]]:
    """{url: the indexed articles that may be the same story}: published within WINDOW_DAYS of it,
    with a band bucket of its body's signature or its title key in common. Undated articles have
    none. Two indexed lookups per article; no article is read."""
    found = {}
    for url, keys in archive.link_keys(urls).items():
        day = _day(keys["day"])
        if day is None:
            found[url] = set()
            continue
        days = [day + timedelta(days=n) for n in range(-WINDOW_DAYS, WINDOW_DAYS + 1)]
        window: list[int] = []
        if keys["signature"] is not None:
            values = np.frombuffer(keys["signature"], dtype=SIGNATURE_DTYPE)
            window = [bucket for one in days for bucket in buckets(values, one)]
        found[url] = archive.link_candidates(
            url,
            buckets=window,
            title_key=keys["title_key"],
            first_day=days[0].isoformat(),
            last_day=days[-1].isoformat(),
        )
    return found


def _same_story(a: dict, b: dict, declared: bool) -> bool:
    """One story twice: near-identical bodies, or — between a node and one it republishes — the
    same title. (Two nodes may well give their own reports of a joint event the same title.)"""
    if a["node"] == b["node"] or a["lang"] != b["lang"]:
        return False
    key = title_key(a["title"] or "")
    if declared and key and key == title_key(b["title"] or ""):
        return True
    return body_similarity(a["body"] or "", b["body"] or "") >= SAME_BODY


def _order(article: dict) -> tuple:
    """Earlier published first (by day, then time), then the earlier stored."""
    published = article["published"]
    return (_day(published), published, article.get("first_seen") or "", article["url"])


def _copy_and_original(first: dict, second: dict, republishes: Mapping[str, Iterable[str]]):
    """Which of two articles (`first` the earlier) would be the copy, which the original, and
    whether the copy's node declares that it republishes the original's."""
    if first["node"] in republishes.get(second["node"], ()):
        return second, first, True
    if second["node"] in republishes.get(first["node"], ()):
        return first, second, True
    return second, first, False


def original_of(
    article: dict, others: Iterable[dict], republishes: Mapping[str, Iterable[str]]
) -> str | None:
    """The URL of the article among `others` that `article` republishes, published within
    WINDOW_DAYS of it; None when it is no copy. The original is on a node that the copy's node
    declares it republishes; between undeclared nodes, the earlier published (then the earlier
    stored) is the original. Of several, a declared original first, then the earliest."""
    day = _day(article["published"])
    found = []
    for other in others:
        other_day = _day(other["published"])
        if day is None or other_day is None or abs((other_day - day).days) > WINDOW_DAYS:
            continue
        first, second = sorted((article, other), key=_order)
        copy, original, declared = _copy_and_original(first, second, republishes)
        if copy["url"] == article["url"] and _same_story(copy, original, declared):
            found.append(((0 if declared else 1, _order(original)), original["url"]))
    return min(found)[1] if found else None


def completed_translations(articles: Iterable[dict]) -> dict[str, dict[str, str]]:
    """{url: translations} for every article whose translations gain a link that its twin declares."""
    rows = {a["url"]: a for a in articles}
    completed = {url: dict(a["translations"] or {}) for url, a in rows.items()}
    for url, article in rows.items():
        for twin_url in (article["translations"] or {}).values():
            if twin_url in rows and article["lang"]:
                completed[twin_url].setdefault(article["lang"], url)
    return {url: t for url, t in completed.items() if t != (rows[url]["translations"] or {})}


def _newest_first(articles: Iterable[dict]) -> list[dict]:
    """As Archive.articles() orders them (published desc, undated last, then URL): of two twins
    that name one article in one language, the newer gives it its link."""
    by_url = sorted(articles, key=lambda a: a["url"])
    return sorted(
        by_url, key=lambda a: (a["published"] is not None, a["published"] or ""), reverse=True
    )


def _link_chunk(
    archive: Archive, urls: list[str], republishes: Mapping[str, Iterable[str]]
) -> tuple[int, int]:
    near = candidates(archive, urls)
    # Whose original may change with these: they, their candidates and their copies.
    affected = set(urls).union(*near.values(), archive.copies_of(urls))
    near |= candidates(archive, affected - near.keys())
    articles = archive.articles_by_url(affected.union(*near.values()))
    copies = 0
    for url in sorted(affected & articles.keys()):
        others = [articles[other] for other in near.get(url, ()) if other in articles]
        original = original_of(articles[url], others, republishes)
        if articles[url]["duplicate_of"] != original:
            archive.set_duplicate_of(url, original)
            copies += 1
    # Whose translations may gain a link: they and the twins they name, each completed from every
    # article that names it. A link gained names a twin too, which may gain in turn (when a link's
    # language is not its twin's): until none gains, as repeated full passes would end.
    targets = set(urls).union(
        *((articles[url]["translations"] or {}).values() for url in urls if url in articles)
    )
    completed_urls: set[str] = set()
    while targets:
        rows = archive.articles_by_url(targets.union(archive.translation_declarers(targets)))
        completed = completed_translations(_newest_first(rows.values()))
        gained = targets & completed.keys()
        for url in gained:
            archive.set_translations(url, completed[url])
        completed_urls |= gained
        targets = {twin for url in gained for twin in completed[url].values()}
    return copies, len(completed_urls)


def link_articles(
    archive: Archive,
    republishes: Mapping[str, Iterable[str]],
    urls: Iterable[str] | None = None,
) -> tuple[int, int]:
    """Link `urls` — every stored article when None, a full rebuild that re-indexes them too — and
    every article stored or edited since it was last linked (so that a run stopped between storing
    and linking is linked by the next): mark republished copies, un-mark those no longer copies,
    complete translation pairs. `republishes` maps a node to the nodes whose posts it republishes.
    Returns how many copy marks changed and how many articles' translations were completed."""
    if urls is None:
        linked = archive.article_urls()
        index_articles(archive, linked)
        return _link(archive, linked, republishes)
    # A crawl's few articles: one transaction, one commit.
    with archive.transaction():
        pending = archive.link_pending()
        index_articles(archive, pending)
        return _link(archive, sorted(set(urls).union(pending)), republishes)


def _link(
    archive: Archive, urls: list[str], republishes: Mapping[str, Iterable[str]]
) -> tuple[int, int]:
    copies = translations = 0
    for chunk in _chunks(urls):
        with archive.transaction():
            changed = _link_chunk(archive, chunk, republishes)
            archive.mark_linked(chunk)
        copies, translations = copies + changed[0], translations + changed[1]
    return copies, translations
