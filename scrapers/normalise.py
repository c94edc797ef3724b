"""Normalisation of dates, texts, titles and URLs: pure functions, no Scrapy.

Dates: the forms the node sites are known to print (see node-sites.md) are read by explicit
patterns, which are fast and predictable; only what no pattern knows goes to dateparser. Every date
comes out as ISO 8601: 'YYYY-MM-DD' for a date alone, a datetime with its offset in the publisher's
time zone (Europe/Stockholm unless told otherwise; see `parse_date`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from urllib.parse import quote, unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")

EARLIEST = date(1990, 1, 1)  # no node site (nor the web news of any) is older
FUTURE_SLACK = timedelta(days=365)
# Longer strings are not "one date": dateparser would only be slow on them.
DATEPARSER_MAX_CHARS = 64

# --- dates --------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = (
    *("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    *("mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
)
ZONES = {"z": 0, "gmt": 0, "ut": 0, "utc": 0, "cet": 1, "cest": 2}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: 'mars' before 'mar'


_DAY = r"(?P<day>(?<!\d)\d{1,2})(?:st|nd|rd|th|er|:a|:e)?(?![^\W\d_])\.?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
# A time belongs to the date before it. Colon times anywhere after a space or comma; dotted times
# ("kl. 10.30") only after 'kl', so '9 January 2023 12.50 SEK' is not read as a time.
_TIME = (
    r"(?:(?:T|, ?| )(?:(?:kl\.?|klockan|at|@) ?)?"
    r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
    r"|(?:, ?| )(?:kl\.?|klockan) ?(?P<khour>[01]?\d|2[0-3])\.(?P<kminute>[0-5]\d))"
    r"(?:(?P<ampm> ?[ap]\.?m\.?)(?![^\W\d_]))?"
    r"(?P<zone> ?(?:[+-](?:[01]\d|2[0-3]):?[0-5]\d|(?<![^\W\d_])(?:Z|GMT|UTC|UT|CET|CEST))"
    r"(?![^\W\d_]))?(?! ?[+-]\d)"  # an offset that is no offset leaves the time unknown
)
_T = rf"(?:{_TIME})?(?!\d|T\d|:\d)"  # '2022-02-15T25:61' is no date at all


def _date_forms(months: Iterable[str]) -> tuple[tuple[str, str, bool], ...]:
    """(name, pattern, used by find_date) of each known form, with these month names. Each pattern
    names year/month/day (and optional time parts)."""
    month = rf"(?P<month>(?<![^\W\d_])(?:{_alternation(months)})(?![^\W\d_]))\.?"
    return (
        ("iso", rf"(?<!\d){_YEAR}-(?P<nmonth>\d{{2}})-(?P<day>\d{{2}}){_T}", True),
        (
            "year-first",
            rf"(?<!\d){_YEAR}[./](?P<nmonth>\d{{1,2}})[./](?P<day>\d{{1,2}})(?!\d)",
            True,
        ),
        # '15 februari 2022', '24. Juli 2017', '6 de diciembre de 2020'
        ("day-month-year", rf"{_DAY},? ?(?:de )?{month},? ?(?:de )?{_YEAR}{_T}", True),
        ("month-day-year", rf"{month} ?{_DAY},? ?{_YEAR}{_T}", True),
        ("numeric", rf"(?<![\d.])(?P<a>\d{{1,2}})([./])(?P<b>\d{{1,2}})\2{_YEAR}{_T}", True),
        ("compact", r"(?P<year>(?:19|20)\d{2})(?P<nmonth>[01]\d)(?P<day>[0-3]\d)", False),
    )


DATE_FORMS = _date_forms(MONTHS)
MONTH_KEYS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)


@cache
def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    """MONTHS, and the month names of `languages` (ISO 639-1) from dateparser's locale data."""
    names = dict(MONTHS)
    if languages:
        from dateparser.languages.loader import default_loader  # slow to import, rarely needed

        for language in languages:
            try:
                info = default_loader.get_locale(language).info
            except Exception:  # a language dateparser lacks adds no names
                continue
            for number, key in enumerate(MONTH_KEYS, 1):
                for name in info.get(key, []):
                    names.setdefault(name.lower().rstrip("."), number)
    return names


@cache
def _patterns(
    languages: tuple[str, ...] = (),
) -> tuple[dict[str, int], tuple[tuple[str, re.Pattern, bool], ...]]:
    """The month names and the compiled known forms for Swedish, English and `languages`."""
    months = _month_names(languages)
    forms = _date_forms(months) if languages else DATE_FORMS
    compiled = tuple((name, re.compile(p, re.IGNORECASE), in_text) for name, p, in_text in forms)
    return months, compiled


