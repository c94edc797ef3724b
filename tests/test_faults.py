"""The fault matrix: what a crawl does when a site breaks (tests/faults.py serves the faults).

The kista mirror is crawled once, clean; then, for each fault, a copy of that archive is crawled
again with `--full` (every page asked) from a server with the fault, and the test asserts the
node's crawl_runs row, the exit code, and that every article stored by the clean crawl is
byte-for-byte unchanged unless the site really changed it (`changed`). The faulted crawls run a
few at a time, in processes of their own, as cron runs them.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import SITES, expected
from tests.faults import (
    MAINTENANCE_PAGE,
    PDF,
    PNG,
    Binary,
    Charset,
    EndlessListing,
    Fault,
    FaultServer,
    Headers,
    Huge,
    Malformed,
    RedirectElsewhere,
    RedirectLoop,
    Reset,
    Rewrite,
    Robots,
    Stall,
    Status,
    Truncated,
    Variants,
    closed_port,
    content_to_script,
    requests_to,
)

SLUG = "kista"
# Kista's article pages: one path segment below the root (its REST API and sitemap list them).
ARTICLES = r"^/(?!category/|feed/|wp-json/)[a-z0-9-]+/$"
ONE = "kistas-nya-torg-sa-blir-motesplatsen-for-framtidens-stadsdel"
ONE_ARTICLE = rf"^/{ONE}/"  # and its variants: ?loop, ?utm_source=...
# The mirror's articles (its hand-written expected.json), and all but the one a fault hits.
ALL = len(expected(SLUG)["articles"])
OTHERS = ALL - 1
# Every route but the listing pages switched off: discovery by listing, as on a site with no API.
ONLY_LISTINGS = {r"^/wp-json": Status(404), r"sitemap": Status(404), r"(^|/)feed/": Status(404)}
# Crawls at once: each is mostly a process starting and waiting for a local server.
LANES = 4
# Moved by every crawl that sees an article again (when, and the bytes of the page it was built
# from); everything a reader sees must stay as it was.
VOLATILE = {"last_seen", "fetched_at", "page_hash"}


def _edit(html: str) -> str:
    """A real edit by the site: a corrected sentence in one article."""
    return html.replace("fler än 800 personer", "fler än 900 personer", 1)


@dataclass(frozen=True)
class Case:
    """A fault and what the crawl must make of it: the node's crawl_runs row has `status`,
    the `counts` given (a column -> a number, or a range it falls in) and `bounds`, the command
    exits `exit`, and of the articles the clean crawl stored only `changed` (paths) differ
    afterwards."""

    faults: dict[str, Fault]
    status: str
    exit: int
    counts: dict[str, int | range] = field(default_factory=dict)
    changed: frozenset[str] = frozenset()
    refused: bool = False  # no server at all: the connection is refused
    template_change: bool = False  # crawl_runs.template_change reports one
    args: tuple[str, ...] = ()  # the crawl's options: small bounds, short waits
    bounds: dict[str, int] | None = None  # crawl_runs.bounds
    # At least these seconds between the requests for ONE (a Retry-After, a back-off).
    gaps: tuple[float, ...] = ()


CLEAN = {"errors": 0, "articles_new": 0, "articles_updated": 0, "articles_unchanged": ALL}

CASES = {
    "no-fault": Case({}, "ok", 0, CLEAN),
    "real-edit": Case(
        {ONE_ARTICLE: Rewrite(_edit)},
        "ok",
        0,
        {"errors": 0, "articles_updated": 1, "articles_unchanged": OTHERS},
        changed=frozenset({f"/{ONE}/"}),
    ),
    "500-intermittent": Case({ARTICLES: Status(500, times=1)}, "ok", 0, CLEAN),
    "502-intermittent": Case({ARTICLES: Status(502, times=2)}, "ok", 0, CLEAN),
    "503-intermittent-discovery": Case({r"^/wp-json": Status(503, times=1)}, "ok", 0, CLEAN),
    "500-persistent-one": Case(
        {ONE_ARTICLE: Status(500)}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "503-persistent-all": Case(
        {ARTICLES: Status(503)}, "failed", 1, {"errors": ALL, "articles_unchanged": 0}
    ),
    "404-known-article": Case(
        {ONE_ARTICLE: Status(404)}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "410-known-article": Case(
        {ONE_ARTICLE: Status(410)}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "reset-intermittent": Case({ARTICLES: Reset(times=1)}, "ok", 0, CLEAN),
    "reset-persistent-one": Case(
        {ONE_ARTICLE: Reset()}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "truncated-one": Case(
        {ONE_ARTICLE: Truncated()}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "redirect-loop-one": Case(
        {ONE_ARTICLE: RedirectLoop()}, "partial", 1, {"errors": 1, "articles_unchanged": OTHERS}
    ),
    "maintenance-whole-site": Case(
        {".": Status(200, body=MAINTENANCE_PAGE)}, "failed", 1, {"articles_unchanged": 0}
    ),
    "malformed-html": Case({ARTICLES: Malformed()}, "ok", 0, CLEAN),
    # The routes the last run used are off: a doubtful discovery, yet no variant is an article.
    "variants-of-listed-pages": Case({**ONLY_LISTINGS, ".": Variants()}, "partial", 1, CLEAN),
    "refused": Case({}, "failed", 1, {"errors": range(1, 100), "pages_fetched": 0}, refused=True),
    "redirect-elsewhere-one": Case(
        {ONE_ARTICLE: RedirectElsewhere()}, "ok", 0, {"errors": 0, "articles_unchanged": OTHERS}
    ),
    "pdf-at-article": Case(
        {ONE_ARTICLE: Binary("application/pdf", PDF)},
        "ok",
        0,
        {"errors": 0, "articles_unchanged": OTHERS},
    ),
    "png-at-article": Case(
        {ONE_ARTICLE: Binary("image/png", PNG)},
        "ok",
        0,
        {"errors": 0, "articles_unchanged": OTHERS},
    ),
    "robots-disallow-news": Case(
        {r"^/robots\.txt$": Robots(("/wp-json/", "/kista"))},
        "partial",
        1,
        {"errors": 5, "articles_unchanged": ALL - 5},  # five slugs begin with "kista"
    ),
    "429-retry-after": Case(
        {ONE_ARTICLE: Status(429, times=1, headers={"Retry-After": "2"})},
        "ok",
        0,
        CLEAN,
        gaps=(2.0,),
    ),
    "429-retry-after-too-long": Case(
        {ONE_ARTICLE: Status(429, headers={"Retry-After": "3600"})},
        "partial",
        1,
        {"errors": 1, "articles_unchanged": ALL - 1},
        args=("--max-retry-after", "5"),
    ),
    "503-backs-off": Case(
        {ONE_ARTICLE: Status(503, times=2)},
        "ok",
        0,
        CLEAN,
        args=("--backoff", "0.5"),
        gaps=(0.5, 1.0),
    ),
    "stall-past-timeout": Case(
        {ONE_ARTICLE: Stall(3)},
        "partial",
        1,
        {"errors": 1, "articles_unchanged": ALL - 1},
        args=("--timeout", "1"),
    ),
    "huge-page-streamed": Case(
        {ONE_ARTICLE: Huge(megabytes=5)},
        "partial",
        1,
        {"errors": 0, "articles_unchanged": ALL - 1},
        args=("--max-page-mb", "1"),
        bounds={"page_size": 1},
    ),
    "huge-page-declared": Case(
        {ONE_ARTICLE: Huge(megabytes=5, declared=True)},
        "partial",
        1,
        {"errors": 0, "articles_unchanged": ALL - 1},
        args=("--max-page-mb", "1"),
        bounds={"page_size": 1},
    ),
    # Two listings, each page 10 junk pages: 2 first pages + 3 followed = 50 at most, which the
    # build drops (no article's page type): nothing stored, so failed, with the bound recorded.
    "endless-listing": Case(
        {**ONLY_LISTINGS, r"^/category/|junk-": EndlessListing()},
        "failed",
        1,
        {"articles_new": 0, "articles_dropped": range(1, 51), "articles_updated": 0},
        args=("--max-listing-pages", "3"),
        bounds={"listing_pages": 1},
        template_change=True,  # every page it fetched is no article
    ),
    "huge-total-pages-header": Case(
        {r"^/wp-json/wp/v2/posts": Headers({"X-WP-TotalPages": "1000000"})},
        "partial",
        1,
        CLEAN,
        args=("--max-rest-pages", "3"),
        bounds={"rest_pages": 1},
    ),
    # Exactly the bound reaches the site (robots.txt included), though more are under way at once
    # (8 at a time from a mirror) and a whole run asks 17.
    "page-bound": Case(
        {},
        "partial",
        1,
        {"pages_fetched": 5, "articles_updated": 0},
        args=("--max-pages", "5"),
        bounds={"pages": 1},
    ),
    # Closed at 3 s; the page under way still arrives (at 6 s).
    "time-bound": Case(
        {ONE_ARTICLE: Stall(6)},
        "partial",
        1,
        {"articles_unchanged": range(ALL - 1, ALL + 1)},
        args=("--max-minutes", "0.05"),
        bounds={"time": 1},
    ),
    # The guards helper's faults: a worse version must not replace a stored one; it is held back
    # (crawl_runs.articles_held, pages.held), and most pages held is a template change.
    "maintenance-on-articles": Case(
        {ARTICLES: Status(200, body=MAINTENANCE_PAGE)},
        "partial",
        1,
        {"articles_updated": 0, "articles_held": ALL, "errors": 0},
        template_change=True,
    ),
    "maintenance-one-article": Case(
        {ONE_ARTICLE: Status(200, body=MAINTENANCE_PAGE)},
        "partial",
        1,
        {"articles_updated": 0, "articles_held": 1, "articles_unchanged": OTHERS},
    ),
    "template-to-javascript": Case(
        {ARTICLES: Rewrite(content_to_script)},
        "partial",
        1,
        {"articles_updated": 0, "articles_held": ALL},
        template_change=True,
    ),
    "junk-page-at-articles": Case(
        {ARTICLES: Status(200, body="x" * 1_000_000)},
        "partial",
        1,
        {"articles_updated": 0, "articles_held": ALL},
        template_change=True,
    ),
    "cp1252-declared-utf8": Case(
        {ARTICLES: Charset("utf-8", "cp1252")}, "ok", 0, CLEAN | {"articles_held": 0}
    ),
    "utf8-declared-latin1": Case(
        {ARTICLES: Charset("iso-8859-1", "utf-8")}, "ok", 0, CLEAN | {"articles_held": 0}
    ),
    # /page/N and tracking-parameter variants linked from every article, on the routes the last
    # run used: fetched never, learned from never (the articles, their bodies included, stay).
    "variants-on-every-route": Case({".": Variants()}, "ok", 0, CLEAN | {"articles_held": 0}),
}


@dataclass
class Outcome:
    exit: int
    output: str
    run: dict
    before: dict[str, dict]
    after: dict[str, dict]
    asked: list[float]  # when ONE was asked


def _nodenews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapers.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _crawl(db: Path, base_url: str, *args: str) -> subprocess.CompletedProcess:
    base = f"{SLUG}={base_url}{expected(SLUG)['mirror_path']}"
    return _nodenews("crawl", "--db", str(db), "--log-level", "INFO", "--node", SLUG,
                     "--base-url", base, "--log-file", str(db.with_suffix(".log")), "--full", *args)  # fmt: skip


def _articles(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("select * from articles").fetchall()
    return {r["url"]: {k: r[k] for k in r.keys() if k not in VOLATILE} for r in rows}  # noqa: SIM118


def _last_run(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("select * from crawl_runs order by id desc limit 1").fetchone())


@pytest.fixture(scope="module")
def clean_archive(tmp_path_factory) -> Path:
    """The kista mirror crawled once, without faults."""
    db = tmp_path_factory.mktemp("clean") / "nodenews.db"
    with FaultServer(SITES / SLUG / "site") as server:
        result = _crawl(db, server.base_url)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    return db


@pytest.fixture(scope="module")
def outcomes(request, clean_archive, tmp_path_factory) -> dict[str, Outcome]:
    """Every selected case's faulted crawl, run a few at a time."""
    chosen = {
        item.callspec.params["name"]
        for item in request.session.items
        if item.module is sys.modules[__name__] and hasattr(item, "callspec")
    }
    before = _articles(clean_archive)

    def run(name: str) -> Outcome:
        case = CASES[name]
        db = tmp_path_factory.mktemp(name) / "nodenews.db"
        shutil.copy(clean_archive, db)
        asked = []
        if case.refused:
            result = _crawl(db, f"http://127.0.0.1:{closed_port()}", *case.args)
        else:
            with FaultServer(SITES / SLUG / "site", case.faults) as server:
                result = _crawl(db, server.base_url, *case.args)
                asked = list(requests_to(server, ONE_ARTICLE))
        log = db.with_suffix(".log")
        output = result.stdout + result.stderr + (log.read_text() if log.exists() else "")
        return Outcome(result.returncode, output, _last_run(db), before, _articles(db), asked)

    with ThreadPoolExecutor(LANES) as pool:
        return dict(zip(chosen, pool.map(run, chosen), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_fault(outcomes, name):
    case, outcome = CASES[name], outcomes[name]
    run = outcome.run
    context = f"{run}\n{outcome.output[-3000:]}"
    assert run["status"] == case.status, context
    assert outcome.exit == case.exit, context
    for column, want in case.counts.items():
        assert run[column] == want if isinstance(want, int) else run[column] in want, (
            f"{column}: {run[column]} not {want}\n{context}"
        )
    assert json.loads(run["bounds"] or "null") == case.bounds, context
    assert "Traceback" not in outcome.output, context
    gaps = [later - earlier for earlier, later in itertools.pairwise(outcome.asked)]
    assert len(gaps) >= len(case.gaps), (outcome.asked, context)
    for gap, least in zip(gaps, case.gaps, strict=False):
        assert gap >= least, (gaps, case.gaps)
    assert bool(run["template_change"]) == case.template_change, context
    base = expected(SLUG)["canonical_base"]
    changed = {base + path for path in case.changed}
    for url, row in outcome.before.items():
        if url in changed:
            assert outcome.after[url]["content_hash"] != row["content_hash"], url
        else:
            assert outcome.after.get(url) == row, url


def test_every_fault_kind_of_the_server_is_in_the_matrix():
    """A fault added to tests/faults.py without a case in the matrix is a fault nobody tried."""
    import tests.faults as faults

    kinds = {
        name
        for name, value in vars(faults).items()
        if isinstance(value, type) and issubclass(value, Fault) and value is not Fault
    }
    used = {type(f).__name__ for case in CASES.values() for f in case.faults.values()}
    assert kinds <= used, kinds - used
    assert re.search(ARTICLES, f"/{ONE}/")
