"""Issue 9's reader, in Chromium, against the demo archive served by `nodenews serve` on
127.0.0.1 (fixtures in conftest.py, tooling in browser.py): any console error fails the test."""

import pytest

pytestmark = pytest.mark.browser


def test_the_dashboard_draws_every_chart(demo_site, browser_page, screenshot):
    page = browser_page
    page.goto(f"{demo_site.base_url}/-/dashboards/activity")
    # A drawn Vega chart is an <svg> or <canvas> in its card; a metric is a <p>.
    charts = page.locator(".dashboard-card-chart")
    page.wait_for_function(
        "[...document.querySelectorAll('.dashboard-card-chart')]"
        ".every(card => card.querySelector('svg, canvas, p'))"
    )
    assert charts.count() == 5
    screenshot("dashboard")
