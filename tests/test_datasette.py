import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive
from archive.serve import DEFAULT_METADATA, metadata_for
from tests.conftest import datasette_get

FETCHED = "2024-05-02T06:00:00+00:00"
ARTICLES = [
    {
        "url": "https://ssci.se/sv/aktuellt/forskning-i-hagastaden",
        "node": "ssci",
        "lang": "sv",
        "title": "Forskning och innovation i Hagastaden",
        "published": "2024-03-12T08:00:00+01:00",
        "summary": "Life science-klustret växer.",
        "body": "Forskning, vård och företag möts i Hagastaden.",
        "tags": ["Aktuellt", "Life science"],
    },
    {
        "url": "https://kista.com/semiconductor-arena/",
        "node": "kista",
        "lang": "en",
        "title": "Setting the agenda: Semiconductor Arena launches in Kista",
        "published": "2025-01-20T10:00:00+01:00",
        "summary": "A new arena for innovation in semiconductors.",
        "body": "Kista welcomes the semiconductor industry.",
        "tags": ["Community"],
    },
    {
        "url": "https://kista.com/gemensam-handlingsplan/",
        "node": "kista",
        "lang": "sv",
        "title": "Gemensam handlingsplan för Kista",
        "published": "2025-01-03T09:00:00+01:00",
        "summary": "Kista som kreativt nav.",
        "body": "Kommunen och näringslivet har enats.",
        "tags": ["Kista Science City"],
    },
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    # Not called nodenews.db, to check that the metadata follows the file's name.
    path = tmp_path_factory.mktemp("served") / "nodenews-demo.db"
    with Archive(path) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv", "en"], "wp")
        archive.upsert_node(
            "ssci", "Stockholm Science City", "https://ssci.se/", ["sv", "en"], None
        )
        for article in ARTICLES:
            archive.upsert_article(article, fetched_at=FETCHED)
        for node, started, status in [
            ("kista", "2025-01-01T06:00:00+00:00", "ok"),
            ("kista", "2025-02-01T06:00:00+00:00", "failed"),
            ("ssci", "2025-02-01T06:00:00+00:00", "ok"),
        ]:
            run = archive.start_run(node, f"run-{started[:10]}", started)
            archive.finish_run(
                run,
                status=status,
                discovery="sitemap",
                pages_fetched=5,
                articles_new=1,
                articles_updated=0,
                articles_unchanged=4,
                articles_dropped=0,
                errors=int(status != "ok"),
                message=None,
                finished=started.replace("06:00", "06:05"),
            )
    return path


def test_metadata_follows_the_database_name(db_path):
    metadata = metadata_for(db_path)
    assert set(metadata["databases"]) == {"nodenews-demo"}
    assert metadata["title"].startswith("nodenews — news of the Stockholm region")
    assert set(metadata_for("nodenews.db")["databases"]) == {"nodenews"}


@pytest.mark.parametrize(
    "query, titles",
    [
        (
            "innovation",
            [
                "Setting the agenda: Semiconductor Arena launches in Kista",
                "Forskning och innovation i Hagastaden",
            ],
        ),
        ("forskning", ["Forskning och innovation i Hagastaden"]),
        (
            "Kista",
            [
                "Setting the agenda: Semiconductor Arena launches in Kista",
                "Gemensam handlingsplan för Kista",
            ],
        ),
        # Folded: with or without the dots, both (the ranked search puts the letters typed first).
        (
            "för",
            [
                "Setting the agenda: Semiconductor Arena launches in Kista",
                "Gemensam handlingsplan för Kista",
            ],
        ),
        ("semiconductors", ["Setting the agenda: Semiconductor Arena launches in Kista"]),
    ],
)
def test_table_search_finds_articles_newest_first(db_path, query, titles):
    [response] = datasette_get(
        db_path, f"/nodenews-demo/articles.json?_search={query}&_shape=objects"
    )
    assert [row["title"] for row in response.json()["rows"]] == titles


def test_raw_search_mode_allows_prefixes(db_path):
    [response] = datasette_get(
        db_path, "/nodenews-demo/articles.json?_search=semicond*&_searchmode=raw"
    )
    assert response.json()["filtered_table_rows_count"] == 1


def test_articles_table_has_its_facets(db_path):
    [response] = datasette_get(db_path, "/nodenews-demo/articles.json")
    facets = response.json()["facet_results"]
    assert list(facets) == [  # in metadata.yml's order (tests/test_reading.py: their counts)
        "node_group",
        "node",
        "lang",
        "published_year",
        "published_month",
        "tags_normalised",
    ]
    assert {r["value"]: r["count"] for r in facets["node"]["results"]} == {"kista": 2, "ssci": 1}
    assert [r["value"] for r in facets["published_month"]["results"]] == ["2025-01", "2024-03"]


def test_internals_are_hidden(db_path):
    [response] = datasette_get(db_path, "/nodenews-demo.json")
    hidden = {table["name"] for table in response.json()["tables"] if table["hidden"]}
    assert {"articles_fts", "articles_fts_data", "articles_fts_idx"} <= hidden
    assert {"pages", "line_counts"} <= hidden  # the fetch's copies and the build's counts


def test_search_query_ranks_and_snippets(db_path):
    [response] = datasette_get(db_path, "/nodenews-demo/search.json?q=innovat*&_shape=array")
    rows = response.json()
    assert {row["url"] for row in rows} == {ARTICLES[0]["url"], ARTICLES[1]["url"]}
    assert list(rows[0]) == ["title", "snippet", "url", "node", "lang", "published", "gone_at"]
    snippets = {row["url"]: row["snippet"] for row in rows}
    assert (
        snippets[ARTICLES[1]["url"]]
        == "A new arena for [innovation] in semiconductors. Kista welcomes the semiconductor industry."
    )
    # Found by its title alone: the snippet is the text's beginning.
    assert snippets[ARTICLES[0]["url"]].startswith("Life science-klustret växer.")


def test_search_results_link_to_the_archived_article(db_path):
    [page] = datasette_get(db_path, "/nodenews-demo/search?q=semiconductor")
    archived = "/nodenews-demo/articles/https~3A~2F~2Fkista~2Ecom~2Fsemiconductor-arena~2F"
    assert f'<a href="{archived}">Setting the agenda' in page.text
    assert '<a href="https://kista.com/semiconductor-arena/">' in page.text  # the original
    assert "<mark>Semiconductor</mark>" in page.text or "<mark>semiconductors</mark>" in page.text


def test_search_query_without_a_query_is_empty_not_an_error(db_path):
    [response] = datasette_get(db_path, "/nodenews-demo/search.json?q=")
    assert response.json()["rows"] == []
    assert response.json()["error"] is None


def test_latest_runs_has_the_newest_run_per_node(db_path):
    [response] = datasette_get(db_path, "/nodenews-demo/latest_runs.json?_shape=array")
    assert [(r["node"], r["status"], r["started"][:10]) for r in response.json()] == [
        ("kista", "failed", "2025-02-01"),
        ("ssci", "ok", "2025-02-01"),
    ]


@pytest.mark.parametrize(
    "path",
    ["/", "/nodenews-demo", "/nodenews-demo/articles", "/nodenews-demo/search?q=Kista"],
)
def test_pages_render(db_path, path):
    datasette_get(db_path, path)


def test_plain_datasette_serves_the_archive_with_the_metadata(db_path):
    # The publishing route (datasette package/publish) runs Datasette's own command line, with
    # nodenews' plugin and metadata.yml. --get answers one request without binding a port.
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "-m",
        str(DEFAULT_METADATA),
    ]
    result = subprocess.run(
        [*command, "--get", "/-/metadata.json"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"].startswith("nodenews — news of the Stockholm")
