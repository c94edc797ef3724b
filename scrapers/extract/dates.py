"""A page's dates: when it was published and when last modified, each with the layer that said so.

Layers, most trusted first: `selectors` (the node's template), `metadata` (article:published_time
and its kin, JSON-LD, itemprop, <time datetime> unless its text shows another day; month names
of the page's own language too), `url` (a date path such as /2022/02/15/, in the page's URL or the
canonical URL the page states), `text` (a date printed where themes print one, else in the
article's first lines: '15 februari 2022', 'september 27, 2021', 'Publicerad: …'; Swedish and
English forms only: with a German page's month names it took prose dates, 'vom 5. bis 11. Februar',
where htmldate, beneath it, does better), `htmldate` (that library's search of markup and text, run
only when the page's own layers found nothing), then what discovery learnt: `api` (WordPress REST),
`feed` (RSS/Atom) and `sitemap` (lastmod).

Values are ISO 8601 as `parse_date` gives them: a datetime in the publisher's time zone, so that
its calendar day is the publisher's day ('2022-02-15T23:30:00+00:00' from a Stockholm node is
'2022-02-16T00:30:00+01:00'); with no zone known, the offset the page states. A plain date stays
'YYYY-MM-DD'. Never a date after `now` (give or take FUTURE_MARGIN), never one without its day (a
year, a month, a copyright line). Pure: a parsed page in, strings out; `now` is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import htmldate
import lxml.html
from lxml.html import HtmlElement

from scrapers.extract.metadata import ARTICLE_TYPES, jsonld_objects
from scrapers.extract.tree import first, select, text_of
from scrapers.normalise import (
    EARLIEST,
    clean_text,
    date_from_url,
    find_date,
    find_dates,
    parse_date,
)

# A page's clock may run ahead of ours by a time zone: the world's run up to 14 h ahead of UTC.
FUTURE_MARGIN = timedelta(days=1)

# Meta names (or properties) that carry the publication date, the most specific first; lower case.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "citation_publication_date", "citation_date", "prism.publicationdate", "publication_date",
    "publish-date", "publish_date", "publishdate", "pubdate", "article.published",
    "parsely-pub-date", "sailthru.date", "date", "dc.date", "dcterms.date",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
    "dcterms.modified", "last-modified",
)  # fmt: skip
# Where themes print a post's date, within the article (or the main column, or the page).
DATE_PLACES = (
    "time",
    ".posted-on",
    ".entry-date",
    ".date",
    "[class*=date]",
    "[class*=published]",
    "[class*=meta]",
)
# Containers whose dates are not the post's: sidebars, lists of other posts, captions, comments.
NOT_THE_POST = (
    "aside",
    "nav",
    "footer",
    "figcaption",
    "[class*=caption]",
    "[class*=sidebar]",
    "[class*=widget]",
    "[class*=related]",
    "[class*=recent]",
    "[class*=comment]",
)
# How far into the article's text a date may stand and still be its date (a dateline, a meta line).
VISIBLE_DATE_CHARS = 1000
# A run of text this short that holds a date is a dateline ('Publicerad: 10 september 2018 | …'),
# read before a date in prose. On dates-dev any length from 40 to 200 finds 208 days, none 207.
DATE_LINE_CHARS = 80
# The layer whose time of day may complete a plain date: the page's own metadata. (Discovery's
# hints come after every layer of the page, so that an article stores the same values whichever
# route found it; a sitemap's lastmod says when a page last changed, not when it was published.)
TIME_LAYERS = {"metadata"}
# The layers that print the day as the publisher saw it, which decide a UTC timestamp's day when
# the publisher's zone is unknown (sites store UTC, people print local days).
LOCAL_DAY_LAYERS = ("url", "text")
# htmldate's search, as the layer beneath ours: on dates-dev (bench_pubdates.py --modes) extensive
# with original_date scores 0.937, extensive alone 0.932, fast 0.905 either way; it runs on the
# tenth of the pages our layers leave, so the extensive search costs ~1 ms a page on average.
HTMLDATE_OPTIONS = {"extensive_search": True, "original_date": True}

Layer = tuple[str, Callable[[], str | None]]


def published_date(
    page: HtmlElement,
    url: str | None,
    zone: ZoneInfo | None,
    now: datetime,
    *,
    selectors: Sequence[str] = (),
    hints: Mapping | None = None,
) -> tuple[str | None, str | None]:
    """(date, layer) of the page's publication; (None, None) when no layer knows it.

    `url` is the page's (None when unknown), `zone` the publisher's (None: unknown), `now` an aware
    datetime, `selectors` the node's for the date, `hints` what discovery found (`published`,
    `lastmod`, and the `route` that found the page).
    """
    hints = hints or {}
    discovered = "feed" if hints.get("route") == "feed" else "api"
    languages = _page_languages(page)
    layers: list[Layer] = [
        ("selectors", lambda: find_date(_first_text(page, selectors), zone=zone)),
        ("metadata", lambda: next(_published_metadata(page, zone, languages), None)),
        ("url", lambda: date_from_url(url or "") or date_from_url(_stated_url(page))),
        ("text", lambda: _visible_date(page, zone)),
        ("htmldate", lambda: _htmldate(page, url, now)),
        (discovered, lambda: parse_date(hints.get("published"), zone=zone)),
        ("sitemap", lambda: parse_date(hints.get("lastmod"), zone=zone)),
    ]
    return _choose(layers, zone, now)


def modified_date(
    page: HtmlElement, zone: ZoneInfo | None, now: datetime, *, selectors: Sequence[str] = ()
) -> tuple[str | None, str | None]:
    """(date, layer) of the page's last modification, from the page's own word only: a route
    that lacked discovery's value must not make the article differ."""
    languages = _page_languages(page)
    layers: list[Layer] = [
        ("selectors", lambda: parse_date(_first_text(page, selectors), zone=zone)),
        ("metadata", lambda: next(_modified_metadata(page, zone, languages), None)),
        # the hAtom microformat that WordPress themes print
        ("text", lambda: parse_date(_first_text(page, ["time.updated[datetime]"]), zone=zone)),
    ]
    return _choose(layers, zone, now)