# A label or weekday may stand before a date that parse_date is given on its own.
_PREFIX = re.compile(
    r"^(?:(?:publicerad|publicerat|publicerades|published(?: on)?|posted(?: on)?|uppdaterad|updated"
    rf"|datum|date)\b\s*:?\s*)?(?:(?:{_alternation(WEEKDAYS)})\b\.?,?\s+)?(?:den\s+)?",
    re.IGNORECASE,
)


def _in_range(day: date) -> bool:
    return EARLIEST <= day <= date.today() + FUTURE_SLACK


def _zone(text: str) -> timezone:
    text = text.strip().lower()
    if text in ZONES:
        return timezone(timedelta(hours=ZONES[text]))
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _from_match(
    match: re.Match, day_first: bool | None, zone: ZoneInfo | None, names: dict[str, int]
) -> str | None:
    """The ISO string for a matched known form, or None when its numbers make no date."""
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("month"):
        months = [names[parts["month"].lower()]]
        days = [int(parts["day"])]
    elif parts.get("nmonth"):
        months, days = [int(parts["nmonth"])], [int(parts["day"])]
    else:  # 15.02.2022 or 02/15/2022: European day-first unless told, or only the other order works
        a, b = int(parts["a"]), int(parts["b"])
        orders = {True: [(a, b)], False: [(b, a)], None: [(a, b), (b, a)]}[day_first]
        days, months = [d for d, _ in orders], [m for _, m in orders]
    for month, day_ in zip(months, days, strict=True):
        try:
            day = date(year, month, day_)
        except ValueError:
            continue
        return _with_time(day, parts, zone) if _in_range(day) else None
    return None


def _with_time(day: date, parts: dict[str, str | None], zone: ZoneInfo | None) -> str | None:
    hour = parts.get("hour") or parts.get("khour")
    minute = parts.get("minute") or parts.get("kminute")
    if hour is None or minute is None:
        return day.isoformat()
    hour_ = int(hour)
    if ampm := parts.get("ampm"):
        if not 1 <= hour_ <= 12:
            return None
        hour_ = hour_ % 12 + (12 if ampm.strip().lower().startswith("p") else 0)
    stated = _zone(parts["zone"]) if parts.get("zone") else None
    second = int(parts.get("second") or 0)
    value = datetime(day.year, day.month, day.day, hour_, int(minute), second, tzinfo=stated)
    return to_zone(value, zone)


@cache
def _dateparser(day_first: bool | None):  # -> DateDataParser, imported lazily
    from dateparser.date import DateDataParser  # slow to import; most dates never need it

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],  # a bare year or month is not a date
        "RETURN_TIME_AS_PERIOD": True,  # tells a date with a time from a date alone
        "PARSERS": ["custom-formats", "absolute-time"],  # no 'yesterday', no Unix timestamps
        "DATE_ORDER": "MDY" if day_first is False else "DMY",
    }
    return DateDataParser(languages=["sv", "en"], settings=settings)


def _parse_with_dateparser(text: str, day_first: bool | None, zone: ZoneInfo | None) -> str | None:
    if len(text) > DATEPARSER_MAX_CHARS or not re.search(r"\d", text):
        return None
    try:
        data = _dateparser(day_first).get_date_data(text)
    except Exception:  # dateparser raises on some odd inputs (overflows, bad offsets)
        return None
    value = data.date_obj
    if value is None or not _in_range(value.date()):
        return None
    return to_zone(value, zone) if data.period == "time" else value.date().isoformat()


def parse_date(
    text: str | None,
    *,
    day_first: bool | None = None,
    zone: ZoneInfo | None = STOCKHOLM,
    languages: tuple[str, ...] = (),
) -> str | None:
    """One date or datetime, as written on a page, feed or API, to ISO 8601 (see the module doc).

    A datetime comes out in `zone` (the publisher's) with its offset; a naive one is taken as local
    time there. With `zone` None (a publisher of unknown zone) a datetime keeps the offset it
    states, and one that states none comes out as its date alone, the only part that is sure.
    A date without time comes out as 'YYYY-MM-DD'. `languages` (a page's own, besides Swedish and
    English) add their month names to the known forms. `day_first` decides '03/04/2022':
    True is day first, False month first, None day first unless only month first makes a date.
    Returns None when no date in 1990..a year from today can be read; never raises.
    """
    if not isinstance(text, str):
        return None
    text = _PREFIX.sub("", clean_text(text)).strip(" .,;:|()[]")
    if not text:
        return None
    names, patterns = _patterns(languages)
    for _name, pattern, _in_text in patterns:
        if match := pattern.fullmatch(text):
            # a known form decides, even when it is no date
            return _from_match(match, day_first, zone, names)
    return _parse_with_dateparser(text, day_first, zone)


