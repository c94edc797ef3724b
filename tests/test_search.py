"""Search as a researcher uses it, on a small archive of hand-written Swedish and English articles:
each case names the articles a query must find (all others must not be found), and the same
query gives the same articles through the ranked search, Datasette's table search and
`nodenews export --search`."""

import io
import json
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

import pytest

from archive import Archive
from archive.export import export_articles
from archive.query import (
    MAX_EXPANSION,
    MAX_TERMS,
    Term,
    broad_expression,
    exact_expression,
    parse,
)
from archive.search import ranked_search, words_beginning
from tests.conftest import datasette_get

FETCHED = "2025-05-02T06:00:00+00:00"
# key: (node, lang, published, title, body)
ARTICLES = {
    "rekrytering": ("flemingsberg", "sv", "2025-01-10", "Rekryteringen av forskare har börjat", "Nio forskare söker tjänster i Hagastaden."),
    "innovationsprojekt": ("flemingsberg", "sv", "2025-02-10", "Innovationsprojektet i Flemingsberg", "Forskningsprojektet fick stöd av regionen."),
    "sodertalje": ("sscp", "sv", "2025-03-10", "Nytt företag i Södertälje", "Företagen i Södertälje växer snabbt."),
    "far": ("sscp", "sv", "2024-04-10", "Min far startade ett bolag", "Han var ingenjör."),
    "får": ("kista", "sv", "2024-05-10", "Kista får ett nytt center", "Centret öppnar i maj."),
    "companies": ("ssci", "en", "2024-06-10", "Companies join the life science cluster", "Several companies joined, and more will follow."),
    "company": ("kista", "en", "2024-07-10", "A company in Kista", "The company works on co-operation between R&D teams."),
    "science-for-life": ("ssci", "en", "2023-08-10", "Science for life", "Life is not only science."),
    "almedalen": ("flemingsberg", "sv", "2023-09-10", "Noderna i Almedalsveckan", "Vi möttes på Gotland."),
}  # fmt: skip
# Enough articles of one word for a second page of the ranked search (20 a page).
NEWSLETTERS = 22
COPY = "sodertalje-kopia"  # a republished copy: never found
GONE = "almedalen"  # the site no longer has it: found, and marked
GONE_AT = "2025-06-01T04:00:00+00:00"


def url(key: str) -> str:
    return f"https://example.org/{key}/"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "nodenews.db"
    with Archive(path) as archive:
        for slug in ("flemingsberg", "sscp", "kista", "ssci", "barkarby"):
            archive.upsert_node(slug, slug, f"https://{slug}.example/", ["sv", "en"], None)
        for key, (node, lang, published, title, body) in ARTICLES.items():
            article = {"url": url(key), "node": node, "lang": lang, "title": title, "body": body}
            archive.upsert_article(article | {"published": published}, fetched_at=FETCHED)
        for number in range(1, NEWSLETTERS + 1):
            article = {
                "url": url(f"nyhetsbrev-{number}"),
                "node": "barkarby",
                "lang": "sv",
                "title": f"Nyhetsbrev {number}",
                "body": "Klustret växer.",
                "published": f"2022-01-{number:02d}",
            }
            archive.upsert_article(article, fetched_at=FETCHED)
        copy = {"url": url(COPY), "node": "sscp", "lang": "sv", "published": "2025-03-11"}
        archive.upsert_article(
            copy | {"title": ARTICLES["sodertalje"][3], "body": ARTICLES["sodertalje"][4]},
            fetched_at=FETCHED,
        )
        archive.set_duplicate_of(url(COPY), url("sodertalje"))
        archive.mark_gone([url(GONE)], "run-gone", when=GONE_AT)
    return path


def ranked(db_path: Path, q: str, **filters: str) -> list[dict]:
    [response] = datasette_get(
        db_path, "/nodenews/search.json?" + urlencode({"q": q, **filters, "_shape": "array"})
    )
    return response.json()


def keys(rows: list[dict]) -> list[str]:
    return [row["url"].removeprefix("https://example.org/").rstrip("/") for row in rows]


def through_every_entry_point(db_path: Path, q: str) -> tuple[set, set, set]:
    search = keys(ranked(db_path, q))
    [table] = datasette_get(
        db_path,
        "/nodenews/articles.json?"
        + urlencode({"_search": q, "_shape": "objects", "_size": "max", "duplicate_of__isnull": 1}),
    )
    out = io.StringIO()
    export_articles(db_path, out, fmt="json", search=q)
    return set(search), set(keys(table.json()["rows"])), set(keys(json.loads(out.getvalue())))


HOSTILE = ["co-operation", '"life', "R&D", "NOT", "AND", "*", "-", '""', "(", "title:x", "^Kista"]

