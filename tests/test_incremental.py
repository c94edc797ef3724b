"""Incremental and polite crawling: who we say we are, conditional answers from the mirror server, and
(against mirrors, requests counted by the server) what a re-crawl costs."""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit

import pytest
import sqlite_utils
from click.testing import CliRunner

from archive import Archive
from scrapers.cli import main
from scrapers.discovery import route_problems, unchanged_since
from scrapers.settings import DEFAULT_CONTACT, contact_url, user_agent
from tests.conftest import SITES, expected, mirrored_nodes, nodenews
from tests.mirror import Mirror

EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT"


def crawl(db, slug: str, mirror: Mirror, *extra: str):
    """Crawl one node from a mirror the test holds (to read what the server saw)."""
    base = f"{slug}={mirror.base_url}{expected(slug)['mirror_path']}"
    return nodenews("crawl", "--db", str(db), "--log-level", "WARNING", "--node", slug,
                    "--base-url", base, *extra)  # fmt: skip


@pytest.mark.parametrize(
    "given, env, want",
    [
        (None, None, DEFAULT_CONTACT),
        (None, "https://archive.example.org/about", "https://archive.example.org/about"),
        ("mailto:ops@example.org", "https://archive.example.org/", "mailto:ops@example.org"),
        ("http://example.org/crawler", None, "http://example.org/crawler"),
    ],
)
def test_contact_is_the_given_one_then_the_environments_then_the_projects(
    monkeypatch, given, env, want
):
    if env:
        monkeypatch.setenv("NODENEWS_CONTACT", env)
    else:
        monkeypatch.delenv("NODENEWS_CONTACT", raising=False)
    assert contact_url(given) == want
    assert user_agent(given).startswith("nodenews/")
    assert f"(+{want};" in user_agent(given)


@pytest.mark.parametrize(
    "bad", ["example.org", "ftp://example.org/", "mailto:nobody", "https://x.org/a (b)"]
)
def test_a_contact_that_is_no_address_is_refused(bad):
    with pytest.raises(ValueError, match="expected an http"):
        contact_url(bad)


def test_a_bad_contact_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["crawl", "--db", str(tmp_path / "n.db"), "--contact", "x"])
    assert result.exit_code == 2  # a usage error
    assert result.output.strip().splitlines() == [
        "Error: bad contact 'x': expected an http(s) URL or a mailto: address"
    ]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["option", "environment"])
def test_every_request_names_nodenews_and_the_contact(served, tmp_path, monkeypatch, how):
    contact = "https://archive.example.org/crawler"
    mirror = served("ssci")
    monkeypatch.setenv("NODENEWS_CONTACT", contact if how == "environment" else DEFAULT_CONTACT)
    extra = ["--contact", contact] if how == "option" else []
    result = crawl(tmp_path / "n.db", "ssci", mirror, *extra)
    assert result.returncode == 0, result.stderr[-2000:]
    agents = {answer.headers["User-Agent"] for answer in mirror.answers}
    assert len(agents) == 1
    [agent] = agents
    assert agent.startswith("nodenews/") and f"(+{contact};" in agent
    assert "/robots.txt" in mirror.hits  # robots.txt was asked as the same agent


# -- the mirror server answers conditional requests, as a web server with a page cache does -------