def find_date(
    text: str | None, *, zone: ZoneInfo | None = STOCKHOLM, languages: tuple[str, ...] = ()
) -> str | None:
    """The first date inside a longer visible text ('Publicerad: 10 september 2018',
    '(Pressmeddelande, 2021-11-11)', '2014-09-22 10:30Pressmeddelande'), as parse_date returns it.

    Only the known forms are looked for (no dateparser search: it finds dates in ordinary words),
    and not the compact '20230317', which in running text is more often a number than a date.
    """
    return next(find_dates(text, zone=zone, languages=languages), None)


def find_dates(
    text: str | None, *, zone: ZoneInfo | None = STOCKHOLM, languages: tuple[str, ...] = ()
) -> Iterator[str]:
    """Every date inside a text, in order, as find_date finds the first."""
    if not isinstance(text, str):
        return
    text = clean_text(text)
    names, compiled = _patterns(languages)
    patterns = [pattern for _name, pattern, in_text in compiled if in_text]
    found = [match for pattern in patterns for match in pattern.finditer(text)]
    for match in sorted(found, key=lambda m: (m.start(), -m.end())):
        if value := _from_match(match, None, zone, names):
            yield value


_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?=/|$)")


def date_from_url(url: str) -> str | None:
    """'/2022/02/15/' in a URL's path as '2022-02-15'; None for '/2021/05/slug/' or no real day."""
    for year, month, day in _URL_DATE.findall(urlsplit(url).path):
        try:
            value = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if _in_range(value):
            return value.isoformat()
    return None


def to_zone(value: datetime, zone: ZoneInfo | None = STOCKHOLM) -> str:
    """A datetime as ISO 8601 in seconds, in `zone` (a naive one is local time there). With `zone`
    None: an aware datetime keeps its own offset, a naive one gives its date alone."""
    if zone is None:
        if value.tzinfo is None:
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    # Through UTC, so that a wall time in the spring-forward gap (02:30) comes out as a real one.
    return value.astimezone(UTC).astimezone(zone).replace(microsecond=0).isoformat()


# --- texts and titles ---------------------------------------------------------------------

# Soft hyphen, zero-width space/joiners, direction marks, word joiner, BOM: never content.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))
_SPACES = re.compile(r"\s+")  # Unicode-aware: NBSP, thin, narrow and figure spaces included


def clean_text(text: str | None) -> str:
    """Entities decoded, invisible characters dropped, NFC, whitespace collapsed, stripped."""
    if not text:
        return ""
    text = html.unescape(text).translate(_INVISIBLE)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " » ", " · ")


def clean_title(title: str | None, site_names: Iterable[str] = ()) -> str:
    """clean_text, then the site's name cut off the end (or start) when a separator sets it apart.

    Only a part equal to one of `site_names` (case-insensitive) is cut, so 'Kista makeover – work
    with the new structural plan has been initiated!' keeps its dash.
    """
    text = clean_text(title)
    names = {clean_text(name).casefold() for name in site_names} - {""}
    for separator in TITLE_SEPARATORS:
        head, _, tail = text.rpartition(separator)
        if head and tail.casefold() in names:
            text = head.strip()
            break
    for separator in TITLE_SEPARATORS:
        head, _, tail = text.partition(separator)
        if tail and head.casefold() in names:
            text = tail.strip()
            break
    return text