CASES = [
    # Swedish inflections and compounds: the word begins them
    ("rekrytering", {"rekrytering"}),  # Rekryteringen
    ("företag", {"sodertalje"}),  # företag, Företagen
    ("innovation", {"innovationsprojekt"}),  # Innovationsprojektet
    ("forskning", {"innovationsprojekt"}),  # Forskningsprojektet; not "forskare"
    ("almedalen", {"almedalen"}),  # Almedalsveckan
    # A compound's later part is not looked for: "projekt" would need every compound split
    # (README, "How search finds words")
    ("projekt", set()),  # not Innovationsprojektet nor Forskningsprojektet
    # No diacritics needed, any case
    ("sodertalje", {"sodertalje"}),
    ("foretag", {"sodertalje"}),
    ("SÖDERTÄLJE", {"sodertalje"}),
    ("ÖPPNAR", {"får"}),
    ("får", {"får", "far"}),  # ranked: the letters typed first (below)
    # English plurals
    ("company", {"company", "companies"}),
    ("companies", {"company", "companies"}),
    # Phrases: these words in this order
    ('"life science"', {"companies"}),  # not "Science for life" nor "Life is not only science"
    ('"science for life"', {"science-for-life"}),
    # Exclusion, OR, prefix
    ("company -kista", {"companies"}),
    ("-kista", set()),  # nothing to look for
    ("rekrytering OR almedalen", {"rekrytering", "almedalen"}),
    ("innovat*", {"innovationsprojekt"}),
    ("nyhetsbrev 7", {"nyhetsbrev-7"}),
    # Hostile inputs: taken literally, never an error
    ("co-operation", {"company"}),
    ('"life', {"companies", "science-for-life"}),
    ("R&D", {"company"}),
    ("NOT", {"science-for-life"}),
    ("AND", {"companies"}),
    ("*", set()),
    ("-", set()),
    ('""', set()),
    ("(", set()),
    ("title:x", set()),
    ("^Kista", {"får", "company"}),
    ("🚀 Kista", {"får", "company"}),
    ("NEAR(kista företag)", set()),
    ("kista'; drop table articles; --", set()),
    ("Kista " * 5000, {"får", "company"}),
    ("x" * 5000, set()),
]


@pytest.mark.parametrize("q, found", CASES, ids=[case[0][:30] for case in CASES])
def test_the_same_articles_through_every_entry_point(db_path, q, found):
    search, table, export = through_every_entry_point(db_path, q)
    assert search == found
    assert table == found
    assert export == found


def test_every_hostile_input_has_a_case():
    assert set(HOSTILE) <= {q for q, _ in CASES}


@pytest.mark.parametrize(
    "q, order",
    [
        ("får", ["får", "far"]),  # the letters typed first
        ("far", ["far", "får"]),
        ("Södertälje", ["sodertalje"]),
        ("company", ["company", "companies"]),
    ],
)
def test_ranked_search_puts_the_letters_typed_first(db_path, q, order):
    assert keys(ranked(db_path, q)) == order


def test_ranked_search_marks_the_passage(db_path):
    [row] = ranked(db_path, "foretag")
    assert row["title"] == "Nytt företag i Södertälje"
    assert row["snippet"] == "[Företagen] i Södertälje växer snabbt."
    assert list(row) == ["title", "snippet", "url", "node", "lang", "published", "gone_at"]
    assert row["gone_at"] is None


def test_gone_articles_are_found_and_marked_through_every_entry_point(db_path):
    [row] = ranked(db_path, "almedalen")
    [table] = datasette_get(
        db_path,
        "/nodenews/articles.json?" + urlencode({"_search": "almedalen", "_shape": "objects"}),
    )
    out = io.StringIO()
    export_articles(db_path, out, fmt="json", search="almedalen")
    [exported] = json.loads(out.getvalue())
    [table_row] = table.json()["rows"]
    assert (row["gone_at"], table_row["gone_at"], exported["gone_at"]) == (GONE_AT,) * 3


def test_ranked_search_for_feeds_gives_the_canned_querys_rows(db_path):
    with Archive(db_path) as archive:
        rows = ranked_search(archive.db.conn, "kista", node="kista", page=1)
    assert rows == ranked(db_path, "kista", node="kista")
    assert keys(rows) == ["får", "company"]


def test_ranked_search_pages_past_the_first(db_path):
    pages = [keys(ranked(db_path, "nyhetsbrev", page=str(page))) for page in (1, 2, 3)]
    assert [len(page) for page in pages] == [20, 2, 0]
    assert set(pages[0]) | set(pages[1]) == {f"nyhetsbrev-{n}" for n in range(1, 23)}


@pytest.mark.parametrize(
    "filters, found",
    [
        ({"node": "kista"}, {"får", "company"}),
        ({"lang": "en"}, {"company"}),
        ({"since": "2024-06-01"}, {"company"}),
        ({"until": "2024-06-01"}, {"får"}),
        ({"since": "2024-05-10", "until": "2024-05-10"}, {"får"}),
        ({"node": "ssci"}, set()),
        ({"group": "kista"}, {"får", "company"}),  # a node with its sources (none here)
        ({"group": "ssci"}, set()),
    ],
)
def test_ranked_search_filters(db_path, filters, found):
    assert set(keys(ranked(db_path, "kista", **filters))) == found