# --- choosing among the layers ----------------------------------------------------------------


def _choose(layers: list[Layer], zone: ZoneInfo | None, now: datetime) -> tuple[str | None, ...]:
    """The first layer's date (each layer read only when the ones before gave nothing); a plain
    date completed by a later TIME_LAYERS time on the same day; a UTC timestamp of a publisher of
    unknown zone put on the day the page prints, when that is the day before or after."""
    for index, (layer, read) in enumerate(layers):
        value = read()
        if not value or not _not_after(value, now):
            continue
        later = layers[index + 1 :]
        if "T" not in value:
            for name, read_later in later:
                timed = read_later() if name in TIME_LAYERS else None
                if timed and "T" in timed and timed.startswith(value) and _not_after(timed, now):
                    return timed, f"{layer}+{name}"
            return value, layer
        if zone is None and _is_utc(value):
            for name, read_later in later:
                local = read_later() if name in LOCAL_DAY_LAYERS else None
                if local and _local_day_of(local, value):
                    return local, name
        return value, layer
    return None, None


def _not_after(value: str, now: datetime) -> bool:
    latest = now + FUTURE_MARGIN
    if "T" in value:
        return datetime.fromisoformat(value) <= latest
    return date.fromisoformat(value) <= latest.date()


def _is_utc(value: str) -> bool:
    return value.endswith("+00:00")


def _local_day_of(value: str, utc: str) -> bool:
    """Whether `value` states a local day a UTC timestamp may fall on: the day before or after."""
    gap = abs((date.fromisoformat(value[:10]) - date.fromisoformat(utc[:10])).days)
    return not _is_utc(value) and gap == 1


# --- reading the page -------------------------------------------------------------------------


def _first_text(page: HtmlElement, selectors: Iterable[str]) -> str | None:
    for selector in selectors:
        for element in select(page, selector):
            text = element.get("content") or element.get("datetime") or text_of(element, " ")
            if text := clean_text(text):
                return text
    return None


def _parsed(
    texts: Iterable[str | None], zone: ZoneInfo | None, languages: tuple[str, ...]
) -> Iterator[str]:
    return (v for text in texts if (v := parse_date(text, zone=zone, languages=languages)))


def _meta(page: HtmlElement) -> dict[str, str]:
    """Each meta name (or property) of the page, in lower case, with its first non-empty content."""
    found: dict[str, str] = {}
    for element in page.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content:
            found.setdefault(key.strip().lower(), content)
    return found


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(
        isinstance(k, str) and (k in ARTICLE_TYPES or k.endswith(("Article", "Posting")))
        for k in kinds
    )


def _jsonld_dates(page: HtmlElement, key: str) -> Iterator[str]:
    """`key` of the page's article objects, then of any other object (a WebPage's)."""
    objects = jsonld_objects(page)
    for obj in sorted(objects, key=lambda o: not _is_article(o)):
        if isinstance(value := obj.get(key), str):
            yield value


def _itemprop(page: HtmlElement, prop: str) -> Iterator[str]:
    for element in page.xpath("//*[@itemprop=$prop]", prop=prop):
        yield element.get("content") or element.get("datetime") or text_of(element, " ")


def _scope(page: HtmlElement) -> HtmlElement:
    """The article proper: its <article>, else its <main>, else the body (not a sidebar's list)."""
    for tag in ("article", "main", "body"):
        if (found := first(page, tag)) is not None:
            return found
    return page


def _metadata_dates(
    page: HtmlElement,
    meta_names: Iterable[str],
    schema_property: str,
    zone: ZoneInfo | None,
    languages: tuple[str, ...],
) -> Iterator[str]:
    """A date's structured places, in order: meta tags, JSON-LD, then microdata."""
    meta = _meta(page)
    yield from _parsed((meta.get(name) for name in meta_names), zone, languages)
    yield from _parsed(_jsonld_dates(page, schema_property), zone, languages)
    yield from _parsed(_itemprop(page, schema_property), zone, languages)