_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ´`"))  # "Kista's" and "Kistas" are one word


def _is_mark(char: str) -> bool:
    # Punctuation (quotes, dashes) and modifier symbols such as ¨ or ˆ standing alone.
    return unicodedata.category(char)[0] == "P" or unicodedata.category(char) == "Sk"


def title_key(title: str) -> str:
    """A key that the same story's title has on every site: NFKC, casefolded, no punctuation.

    Apostrophes go; other punctuation becomes a space, so 'Week–5 000' and 'Week – 5 000' agree.
    Letters stay as they are: å/ä/ö are letters of their own in Swedish.
    """
    # Apostrophes before NFKC, which would turn ´ into a space and a combining accent.
    text = unicodedata.normalize("NFKC", clean_text(title).translate(_APOSTROPHES)).casefold()
    text = "".join(" " if _is_mark(char) else char for char in text)
    return _SPACES.sub(" ", text).strip()


# --- URLs ---------------------------------------------------------------------------------

TRACKING_PARAMS = frozenset({"share", "fbclid", "gclid", "mc_cid", "mc_eid", "replytocom", "amp"})
DEFAULT_PORTS = frozenset({"80", "443"})
# What makes a page a listing (one rule, for discovery, extraction and URL canonicalisation):
# a taxonomy segment anywhere in its path, a news section as its last segment, and the WordPress
# body classes of archives, the blog and the front page.
LISTING_SEGMENTS = frozenset({"category", "tag", "author"})
NEWS_SECTIONS = frozenset(
    {"nyheter", "news", "aktuellt", "press", "pressreleases", "blog", "blogg", "artiklar", "node"}
)
LISTING_CLASSES = frozenset(
    {"archive", "category", "tag", "blog", "home", "search", "author", "date"}
)
# A '/page/N' ending pages a listing; after an article's path it is WordPress's crawl-trap copy of
# the article (node-sites.md, Flemingsberg) and goes.
_PAGE_ENDING = re.compile(r"^(?P<base>.*?)/page/\d+(?P<slash>/?)$")
_LANGUAGE = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2})?$", re.IGNORECASE)
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _normalise_escapes(part: str, safe: str) -> str:
    """Unreserved characters unescaped, other escapes in upper case, raw non-ASCII escaped."""

    def unescape(match: re.Match) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED_CHARS else f"%{match.group(1).upper()}"

    return quote(_ESCAPE.sub(unescape, part), safe=safe + "%")


def is_listing(path: str, body_classes: Iterable[str] = ()) -> bool:
    """Whether the page at `path` (below the site's base) lists articles rather than being one: the
    site's or a language's root, a taxonomy page (/category/..., /tag/..., /author/...), a news
    section's root (/nyheter, /en/news/), a date archive (/2022/, /2022/02/; /2022/02/15/slug/ is an
    article), a page of any of these (/page/N), or a page whose body classes say so."""
    if LISTING_CLASSES.intersection(body_classes):
        return True
    match = _PAGE_ENDING.match(path)
    segments = [segment for segment in (match["base"] if match else path).split("/") if segment]
    if segments and _LANGUAGE.match(segments[0]):
        segments = segments[1:]
    return (
        not segments
        or not LISTING_SEGMENTS.isdisjoint(segments)
        or segments[-1].lower() in NEWS_SECTIONS
        or all(s.isdigit() for s in segments)
    )


def _strip_page_ending(path: str) -> str:
    match = _PAGE_ENDING.match(path)
    if match is None or is_listing(path):
        return path
    return match["base"] + match["slash"]


def _keep_param(pair: str) -> bool:
    key = unquote(pair.split("=", 1)[0]).lower()
    return not key.startswith("utm_") and key not in TRACKING_PARAMS


def _with_trailing_slash(path: str, trailing_slash: bool | None) -> str:
    if trailing_slash is True and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        return path + "/"
    if trailing_slash is False and path != "/":
        return path.rstrip("/") or "/"
    return path


def canonical_url(
    url: str,
    *,
    host_aliases: Mapping[str, str] | None = None,
    trailing_slash: bool | None = None,
) -> str:
    """One spelling per page: https, lower-case host (aliases mapped), no fragment, no tracking or
    variant parameters (utm_*, share, fbclid, ...), other parameters sorted, '//' collapsed,
    percent-escapes normalised, and no '/page/N' crawl-trap ending after an article path.

    '/page/N' stays on listings (`is_listing`: a taxonomy page, a news section's root, a date
    archive, a site or language root); any other '/page/N' is taken for an article's copy.
    `trailing_slash` True adds a '/' when the last segment has no dot, False removes it, None leaves
    the path's own form.
    A URL that is not absolute http(s) comes back unchanged.
    """
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:  # 'http://host:abc/': not a URL that can be fetched, let alone spelled
        return url
    if parts.scheme.lower() not in ("http", "https", "") or not parts.hostname:
        return url
    host = parts.hostname.rstrip(".")
    aliases = {alias.lower(): target.lower() for alias, target in (host_aliases or {}).items()}
    host = aliases.get(host, host)
    if ":" in host:  # IPv6
        host = f"[{host}]"
    if port is not None and str(port) not in DEFAULT_PORTS:
        host = f"{host}:{port}"
    path = _normalise_escapes(re.sub(r"/{2,}", "/", parts.path) or "/", safe="/:@!$&'()*+,;=")
    path = _with_trailing_slash(_strip_page_ending(path), trailing_slash)
    params = sorted(
        _normalise_escapes(pair, safe="=:@!$'()*+,;/?")
        for pair in parts.query.split("&")
        if pair and _keep_param(pair)
    )
    return urlunsplit(("https", host, path, "&".join(params), ""))