@pytest.mark.parametrize(
    "text, broad, exact",
    [
        ("innovation", '("innov" OR "innovation"*)', '"innovation"'),
        ("får", '"far"', '"får"'),
        ("innovat*", '("innov" OR "innovat"*)', '"innovat"*'),
        ("co-operation", '("co operation" OR "co oper")', '"co operation"'),
        ("a OR b c", '("a" OR "b") AND "c"', '("a" OR "b") AND "c"'),
        ("OR", '"or"', '"or"'),
        ("kista -far", '("kist"*) NOT "far"', '"kista"'),
        ("NOT", '"not"', '"not"'),
        ("(", '""', '""'),
    ],
)
def test_parser_writes_quoted_fts5(text, broad, exact):
    query = parse(text)
    assert broad_expression(query) == broad
    assert exact_expression(query) == exact


# Indexed words by prefix, as search_words would give them.
WORDS = {
    "innovation": ["innovation", "innovationsprojekt"],
    "forsk": ["forsk", "forskning", "forskningsprojekt"],
    "forskning": ["forskning", "forskningsprojekt"],
    "kist": ["kist"],
    "many": [f"many{n}" for n in range(MAX_EXPANSION + 1)],
}


@pytest.mark.parametrize(
    "text, broad",
    [
        ("innovation", '("innov" OR "innovation" OR "innovationsprojekt")'),
        ("forskare", '("forsk" OR "forskning" OR "forskningsprojekt")'),
        ("kista -forskning", '("kist") NOT ("forskn" OR "forskning" OR "forskningsprojekt")'),
        ("innovat*", '("innov" OR "innovat"*)'),  # no words known: the prefix
        ("many*", '("mani" OR "many"*)'),  # too many words: the prefix
        (
            '"kista innovation"*',  # a phrase's prefix stays one
            '("kist innovation"* OR "kista innov"* OR "kista innovation"*)',
        ),
    ],
)
def test_prefixes_become_the_words_they_begin(text, broad):
    def expand(prefix: str) -> list[str] | None:
        found = WORDS.get(prefix, [])
        return None if len(found) > MAX_EXPANSION else found

    assert broad_expression(parse(text), expand) == broad


def test_the_archive_knows_its_words(db_path):
    with Archive(db_path) as archive:
        expand = words_beginning(archive.db.conn)
        assert expand("innovation") == ["innovationsprojektet"]  # as the stemmer leaves it
        assert expand("forskning") == ["forskningsprojektet"]
        assert expand("nyhetsbre") == ["nyhetsbrev"]
        assert expand("zzz") == []


def test_parser_reads_phrases_exclusions_and_prefixes():
    query = parse('"Life Science" -kista innovat* OR "nod')
    assert query.groups == (
        (Term(("life", "science"), phrase=True),),
        (Term(("innovat",), prefix=True), Term(("nod",), phrase=True)),
    )
    assert query.excluded == (Term(("kista",)),)


def test_a_pasted_paragraph_is_cut_to_max_terms():
    query = parse(" ".join(f"word{n}" for n in range(1000)))
    assert len(query.groups) == MAX_TERMS


@pytest.mark.parametrize("text", [*HOSTILE, *(q for q, _ in CASES)])
def test_every_expression_is_valid_fts5(text):
    db = sqlite3.connect(":memory:")
    db.execute("create virtual table t using fts5(a)")
    query = parse(text)
    for expression in (broad_expression(query), exact_expression(query)):
        db.execute("select * from t where t match ?", [expression]).fetchall()


def test_the_index_follows_edits_and_rebuilds(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        article = {"url": url("x"), "node": "kista", "lang": "sv", "title": "Vårdcentralen"}
        archive.upsert_article(article | {"body": "Forskningen"}, fetched_at=FETCHED)
        archive.upsert_article(article | {"body": "Företagen"}, fetched_at=FETCHED)

        def found(q: str) -> list:
            sql = "select rowid from articles_search where articles_search match nodenews_match(?)"
            return archive.db.execute(sql, [q]).fetchall()

        assert (found("forskning"), len(found("foretag")), len(found("vård"))) == ([], 1, 1)
        with archive.transaction():  # the search tables lost, as a renumbering VACUUM would
            archive.db.execute("delete from search_words")
            archive.db.execute("delete from search_filters")
        archive.rebuild_search_index()
        assert (found("forskning"), len(found("foretag")), len(found("vård"))) == ([], 1, 1)
        # The ranked search's tables are filled again with the index: its words, its filters.
        assert words_beginning(archive.db.conn)("vard") == ["vardcentral"]
        filters = archive.db.execute("select node, lang, original from search_filters").fetchall()
        assert filters == [("kista", "sv", 1)]
