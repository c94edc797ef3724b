"""Issue 9's reader, in Chromium, against the demo archive served by `nodenews serve` on
127.0.0.1 (fixtures in conftest.py, tooling in browser.py): any console error fails the test, and
each step leaves a screenshot in test-artifacts/. What a page shows is checked against the
archive's rows, read with SQL of the test's own."""

import csv
import io
import re
import sqlite3
from urllib.parse import parse_qs, urlparse

import feedparser
import pytest

pytestmark = pytest.mark.browser

SSC = "Stockholm Science City"
SUMMER_SV = "Sommarhälsning från Stockholm Science City"
ROWS = "table.nodenews-articles tbody tr"


def archive_count(db, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchone()[0]


def ssc_articles(db) -> int:
    """Stockholm Science City's articles with its press room's, republished copies left out."""
    sql = "select count(*) from articles where duplicate_of is null and node_group = 'ssci'"
    return archive_count(db, sql)


def titles(page) -> list[str]:
    return page.locator(f"{ROWS} td.title").all_inner_texts()


def labels(page, chart: str, mark: str) -> list[str]:
    """The aria-labels Vega gives a chart's marks, naming their fields ("Node: ...; Articles: 3")."""
    selector = f"#{chart} .mark-{mark} [aria-label]"
    return page.locator(selector).evaluate_all("marks => marks.map(m => m.ariaLabel)")


def field(label: str, name: str) -> str:
    return re.search(rf"{name}: ([^;]+)", label).group(1).strip()


def wait_for_charts(page) -> None:
    # Every card has drawn its marks (datasette-dashboards draws after fetching each chart's rows).
    page.wait_for_function(
        "[...document.querySelectorAll('.dashboard-card-chart')]"
        ".every(card => card.querySelector('svg .role-mark'))"
    )


def test_the_home_page_says_what_is_here(demo_site, demo_archive, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/")
    every = archive_count(demo_archive, "select count(*) from articles")
    home = page.locator(".nodenews-home")
    assert f"{every:,} articles" in home.locator("p").first.inner_text()
    ssc = archive_count(demo_archive, "select count(*) from articles where node_group = 'ssci'")
    assert f"{SSC} — {ssc:,} articles" in home.locator(".nodenews-nodes").inner_text()
    screenshot("home")


def test_search_without_diacritics_narrow_by_node_and_month_and_read(
    demo_site, browser_page, screenshot
):
    page = browser_page
    page.goto(f"{demo_site.base_url}/{demo_site.database}/articles")
    page.fill("input[name=_search]", "sommarhalsning")
    page.locator("form.nodenews-search input[type=submit]").click()
    page.wait_for_load_state()
    assert sorted(titles(page)) == ["Sommarhälsning från Flemingsberg Science", SUMMER_SV]
    screenshot("search")
    page.locator("[data-column=node_group] a", has_text=SSC).click()
    page.wait_for_load_state()
    page.locator("[data-column=published_month] a", has_text="2023-06").click()
    page.wait_for_load_state()
    assert titles(page) == [SUMMER_SV]
    assert parse_qs(urlparse(page.url).query)["published_month"] == ["2023-06"]
    screenshot("narrowed")
    page.locator(f"{ROWS} td.title a").click()
    page.wait_for_load_state()
    assert page.locator("article.nodenews-article h1").inner_text() == SUMMER_SV
    screenshot("article")
    page.locator(".translations a").first.click()
    page.wait_for_load_state()
    article = page.locator("article.nodenews-article")
    assert article.get_attribute("lang") == "en"
    assert article.locator("h1").inner_text() == "Summer greeting from our CEO"
    screenshot("translation")


def test_the_search_page_draws_matches_over_time(demo_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/{demo_site.database}/search?q=sommarhalsning")
    page.wait_for_selector("#nodenews-histogram svg .role-mark")
    bars = labels(page, "nodenews-histogram", "rect")
    assert sorted(field(bar, "Month") for bar in bars) == ["Jun 2020", "Jun 2023"]
    screenshot("histogram")
    page.locator("#nodenews-histogram .mark-rect path").first.click()
    page.wait_for_load_state()
    assert parse_qs(urlparse(page.url).query)["_search"] == ["sommarhalsning"]
    assert page.locator(ROWS).count() == 1
    screenshot("month")


def test_the_dashboard_follows_its_node_filter(demo_site, demo_archive, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/-/dashboards/activity")
    wait_for_charts(page)
    every = archive_count(demo_archive, "select count(*) from articles where duplicate_of is null")
    groups = archive_count(demo_archive, "select count(distinct node_group) from nodes")
    assert page.locator("#chart-total .mark-text text").text_content() == str(every)
    assert page.locator("#chart-nodes-count .mark-text text").text_content() == str(groups)
    screenshot("dashboard")

    page.select_option("select#node", SSC)
    page.locator(".dashboard-filters input[type=submit]").click()
    page.wait_for_load_state()
    wait_for_charts(page)
    screenshot("one-node")
    ssc = ssc_articles(demo_archive)
    assert page.locator("#chart-total .mark-text text").text_content() == str(ssc)
    assert page.locator("#chart-nodes-count .mark-text text").text_content() == "1"
    per_node = labels(page, "chart-per-node", "rect")
    assert {field(bar, "Node") for bar in per_node} == {SSC}
    assert {field(bar, "Source") for bar in per_node} == {SSC, f"{SSC} press room"}
    assert sum(int(field(bar, "Articles")) for bar in per_node) == ssc
    per_month = labels(page, "chart-per-month", "rect")
    assert {field(bar, "Node") for bar in per_month} == {SSC}
    assert sum(int(field(bar, "Articles")) for bar in per_month) == ssc
    per_language = labels(page, "chart-per-language", "arc")
    assert sum(int(field(arc, "Articles")) for arc in per_language) == ssc
    # Counts have whole-number ticks, each once (0, 0.5, 1 would read "0 1 1").
    for chart in ("per-month", "per-node"):
        ticks = page.locator(f"#chart-{chart} .role-axis-label text").all_text_contents()
        counts = [tick for tick in ticks if tick[0].isdigit()]
        assert counts and all(tick.isdigit() for tick in counts), counts
        assert len(set(counts)) == len(counts), counts

    # A bar opens its month's articles.
    bar = page.locator("#chart-per-month .mark-rect path").first
    expected = int(field(bar.get_attribute("aria-label"), "Articles"))
    bar.click()
    page.wait_for_url(re.compile(r"/articles\?"))
    assert page.locator(ROWS).count() == expected
    screenshot("month-articles")


def test_subscribe_to_a_nodes_feed(demo_site, demo_archive, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/")
    node = page.locator(".nodenews-nodes > li", has_text=SSC)
    href = node.get_by_role("link", name="feed").get_attribute("href")
    response = page.request.get(f"{demo_site.base_url}{href}")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.text())
    assert not feed.bozo
    assert len(feed.entries) == ssc_articles(demo_archive)
    assert all(entry.link.startswith(demo_site.base_url) for entry in feed.entries)
    page.goto(feed.entries[0].link)
    assert page.locator("article.nodenews-article h1").inner_text() == feed.entries[0].title
    screenshot("feed-entry")


def test_download_the_csv(demo_site, demo_archive, browser_page):
    page = browser_page
    page.goto(f"{demo_site.base_url}/{demo_site.database}/articles?node_group=ssci")
    href = page.locator(".nodenews-count a", has_text="CSV").get_attribute("href")
    response = page.request.get(f"{demo_site.base_url}{href}&_dl=1")
    assert response.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(response.body().decode("utf-8-sig"))))
    every = archive_count(demo_archive, "select count(*) from articles where node_group = 'ssci'")
    assert len(rows) == every
    assert {row["node"] for row in rows} == {"ssci", "ssci-pressroom"}
