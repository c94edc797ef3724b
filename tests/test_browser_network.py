"""Issue 11's co-operation graph, in Chromium, against the demo archive served by `nodenews serve`
on 127.0.0.1 (fixtures in conftest.py): the nodes drawn, the year slider, an edge followed to its
articles and on to the story they tell. Any console error fails the test."""

import pytest

pytestmark = pytest.mark.browser

NODES = [
    "Barkarby Science",
    "Flemingsberg Science",
    "Kista Science City",
    "Södertälje Science Park",
    "Stockholm Science City",
]
JOINT_TITLE = "Innovationsnoderna bjuder in till seminarium om testbäddar i Kista"


def test_the_graph_shows_the_nodes_and_leads_to_the_articles(demo_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/-/network")
    page.wait_for_selector("#network-graph .graph-node")
    labels = page.locator("#network-graph .graph-node-node text").all_text_contents()
    assert sorted(labels) == sorted(NODES)
    screenshot("all-years")

    # The slider's year 2024: the joint seminar's edges are there, 2022's story is not.
    years = page.evaluate("JSON.parse(document.getElementById('network-data').textContent).years")
    page.locator("#network-year").fill(str(years.index("2024")))
    assert page.locator("#network-year-label").inner_text() == "2024"
    assert page.locator("a.edge-story").count() == 3  # kista, sscp, ssci pairwise
    assert page.locator('a.edge-story[data-source="flemingsberg"]').count() == 0
    screenshot("2024")

    edge = page.locator('a.edge-story[data-source="kista"][data-target="sscp"]')
    edge.click()
    page.wait_for_url("**/edge_articles?*")
    assert page.get_by_role("link", name=JOINT_TITLE).count() == 1
    screenshot("edge-articles")

    page.locator("td.col-story a").first.click()
    page.wait_for_url("**/-/stories/*")
    assert page.locator("tr.story-member").count() == 3
    screenshot("story")
