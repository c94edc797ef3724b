"""Fetch, then build: every answer is stored in `pages` as it arrives; articles are built from the
stored pages, again and again, without a request."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest
import sqlite_utils

import scrapers.build
from archive import Archive
from scrapers.build import build, extractor_version
from scrapers.registry import Node
from tests.conftest import (
    SITES,
    UNKNOWN_WP,
    UNKNOWN_WP_REGISTRY,
    crawl_mirrors,
    expected,
    nodenews,
    rows_by_url,
)
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


def test_a_crawl_killed_half_way_leaves_the_pages_it_fetched_and_the_next_builds_them(tmp_path):
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

    # The next crawl stores exactly the articles of an uninterrupted one.
    result = crawl_mirrors(tmp_path / "nodenews.db", [slug])
    assert result.returncode == 0, result.stderr[-3000:]
    assert set(rows_by_url(tmp_path / "nodenews.db")) == site


# -- the build, in-process, on pages stored through the archive's API ------------------------------

NODE = Node(slug="x", name="X", base_url="https://x.example", languages=("sv",))
SIGN_OFF = "Kontakt: Anna Berg, anna@x.example"
PAGE = """<html lang="sv"><head><title>{title} | X</title>
<meta property="article:published_time" content="2024-03-0{day}T10:00:00+01:00"></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""
TEXTS = {
    "labb": ("Nytt labb öppnar", "Ett nytt labb öppnar i Kista i mars för små bolag."),
    "bolag": ("Tre bolag flyttar in", "Tre unga bolag flyttar in i huset vid torget i april."),
    "pris": (
        "Pris till forskare",
        "Forskaren Eva Lind får årets pris för sitt arbete med batterier.",
    ),
    "skola": ("Skolor besöker labbet", "Fyra skolor i kommunen besöker labbet under maj och juni."),
}


def page_html(slug: str, *, sign_off: bool, edited: bool = False) -> bytes:
    title, text = TEXTS[slug]
    paragraphs = [text + (" Det blev klart i går." if edited else "")]
    if sign_off:
        paragraphs.append(SIGN_OFF)
    day = list(TEXTS).index(slug) + 1
    html = PAGE.format(title=title, day=day, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))
    return html.encode()


def fetch(archive: Archive, slug: str, body: bytes, at: str = FIRST) -> str:
    url = f"https://x.example/{slug}/"
    archive.store_page(url, node="x", kind="article", status=200, body=body, run_id=at,
                       content_type="text/html; charset=utf-8", seen_at=at)  # fmt: skip
    return url


def body(archive: Archive, slug: str) -> str:
    return archive.article(f"https://x.example/{slug}/")["body"]


def test_build_stores_articles_with_what_built_them(archive):
    url = fetch(archive, "labb", page_html("labb", sign_off=False))
    assert build(archive, [NODE])["x"] == {"new": 1, "updated": 0, "unchanged": 0, "dropped": 0,
                                           "skipped": 0, "errors": 0, "held": 0, "considered": 1,
                                           "template_change": None}  # fmt: skip
    article = archive.article(url)
    assert article["body"] == "Ett nytt labb öppnar i Kista i mars för små bolag."
    assert (article["page_url"], article["extractor"]) == (url, extractor_version())
    assert article["page_hash"] == archive.page(url)["body_hash"]
    assert archive.unbuilt_pages(["x"]) == []
    # idempotent: the same pages and rules build the same articles
    assert build(archive, [NODE])["x"]["unchanged"] == 1
    assert archive.history(url) == []


