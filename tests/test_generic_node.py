"""A node given only a name, a base URL and its languages — a WordPress site no code of ours mentions —
is crawled with the general discovery and extraction and yields correct titles, dates and bodies."""

from __future__ import annotations

import pytest

from scrapers.registry import load_registry
from tests.conftest import (
    UNKNOWN_WP,
    UNKNOWN_WP_REGISTRY,
    assert_article,
    crawl_mirrors,
    expected,
    rows_by_url,
)

SLUG, REGISTRY = UNKNOWN_WP, UNKNOWN_WP_REGISTRY
ARTICLES = [pytest.param(a, id=a["url"].split("//")[1]) for a in expected(SLUG)["articles"]]
VARIANTS = {"everything": {}, "no-api-no-sitemap": {r"^/wp-json": 401, r"sitemap": 404}}


def test_no_code_of_ours_names_the_site():
    assert SLUG not in load_registry()
    assert expected(SLUG)["canonical_base"] == "https://innovationsnod-exempel.se"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generic")
    registry = folder / "my-nodes.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    results = {}
    for variant, blocked in VARIANTS.items():
        db = folder / f"{variant}.db"
        result = crawl_mirrors(db, [SLUG], blocked=blocked, extra=["--registry", str(registry)])
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        results[variant] = rows_by_url(db)
    return results


@pytest.mark.parametrize("variant", VARIANTS)
def test_exactly_its_articles(crawled, variant):
    assert set(crawled[variant]) == {a["url"] for a in expected(SLUG)["articles"]}


@pytest.mark.parametrize("want", ARTICLES)
def test_fields(crawled, want):
    assert_article(crawled["everything"][want["url"]], SLUG, want)


def test_no_boilerplate(crawled):
    for row in crawled["everything"].values():
        text = "\n".join(filter(None, (row["title"], row["summary"], row["body"])))
        for phrase in expected(SLUG)["absent"]:
            assert phrase not in text, f"{phrase!r} in {row['url']}"
