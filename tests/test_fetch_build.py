"""Fetch, then build: every answer is stored in `pages` as it arrives; articles are built from the
stored pages, again and again, without a request."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
import sqlite_utils

from archive import Archive
from tests.conftest import SITES, expected
from tests.mirror import Mirror

URL = "https://kista.com/gemensam-handlingsplan/"
FIRST = "2024-05-02T06:00:00+00:00"
LATER = "2024-05-09T06:00:00+00:00"
HTML = b"<html><body><p>Kommunen, akademin och naringslivet.</p></body></html>"
EDITED = b"<html><body><p>Kommunen, akademin och naringslivet har enats.</p></body></html>"


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        yield archive


def store(archive: Archive, body: bytes | None, *, at: str, hints=None, **fields) -> str:
    answer = {"node": "kista", "kind": "article", "status": 200, "run_id": at} | fields
    return archive.store_page(URL, body=body, seen_at=at, hints=hints, **answer)


# Each row: the answers given one after another, and what store_page says of each.
@pytest.mark.parametrize(
    "answers, outcomes",
    [
        ([(HTML, {})], ["new"]),
        ([(HTML, {}), (HTML, {})], ["new", "unchanged"]),
        ([(HTML, {}), (EDITED, {})], ["new", "changed"]),
        # a 304: no body, the stored one stands
        ([(HTML, {}), (None, {})], ["new", "unchanged"]),
        # the same body, but discovery says something new of it
        ([(HTML, {"route": "feed"}), (HTML, {"route": "sitemap"})], ["new", "changed"]),
        ([(HTML, {}), (EDITED, {}), (HTML, {})], ["new", "changed", "changed"]),
    ],
)
def test_store_page_outcomes(archive, answers, outcomes):
    got = [store(archive, body, at=FIRST, hints=hints) for body, hints in answers]
    assert got == outcomes


def test_a_page_keeps_its_body_compressed_and_when_it_was_first_fetched(archive):
    store(archive, HTML, at=FIRST, etag='"v1"', content_type="text/html")
    store(archive, None, at=LATER, status=304)  # a 304 keeps the body and the validator
    page = archive.page(URL)
    assert page["body"] == HTML
    assert page["etag"] == '"v1"' and page["content_type"] == "text/html"
    assert (page["fetched_at"], page["seen_at"], page["run_id"]) == (FIRST, LATER, LATER)
    stored = archive.db.execute("select length(body) from pages").fetchone()[0]
    assert stored != len(HTML)  # zlib, not the raw bytes

    store(archive, EDITED, at=LATER)
    assert archive.page(URL)["fetched_at"] == LATER
    assert archive.page(URL)["body"] == EDITED


def test_pages_by_node_kind_and_day(archive):
    archive.store_page(URL, node="kista", kind="article", status=200, body=HTML, run_id="r",
                       seen_at=FIRST)  # fmt: skip
    archive.store_page("https://kista.com/feed/", node="kista", kind="discovery", status=200,
                       body=b"<rss/>", run_id="r", seen_at=LATER)  # fmt: skip
    archive.store_page("https://ssci.se/sv/x", node="ssci", kind="article", status=200,
                       body=HTML, run_id="r", seen_at=LATER)  # fmt: skip
    assert [p["url"] for p in archive.pages(node="kista")] == [
        "https://kista.com/feed/",
        URL,
    ]
    assert [p["url"] for p in archive.pages(kind="article")] == [URL, "https://ssci.se/sv/x"]
    assert [p["url"] for p in archive.pages(since="2024-05-05")] == [
        "https://kista.com/feed/",
        "https://ssci.se/sv/x",
    ]
    assert archive.page("https://kista.com/nothing/") is None


def _count(db_path, sql: str) -> int:
    try:
        return sqlite_utils.Database(db_path).execute(sql).fetchone()[0]
    except Exception:  # not created yet, or locked for a moment by the crawl
        return 0


def test_a_crawl_killed_half_way_leaves_the_pages_it_fetched(tmp_path):
    slug = "kista"
    db = tmp_path / "nodenews.db"
    with Mirror(SITES / slug / "site", delay=0.2) as mirror:
        command = [sys.executable, "-m", "scrapers.cli", "crawl", "--db", str(db), "--node", slug,
                   "--base-url", f"{slug}={mirror.base_url}{expected(slug)['mirror_path']}",
                   "--log-level", "WARNING"]  # fmt: skip
        crawl = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            query = "select count(*) from pages where kind = 'article'"
            while _count(db, query) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert crawl.poll() is None, "the crawl ended before it could be stopped"
            crawl.send_signal(signal.SIGKILL)
        finally:
            crawl.wait(timeout=30)
    db = sqlite_utils.Database(db)
    pages = {row["url"]: row for row in db["pages"].rows_where("kind = 'article'")}
    assert len(pages) >= 3
    site = {a["url"] for a in expected(slug)["articles"]}
    assert set(pages) <= site | set(expected(slug)["not_articles"])
    assert all(row["status"] == 200 and row["body"] for row in pages.values())
