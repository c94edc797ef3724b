import asyncio
import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from archive import Archive, ArchiveMissing
from archive.export import (
    COLUMNS,
    csv_cell,
    csv_chunks,
    export_articles,
    json_chunks,
    select_articles,
)
from archive.serve import datasette_app
from scrapers.cli import main

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


NODES = ("barkarby", "flemingsberg", "kista", "sscp")


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        for slug in NODES:
            archive.upsert_node(slug, slug.title(), f"https://{slug}.example", ["sv", "en"], None)
        for item in ARTICLES:
            archive.upsert_article(item, fetched_at=FETCHED)
        archive.set_duplicate_of(COPY, ARTICLES[0]["url"])
        yield archive


def export(archive, **options) -> tuple[int, str]:
    out = io.BytesIO()
    written = export_articles(archive, out, **options)
    return written, out.getvalue().decode("utf-8")


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
        ({"nodes": ["barkarby"]}, []),  # a node of the archive with no articles yet
    ],
)
def test_filters(archive, options, urls):
    written, text = export(archive, fmt="json", **options)
    assert [row["url"] for row in json.loads(text)] == urls
    assert written == len(urls)


# The registry's sister site and newsroom (scrapers/nodes.toml's part_of), with a post each.
SISTERS = {"campus-flemingsberg": "flemingsberg", "sscp-newsroom": "sscp"}
SISTER_ARTICLES = [
    {
        "url": "https://campusflemingsberg.se/sv/2023/04/01/campusdag/",
        "node": "campus-flemingsberg",
        "lang": "sv",
        "title": "Campusdag i Flemingsberg",
        "published": "2023-04-01T10:00:00+02:00",
        "body": "Studenter och forskare möts.",
    },
    {
        "url": "https://www.mynewsdesk.com/se/soedertaelje-science-park/pressreleases/ny-testbadd/",
        "node": "sscp-newsroom",
        "lang": "sv",
        "title": "Ny testbädd för innovation i Södertälje",
        "published": "2019-01-20T08:00:00+01:00",
        "body": "En testbädd öppnar.",
    },
]
CAMPUSDAG, TESTBADD = (item["url"] for item in SISTER_ARTICLES)


@pytest.fixture
def sisters(archive):
    for slug, group in SISTERS.items():
        archive.upsert_node(
            slug, slug.title(), f"https://{slug}.example", ["sv"], None, part_of=group
        )
    for item in SISTER_ARTICLES:
        archive.upsert_article(item, fetched_at=FETCHED)
    return archive


@pytest.mark.parametrize(
    "options, urls",
    [
        (
            {"node_groups": ["flemingsberg"]},
            [CAMPUSDAG, URL["strong-co-operation"], URL["stockholm-life-tech"]],
        ),
        # --node is the one site: not its sister site's posts
        ({"nodes": ["flemingsberg"]}, [URL["strong-co-operation"], URL["stockholm-life-tech"]]),
        ({"node_groups": ["sscp"]}, [TESTBADD, URL["narings-och-innovationsministern"]]),
        (
            {"node_groups": ["flemingsberg", "sscp"]},
            [
                CAMPUSDAG,
                URL["strong-co-operation"],
                URL["stockholm-life-tech"],
                TESTBADD,
                URL["narings-och-innovationsministern"],
            ],
        ),
        ({"node_groups": ["kista"]}, [URL["setting-the-agenda"], URL["kista-makeover"]]),
        ({"node_groups": ["barkarby"]}, []),  # a group of the archive with no articles yet
        ({"node_groups": ["flemingsberg"], "nodes": ["campus-flemingsberg"]}, [CAMPUSDAG]),
        ({"node_groups": ["sscp"], "nodes": ["kista"]}, []),  # both must hold
        ({"node_groups": ["flemingsberg"], "lang": "sv"}, [CAMPUSDAG, URL["stockholm-life-tech"]]),
        ({"node_groups": ["flemingsberg"], "since": "2023-01-01"}, [CAMPUSDAG]),
        (
            {"node_groups": ["sscp"], "search": "innovation"},
            [TESTBADD, URL["narings-och-innovationsministern"]],
        ),
        (
            {"node_groups": ["flemingsberg"], "include_duplicates": True},
            [CAMPUSDAG, COPY, URL["strong-co-operation"], URL["stockholm-life-tech"]],
        ),
    ],
)
def test_node_groups(sisters, options, urls):
    written, text = export(sisters, fmt="json", **options)
    assert [row["url"] for row in json.loads(text)] == urls
    assert written == len(urls)