def test_history_says_whether_the_site_or_the_rules_changed(archive):
    url = fetch(archive, "labb", page_html("labb", sign_off=True))
    build(archive, [NODE])
    # the site edits the page: built from the new page, the old version is kept as 'site'
    fetch(archive, "labb", page_html("labb", sign_off=True, edited=True), at=LATER)
    assert archive.unbuilt_pages(["x"]) == [url]
    assert build(archive, [NODE], urls=[url])["x"]["updated"] == 1
    assert body(archive, "labb").endswith("Det blev klart i går.\n\n" + SIGN_OFF)
    # a rule drops the sign-off: the same page builds anew, the old version is kept as 'rules'
    rules = replace(NODE, boilerplate=replace(NODE.boilerplate, phrases=(SIGN_OFF,)))
    assert build(archive, [rules])["x"]["updated"] == 1
    assert SIGN_OFF not in body(archive, "labb")
    assert [(h["reason"], SIGN_OFF in h["body"]) for h in archive.history(url)] == [
        ("site", True),
        ("rules", True),
    ]


# The build stores pages a chunk at a time; what it makes of them must not depend on the chunks.
@pytest.mark.parametrize("chunk", [1, 2, 200])
def test_a_line_on_most_pages_is_learned_as_pages_come_in_and_leaves_the_earlier_ones(
    archive, monkeypatch, chunk
):
    monkeypatch.setattr(scrapers.build, "CHUNK", chunk)
    # two pages with the sign-off: too few to tell it from text
    for slug in ("labb", "bolag"):
        fetch(archive, slug, page_html(slug, sign_off=True))
    build(archive, [NODE])
    assert SIGN_OFF in body(archive, "labb")
    assert archive.boilerplate_lines("x") == set()
    # a third page with it arrives: 3 of 3 pages, learned; the earlier pages lose it too
    url = fetch(archive, "pris", page_html("pris", sign_off=True))
    build(archive, [NODE], urls=[url])
    assert archive.boilerplate_lines("x") == {SIGN_OFF}
    assert [SIGN_OFF in body(archive, slug) for slug in ("labb", "bolag", "pris")] == [False] * 3
    assert [h["reason"] for h in archive.history("https://x.example/labb/")] == ["rules"]
    # a fourth page without it: still on 3 of 4, still learned; a rebuild of everything agrees
    fetch(archive, "skola", page_html("skola", sign_off=False))
    build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))
    assert archive.db["boilerplate_lines"].get(("x", SIGN_OFF))["pages"] == 3
    assert build(archive, [NODE])["x"]["unchanged"] == 4
    assert archive.boilerplate_lines("x") == {SIGN_OFF}
    # the site drops the sign-off from two pages: 1 of 4 is no boilerplate
    for slug in ("labb", "bolag"):
        fetch(archive, slug, page_html(slug, sign_off=False), at=LATER)
    build(archive, [NODE])
    assert archive.boilerplate_lines("x") == set()
    assert SIGN_OFF in body(archive, "pris")


# -- crawl = fetch + build; build alone, without a request -----------------------------------------

SLUG, REGISTRY = UNKNOWN_WP, UNKNOWN_WP_REGISTRY
# The last paragraph of one article, which a rule now calls boilerplate.
LAST_LINE = "The results will be evaluated by researchers and presented at an open conference in spring 2026."
RULE = f"""
[unknown-wp.boilerplate]
phrases = ["{LAST_LINE}"]
"""
EDITED_URL = (
    "https://innovationsnod-exempel.se/2025/04/fossil-free-transport-test-bed-opens-in-arninge/"
)


