"""scrapers.extract.dates: a small hand-written page per row, with the date and the layer expected;
and the registry's `timezone` key that the dates are stored in."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from scrapers.extract.dates import modified_date, published_date
from scrapers.registry import Node, RegistryError, load_registry

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
POST = "https://example.se/nyheter/ett-inlagg/"


def page(body: str = "", head: str = "", lang: str = "sv") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>Ett inlägg</title>{head}</head>'
        f"<body>{body}<p>Själva texten i inlägget.</p></body></html>"
    )


def meta(name: str, content: str) -> str:
    return f'<meta property="{name}" content="{content}">'


@pytest.mark.parametrize(
    "tree, url, zone, hints, expected",
    [
        # a timestamp with a foreign offset, on the publisher's calendar day
        (
            page(head=meta("article:published_time", "2022-02-15T23:30:00+00:00")),
            POST, STOCKHOLM, {},
            ("2022-02-16T00:30:00+01:00", "metadata"),
        ),
        (
            page(head=meta("article:published_time", "2022-07-15T23:30:00Z")),
            POST, STOCKHOLM, {},
            ("2022-07-16T01:30:00+02:00", "metadata"),
        ),
        # ... and as the page states it when the publisher's zone is unknown
        (
            page(head=meta("article:published_time", "2022-02-15T23:30:00+00:00")),
            None, None, {},
            ("2022-02-15T23:30:00+00:00", "metadata"),
        ),
        (
            page(head=meta("article:published_time", "2020-02-15T07:00:00+09:00")),
            None, None, {},
            ("2020-02-15T07:00:00+09:00", "metadata"),
        ),
        # a UTC timestamp of an unknown zone, a day off the day the page prints: the printed day
        (
            page(
                head=meta("article:published_time", "2023-11-09T03:28:35+00:00")
                + '<link rel="canonical" href="https://news.example.com/2023/11/08/a-story/">'
            ),
            None, None, {},
            ("2023-11-08", "url"),
        ),
        (
            page(
                '<div class="byline">November 8, 2023</div>',
                head=meta("article:published_time", "2023-11-09T03:28:35+00:00"),
            ),
            None, None, {},
            ("2023-11-08", "text"),
        ),
        # ... but a zone we know converts it, whatever the page prints
        (
            page(
                '<div class="byline">November 8, 2023</div>',
                head=meta("article:published_time", "2023-11-09T03:28:35+00:00"),
            ),
            None, STOCKHOLM, {},
            ("2023-11-09T04:28:35+01:00", "metadata"),
        ),
        # a page with only a copyright year has no date (htmldate would say 1 January)
        (page("<footer>© 2024 Exempel AB</footer>"), POST, STOCKHOLM, {}, (None, None)),
        (page("<p>Copyright 2019–2025 Exempel AB</p>"), None, None, {}, (None, None)),
        # ... nor one with a month alone
        (page("<p>Nyhetsbrev, november 2023</p>"), POST, STOCKHOLM, {}, (None, None)),
        (page("<p>Posted 11/2023</p>", lang="en"), POST, STOCKHOLM, {}, (None, None)),
        # a date in the future is no date, beyond a margin of a time zone's lead
        (
            page(head=meta("article:published_time", "2026-03-05T10:00:00+01:00")),
            POST, STOCKHOLM, {},
            (None, None),
        ),
        (
            page(head=meta("article:published_time", "2026-03-02T08:00:00+01:00")),
            POST, STOCKHOLM, {},
            ("2026-03-02T08:00:00+01:00", "metadata"),
        ),
        # ... and the next layer answers instead
        (
            page(
                '<div class="entry-meta">Publicerad: 15 februari 2022</div>',
                head=meta("article:published_time", "2031-01-01T10:00:00+01:00"),
            ),
            POST, STOCKHOLM, {},
            ("2022-02-15", "text"),
        ),
        # Swedish (and English) post-meta lines
        (
            page('<div class="post-meta">Publicerad: 15 februari 2022</div>'),
            POST, STOCKHOLM, {},
            ("2022-02-15", "text"),
        ),
        (
            page('<span class="posted-on">september 27, 2021</span>'),
            POST, STOCKHOLM, {},
            ("2021-09-27", "text"),
        ),
        (
            page("<article><p>Publicerad 2014-09-22 10:30</p></article>"),
            POST, STOCKHOLM, {},
            ("2014-09-22T10:30:00+02:00", "text"),
        ),
        # a dateline of its own before a caption's date; a sidebar's dates are other posts'
        (
            page(
                "<article><div>Kista, 3 mars 2020. Landshövdingen invigde den nya stationen inför "
                "ett hundratal gäster.</div>"
                "<p>5 mars 2020</p><p>Kista fick i dag …</p></article>"
            ),
            POST, STOCKHOLM, {},
            ("2020-03-05", "text"),
        ),
        (
            page(
                '<aside><ul><li>Ett annat inlägg <span class="post-date">2019-09-09</span></li>'
                "</ul></aside><p>Publicerad 12 maj 2021</p>"
            ),
            POST, STOCKHOLM, {},
            ("2021-05-12", "text"),
        ),
        # a plain date stays a plain date
        (page(head=meta("article:published_time", "2021-11-11")), POST, STOCKHOLM, {},
         ("2021-11-11", "metadata")),
        (page(), "https://example.se/2019/10/07/nobelpris/", STOCKHOLM, {}, ("2019-10-07", "url")),
        # the other metadata: JSON-LD, itemprop, <time> of the article
        (
            page(
                head='<script type="application/ld+json">{"@context": "https://schema.org", '
                '"@graph": [{"@type": "NewsArticle", "datePublished": "2021-09-27T07:15:00Z"}]}'
                "</script>"
            ),
            POST, STOCKHOLM, {},
            ("2021-09-27T09:15:00+02:00", "metadata"),
        ),
        (
            page('<span itemprop="datePublished" content="2020-05-04">4 maj</span>'),
            POST, STOCKHOLM, {},
            ("2020-05-04", "metadata"),
        ),
        (
            page(
                '<aside><time datetime="2018-01-01T10:00:00+01:00">1 jan</time></aside>'
                '<article><time datetime="2018-03-04T10:00:00+01:00">4 mars</time></article>'
            ),
            POST, STOCKHOLM, {},
            ("2018-03-04T10:00:00+01:00", "metadata"),
        ),
        # a <time> whose text shows readers another day than its attribute: the shown day
        (
            page(
                '<article><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>'
                "</article>",
                lang="fr",
            ),
            None, None, {},
            ("2019-06-29", "metadata"),
        ),
        (
            page('<article><time datetime="2021-03-05T10:00:00+01:00">4 mars 2021</time></article>'),
            POST, STOCKHOLM, {},
            ("2021-03-04", "metadata"),
        ),
        (
            page('<article><time datetime="2021-03-04T10:00:00+01:00">4 mars 2021</time></article>'),
            POST, STOCKHOLM, {},
            ("2021-03-04T10:00:00+01:00", "metadata"),
        ),
        # metadata written in the page's own language
        (
            page('<span itemprop="datePublished">6 dicembre 2020</span>', lang="it"),
            None, None, {},
            ("2020-12-06", "metadata"),
        ),
        # htmldate, when only it finds a date (a German month our patterns don't know) ...
        (
            page("<p>Veröffentlicht am 3. Dezember 2019</p>", lang="de"),
            None, None, {},
            ("2019-12-03", "htmldate"),
        ),
        # ... on the first of a month too, when the page writes that day
        (
            page("<p>Veröffentlicht am 1. Dezember 2019</p>", lang="de"),
            None, None, {},
            ("2019-12-01", "htmldate"),
        ),
        # ... and before discovery's dates
        (
            page("<p>Veröffentlicht am 3. Dezember 2019</p>", lang="de"),
            POST, STOCKHOLM, {"lastmod": "2023-01-09T12:00:00Z"},
            ("2019-12-03", "htmldate"),
        ),
        # a date only from the sitemap, the feed or the REST API says so
        (page(), POST, STOCKHOLM, {"lastmod": "2023-01-09T12:00:00Z"},
         ("2023-01-09T13:00:00+01:00", "sitemap")),
        (page(), POST, STOCKHOLM, {"published": "Mon, 09 Jan 2023 12:00:00 GMT", "route": "feed"},
         ("2023-01-09T13:00:00+01:00", "feed")),
        (page(), POST, STOCKHOLM, {"published": "2023-01-09T12:00:00", "route": "wp-rest"},
         ("2023-01-09T12:00:00+01:00", "api")),
        (page(), POST, STOCKHOLM, {}, (None, None)),
    ],
)  # fmt: skip
def test_published(tree, url, zone, hints, expected):
    assert published_date(tree, url, zone, NOW, hints=hints) == expected


@pytest.mark.parametrize(
    "tree, selectors, expected",
    [
        # the node's own selectors first, their plain date completed by the metadata's time
        (
            page(
                '<div class="meta">Publicerad 15 februari 2022</div>',
                head=meta("article:published_time", "2022-02-15T15:02:11+00:00"),
            ),
            (".meta",),
            ("2022-02-15T16:02:11+01:00", "selectors+metadata"),
        ),
        (
            page(
                '<div class="meta">Publicerad 15 februari 2022</div>',
                head=meta("article:published_time", "2022-02-16T08:00:00+00:00"),
            ),
            (".meta",),
            ("2022-02-15", "selectors"),
        ),
    ],
)
def test_published_by_selectors(tree, selectors, expected):
    assert published_date(tree, POST, STOCKHOLM, NOW, selectors=selectors) == expected


@pytest.mark.parametrize(
    "tree, zone, expected",
    [
        (
            page(head=meta("article:modified_time", "2024-11-02T23:10:00+00:00")),
            STOCKHOLM,
            ("2024-11-03T00:10:00+01:00", "metadata"),
        ),
        (
            page(head=meta("article:modified_time", "2024-11-02T23:10:00+00:00")),
            None,
            ("2024-11-02T23:10:00+00:00", "metadata"),
        ),
        (
            page('<time class="updated" datetime="2021-10-01T12:00:00+02:00">1 oktober</time>'),
            STOCKHOLM,
            ("2021-10-01T12:00:00+02:00", "text"),
        ),
        (page(head=meta("article:modified_time", "2031-01-01")), STOCKHOLM, (None, None)),
        (page("<p>Uppdaterad: i går</p>"), STOCKHOLM, (None, None)),
    ],
)
def test_modified(tree, zone, expected):
    assert modified_date(tree, zone, NOW) == expected


# --- the registry's time zone ---------------------------------------------------------------

NODE = '[barkarby]\nname = "Barkarby Science"\nbase_url = "https://barkarbyscience.se"\n'
NODE += 'languages = ["sv"]\n'


@pytest.mark.parametrize(
    "extra, expected",
    [
        ("", ("Europe/Stockholm", STOCKHOLM)),
        ('timezone = "Europe/Helsinki"\n', ("Europe/Helsinki", ZoneInfo("Europe/Helsinki"))),
    ],
)
def test_timezone_key(tmp_path, extra, expected):
    path = tmp_path / "nodes.toml"
    path.write_text(NODE + extra, encoding="utf-8")
    node = load_registry([path])["barkarby"]
    assert (node.timezone, node.zone) == expected


def test_every_builtin_node_is_in_stockholm():
    assert {node.zone for node in load_registry().values()} == {STOCKHOLM}


def test_a_node_without_a_zone_keeps_the_pages_offsets():
    node = Node(
        slug="unknown", name="x", base_url="https://x.org", languages=("en",), timezone=None
    )
    assert node.zone is None


@pytest.mark.parametrize(
    "value", ['"Stockholm"', '"europe/stockholm"', '"Europe"', '""', '"../../etc/passwd"', "1"]
)
def test_bad_timezone_is_one_line_naming_file_and_node(tmp_path, value):
    path = tmp_path / "nodes.toml"
    path.write_text(NODE + f"timezone = {value}\n", encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry([path])
    shown = value.strip('"') if value.startswith('"') else int(value)
    assert str(error.value) == (
        f"{path}: node 'barkarby': timezone: expected an IANA time zone such as "
        f"'Europe/Stockholm', got {shown!r}"
    )