@pytest.mark.parametrize(
    "group, message",
    [
        (
            "atlantis",
            "unknown node group 'atlantis': the archive has barkarby, flemingsberg, kista, sscp",
        ),
        (
            "campus-flemingsberg",
            "unknown node group 'campus-flemingsberg' ('campus-flemingsberg' is part of"
            " flemingsberg): the archive has barkarby, flemingsberg, kista, sscp",
        ),
        ("Kista", "unknown node group 'Kista': the archive has"),
    ],
)
def test_an_unknown_node_group_is_a_one_line_error(sisters, group, message):
    with pytest.raises(ValueError) as raised:
        export(sisters, fmt="csv", node_groups=["kista", group])
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)


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
        ({"fmt": "json", "excel": True}, "--excel is a kind of CSV: use it with --format csv"),
        (
            {"nodes": ["kista", "atlantis"]},
            "unknown node 'atlantis': the archive has barkarby, flemingsberg, kista, sscp",
        ),
        ({"lang": "de"}, "unknown language 'de': the archive has en, sv"),
        ({"lang": "SV"}, "unknown language 'SV': the archive has en, sv"),
    ],
)
def test_bad_options_are_one_line_errors(archive, options, message):
    with pytest.raises(ValueError) as raised:
        export(archive, **({"fmt": "csv"} | options))
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_export_from_a_path(archive, tmp_path):
    out = io.BytesIO()
    assert export_articles(archive.path, out, fmt="json", lang="sv") == 2
    with pytest.raises(ArchiveMissing):
        export_articles(tmp_path / "missing.db", io.BytesIO(), fmt="json")
    assert not (tmp_path / "missing.db").exists()


def csv_rows(text: str, delimiter: str = ",") -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def sql_cell(column: str, stored: str | None) -> str:
    """The CSV cell the export writes for a stored value."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create table articles ({column})")
    conn.execute("insert into articles values (?)", (stored,))
    return conn.execute(f"select {csv_cell(column)} from articles").fetchone()[0]


@pytest.mark.parametrize(
    "stored, cell",
    [
        (
            '=HYPERLINK("http://x.example","klick")',
            '"\'=HYPERLINK(""http://x.example"",""klick"")"',
        ),
        ("+46 8 123 45 67", '"\'+46 8 123 45 67"'),
        ("-5 % färre ansökningar", '"\'-5 % färre ansökningar"'),
        ("@SUM(A1:A2)", '"\'@SUM(A1:A2)"'),
        ("\tindragen", '"\'\tindragen"'),
        ("\rvagnretur", '"\'\rvagnretur"'),
        ("Kista = innovation", '"Kista = innovation"'),
        (" =med mellanslag först", '" =med mellanslag först"'),
        ("'redan citerad", '"\'redan citerad"'),
        ('Rad ett, "två";\r\ntre', '"Rad ett, ""två"";\r\ntre"'),
        ("", '""'),
        (None, ""),
    ],
)
def test_text_cells_are_quoted_with_formulas_neutralised(stored, cell):
    assert sql_cell("title", stored) == cell


@pytest.mark.parametrize(
    "stored, cell",
    [
        ('["@kista", "Anna"]', '"\'@kista; Anna"'),
        ('["Anna", "=B"]', '"Anna; =B"'),  # a formula starts a cell, not a list's later item
        ('["-minus"]', '"\'-minus"'),
        ('["Innovation, \\"noder\\""]', '"Innovation, ""noder"""'),
        ("[]", ""),
        (None, ""),
    ],
)
def test_list_cells_are_joined_then_neutralised(stored, cell):
    assert sql_cell("tags", stored) == cell