def test_build_after_a_rule_change_updates_articles_without_a_request(tmp_path):
    db = tmp_path / "nodenews.db"
    registry, ruled = tmp_path / "nodes.toml", tmp_path / "ruled.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    ruled.write_text(REGISTRY + RULE, encoding="utf-8")
    with Mirror(SITES / SLUG / "site") as mirror:
        base = f"{SLUG}={mirror.base_url}{expected(SLUG)['mirror_path']}"
        crawl = nodenews("crawl", "--db", str(db), "--node", SLUG, "--base-url", base,
                         "--registry", str(registry), "--log-level", "WARNING")  # fmt: skip
        assert crawl.returncode == 0, crawl.stderr[-3000:]
        before, requests = rows_by_url(db), len(mirror.hits)

        rebuilt = nodenews("build", "--db", str(db), "--registry", str(ruled))
        assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
        assert len(mirror.hits) == requests  # not one request
    assert f"{SLUG:<22} new   0  updated   1  unchanged  11" in rebuilt.stdout
    after = rows_by_url(db)
    assert after[EDITED_URL]["body"] == before[EDITED_URL]["body"].removesuffix("\n\n" + LAST_LINE)
    assert {url for url in after if after[url] != before[url]} == {EDITED_URL}
    history = list(sqlite_utils.Database(db)["article_history"].rows)
    assert [(h["url"], h["reason"], h["body"]) for h in history] == [
        (EDITED_URL, "rules", before[EDITED_URL]["body"])
    ]
    # again: nothing changes
    again = nodenews("build", "--db", str(db), "--registry", str(ruled), "--node", SLUG)
    assert f"{SLUG:<22} new   0  updated   0  unchanged  12" in again.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2024-13-01"], "bad --since '2024-13-01': expected YYYY-MM-DD"),
        (["--node", "nowhere"], "unknown node 'nowhere'"),
    ],
)
def test_build_refuses_bad_input_in_one_line(tmp_path, args, message):
    Archive(tmp_path / "nodenews.db").close()
    result = nodenews("build", "--db", str(tmp_path / "nodenews.db"), *args)
    assert result.returncode != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_crawl_does_not_build_a_page_again_that_did_not_change(tmp_path):
    db = tmp_path / "nodenews.db"
    assert crawl_mirrors(db, ["kista"]).returncode == 0
    archive = sqlite_utils.Database(db)
    archive.execute("update articles set extractor = 'an older nodenews'")
    archive.conn.commit()
    seen = {r["url"]: r["last_seen"] for r in archive["articles"].rows}
    with Archive(db) as stored:
        index = fts_size(stored)
    time.sleep(1)  # last_seen has a resolution of seconds
    assert crawl_mirrors(db, ["kista"]).returncode == 0
    rows = list(sqlite_utils.Database(db)["articles"].rows)
    assert {r["extractor"] for r in rows} == {"an older nodenews"}
    assert all(r["last_seen"] > seen[r["url"]] for r in rows)
    with Archive(db) as stored:
        assert fts_size(stored) == index  # seen again, not indexed again
    [run] = sqlite_utils.Database(db).query("select * from crawl_runs order by id desc limit 1")
    assert (run["articles_new"], run["articles_updated"], run["articles_unchanged"]) == (
        0,
        0,
        len(expected("kista")["articles"]),
    )
    assert run["message"].startswith(f"{len(rows)} articles by wp-rest")


# -- cheap writes: the search index is rewritten only when searched text changes -------------------


def fts_size(archive: Archive) -> tuple[int, int]:
    """Rows and bytes of the full-text index's segments (FTS5 writes new ones on every change)."""
    return archive.db.execute(
        "select count(*), sum(length(block)) from articles_fts_data"
    ).fetchone()


def search(archive: Archive, word: str) -> list[str]:
    sql = "select url from articles where rowid in (select rowid from articles_fts where articles_fts match ?)"
    return [row[0] for row in archive.db.execute(sql, [word])]


def test_an_unchanged_article_stored_again_leaves_the_search_index_alone(archive):
    record = {"url": URL, "node": "kista", "title": "Gemensam handlingsplan", "body": "Kommunen."}
    archive.upsert_article(record, fetched_at=FIRST)
    size = fts_size(archive)
    for day in range(10, 30):
        stamp = f"2024-05-{day}T06:00:00+00:00"
        assert archive.upsert_article(record, fetched_at=stamp) == "unchanged"
    assert archive.article(URL)["last_seen"] == "2024-05-29T06:00:00+00:00"
    assert fts_size(archive) == size
    # a change of searched text is indexed, the old words leave the index
    assert archive.upsert_article(record | {"body": "Akademin."}, fetched_at=LATER) == "updated"
    assert fts_size(archive) != size
    assert (search(archive, "akademin"), search(archive, "kommunen")) == ([URL], [])
