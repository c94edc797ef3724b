"""scrapers.normalise: one table per function, one row per odd case seen on the node sites."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from scrapers.normalise import (
    canonical_url,
    clean_text,
    clean_title,
    date_from_url,
    find_date,
    is_listing,
    parse_date,
    title_key,
    to_zone,
)

NEXT_YEAR_BUT_ONE = date.today().year + 2


@pytest.mark.parametrize(
    "raw, expected",
    [
        # Swedish and English day-month-year, with the sites' labels
        ("15 februari 2022", "2022-02-15"),
        ("12 mars 2024", "2024-03-12"),
        ("Publicerad: 10 september 2018", "2018-09-10"),
        ("Publicerat 21 november 2017", "2017-11-21"),
        ("Published On: 9 January 2023", "2023-01-09"),
        ("1:a maj 2020", "2020-05-01"),
        ("5 okt. 2022", "2022-10-05"),
        ("Tisdag 15 februari 2022 kl 10.30", "2022-02-15T10:30:00+01:00"),
        ("den 5:e mars 2022", "2022-03-05"),
        ("31 DECEMBER 2021", "2021-12-31"),
        # month first, Swedish months too (kista.com), ordinals (Flemingsberg legacy pages)
        ("February 18th, 2019", "2019-02-18"),
        ("september 27, 2021", "2021-09-27"),
        ("oktober 5, 2022", "2022-10-05"),
        ("Feb 15, 2022", "2022-02-15"),
        ("March 12, 2024", "2024-03-12"),
        ("Sept 1st, 2020", "2020-09-01"),
        ("February 18th, 2019 at 9:38 am", "2019-02-18T09:38:00+01:00"),
        ("February 18th, 2019 at 9:38 pm", "2019-02-18T21:38:00+01:00"),
        # ISO 8601: aware converted to Stockholm, naive taken as Stockholm local time
        ("2022-02-15T16:11:13+01:00", "2022-02-15T16:11:13+01:00"),
        ("2022-02-15T15:02:11+00:00", "2022-02-15T16:02:11+01:00"),
        ("2019-02-18T09:38:35+00:00", "2019-02-18T10:38:35+01:00"),
        ("2024-03-12T11:00:00Z", "2024-03-12T12:00:00+01:00"),
        ("2022-02-15T16:11:13.123456+01:00", "2022-02-15T16:11:13+01:00"),
        ("2022-02-15T10:11:13-0500", "2022-02-15T16:11:13+01:00"),
        ("2022-02-15T16:11:13", "2022-02-15T16:11:13+01:00"),
        ("2021-11-11", "2021-11-11"),
        ("2014-09-22 10:30", "2014-09-22T10:30:00+02:00"),
        ("20230317", "2023-03-17"),
        # RFC 2822 (feeds)
        ("Tue, 15 Feb 2022 15:02:11 +0000", "2022-02-15T16:02:11+01:00"),
        ("Tue, 15 Feb 2022 15:02:11 GMT", "2022-02-15T16:02:11+01:00"),
        ("Fri, 15 Jul 2022 15:02:11 +0000", "2022-07-15T17:02:11+02:00"),
        # numeric, European day first; month first only when day first is impossible
        ("15.02.2022", "2022-02-15"),
        ("15/02/2022", "2022-02-15"),
        ("03/04/2022", "2022-04-03"),
        ("02/15/2022", "2022-02-15"),
        ("2022/02/15", "2022-02-15"),
        # summer +02:00, winter +01:00, both sides of both switches (2022: 27 March, 30 October)
        ("15 juli 2022 10:00", "2022-07-15T10:00:00+02:00"),
        ("15 januari 2022 10:00", "2022-01-15T10:00:00+01:00"),
        ("2022-03-27T00:59:59Z", "2022-03-27T01:59:59+01:00"),
        ("2022-03-27T01:00:00Z", "2022-03-27T03:00:00+02:00"),
        ("2022-10-30T00:59:59Z", "2022-10-30T02:59:59+02:00"),
        ("2022-10-30T01:00:00Z", "2022-10-30T02:00:00+01:00"),
        ("2022-03-27T02:30:00", "2022-03-27T03:30:00+02:00"),  # a wall time that never was
        # what the patterns don't know goes to dateparser
        ("5th of March 2021", "2021-03-05"),
        # no date: garbage, empty, a year or month alone, impossible days, out of range
        ("Go to Top", None),
        ("garbage 123", None),
        ("", None),
        ("   ", None),
        (None, None),
        ("2022", None),
        ("May 2022", None),
        ("mars 2021", None),
        ("igår", None),
        ("3 days ago", None),
        ("31 februari 2022", None),
        ("2022-02-30", None),
        ("2022-13-01", None),
        ("15.13.2022", None),
        ("20231345", None),
        ("1985-06-01", None),
        (f"{NEXT_YEAR_BUT_ONE}-01-01", None),
        ("February 18th, 2019 at 0:38 am", None),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw, day_first, expected",
    [
        ("03/04/2022", True, "2022-04-03"),
        ("03/04/2022", False, "2022-03-04"),
        ("02/15/2022", True, None),
        ("02/15/2022", False, "2022-02-15"),
    ],
)
def test_parse_date_day_first(raw, day_first, expected):
    assert parse_date(raw, day_first=day_first) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Publicerad: 10 september 2018", "2018-09-10"),
        ("Annelie SvenssonAktuellt Publicerad: 10 september 2018", "2018-09-10"),
        ("(Pressmeddelande, 2021-11-11)", "2021-11-11"),
        ("2014-09-22 10:30Pressmeddelande", "2014-09-22T10:30:00+02:00"),
        ("Published On: 9 January 2023 | Go to Top", "2023-01-09"),
        ("Kista, september 27, 2021. Gemensam handlingsplan", "2021-09-27"),
        ("Updated 2018-06-28T10:39:01+00:00 by admin", "2018-06-28T12:39:01+02:00"),
        ("Publicerad: 2009-06-09 00:00 | Uppdaterad: 2010-01-01", "2009-06-09T00:00:00+02:00"),
        ("Utsedd 2024-03-12, tillträder 1 april 2024", "2024-03-12"),
        ("Seminariet 31 februari 2022, eller snarare 1 mars 2022", "2022-03-01"),
        ("Published On: 9 January 2023 12.50 SEK", "2023-01-09"),  # a dotted number is no time
        # no date
        ("Ref 20230317 ska inte läsas som datum", None),  # compact form only in parse_date
        ("Succé för årets Science Week – 5 000 besökare", None),
        ("You may 12 things, 20 of them", None),
        ("Science Week 2024", None),
        ("", None),
        (None, None),
    ],
)
def test_find_date(raw, expected):
    assert find_date(raw) == expected


@pytest.mark.parametrize(
    "raw, languages, expected",
    [
        ("Veröffentlicht am 24. März 2017", ("de",), "2017-03-24"),
        ("Publié le 1er décembre 2019 à 10h", ("fr",), "2019-12-01"),
        ("Madrid, 6 de diciembre de 2020", ("es",), "2020-12-06"),
        ("6 dicembre 2020", ("it",), "2020-12-06"),
        # without the page's language, only Swedish and English names are known
        ("Veröffentlicht am 24. März 2017", (), None),
        ("24. März 2017", ("xx",), None),  # a language dateparser lacks adds no names
        ("15 februari 2022", ("de",), "2022-02-15"),
    ],
)
def test_find_date_in_a_pages_language(raw, languages, expected):
    assert find_date(raw, languages=languages) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("https://flemingsbergscience.se/sv/2022/02/15/starkt-samarbete/", "2022-02-15"),
        ("https://flemingsbergscience.se/en/2023/03/14/innovation-hubs", "2023-03-14"),
        ("https://flemingsbergscience.se/en/2024/07/02/slug/page/51", "2024-07-02"),
        ("https://sting.co/2019/11/05/", "2019-11-05"),
        ("https://example.se/2021/05/slug/", None),
        ("https://example.se/2021/13/01/slug/", None),
        ("https://example.se/2021/02/29/slug/", None),
        ("https://example.se/2020/02/29/slug/", "2020-02-29"),
        ("https://example.se/12022/02/15/slug/", None),
        ("https://example.se/slug/?date=/2022/02/15/", None),  # the path only
        ("https://kista.com/kista-makeover/", None),
    ],
)
def test_date_from_url(raw, expected):
    assert date_from_url(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        (datetime(2022, 2, 15, 15, 2, 11, tzinfo=UTC), "2022-02-15T16:02:11+01:00"),
        (datetime(2022, 7, 15, 15, 2, 11, tzinfo=UTC), "2022-07-15T17:02:11+02:00"),
        (datetime(2022, 2, 15, 16, 11, 13), "2022-02-15T16:11:13+01:00"),
        (datetime(2022, 2, 15, 16, 11, 13, 999999), "2022-02-15T16:11:13+01:00"),
        (
            datetime(2022, 2, 15, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
            "2022-02-15T15:00:00+01:00",
        ),
    ],
)
def test_to_zone_stockholm_by_default(raw, expected):
    assert to_zone(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Forskning &amp; innovation", "Forskning & innovation"),
        ("Science Week &#8211; 5&nbsp;000 besökare", "Science Week – 5 000 besökare"),
        ("5\u202f000\u2009besökare", "5 000 besökare"),
        ("inno\u00advations\u00adnod", "innovationsnod"),
        ("\ufeffKista\u200b Science\u200d City", "Kista Science City"),
        ("Södertälje".replace("ö", "o\u0308"), "Södertälje"),  # decomposed ö composed
        ("  Go\n\tto \r\n Top  ", "Go to Top"),
        ("“In Flemingsberg, we cure diseases”", "“In Flemingsberg, we cure diseases”"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


SITE_NAMES = ["Flemingsberg Science", "Kista Science City", "Södertälje Science Park"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            "Strong co-operation between the region’s innovation nodes - Flemingsberg Science",
            "Strong co-operation between the region’s innovation nodes",
        ),
        (
            "Kista makeover – work with the new structural plan has been initiated!"
            " | Kista Science City",
            "Kista makeover – work with the new structural plan has been initiated!",
        ),
        (  # an inner dash that is part of the title stays
            "Succé för årets Science Week i Södertälje – 5 000 besökare",
            "Succé för årets Science Week i Södertälje – 5 000 besökare",
        ),
        (
            "En nationell resurs – nu är Karolinska ATMP Centrum invigt – Flemingsberg Science",
            "En nationell resurs – nu är Karolinska ATMP Centrum invigt",
        ),
        ("Kista Science City » Setting the agenda", "Setting the agenda"),
        ("Nyheter · SÖDERTÄLJE SCIENCE PARK", "Nyheter"),
        ("Setting the agenda&nbsp;— Kista Science City", "Setting the agenda"),
        ("Kista Science City", "Kista Science City"),  # the name alone is the title
        (
            "Talks with Flemingsberg Science - a summary",
            "Talks with Flemingsberg Science - a summary",
        ),
        (
            "“In Flemingsberg, we cure diseases” | Stockholm Science City",
            "“In Flemingsberg, we cure diseases” | Stockholm Science City",
        ),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_title(raw, expected):
    assert clean_title(raw, SITE_NAMES) == expected


def test_clean_title_without_site_names_only_cleans():
    assert (
        clean_title("Nyheter - Kista Science City &amp; co") == "Nyheter - Kista Science City & co"
    )


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            "Succé för årets Science Week – 5 000 besökare",
            "succé för årets science week 5 000 besökare",
        ),
        (
            "Succé för årets Science Week - 5 000 besökare",
            "succé för årets science week 5 000 besökare",
        ),
        (
            "Succé för årets Science Week–5 000 besökare!",
            "succé för årets science week 5 000 besökare",
        ),
        (
            "Strong co-operation between the region’s innovation nodes",
            "strong co operation between the regions innovation nodes",
        ),
        (
            "Strong co-operation between the region's innovation nodes",
            "strong co operation between the regions innovation nodes",
        ),
        ("“In Flemingsberg, we cure diseases”", "in flemingsberg we cure diseases"),
        ('"In Flemingsberg, we cure diseases"', "in flemingsberg we cure diseases"),
        ("ÅRETS HÖJDPUNKTER", "årets höjdpunkter"),
        ("Södertälje".replace("ä", "a\u0308"), "södertälje"),
        ("Ｋｉｓｔａ ｆｕｌｌ-width", "kista full width"),
        ("", ""),
    ],
)
def test_title_key(raw, expected):
    assert title_key(raw) == expected


ALIASES = {"www.kista.com": "kista.com"}
FS = "https://flemingsbergscience.se"


@pytest.mark.parametrize(
    "raw, options, expected",
    [
        (
            "http://www.kista.com/slug/?share=linkedin#comments",
            {"host_aliases": ALIASES},
            "https://kista.com/slug/",
        ),
        (
            "https://WWW.Kista.com/slug/?share=google-plus-1",
            {"host_aliases": ALIASES},
            "https://kista.com/slug/",
        ),
        ("http://www.kista.com/slug/", {}, "https://www.kista.com/slug/"),  # no aliases, host kept
        # /page/N: an article's crawl-trap copy goes, a listing's page stays
        (f"{FS}/en/2024/07/02/slug/page/51", {}, f"{FS}/en/2024/07/02/slug"),
        (f"{FS}/en/2024/07/02/slug/page/51", {"trailing_slash": True}, f"{FS}/en/2024/07/02/slug/"),
        (f"{FS}/sv/2019/10/07/slug/page/2/", {}, f"{FS}/sv/2019/10/07/slug/"),
        (f"{FS}/sv/category/news-eng/page/2/", {}, f"{FS}/sv/category/news-eng/page/2/"),
        (f"{FS}/category/news/page/3", {}, f"{FS}/category/news/page/3"),
        (f"{FS}/en/tag/science-week/page/2/", {}, f"{FS}/en/tag/science-week/page/2/"),
        (f"{FS}/author/anna/page/2/", {}, f"{FS}/author/anna/page/2/"),
        (f"{FS}/page/2/", {}, f"{FS}/page/2/"),
        (f"{FS}/sv/page/2/", {}, f"{FS}/sv/page/2/"),
        (f"{FS}/2022/02/page/2/", {}, f"{FS}/2022/02/page/2/"),
        (
            "https://barkarbyscience.se/nyheter/page/2/",
            {},
            "https://barkarbyscience.se/nyheter/page/2/",
        ),
        (f"{FS}/sv/2022/02/15/slug/page-two/", {}, f"{FS}/sv/2022/02/15/slug/page-two/"),
        # parameters: tracking and variants dropped, the rest kept and sorted
        (
            "https://kista.com/a/?utm_source=nl&utm_medium=email&UTM_Campaign=x",
            {},
            "https://kista.com/a/",
        ),
        (
            "https://kista.com/a/?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&replytocom=5&amp=1",
            {},
            "https://kista.com/a/",
        ),
        ("https://ssci.se/en/node?page=2&utm_source=x", {}, "https://ssci.se/en/node?page=2"),
        (
            "https://kista.com/?s=kista&p=833&lang=sv",
            {},
            "https://kista.com/?lang=sv&p=833&s=kista",
        ),
        ("https://kista.com/?flag&b=2", {}, "https://kista.com/?b=2&flag"),
        # host, port, path spelling
        ("HTTPS://KISTA.COM", {}, "https://kista.com/"),
        ("https://kista.com:443/a", {}, "https://kista.com/a"),
        ("http://kista.com:80/a", {}, "https://kista.com/a"),
        ("http://127.0.0.1:8080/a", {}, "https://127.0.0.1:8080/a"),
        ("https://kista.com//a///b/", {}, "https://kista.com/a/b/"),
        (
            "https://ssci.se/sv/aktuellt/sommarh%c3%a4lsning",
            {},
            "https://ssci.se/sv/aktuellt/sommarh%C3%A4lsning",
        ),
        (
            "https://ssci.se/sv/aktuellt/sommarhälsning",
            {},
            "https://ssci.se/sv/aktuellt/sommarh%C3%A4lsning",
        ),
        ("https://kista.com/%7Euser/%2Dslug%2f", {}, "https://kista.com/~user/-slug%2F"),
        # trailing slash both ways; a file name keeps its form
        ("https://kista.com/slug", {"trailing_slash": True}, "https://kista.com/slug/"),
        ("https://kista.com/slug/", {"trailing_slash": False}, "https://kista.com/slug"),
        ("https://kista.com/slug/", {"trailing_slash": True}, "https://kista.com/slug/"),
        ("https://kista.com/slug", {"trailing_slash": None}, "https://kista.com/slug"),
        ("https://kista.com/feed.xml", {"trailing_slash": True}, "https://kista.com/feed.xml"),
        ("https://kista.com/", {"trailing_slash": False}, "https://kista.com/"),
        # not absolute http(s): unchanged
        ("mailto:info@kista.com", {}, "mailto:info@kista.com"),
        ("/sv/aktuellt/slug", {}, "/sv/aktuellt/slug"),
    ],
)
def test_canonical_url(raw, options, expected):
    assert canonical_url(raw, **options) == expected
    assert canonical_url(expected, **options) == expected  # a canonical URL stays as it is


@pytest.mark.parametrize(
    "raw",
    [
        "\x00\x01",
        "9" * 500,
        "2022-02-15T25:61:00",
        "2022-02-15T10:00:00+99:99",
        "Tue, 99 Foo 2022 99:99:99 +9999",
        "%s %d {} [[]] ((",
        "januari februari mars 2022 2023",
        12345,
    ],
)
def test_parse_and_find_date_never_raise(raw):
    assert parse_date(raw) is None
    assert find_date(raw) is None


@pytest.mark.parametrize(
    "path, body_classes, expected",
    [
        # news sections' roots, taxonomy pages, and their pages
        ("/sv/aktuellt", (), True),
        ("/en/news", (), True),
        ("/en/news/", (), True),
        ("/en/node", (), True),
        ("/nyheter/", (), True),
        ("/nyheter/page/2/", (), True),
        ("/pressreleases", (), True),
        ("/se/soedertaelje-science-park/pressreleases", (), True),
        ("/sv/category/news-eng/", (), True),
        ("/category/community/page/2/", (), True),
        ("/sv/category/news-eng/page/3", (), True),
        ("/tag/life-science/", (), True),
        ("/author/annelie-svensson/", (), True),
        # the site's and a language's root, date archives
        ("/", (), True),
        ("/en/", (), True),
        ("/page/2/", (), True),
        ("/2022/", (), True),
        ("/sv/2022/02/", (), True),
        ("/2022/02/page/2/", (), True),
        # what the page's body classes say
        ("/kista-science-city/", ("archive", "category", "category-community"), True),
        ("/", ("home", "blog"), True),
        ("/urban-development-projects/", ("page-template-default", "page", "page-id-12"), False),
        # articles, under a news section or not, their crawl-trap copies, and other pages
        ("/nyheter/barkarby-science-vaxer/", (), False),
        ("/en/news/summer-greeting-our-ceo-0", (), False),
        ("/sv/aktuellt/barkarby-science-bidrar-till-ett-mer-h-llbart-samh-lle", (), False),
        (
            "/pressreleases/succe-foer-aarets-science-week-i-soedertaelje-5-000-besoekare-3034611",
            (),
            False,
        ),
        ("/en/2024/07/02/stiftelsen-flemingsberg-science-pa-almedalsveckan/", (), False),
        ("/en/2024/07/02/stiftelsen-flemingsberg-science-pa-almedalsveckan/page/51", (), False),
        ("/kista-makeover-work-new-structural-plan-initiated/", (), False),
        ("/om-oss/vad-vi-gor/", (), False),
        ("/newsletter/", (), False),
        ("/2024/06/arninge-innovation-node-joins-regional-network/", (), False),
    ],
)
def test_is_listing(path, body_classes, expected):
    assert is_listing(path, body_classes) is expected
