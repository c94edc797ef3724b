"""Issue 10's hostile article, in Chromium: stored through the archive's API, served by `nodenews
serve` on 127.0.0.1, it runs nothing on any page that shows it (fixtures in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from archive import Archive
from tests import browser

pytestmark = pytest.mark.browser

# Every payload sets window.__pwned and opens a dialog if it runs.
RUN = "window.__pwned = 1; alert(1)"
URL = "https://kista.com/hostile/"
HOSTILE = {
    "url": URL,
    "node": "kista",
    "lang": "sv",
    "title": f'Fientlig rubrik <script>{RUN}</script> " onmouseover="{RUN}',
    "published": "2025-01-20T10:00:00+01:00",
    "summary": f'<img src="x" onerror="{RUN}"> <svg onload="{RUN}"></svg>',
    "body": (
        f"Första stycket <script>{RUN}</script>.\n\n"
        f'<a href="javascript:{RUN}">en länk</a> <iframe src="javascript:{RUN}"></iframe>\n\n'
        f'<svg><script>{RUN}</script><animate onbegin="{RUN}"/></svg> <body onload="{RUN}">'
    ),
    "authors": [f"<b onclick='{RUN}'>Anna</b>"],
    "tags": [f"<script>{RUN}</script>"],
    "translations": {"en": f"javascript:{RUN}"},
    "duplicate_of": f"javascript:{RUN}",
}
DATABASE = "hostile"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Iterator[browser.ServedArchive]:
    db = tmp_path_factory.mktemp("hostile") / f"{DATABASE}.db"
    with Archive(db, create=True) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv"], "wp")
        archive.upsert_article(HOSTILE, fetched_at="2025-01-21T06:00:00+00:00")
    with browser.ServedArchive(db) as site:
        yield site


# The pages that show the article's fields (the home and database pages may, or may not).
SHOWN = {
    "table": f"/{DATABASE}/articles",
    "table search": f"/{DATABASE}/articles?_search=rubrik",
    "row": f"/{DATABASE}/articles/{tilde_encode(URL)}",
    "search query": f"/{DATABASE}/search?q=rubrik",
    "sql": f"/{DATABASE}?sql=" + quote("select title, summary, body, tags from articles"),
}
PAGES = {"home": "/", "database": f"/{DATABASE}", **SHOWN}


@pytest.mark.parametrize("name", PAGES)
def test_a_hostile_article_runs_nothing(hostile_site, browser_page, screenshot, name):
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site.base_url + PAGES[name])
    page.wait_for_load_state("networkidle")
    if name in SHOWN:
        assert "Fientlig rubrik" in page.content()  # the article is on the page, as text
    screenshot(name)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # Nothing of the payload became markup: no javascript: link, no frame, no handler attribute.
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("iframe").count() == 0
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
        ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
    )
    assert handlers == []
