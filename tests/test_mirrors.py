"""Every node's mirror, crawled for real (a Scrapy process against pages served on 127.0.0.1), yields
exactly its articles with the fields a careful reader would take from the pages — in every variant of
the site: everything served, the preferred discovery routes missing, and only listing pages left."""

from __future__ import annotations

import asyncio
import shutil

import pytest
import sqlite_utils
from datasette.app import Datasette

from archive.serve import metadata_for
from scrapers.registry import load_registry
from tests.conftest import assert_article, crawl_mirrors, expected, mirrored_nodes, rows_by_url

# Mirrors of sites that no registry entry of ours names (test_generic_node.py crawls those).
UNREGISTERED = {"unknown-wp"}
NODES = [slug for slug in mirrored_nodes() if slug not in UNREGISTERED]
VARIANTS = {
    "everything": {},
    # The REST API refuses (as a locked-down WordPress does) and there is no sitemap.
    "no-api-no-sitemap": {r"^/wp-json": 401, r"sitemap|^/robots\.txt$": 404},
    # Only listing pages and links are left.
    "listings-only": {
        r"^/wp-json": 404,
        r"sitemap|^/robots\.txt$": 404,
        r"(^|/)(feed|rss)(/|\.xml|$)": 404,
    },
}
# The discovery route each node's run must use in each variant: the first of its routes that works.
WORDPRESS = ("flemingsberg", "campus-flemingsberg", "kista", "sscp")
ROUTES = {
    "everything": dict.fromkeys(WORDPRESS, "wp-rest")
    | {"ssci": "sitemap", "barkarby": "sitemap", "sscp-newsroom": "feed"}
    | {"ssci-pressroom": "listing"},
    "no-api-no-sitemap": dict.fromkeys(WORDPRESS, "feed")
    | {"ssci": "listing", "ssci-pressroom": "listing", "sscp-newsroom": "feed"}
    | {"barkarby": "links"},
    "listings-only": dict.fromkeys(WORDPRESS, "listing")
    | {"ssci": "listing", "ssci-pressroom": "listing", "sscp-newsroom": "listing"}
    | {"barkarby": "links"},
}
# Fields that change on every crawl by design.
VOLATILE = {"last_seen", "fetched_at"}


@pytest.fixture(scope="session")
def crawled(tmp_path_factory) -> dict[str, dict]:
    """Each variant crawled once into its own archive: variant -> {db, rows, result}."""
    results = {}
    for variant, blocked in VARIANTS.items():
        db = tmp_path_factory.mktemp(variant) / "nodenews.db"
        result = crawl_mirrors(db, NODES, blocked=blocked)
        results[variant] = {"db": db, "rows": rows_by_url(db), "result": result}
    return results


@pytest.fixture(scope="session")
def recrawled(crawled, tmp_path_factory) -> dict:
    """The 'everything' archive crawled a second time, against the same mirrors."""
    db = tmp_path_factory.mktemp("recrawl") / "nodenews.db"
    shutil.copy(crawled["everything"]["db"], db)
    result = crawl_mirrors(db, NODES)
    return {"db": db, "rows": rows_by_url(db), "result": result}


def _articles(slug):
    return [pytest.param(slug, a, id=a["url"].split("//")[1]) for a in expected(slug)["articles"]]


ALL_ARTICLES = [p for slug in NODES for p in _articles(slug)]


def test_every_mirrored_node_is_in_the_registry():
    assert set(NODES) <= set(load_registry())


@pytest.mark.parametrize("variant", VARIANTS)
def test_crawl_succeeds(crawled, variant):
    result = crawled[variant]["result"]
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("slug", NODES)
def test_each_node_yields_exactly_its_articles(crawled, variant, slug):
    stored = {url for url, row in crawled[variant]["rows"].items() if row["node"] == slug}
    assert stored == {a["url"] for a in expected(slug)["articles"]}


@pytest.mark.parametrize("slug, want", ALL_ARTICLES)
def test_article_fields(crawled, slug, want):
    assert_article(crawled["everything"]["rows"][want["url"]], slug, want)