FORMULAS = {
    "url": "https://kista.com/formulas/",
    "node": "kista",
    "lang": "sv",
    "title": '=HYPERLINK("http://evil.example","klick")',
    "published": "2026-01-05T10:00:00+01:00",
    "authors": ["@kista", "Anna"],
    "summary": "+46 8 123 45 67",
    "body": "-5 % färre ansökningar",
    "tags": ["-minus"],
}


@pytest.fixture
def formulas(archive):
    archive.upsert_article(FORMULAS, fetched_at=FETCHED)
    return archive


def test_json_keeps_formulas_as_stored(formulas):
    _, text = export(formulas, fmt="json", search="ansökningar")
    (row,) = json.loads(text)
    assert (row["title"], row["summary"], row["body"], row["authors"], row["tags"]) == (
        FORMULAS["title"], FORMULAS["summary"], FORMULAS["body"], ["@kista", "Anna"], ["-minus"],
    )  # fmt: skip


def test_excel_csv_has_a_bom_semicolons_and_the_same_rows(formulas):
    _, plain = export(formulas, fmt="csv")
    written, excel = export(formulas, fmt="csv", excel=True)
    assert excel.startswith("\ufeffurl;node;lang;title;") and not plain.startswith("\ufeff")
    assert plain.startswith("url,node,lang,title,")
    rows = csv_rows(excel.removeprefix("\ufeff"), delimiter=";")
    assert rows == csv_rows(plain) and len(rows) == written == 6
    assert (rows[0]["title"], rows[0]["summary"], rows[0]["authors"], rows[0]["tags"]) == (
        "'=HYPERLINK(\"http://evil.example\",\"klick\")", "'+46 8 123 45 67", "'@kista; Anna",
        "'-minus",
    )  # fmt: skip
    # As a spreadsheet reads the file: the BOM is UTF-8's, so "utf-8-sig" gives the text back.
    assert excel.encode("utf-8").decode("utf-8-sig").startswith("url;")


def test_a_long_export_is_written_in_chunks(archive, monkeypatch):
    monkeypatch.setattr("archive.export.CHUNK_ROWS", 2)
    selection = select_articles(archive.db.conn, include_duplicates=True)
    chunks = list(csv_chunks(archive.db.conn, selection))
    assert [rows for _, rows in chunks] == [0, 2, 2, 2]  # the header, then two articles each
    text = b"".join(chunk for chunk, _ in chunks).decode()
    assert len(csv_rows(text)) == 6
    records = json.loads(b"".join(chunk for chunk, _ in json_chunks(archive.db.conn, selection)))
    assert [record["url"] for record in records] == [row["url"] for row in csv_rows(text)]


def test_nothing_found_is_a_header_or_an_empty_list(archive):
    assert export(archive, fmt="csv", lang="sv", since="2030-01-01") == (
        0,
        ",".join(COLUMNS) + "\r\n",
    )
    assert export(archive, fmt="json", lang="sv", since="2030-01-01") == (0, "[]\n")


async def _datasette_get(db_path, path):
    ds = datasette_app(db_path)
    await ds.invoke_startup()
    return await ds.client.get(path)


def datasette_csv(archive, query: str, status: int = 200):
    response = asyncio.run(_datasette_get(archive.path, f"/nodenews/articles.csv?{query}"))
    assert response.status_code == status, response.text
    return response


