"""Real sites differ from what we know of them: discovery falls back when a route answers something
other than what it promises, and a crawl still finds every article."""

from __future__ import annotations

import pytest
import sqlite_utils

from tests.conftest import crawl_mirrors, expected

FIREWALL = "<html><body><h1>Access denied</h1><p>Please enable JavaScript.</p></body></html>"


@pytest.mark.parametrize(
    "blocked, route",
    [
        # a web application firewall answers the REST API with an HTML page and 200
        ({r"^/wp-json": (200, FIREWALL)}, "sitemap"),
        # the REST API is broken, the sitemap index points to sitemaps that fail
        ({r"^/wp-json": 500, r"post-sitemap": 500, r"page-sitemap": 404}, "feed"),
        # feeds answer HTML (a theme's 'feed' page) and listings are all that is left
        (
            {r"^/wp-json": 404, r"sitemap": 404, r"(^|/)feed": (200, FIREWALL)},
            "listing",
        ),
    ],
    ids=["rest-behind-firewall", "rest-and-sitemaps-broken", "feeds-are-html"],
)
def test_kista_falls_back_and_finds_every_article(tmp_path, blocked, route):
    db = tmp_path / "nodenews.db"
    result = crawl_mirrors(db, ["kista"], blocked=blocked)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    archive = sqlite_utils.Database(db)
    [run] = list(archive["crawl_runs"].rows)
    assert run["discovery"] == route
    assert {r["url"] for r in archive["articles"].rows} == {
        a["url"] for a in expected("kista")["articles"]
    }
