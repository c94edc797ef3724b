"""The reading pages in Chromium (tests/browser.py's fixtures) against the demo archive: the home
page's counts, a first screen of the articles list, narrowing it by facets, and an article's
translation link. Any console error fails the test."""

import sqlite3

import pytest
from datasette.utils import tilde_encode

pytestmark = pytest.mark.browser

# What a reader's first screen of the articles list must show (issue 9: 20 or more).
ROWS_ON_A_SCREEN = 20


def visible_rows(page) -> int:
    return page.evaluate(
        "[...document.querySelectorAll('.nodenews-articles tbody tr')]"
        ".filter(row => row.getBoundingClientRect().bottom <= window.innerHeight).length"
    )


def test_home_page_counts_the_archive(demo_site, demo_archive, browser_page, screenshot):
    page = browser_page
    page.goto(demo_site.base_url + "/")
    with sqlite3.connect(demo_archive) as db:
        articles = db.execute("select count(*) from articles").fetchone()[0]
        campus = db.execute(
            "select count(*) from articles where node = 'campus-flemingsberg'"
        ).fetchone()[0]
    assert page.locator(".nodenews-home strong").first.inner_text() == f"{articles} articles"
    group = page.locator(".nodenews-nodes > li", has_text="Flemingsberg Science").first
    assert f"Campus Flemingsberg — {campus}" in group.inner_text()
    screenshot("home")


def test_the_list_fills_a_screen_and_narrows_by_facets(demo_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/{demo_site.database}/articles")
    assert visible_rows(page) >= ROWS_ON_A_SCREEN
    screenshot("list")
    page.locator("#facet-node_group a", has_text="Flemingsberg Science").click()
    month = page.locator("#facet-published_month li a").first
    month_value = month.inner_text()
    month.click()
    page.wait_for_load_state()
    dates = page.locator(".nodenews-articles td.date").all_inner_texts()
    assert dates and all(date.startswith(month_value) for date in dates)
    screenshot("narrowed")


def test_an_article_opens_from_the_list_and_links_to_its_translation(
    demo_site, demo_archive, browser_page, screenshot
):
    page = browser_page
    page.goto(f"{demo_site.base_url}/{demo_site.database}/articles")
    first = page.locator(".nodenews-articles td.title a").first
    title = first.get_attribute("title")
    first.click()
    assert page.locator("article.nodenews-article h1").inner_text() == title

    with sqlite3.connect(demo_archive) as db:
        url, lang, twin_title = db.execute(
            """select articles.url, articles.lang, twin.title from articles
               join translation_links on translation_links.url = articles.url
               join articles as twin on twin.url = translation_links.twin
               order by articles.url limit 1"""
        ).fetchone()
    page.goto(f"{demo_site.base_url}/{demo_site.database}/articles/{tilde_encode(url)}")
    assert page.locator("article.nodenews-article").get_attribute("lang") == lang
    page.locator(".translations a").first.click()
    assert page.locator("article.nodenews-article h1").inner_text() == twin_title
    assert page.locator("article.nodenews-article").get_attribute("lang") != lang
    screenshot("translation")