# The same filter, as export's options and as the articles table's URL parameters.
SAME_FILTERS = [
    ({}, ""),
    ({"nodes": ["kista"]}, "node=kista"),
    ({"nodes": ["kista"]}, "node__exact=kista&_sort=title&_size=max&_stream=on&_labels=on"),
    ({"nodes": ["kista", "sscp"]}, "node__in=kista,sscp"),
    ({"nodes": ["kista", "sscp"]}, 'node__in=["kista","sscp"]'),
    ({"lang": "sv"}, "lang=sv"),
    ({"since": "2022-02-15", "until": "2022-02-15"}, "_since=2022-02-15&_until=2022-02-15"),
    ({"search": "innovation", "nodes": ["kista"]}, "_search=innovation&node=kista"),
    ({"include_duplicates": True, "nodes": ["flemingsberg"]}, "_include_duplicates=1&node=flemingsberg"),
    ({"excel": True, "lang": "en"}, "_excel=1&lang=en"),
]  # fmt: skip


@pytest.mark.parametrize("options, query", SAME_FILTERS)
def test_datasettes_csv_is_the_export(formulas, options, query):
    _, exported = export(formulas, fmt="csv", **options)
    response = datasette_csv(formulas, query)
    assert response.text == exported
    delimiter = ";" if options.get("excel") else ","
    served = csv_rows(response.text.removeprefix("\ufeff"), delimiter)
    assert served == csv_rows(exported.removeprefix("\ufeff"), delimiter)
    assert not served or list(served[0]) == list(COLUMNS)


@pytest.mark.parametrize(
    "options, query, urls",
    [
        (
            {"node_groups": ["sscp"]},
            "node_group=sscp&_facet=node_group&_sort_desc=published",
            [TESTBADD, URL["narings-och-innovationsministern"]],
        ),
        (
            {"node_groups": ["flemingsberg"], "lang": "sv"},
            "node_group__exact=flemingsberg&lang=sv",
            [CAMPUSDAG, URL["stockholm-life-tech"]],
        ),
        (
            {"node_groups": ["flemingsberg"], "nodes": ["campus-flemingsberg"]},
            "node_group=flemingsberg&node=campus-flemingsberg",
            [CAMPUSDAG],
        ),
        # Datasette's own __in filter on the column: the same rows
        (
            {"node_groups": ["kista", "sscp"]},
            "node_group__in=kista,sscp",
            [
                URL["setting-the-agenda"],
                TESTBADD,
                URL["narings-och-innovationsministern"],
                URL["kista-makeover"],
            ],
        ),
    ],
)
def test_datasettes_node_group_csv_is_the_export(sisters, options, query, urls):
    response = datasette_csv(sisters, query)
    assert [row["url"] for row in csv_rows(response.text)] == urls
    assert response.text == export(sisters, fmt="csv", **options)[1]


def test_datasettes_csv_neutralises_formulas_and_joins_lists(formulas):
    (row,) = csv_rows(datasette_csv(formulas, "_search=ansökningar").text)
    assert (row["title"], row["summary"], row["body"], row["authors"], row["tags"]) == (
        "'=HYPERLINK(\"http://evil.example\",\"klick\")", "'+46 8 123 45 67",
        "'-5 % färre ansökningar", "'@kista; Anna", "'-minus",
    )  # fmt: skip


def test_datasettes_excel_csv_downloads_with_a_bom_and_semicolons(formulas):
    response = datasette_csv(formulas, "_excel=1")
    assert response.content.startswith("\ufeffurl;node;".encode())
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="articles-excel.csv"' in response.headers["content-disposition"]
    assert datasette_csv(formulas, "").headers["content-type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize(
    "query, urls",
    [
        ("title__contains=Kista", [URL["setting-the-agenda"], URL["kista-makeover"]]),
        ("published__isnull=1", [URL["kista-makeover"]]),
        ("lang=en&modified__isnull=1&node=flemingsberg", [URL["strong-co-operation"]]),
    ],
)
def test_datasettes_own_filters_narrow_the_export(archive, query, urls):
    assert [row["url"] for row in csv_rows(datasette_csv(archive, query).text)] == urls


