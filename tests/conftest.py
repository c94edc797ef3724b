"""Shared test fixtures: the bundled mirrors served on 127.0.0.1 and crawls run as a user runs them."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlite_utils

from archive.serve import datasette_app
from tests import browser
from tests.mirror import Mirror

SITES = Path(__file__).parent / "sites"
# The mirror of a stock WordPress that no code mentions, added to the registry as a user would.
UNKNOWN_WP = "unknown-wp"
UNKNOWN_WP_REGISTRY = """
[unknown-wp]
name = "Arninge Innovationsnod"
base_url = "https://innovationsnod-exempel.se"
languages = ["sv", "en"]
"""


def expected(slug: str) -> dict:
    return json.loads((SITES / slug / "expected.json").read_text(encoding="utf-8"))


def mirrored_nodes() -> list[str]:
    return sorted(p.parent.name for p in SITES.glob("*/expected.json"))


def nodenews(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command line in a fresh process, as cron would."""
    return subprocess.run(
        [sys.executable, "-m", "scrapers.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def crawl_mirrors(
    db: Path,
    slugs: list[str],
    *,
    blocked: Mapping[str, int] | None = None,
    extra: list[str] = (),
) -> subprocess.CompletedProcess:
    """Serve each node's mirror (with `blocked` routes switched off) and crawl them all into `db`."""
    with ExitStack() as stack:
        args = []
        for slug in slugs:
            data = expected(slug)
            mirror = stack.enter_context(Mirror(SITES / slug / "site", blocked=blocked))
            args += ["--node", slug, "--base-url", f"{slug}={mirror.base_url}{data['mirror_path']}"]
        return nodenews("crawl", "--db", str(db), "--log-level", "WARNING", *args, *extra)


def rows_by_url(db_path: Path) -> dict[str, dict]:
    """The archive's articles by URL."""
    db = sqlite_utils.Database(db_path)
    return {row["url"]: row for row in db["articles"].rows}


def assert_article(row: dict, slug: str, want: dict) -> None:
    """A stored article has exactly the fields of its entry in the mirror's expected.json."""
    body = row["body"]
    assert row["node"] == slug
    assert row["lang"] == want["lang"]
    assert row["title"] == want["title"]
    assert row["published"] == want["published"]
    assert row["modified"] == want["modified"]
    assert json.loads(row["authors"]) == want["authors"]
    assert json.loads(row["tags"]) == want["tags"]
    assert row["summary"] == want["summary"]
    assert body.startswith(want["body_start"]), body[:200]
    assert body.endswith(want["body_end"]), body[-200:]
    assert len(body.split("\n\n")) == want["paragraphs"], body
    assert json.loads(row["translations"]) == want["translations"]
    assert row["duplicate_of"] == want["duplicate_of"]


@pytest.fixture
def served() -> Iterator[callable]:
    """Serve a mirror folder for the test's duration: served(slug, blocked=...) -> Mirror."""
    with ExitStack() as stack:
        yield lambda slug, **kw: stack.enter_context(Mirror(SITES / slug / "site", **kw))


def datasette_get(db_path: Path, *paths: str) -> list:
    """GET paths from an in-process Datasette configured as `serve` would configure it; each must
    answer 200."""

    async def run() -> list:
        ds = datasette_app(db_path)
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    responses = asyncio.run(run())
    for response in responses:
        assert response.status_code == 200, response.text
    return responses


# Browser tests (mark them @pytest.mark.browser). Playwright's sync API holds an event loop while
# its browser runs, so the browser lives per module and a browser test module makes no
# asyncio.run() calls (datasette_get): fetch with the page, or page.request, instead.


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory) -> Path:
    """Every bundled mirror crawled into nodenews-demo.db, as `nodenews demo` does."""
    db = tmp_path_factory.mktemp("demo") / "nodenews-demo.db"
    result = nodenews("demo", "--no-serve", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def demo_site(demo_archive) -> Iterator[browser.ServedArchive]:
    """The demo archive served by `nodenews serve` on 127.0.0.1: .base_url, .database."""
    with browser.ServedArchive(demo_archive) as site:
        yield site


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium, headless, driven by Playwright."""
    if not browser.CHROMIUM.exists():
        pytest.fail(f"no {browser.CHROMIUM}: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(browser.CHROMIUM), args=browser.CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def browser_page(chromium, request):
    """A fresh page (downloads accepted) that fails its test on any console or page error; its
    last view is saved as test-artifacts/<test>/last.png."""
    browser.artifact_folder(request.node.nodeid, fresh=True)
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    console = browser.ConsoleErrors(page)
    yield page
    page.screenshot(path=browser.artifact_folder(request.node.nodeid) / "last.png", full_page=True)
    context.close()
    if console.errors:
        pytest.fail("the page reported errors:\n" + "\n".join(console.errors))


@pytest.fixture
def screenshot(browser_page, request) -> callable:
    """screenshot("step") saves the page as test-artifacts/<test>/<n>-step.png."""
    taken = []

    def take(name: str) -> Path:
        taken.append(name)
        folder = browser.artifact_folder(request.node.nodeid)
        path = folder / f"{len(taken):02d}-{name}.png"
        browser_page.screenshot(path=path, full_page=True)
        return path

    return take