@pytest.mark.parametrize("variant", ["no-api-no-sitemap", "listings-only"])
@pytest.mark.parametrize("slug, want", ALL_ARTICLES)
def test_fallback_routes_store_the_same_fields(crawled, variant, slug, want):
    row = crawled[variant]["rows"].get(want["url"])
    assert row is not None, f"{want['url']} not found by {variant}"
    reference = crawled["everything"]["rows"][want["url"]]
    for field in ("lang", "title", "published", "body", "authors", "tags", "duplicate_of"):
        assert row[field] == reference[field], field


@pytest.mark.parametrize("slug", NODES)
def test_no_boilerplate_and_no_non_articles(crawled, slug):
    data = expected(slug)
    rows = [r for r in crawled["everything"]["rows"].values() if r["node"] == slug]
    for row in rows:
        text = "\n".join(filter(None, (row["title"], row["summary"], row["body"])))
        for phrase in data["absent"]:
            assert phrase not in text, f"{phrase!r} in {row['url']}"
    stored = {r["url"] for r in rows}
    assert not stored & set(data["not_articles"])
    assert not [u for u in stored if "/page/" in u]


def test_second_crawl_changes_no_rows(crawled, recrawled):
    assert recrawled["result"].returncode == 0, recrawled["result"].stderr[-3000:]
    before, after = crawled["everything"]["rows"], recrawled["rows"]
    assert before.keys() == after.keys()
    for url, row in before.items():
        assert {k: v for k, v in row.items() if k not in VOLATILE} == {
            k: v for k, v in after[url].items() if k not in VOLATILE
        }, url
    db = sqlite_utils.Database(recrawled["db"])
    assert db["article_history"].count == 0
    last = list(db.query("select * from crawl_runs order by id desc limit ?", [len(NODES)]))
    assert all(r["articles_new"] == 0 and r["articles_updated"] == 0 for r in last)
    assert sum(r["articles_unchanged"] for r in last) == len(before)


@pytest.mark.parametrize("variant", VARIANTS)
def test_crawl_runs_record_each_node(crawled, variant):
    db = sqlite_utils.Database(crawled[variant]["db"])
    runs = {r["node"]: r for r in db["crawl_runs"].rows}
    assert set(runs) == set(NODES)
    for slug, run in runs.items():
        assert run["status"] == "ok", run
        assert run["articles_new"] == len(expected(slug)["articles"])
        assert run["pages_fetched"] > 0
        assert run["discovery"] == ROUTES[variant][slug]


def test_datasette_finds_a_crawled_article_by_full_text_search(crawled):
    """End to end: crawl -> archive -> Datasette's own test client -> full-text search."""
    db = crawled["everything"]["db"]

    async def search() -> list[dict]:
        ds = Datasette([str(db)], metadata=metadata_for(db))
        response = await ds.client.get("/nodenews/search.json?q=Hydromars&_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    rows = asyncio.run(search())
    assert [row["url"] for row in rows] == [
        "https://flemingsbergscience.se/en/2023/01/09/touchdown-novum-labs-for-hydromars/"
    ]


def test_lines_repeated_on_a_nodes_pages_are_learned_for_that_node_only(crawled):
    db = sqlite_utils.Database(crawled["everything"]["db"])
    learned = {(r["node"], r["line"]) for r in db["boilerplate_lines"].rows}
    assert ("sscp-newsroom", "Om Södertälje Science Park") in learned
    assert ("ssci-pressroom", "Om Stockholm Science City") in learned
    # the nodes whose templates we know keep every line of their articles' own text
    assert {node for node, _ in learned} == {"sscp-newsroom", "ssci-pressroom"}


def test_a_crawl_stores_each_nodes_group_on_it_and_its_articles(crawled):
    db = sqlite_utils.Database(crawled["everything"]["db"])
    groups = {row["slug"]: row["node_group"] for row in db["nodes"].rows}
    assert groups == {
        "barkarby": "barkarby",
        "campus-flemingsberg": "flemingsberg",
        "flemingsberg": "flemingsberg",
        "kista": "kista",
        "ssci": "ssci",
        "ssci-pressroom": "ssci",
        "sscp": "sscp",
        "sscp-newsroom": "sscp",
    }
    mismatched = db.execute(
        "select count(*) from articles join nodes on nodes.slug = articles.node "
        "where articles.node_group is not nodes.node_group"
    ).fetchone()[0]
    assert (mismatched, db["articles"].count > 0) == (0, True)