@pytest.mark.parametrize(
    "query, message",
    [
        ("node=atlantis", "unknown node 'atlantis': the archive has barkarby, flemingsberg,"),
        ("lang=de", "unknown language 'de': the archive has en, sv"),
        ("_since=2024-13-01", "bad --since date '2024-13-01': expected YYYY-MM-DD"),
        ("_where=1", "_where is not available in the export"),
        ("_next=20", "_next is not available in the export"),
        ("colour=red", "no such filter on articles: colour__exact"),
        ("title__nonsense=x", "no such filter on articles: title__nonsense"),
        ("lang=sv&lang=en", "one lang at a time"),
        ("node__in=[kista", "bad node__in list: [kista"),
        ("node_group=atlantis", "unknown node group 'atlantis': the archive has barkarby,"),
    ],
)
def test_datasettes_csv_refuses_what_the_export_cannot_do(archive, query, message):
    response = datasette_csv(archive, query, status=400)
    assert message in response.text and len(response.text.strip().splitlines()) == 1


def test_datasettes_own_csv_of_a_whole_table_streams_every_page(archive):
    # article_history: more versions than a page of Datasette's (1,000), streamed as `nodenews
    # serve` runs Datasette (in-process, without a port).
    versions = 2_500
    archive.db["article_history"].insert_all(
        {"url": f"https://kista.com/{n}/", "replaced_at": f"2026-01-01T00:00:{n % 60:02d}",
         "title": f"Version {n}", "body": "Rad ett,\nrad två", "reason": "site"}
        for n in range(versions)
    )  # fmt: skip
    response = asyncio.run(_datasette_get(archive.path, "/nodenews/article_history.csv?_stream=on"))
    assert response.status_code == 200, response.text
    rows = csv_rows(response.content.decode("utf-8"))
    assert len(rows) == versions
    assert [row["id"] for row in rows[:2]] == [str(versions), str(versions - 1)]  # newest first


@pytest.mark.parametrize(
    "options, message",
    [
        (["--node", "kista", "--node", "atlantis"], "unknown node 'atlantis': the archive has"),
        (["--node-group", "kista", "--node-group", "atlantis"], "unknown node group 'atlantis'"),
        (["--lang", "de"], "unknown language 'de': the archive has en, sv"),
        (["--until", "2024-02-30"], "bad --until date '2024-02-30'"),
        (["--format", "json", "--excel"], "--excel is a kind of CSV"),
    ],
)
def test_the_command_refuses_in_one_line_and_keeps_the_old_file(
    archive, tmp_path, options, message
):
    out = tmp_path / "kista.csv"
    out.write_text("the last good export\n")
    db = str(archive.path)
    result = CliRunner().invoke(main, ["export", "--db", db, "-o", str(out), *options])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {message}") and len(result.output.splitlines()) == 1
    assert out.read_text() == "the last good export\n"
    assert list(tmp_path.glob("kista.csv*")) == [out]


def test_the_command_writes_the_excel_file(archive, tmp_path):
    out = tmp_path / "kista.csv"
    out.write_text("the last export\n")
    db = str(archive.path)
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--excel", "--node", "kista", "-o", str(out)]
    )
    assert result.exit_code == 0 and result.output == "2 articles\n"
    assert out.read_bytes() == export(archive, excel=True, nodes=["kista"])[1].encode("utf-8")
    assert out.read_bytes().startswith(b"\xef\xbb\xbfurl;node;")


def test_the_command_exports_node_groups(sisters, tmp_path):
    out = tmp_path / "groups.json"
    db = str(sisters.path)
    options = ["--node-group", "sscp", "--node-group", "kista", "--lang", "sv"]
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "json", "-o", str(out), *options]
    )
    assert result.exit_code == 0 and result.output == "2 articles\n"
    assert [row["url"] for row in json.loads(out.read_text())] == [
        TESTBADD,
        URL["narings-och-innovationsministern"],
    ]