def _published_metadata(
    page: HtmlElement, zone: ZoneInfo | None, languages: tuple[str, ...]
) -> Iterator[str]:
    yield from _metadata_dates(page, PUBLISHED_META, "datePublished", zone, languages)
    if shown := _article_time(page, zone, languages):
        yield shown


def _modified_metadata(
    page: HtmlElement, zone: ZoneInfo | None, languages: tuple[str, ...]
) -> Iterator[str]:
    return _metadata_dates(page, MODIFIED_META, "dateModified", zone, languages)


def _article_time(
    page: HtmlElement, zone: ZoneInfo | None, languages: tuple[str, ...]
) -> str | None:
    """The first <time datetime> of the article proper (else of the page): its attribute, unless
    its text shows readers another day ('Publié le 29 juin 2019' with datetime 2019-07-03T…)."""
    for scope in (_scope(page), page):
        for time in scope.iterfind(".//time[@datetime]"):
            stated = parse_date(time.get("datetime"), zone=zone)
            shown = find_date(text_of(time, " "), zone=zone, languages=languages)
            if shown and (not stated or shown[:10] != stated[:10]):
                return shown
            return stated
    return None


def _stated_url(page: HtmlElement) -> str:
    """The URL the page gives itself: rel=canonical, else og:url ('' when neither)."""
    for link in page.iterfind(".//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href")
    return _meta(page).get("og:url", "")


def _visible_date(page: HtmlElement, zone: ZoneInfo | None) -> str | None:
    """A date written where themes print one (post meta lines), else on a line of its own among the
    article's first lines (a dateline), else anywhere in them; never in a sidebar or a caption."""
    scope = _scope(page)
    elsewhere = set(select(scope, ", ".join(NOT_THE_POST)))  # one pass over the tree
    for selector in DATE_PLACES:
        for element in select(scope, selector):
            if elsewhere.isdisjoint(element.iterancestors()) and element not in elsewhere:
                text = clean_text(element.get("datetime") or text_of(element, " "))
                if found := find_date(text, zone=zone):
                    return found
    lines = _first_lines(scope, elsewhere)
    for line in lines:
        if len(line) <= DATE_LINE_CHARS and (found := find_date(line, zone=zone)):
            return found
    return find_date(" ".join(lines)[:VISIBLE_DATE_CHARS], zone=zone)


def _first_lines(scope: HtmlElement, elsewhere: set[HtmlElement]) -> list[str]:
    """The scope's runs of text between tags, in order, up to VISIBLE_DATE_CHARS of them, leaving
    out script, style and the `elsewhere` containers."""
    lines: list[str] = []
    length = 0
    for run in scope.xpath(".//text()[not(ancestor::script or ancestor::style)]"):
        owner = run.getparent()
        if run.is_tail:
            owner = owner.getparent()
        if owner in elsewhere or not elsewhere.isdisjoint(owner.iterancestors()):
            continue
        if line := clean_text(run):
            lines.append(line)
            length += len(line) + 1
            if length >= VISIBLE_DATE_CHARS:
                break
    return lines


# --- htmldate, beneath our own layers ----------------------------------------------------------


def _htmldate(page: HtmlElement, url: str | None, now: datetime) -> str | None:
    """htmldate's day for the page, unless it is a guess from a month or a year alone."""
    found = htmldate.find_date(
        page,
        url=url,
        min_date=EARLIEST.isoformat(),
        max_date=(now + FUTURE_MARGIN).date().isoformat(),
        **HTMLDATE_OPTIONS,
    )
    if not found:
        return None
    day = date.fromisoformat(found)
    # htmldate puts a month alone ('11/2023') on its first day, a copyright year on 1 January.
    return found if day.day != 1 or _states_first(page, day) else None


def _states_first(page: HtmlElement, day: date) -> bool:
    """Whether the page writes the first of `day`'s month with its day: 2023-11-01 or 11/01/2023
    in its markup, 1 November 2023 (in its own language or ours) in its text."""
    html = lxml.html.tostring(page, encoding="unicode")
    y, m = day.year, day.month
    numeric = (
        rf"(?<!\d){y}[-/.]0?{m}[-/.]0?1(?!\d)",
        rf"(?<![\d.])0?1\. ?0?{m}\. ?{y}(?!\d)|(?<!\d)0?1[-/]0?{m}[-/]{y}(?!\d)",
        rf"(?<!\d)0?{m}/0?1/{y}(?!\d)",
    )
    if any(re.search(pattern, html) for pattern in numeric):
        return True
    shown = find_dates(text_of(page, " "), zone=None, languages=_page_languages(page))
    return any(value[:10] == day.isoformat() for value in shown)


def _page_languages(page: HtmlElement) -> tuple[str, ...]:
    """The page's declared language (<html lang>), when its month names are not known already."""
    lang = (page.get("lang") or "").split("-")[0].strip().lower()
    return (lang,) if re.fullmatch(r"[a-z]{2}", lang) and lang not in ("sv", "en") else ()
