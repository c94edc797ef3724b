"""The activity dashboard (metadata.yml, datasette-dashboards), the activity_by_month and
search_histogram queries: counts from article_counts, asked as the dashboard asks them (each
chart's SQL with the filters' [[ ]] clauses resolved, through Datasette's /<db>.json?sql=), checked
against counts written by hand, and each chart's links opening exactly the articles it counts."""

from pathlib import Path
from urllib.parse import urlencode

import pytest
from datasette_dashboards import replace_opts_in_query

from archive import Archive
from archive.serve import metadata_for
from tests.conftest import datasette_get

DB = "nodenews-demo"
FETCHED = "2025-03-02T06:00:00+00:00"
KISTA, SSC, PRESS = (
    "Kista Science City",
    "Stockholm Science City",
    "Stockholm Science City press room",
)
ARTICLES = [
    (
        "https://ssci.se/sv/forskning",
        "ssci",
        "sv",
        "2024-03-12T08:00:00+01:00",
        "Forskning i Hagastaden",
    ),
    (
        "https://ssci.se/en/research",
        "ssci",
        "en",
        "2024-03-20T08:00:00+01:00",
        "Research in Hagastaden",
    ),
    (
        "https://press.ssci.se/delegation",
        "ssci-pressroom",
        "sv",
        "2024-06-01",
        "Delegation från Södertälje",
    ),
    (
        "https://kista.com/arena/",
        "kista",
        "en",
        "2025-01-20T10:00:00+01:00",
        "Semiconductor Arena in Kista",
    ),
    (
        "https://kista.com/plan/",
        "kista",
        "sv",
        "2025-01-03T09:00:00+01:00",
        "Handlingsplan för Kista",
    ),
    # A republished copy of the first (marked below): counted nowhere.
    (
        "https://kista.com/forskning/",
        "kista",
        "sv",
        "2025-03-01T08:00:00+01:00",
        "Forskning i Hagastaden",
    ),
]
COPY, ORIGINAL = ARTICLES[5][0], ARTICLES[0][0]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / f"{DB}.db"
    with Archive(path) as archive:
        archive.upsert_node("kista", KISTA, "https://kista.com/", ["sv", "en"], "wp")
        archive.upsert_node("ssci", SSC, "https://ssci.se/", ["sv", "en"], None)
        archive.upsert_node(
            "ssci-pressroom", PRESS, "https://press.ssci.se/", ["sv"], None, part_of="ssci"
        )
        for url, node, lang, published, title in ARTICLES:
            article = {"url": url, "node": node, "lang": lang, "published": published}
            article |= {
                "title": title,
                "summary": title,
                "body": f"{title}. Forskning och innovation.",
            }
            archive.upsert_article(article, fetched_at=FETCHED)
        archive.set_duplicate_of(COPY, ORIGINAL)
    return path


def dashboard() -> dict:
    return metadata_for(f"{DB}.db")["plugins"]["datasette-dashboards"]["activity"]


def charts(db_path: Path, **filters: str) -> dict[str, list[dict]]:
    """Every chart's rows, asked as the dashboard page asks them with these filters."""
    slugs, paths = [], []
    for slug, chart in dashboard()["charts"].items():
        sql = replace_opts_in_query(chart["query"], filters)
        slugs.append(slug)
        paths.append(f"/{DB}.json?" + urlencode({"sql": sql, **filters, "_shape": "objects"}))
    answers = [response.json() for response in datasette_get(db_path, *paths)]
    assert not any(answer["truncated"] for answer in answers)
    return {slug: answer["rows"] for slug, answer in zip(slugs, answers, strict=True)}


def per_month(rows: list[dict]) -> dict[tuple[str, str], int]:
    """The per-month chart's cells with articles, as Vega-Lite folds them: (YYYY-MM, node)."""
    return {
        (f"{row['year']}-{int(month):02d}", row["node"]): row[month]
        for row in rows
        for month in map(str, range(1, 13))
        if row[month]
    }


def count(db_path: Path, href: str) -> int:
    """How many articles the page a chart links to lists."""
    path, _, query = href.partition("?")
    assert path == f"/{DB}/articles"
    [response] = datasette_get(db_path, f"{path}.json?{query}&_size=0")
    return response.json()["filtered_table_rows_count"]


def test_the_node_filter_lists_nodes_by_name_not_their_sources(db_path):
    [page] = datasette_get(db_path, "/-/dashboards/activity")
    assert f'<option value="{KISTA}"' in page.text
    assert f'<option value="{SSC}"' in page.text
    assert PRESS not in page.text