def _get(url: str, **headers: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.parametrize(
    "path", ["/sitemap_index.xml", "/feed/", "/wp-json/wp/v2/posts?per_page=100&page=1"]
)
def test_mirror_answers_304_to_its_own_etag_and_date(served, path):
    mirror = served("kista")
    status, headers, body = _get(mirror.base_url + path)
    assert status == 200 and body
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert _get(mirror.base_url + path, **{"If-None-Match": etag})[:1] == (304,)
    assert _get(mirror.base_url + path, **{"If-Modified-Since": modified})[0] == 304
    # If-None-Match decides when both are sent: another tag is another body
    both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
    assert _get(mirror.base_url + path, **both)[0] == 200
    assert _get(mirror.base_url + path, **{"If-Modified-Since": EPOCH})[0] == 200
    assert [a.status for a in mirror.answers] == [200, 304, 304, 200, 200]


def test_mirror_changes_its_etag_when_the_file_changes(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITES / "kista" / "site", site)
    with Mirror(site) as mirror:
        _, headers, _ = _get(mirror.base_url + "/feed/")
        feed = site / "feed" / "index.xml"
        feed.write_text(feed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        status, again, _ = _get(mirror.base_url + "/feed/", **{"If-None-Match": headers["ETag"]})
        assert status == 200 and again["ETag"] != headers["ETag"]


# -- what each route lists, and what makes a route doubtful ---------------------------------------

A, B, C, D, E = (f"https://kista.com/{slug}/" for slug in "abcde")


@pytest.mark.parametrize(
    "listed, last, want",
    [
        # two routes that agree, as many as last time
        ({"wp-rest": {A, B, C, D, E}, "sitemap": {A, B, C, D, E}}, {"wp-rest": 5}, []),
        # one of five missing from the sitemap: 20 %, within what a site's churn explains
        ({"wp-rest": {A, B, C, D, E}, "sitemap": {A, B, C, D}}, {}, []),
        # a language-filtered REST API: half of what the sitemap lists
        (
            {"wp-rest": {A, B}, "sitemap": {A, B, C, D, E}},
            {},
            ["wp-rest lacks 3 of the 5 articles sitemap lists"],
        ),
        # a route that found nothing (not there) disagrees with nobody
        ({"wp-rest": set(), "sitemap": {A, B, C}}, {}, []),
        # ... but one that found 5 last run and nothing now has shrunk
        (
            {"wp-rest": set(), "sitemap": {A, B, C}},
            {"wp-rest": 5},
            ["wp-rest listed 0 articles, 5 on the last run"],
        ),
        # shrunk by one of five (20 %): a trashed post; by two (40 %): doubtful
        ({"sitemap": {A, B, C, D}}, {"sitemap": 5}, []),
        ({"sitemap": {A, B, C}}, {"sitemap": 5}, ["sitemap listed 3 articles, 5 on the last run"]),
        # growing is never doubtful
        ({"feed": {A, B, C, D, E}}, {"feed": 2}, []),
    ],
)
def test_route_problems(listed, last, want):
    assert route_problems(listed, last) == want


@pytest.mark.parametrize(
    "hints, stored, want",
    [
        (
            {"modified": "2025-05-21T11:05:12+00:00"},
            {"modified": "2025-05-21T11:05:12+00:00"},
            True,
        ),
        (
            {"modified": "2025-05-22T08:00:00+00:00"},
            {"modified": "2025-05-21T11:05:12+00:00"},
            False,
        ),
        ({"lastmod": "2024-02-12"}, {"lastmod": "2024-02-12", "route": "sitemap"}, True),
        # the most precise date both know decides
        (
            {"modified": "2025-05-22", "published": "2025-05-20"},
            {"modified": "2025-05-21", "published": "2025-05-20"},
            False,
        ),
        (
            {"published": "Tue, 20 May 2025 07:30:00 +0000"},
            {"published": "Tue, 20 May 2025 07:30:00 +0000"},
            True,
        ),
        # nothing to compare: a listing's link, a page stored from a route that dated it otherwise
        ({}, {"modified": "2025-05-21"}, None),
        ({"lastmod": "2025-05-21"}, {"published": "2025-05-20"}, None),
    ],
)
def test_unchanged_since(hints, stored, want):
    assert unchanged_since(hints, stored) is want


# -- crawls of mirrors, requests counted by the mirror server ------------------------------------

# Beyond robots.txt (asked by Scrapy's robots middleware and, for the sitemap route, by discovery).
NO_CHANGE_REQUESTS = 3
NODES = [slug for slug in mirrored_nodes() if slug != "unknown-wp"]  # that one needs a registry


def beyond_robots(mirror: Mirror) -> list[tuple[str, int]]:
    return [(a.path, a.status) for a in mirror.answers if a.path != "/robots.txt"]


# Moved by every crawl that sees the article, asked again or not.
VOLATILE = {"last_seen"}


def articles(db) -> dict[str, dict]:
    return {row["url"]: row for row in sqlite_utils.Database(db)["articles"].rows}


def steady(rows: dict[str, dict]) -> dict[str, dict]:
    """The articles without the columns every crawl moves."""
    return {url: {k: v for k, v in row.items() if k not in VOLATILE} for url, row in rows.items()}


def last_run(db, node: str) -> dict:
    rows = sqlite_utils.Database(db)["crawl_runs"].rows_where(
        "node = ?", [node], order_by="id desc", limit=1
    )
    return next(rows)


@pytest.fixture(scope="module")
def recrawled_all(tmp_path_factory) -> dict:
    """Every registered mirror crawled into one archive, then again with nothing changed: the
    second crawl's answers per node, and the articles before and after."""
    db = tmp_path_factory.mktemp("incremental") / "nodenews.db"
    mirrors = {slug: Mirror(SITES / slug / "site") for slug in NODES}
    try:
        args = []
        for slug, mirror in mirrors.items():
            args += [
                "--node",
                slug,
                "--base-url",
                f"{slug}={mirror.base_url}{expected(slug)['mirror_path']}",
            ]
        first = nodenews("crawl", "--db", str(db), "--log-level", "WARNING", *args)
        before = articles(db)
        for mirror in mirrors.values():
            mirror.answers.clear()
        second = nodenews("crawl", "--db", str(db), "--log-level", "WARNING", *args)
        answers = {slug: beyond_robots(mirror) for slug, mirror in mirrors.items()}
    finally:
        for mirror in mirrors.values():
            mirror.close()
    return {"db": db, "first": first, "second": second, "answers": answers, "before": before,
            "after": articles(db)}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("slug", NODES)
def test_a_no_change_recrawl_asks_little_and_changes_no_article(recrawled_all, slug):
    assert recrawled_all["first"].returncode == 0, recrawled_all["first"].stdout
    assert recrawled_all["second"].returncode == 0, recrawled_all["second"].stdout
    answers = recrawled_all["answers"][slug]
    assert len(answers) <= NO_CHANGE_REQUESTS, answers
    assert all(status in (304, 404) for _, status in answers), answers
    before, after = recrawled_all["before"], recrawled_all["after"]
    mine = {u for u, r in before.items() if r["node"] == slug}
    assert steady({u: after[u] for u in mine}) == steady({u: before[u] for u in mine})
    assert all(after[u]["last_seen"] >= before[u]["last_seen"] for u in mine)
    run = last_run(recrawled_all["db"], slug)
    assert run["status"] == "ok", run
    assert run["articles_unchanged"] == len(expected(slug)["articles"])
    assert run["articles_new"] == run["articles_updated"] == 0
    # the routes' counts are the first run's (the check route was read from the store); a node
    # without an article URL rule counts the static pages its sitemap lists too
    db = sqlite_utils.Database(recrawled_all["db"])
    first, second = [
        json.loads(r["routes"])
        for r in db["crawl_runs"].rows_where("node = ?", [slug], order_by="id")
    ]
    assert first == second and max(first.values()) >= len(expected(slug)["articles"])


@pytest.fixture
def kista_copy(tmp_path) -> Path:
    """A copy of the kista mirror's files (their dates kept), to change as the site would."""
    site = tmp_path / "site"
    shutil.copytree(SITES / "kista" / "site", site)
    return site


EDITED = "https://kista.com/tech-talent-in-focus-at-kista-career-day-2024/"
EDITED_SENTENCE = ("More than 2&nbsp;000 students", "More than 2&nbsp;500 students")


def edit_post(site: Path, url: str, old: str, new: str, modified: str) -> None:
    """Edit a post as WordPress does: its page, and its modified date in the REST API and sitemap."""
    page = site / urlsplit(url).path.strip("/") / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    rest = site / "wp-json/wp/v2/posts.json"
    posts = json.loads(rest.read_text(encoding="utf-8"))
    for post in posts:
        if post["link"] == url:
            post["modified_gmt"], post["modified"] = modified, modified
    rest.write_text(json.dumps(posts, ensure_ascii=False), encoding="utf-8")
    sitemap = site / "post-sitemap.xml"
    text = sitemap.read_text(encoding="utf-8")
    entry = re.search(rf"<url><loc>{re.escape(url)}</loc><lastmod>[^<]*</lastmod></url>", text)
    changed = f"<url><loc>{url}</loc><lastmod>{modified}+00:00</lastmod></url>"
    sitemap.write_text(text.replace(entry.group(0), changed), encoding="utf-8")


def remove_post(site: Path, url: str) -> None:
    """Trash a post: its page answers 404, and the REST API, sitemap, feeds and listings lose it."""
    shutil.rmtree(site / urlsplit(url).path.strip("/"))
    rest = site / "wp-json/wp/v2/posts.json"
    posts = [p for p in json.loads(rest.read_text(encoding="utf-8")) if p["link"] != url]
    rest.write_text(json.dumps(posts, ensure_ascii=False), encoding="utf-8")
    blocks = {
        ".xml": r"<(url|item)>(?:(?!</\1>).)*?{}.*?</\1>",
        ".html": r"<article (?:(?!</article>).)*?{}.*?</article>",
    }
    for path in site.rglob("*"):
        if path.suffix in blocks and (
            path.name.endswith("sitemap.xml") or "feed" in path.parts or "category" in path.parts
        ):
            text = path.read_text(encoding="utf-8")
            pattern = blocks[path.suffix].format(re.escape(url))
            path.write_text(re.sub(pattern, "", text, flags=re.S), encoding="utf-8")


@pytest.mark.slow
def test_one_edited_article_costs_about_one_request_and_keeps_its_old_version(kista_copy, tmp_path):
    db = tmp_path / "nodenews.db"
    with Mirror(kista_copy) as mirror:
        assert crawl(db, "kista", mirror).returncode == 0
        mirror.answers.clear()
        assert crawl(db, "kista", mirror).returncode == 0
        unchanged = beyond_robots(mirror)
        before = articles(db)
        edit_post(kista_copy, EDITED, *EDITED_SENTENCE, modified="2025-11-20T10:00:00")
        mirror.answers.clear()
        result = crawl(db, "kista", mirror)
        edited = beyond_robots(mirror)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert len(edited) <= len(unchanged) + 1, edited
    assert (urlsplit(EDITED).path, 200) in edited
    after = articles(db)
    assert "2 500 students" in after[EDITED]["body"]
    others = set(before) - {EDITED}
    assert steady({u: after[u] for u in others}) == steady({u: before[u] for u in others})
    archive = Archive(db)
    [old] = archive.history(EDITED)
    assert old["body"] == before[EDITED]["body"] and "2 000 students" in old["body"]
    assert sqlite_utils.Database(db)["article_history"].count == 1


GONE = "https://kista.com/kista-is-where-the-future-is-tested-new-report/"


@pytest.mark.slow
def test_a_trashed_article_is_marked_gone_and_unmarked_when_it_returns(kista_copy, tmp_path):
    db = tmp_path / "nodenews.db"
    with Mirror(kista_copy) as mirror:
        assert crawl(db, "kista", mirror).returncode == 0
        remove_post(kista_copy, GONE)
        mirror.answers.clear()
        removed = crawl(db, "kista", mirror)
        asked = beyond_robots(mirror)
        gone = articles(db)
        shutil.copytree(SITES / "kista" / "site", kista_copy, dirs_exist_ok=True)
        back = crawl(db, "kista", mirror)
    assert removed.returncode == 0, removed.stdout + removed.stderr[-2000:]
    assert (urlsplit(GONE).path, 404) in asked
    run = last_run_of(db, "kista", 2)
    assert gone[GONE]["gone_at"] and gone[GONE]["gone_run"] == run["run_id"]
    assert "1 gone" in run["message"]
    assert gone[GONE]["body"], "never deleted"
    assert [u for u, r in gone.items() if r["gone_at"]] == [GONE]
    assert back.returncode == 0, back.stdout + back.stderr[-2000:]
    returned = articles(db)[GONE]
    assert returned["gone_at"] is None and returned["gone_run"] is None
    assert returned["body"] == gone[GONE]["body"]


def last_run_of(db, node: str, number: int) -> dict:
    """The node's `number`th run (1 is the first)."""
    rows = list(
        sqlite_utils.Database(db)["crawl_runs"].rows_where("node = ?", [node], order_by="id")
    )
    return rows[number - 1]


@pytest.mark.slow
def test_a_partial_discovery_marks_nothing_gone(kista_copy, tmp_path):
    db = tmp_path / "nodenews.db"
    with Mirror(kista_copy) as mirror:
        assert crawl(db, "kista", mirror).returncode == 0
    remove_post(kista_copy, GONE)
    # the sitemap breaks the same night: the check route lists nothing it listed before
    with Mirror(kista_copy, blocked={"sitemap": 500}) as mirror:
        result = crawl(db, "kista", mirror)
    assert result.returncode == 1
    run = last_run_of(db, "kista", 2)
    assert run["status"] == "partial"
    listed = len(expected("kista")["articles"])  # the mirror's hand-written articles
    assert f"sitemap listed 0 articles, {listed} on the last run" in run["message"]
    assert json.loads(run["routes"]) == {"wp-rest": listed - 1, "sitemap": 0}
    assert articles(db)[GONE]["gone_at"] is None


@pytest.mark.slow
def test_a_language_filtered_rest_api_is_noticed_and_loses_nothing(tmp_path):
    """Polylang's REST API listing one language only: the sitemap lists both."""
    site = tmp_path / "site"
    shutil.copytree(SITES / "flemingsberg" / "site", site)
    rest = site / "wp-json/wp/v2/posts.json"
    posts = json.loads(rest.read_text(encoding="utf-8"))
    rest.write_text(json.dumps([p for p in posts if p["lang"] == "sv"]), encoding="utf-8")
    db = tmp_path / "nodenews.db"
    with Mirror(site) as mirror:
        result = crawl(db, "flemingsberg", mirror)
    assert result.returncode == 1
    run = last_run_of(db, "flemingsberg", 1)
    want = expected("flemingsberg")["articles"]
    swedish = [a for a in want if a["lang"] == "sv"]
    assert run["status"] == "partial"
    assert json.loads(run["routes"]) == {"wp-rest": len(swedish), "sitemap": len(want)}
    assert (
        f"wp-rest lacks {len(want) - len(swedish)} of the {len(want)} articles sitemap lists"
        in run["message"]
    )
    assert set(articles(db)) == {a["url"] for a in want}


@pytest.mark.slow
def test_a_feed_of_the_newest_few_is_noticed_against_the_listings(tmp_path):
    """sscp-newsroom has no sitemap: its feeds serve, its listings check them."""
    site = tmp_path / "site"
    shutil.copytree(SITES / "sscp-newsroom" / "site", site)
    feed = site / "se/soedertaelje-science-park/rss/pressreleases/index.xml"
    items = re.findall(r"<item>.*?</item>", feed.read_text(encoding="utf-8"), flags=re.S)
    text = feed.read_text(encoding="utf-8")
    for item in items[2:]:  # the newest two press releases only
        text = text.replace(item, "")
    feed.write_text(text, encoding="utf-8")
    db = tmp_path / "nodenews.db"
    with Mirror(site) as mirror:
        result = crawl(db, "sscp-newsroom", mirror)
    assert result.returncode == 1
    run = last_run_of(db, "sscp-newsroom", 1)
    want = expected("sscp-newsroom")["articles"]
    listed = len(want) - (len(items) - 2)
    assert run["status"] == "partial" and run["discovery"] == "feed"
    assert json.loads(run["routes"]) == {"sitemap": 0, "feed": listed, "listing": len(want)}
    assert (
        f"feed lacks {len(want) - listed} of the {len(want)} articles listing lists"
        in run["message"]
    )
    assert set(articles(db)) == {a["url"] for a in want}


@pytest.mark.slow
def test_full_asks_everything_again_and_recent_articles_are_asked_each_time(tmp_path):
    db = tmp_path / "nodenews.db"
    with Mirror(SITES / "ssci" / "site") as mirror:
        assert crawl(db, "ssci", mirror).returncode == 0
        first = beyond_robots(mirror)
        mirror.answers.clear()
        assert crawl(db, "ssci", mirror, "--full").returncode == 0
        full = beyond_robots(mirror)
        mirror.answers.clear()
        # every article counts as recent: each is asked again, conditionally
        assert crawl(db, "ssci", mirror, "--recheck-days", "36500").returncode == 0
        recent = beyond_robots(mirror)
    assert sorted(full) == sorted(first) and {status for _, status in full} == {200, 404}
    stored = {urlsplit(url).path for url in articles(db)}
    asked = [path for path, status in recent if status == 304]
    assert stored <= set(asked) and all(status == 304 for _, status in recent)
    assert sqlite_utils.Database(db)["article_history"].count == 0
