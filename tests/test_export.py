import csv
import io
import json

import pytest

from archive import Archive, ArchiveMissing
from archive.export import COLUMNS, export_articles

FETCHED = "2024-05-02T06:00:00+00:00"

ARTICLES = [
    {
        "url": "https://flemingsbergscience.se/en/2022/02/15/strong-co-operation/",
        "node": "flemingsberg",
        "lang": "en",
        "title": "Strong co-operation between the region's innovation nodes",
        "published": "2022-02-15T16:11:13+01:00",
        "modified": None,
        "authors": ["Flemingsberg Science"],
        "summary": "Additional resources are needed to strengthen inter-nodal co-operation.",
        "body": 'Watch the seminar:\n\n"Innovation is necessary", said a chair; so, co-op.',
        "tags": ["News", "Science Week"],
    },
    {
        "url": "https://flemingsbergscience.se/sv/2022/02/15/stockholm-life-tech/",
        "node": "flemingsberg",
        "lang": "sv",
        "title": "Stockholm Life Tech är viktigt för utvecklingen av Flemingsberg",
        "published": "2022-02-15T09:00:00+01:00",
        "modified": "2022-02-16T10:00:00+01:00",
        "authors": [],
        "summary": "Forskning, vård och företag på samma plats.",
        "body": 'Rad ett, med komma.\nRad två med "citat" och å, ä, ö.\r\nSista raden; klart.',
        "tags": [],
    },
    {
        "url": "https://kista.com/setting-the-agenda/",
        "node": "kista",
        "lang": "en",
        "title": "Setting the agenda: Semiconductor Arena launches in Kista",
        "published": "2025-03-01",
        "modified": None,
        "authors": ["Kista Science City", "Semiconductor Arena"],
        "summary": None,
        "body": "Innovation in semiconductors.",
        "tags": ["Community"],
    },
    {
        "url": "https://sscp.se/narings-och-innovationsministern/",
        "node": "sscp",
        "lang": "sv",
        "title": "Närings och innovationsministern besökte Södertälje Science Park",
        "published": "2018-09-10T00:30:00+02:00",
        "modified": None,
        "authors": ["Annelie Svensson"],
        "summary": "Ett besök i Södertälje.",
        "body": "Ministern fick se forskningen.",
        "tags": ["Aktuellt"],
    },
    {
        # Republished on the sister site: a copy of the Flemingsberg post.
        "url": "https://campusflemingsberg.se/en/2022/02/15/strong-co-operation/",
        "node": "flemingsberg",
        "lang": "en",
        "title": "Strong co-operation between the region's innovation nodes",
        "published": "2022-02-15T16:11:13+01:00",
        "modified": None,
        "authors": [],
        "summary": None,
        "body": "Innovation nodes co-operate.",
        "tags": [],
    },
    {
        "url": "https://kista.com/kista-makeover/",
        "node": "kista",
        "lang": "en",
        "title": "Kista makeover – work with the new structural plan has been initiated!",
        "published": None,
        "modified": None,
        "authors": [],
        "summary": None,
        "body": "An older post without a date.",
        "tags": [],
    },
]
COPY = ARTICLES[4]["url"]
URL = {a["url"].split("/")[-2]: a["url"] for a in ARTICLES if a["url"] != COPY}


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        for item in ARTICLES:
            archive.upsert_article(item, fetched_at=FETCHED)
        archive.set_duplicate_of(COPY, ARTICLES[0]["url"])
        yield archive


def export(archive, **options) -> tuple[int, str]:
    out = io.StringIO()
    written = export_articles(archive, out, **options)
    return written, out.getvalue()


def expected(item: dict, duplicate_of: str | None = None) -> dict:
    return {column: item.get(column) for column in COLUMNS} | {"duplicate_of": duplicate_of}


NEWEST_FIRST = [
    URL["setting-the-agenda"],
    URL["strong-co-operation"],
    URL["stockholm-life-tech"],
    URL["narings-och-innovationsministern"],
    URL["kista-makeover"],
]


def test_json_round_trips_with_lists_as_lists(archive):
    written, text = export(archive, fmt="json")
    rows = json.loads(text)
    assert written == len(rows) == 5
    by_url = {a["url"]: a for a in ARTICLES}
    assert rows == [expected(by_url[url]) for url in NEWEST_FIRST]