@pytest.mark.parametrize(
    "filters, total, nodes, sources, languages, months",
    [
        (
            {},
            5,
            2,
            {(KISTA, KISTA): 2, (SSC, SSC): 2, (SSC, PRESS): 1},
            {"en": 2, "sv": 3},
            {("2024-03", SSC): 2, ("2024-06", SSC): 1, ("2025-01", KISTA): 2},
        ),
        (
            {"node": SSC},
            3,
            1,
            {(SSC, SSC): 2, (SSC, PRESS): 1},
            {"en": 1, "sv": 2},
            {("2024-03", SSC): 2, ("2024-06", SSC): 1},
        ),
        # From and To count whole months.
        (
            {"date_start": "2024-06-15", "date_end": "2024-12-31"},
            1,
            1,
            {(SSC, PRESS): 1},
            {"sv": 1},
            {("2024-06", SSC): 1},
        ),
        (
            {"node": KISTA, "date_start": "2024-03-01"},
            2,
            1,
            {(KISTA, KISTA): 2},
            {"en": 1, "sv": 1},
            {("2025-01", KISTA): 2},
        ),
    ],
)
def test_every_chart_follows_the_filters(
    db_path, filters, total, nodes, sources, languages, months
):
    rows = charts(db_path, **filters)
    assert [row["number"] for row in rows["total"]] == [total]
    assert [row["number"] for row in rows["nodes-count"]] == [nodes]
    assert {(r["node"], r["source"]): r["articles"] for r in rows["per-node"]} == sources
    assert {row["lang"]: row["articles"] for row in rows["per-language"]} == languages
    assert per_month(rows["per-month"]) == months


@pytest.mark.parametrize(
    "filters",
    [{}, {"node": SSC}, {"date_start": "2024-06-15", "date_end": "2024-12-31"}],
)
def test_every_link_opens_the_articles_it_counts(db_path, filters):
    rows = charts(db_path, **filters)
    [total] = rows["total"]
    assert count(db_path, total["href"]) == total["number"]
    for row in rows["per-node"] + rows["per-language"]:
        assert count(db_path, row["href"]) == row["articles"]
    for row in rows["per-month"]:
        for month in map(str, range(1, 13)):
            if row[month]:
                month_href = f"{row['href']}&published_month={row['year']}-{int(month):02d}"
                assert count(db_path, month_href) == row[month]
    if "date_start" not in filters:  # the nodes table has no dates
        [nodes] = rows["nodes-count"]
        path, _, query = nodes["href"].partition("?")
        [listed] = datasette_get(db_path, f"{path}.json?{query}&_shape=objects")
        assert len({row["node_group"] for row in listed.json()["rows"]}) == nodes["number"]


def test_activity_by_month_has_a_row_per_node_and_year(db_path):
    [response] = datasette_get(db_path, f"/{DB}/activity_by_month.json?_shape=array")
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    zero = dict.fromkeys(months, 0)
    assert response.json() == [
        {"year": 2024, "node": SSC, "node_group": "ssci", "articles": 3}
        | zero
        | {"mar": 2, "jun": 1},
        {"year": 2025, "node": KISTA, "node_group": "kista", "articles": 2} | zero | {"jan": 2},
    ]


@pytest.mark.parametrize(
    "params, months",
    [
        ({"q": "forskning"}, {"2024-03": 2, "2024-06": 1, "2025-01": 2}),  # not the copy
        ({"q": "hagastaden"}, {"2024-03": 2}),
        ({"q": "sodertalje"}, {"2024-06": 1}),  # without the dots
        ({"q": "forskning", "node": "kista"}, {"2025-01": 2}),
        ({"q": "forskning", "lang": "en"}, {"2024-03": 1, "2025-01": 1}),
        (
            {"q": "forskning", "since": "2024-03-15", "until": "2024-12-31"},
            {"2024-03": 1, "2024-06": 1},
        ),
        ({"q": "nothing-like-it"}, {}),
    ],
)
def test_search_histogram_counts_matches_per_month(db_path, params, months):
    params = {"node": "", "lang": "", "since": "", "until": ""} | params
    query = urlencode(params | {"_shape": "array"})
    [response] = datasette_get(db_path, f"/{DB}/search_histogram.json?{query}")
    rows = response.json()
    assert {row["month"]: row["articles"] for row in rows} == months
    if not params["since"]:
        for row in rows:  # a month's bar opens its matches
            assert count(db_path, row["href"]) == row["articles"]


def test_the_search_page_shows_matches_over_time_and_the_feed(db_path):
    [page] = datasette_get(db_path, f"/{DB}/search?q=forskning&node=kista&lang=&since=&until=")
    assert "Matches over time" in page.text
    assert f"/{DB}/search_histogram.json?" in page.text  # drawn in the browser (test_browser.py)
    assert f'href="/{DB}/articles.atom?q=forskning&amp;node=kista"' in page.text
    [empty] = datasette_get(db_path, f"/{DB}/search?q=")
    assert "Matches over time" not in empty.text