def test_csv_parses_back_to_the_same_rows(archive):
    written, text = export(archive, fmt="csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert written == len(rows) == 5
    by_url = {a["url"]: a for a in ARTICLES}
    assert rows == [
        {
            column: "" if value is None else value
            for column, value in (
                expected(by_url[url])
                | {
                    "authors": "; ".join(by_url[url]["authors"]),
                    "tags": "; ".join(by_url[url]["tags"]),
                }
            ).items()
        }
        for url in NEWEST_FIRST
    ]
    assert list(rows[0]) == list(COLUMNS)
    assert "å, ä, ö" in rows[2]["body"] and "\n" in rows[2]["body"]


@pytest.mark.parametrize(
    "options, urls",
    [
        ({}, NEWEST_FIRST),
        ({"nodes": ["kista"]}, [URL["setting-the-agenda"], URL["kista-makeover"]]),
        (
            {"nodes": ["kista", "sscp"]},
            [
                URL["setting-the-agenda"],
                URL["narings-och-innovationsministern"],
                URL["kista-makeover"],
            ],
        ),
        ({"lang": "sv"}, [URL["stockholm-life-tech"], URL["narings-och-innovationsministern"]]),
        ({"since": "2022-02-15"}, NEWEST_FIRST[:3]),
        ({"until": "2022-02-15"}, NEWEST_FIRST[1:4]),
        ({"since": "2022-02-15", "until": "2022-02-15"}, NEWEST_FIRST[1:3]),
        # the date as the site wrote it: 00:30+02:00 is still the 10th, not the 9th in UTC
        ({"since": "2018-09-10", "until": "2018-09-10"}, [URL["narings-och-innovationsministern"]]),
        # compounds and inflections too: "innovationsministern", "forskningen" (tests/test_search.py)
        (
            {"search": "innovation"},
            [
                URL["setting-the-agenda"],
                URL["strong-co-operation"],
                URL["narings-och-innovationsministern"],
            ],
        ),
        (
            {"search": "innovat*"},
            [
                URL["setting-the-agenda"],
                URL["strong-co-operation"],
                URL["narings-och-innovationsministern"],
            ],
        ),
        (
            {"search": "forskning"},
            [URL["stockholm-life-tech"], URL["narings-och-innovationsministern"]],
        ),
        ({"search": '"unclosed'}, []),  # a researcher's input is never an error
        ({"search": "title:"}, []),
        ({"search": "innovation", "nodes": ["kista"]}, [URL["setting-the-agenda"]]),
        (
            {"include_duplicates": True, "nodes": ["flemingsberg"]},
            [COPY, URL["strong-co-operation"], URL["stockholm-life-tech"]],
        ),
        ({"nodes": ["barkarby"]}, []),
    ],
)
def test_filters(archive, options, urls):
    written, text = export(archive, fmt="json", **options)
    assert [row["url"] for row in json.loads(text)] == urls
    assert written == len(urls)


def test_duplicates_carry_their_original(archive):
    _, text = export(archive, fmt="json", include_duplicates=True)
    copies = [row for row in json.loads(text) if row["duplicate_of"]]
    assert [(row["url"], row["duplicate_of"]) for row in copies] == [(COPY, ARTICLES[0]["url"])]


@pytest.mark.parametrize(
    "options, message",
    [
        ({"since": "2024-13-01"}, "bad --since date '2024-13-01': expected YYYY-MM-DD"),
        ({"until": "2024-02-30"}, "bad --until date '2024-02-30': expected YYYY-MM-DD"),
        ({"since": "20240101"}, "bad --since date '20240101': expected YYYY-MM-DD"),
        ({"since": "2024-1-1"}, "bad --since date '2024-1-1': expected YYYY-MM-DD"),
        ({"until": "yesterday"}, "bad --until date 'yesterday': expected YYYY-MM-DD"),
        ({"since": "2024-05-02", "until": "2024-05-01"}, "--since 2024-05-02 is after --until"),
        ({"fmt": "xml"}, "unknown format 'xml': expected one of csv, json"),
    ],
)
def test_bad_options_are_one_line_errors(archive, options, message):
    with pytest.raises(ValueError) as raised:
        export(archive, **({"fmt": "csv"} | options))
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_export_from_a_path(archive, tmp_path):
    out = io.StringIO()
    assert export_articles(archive.path, out, fmt="json", lang="sv") == 2
    with pytest.raises(ArchiveMissing):
        export_articles(tmp_path / "missing.db", io.StringIO(), fmt="json")
    assert not (tmp_path / "missing.db").exists()
