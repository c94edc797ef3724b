"""Incremental and polite crawling: who we say we are, conditional answers from the mirror server, and
(against mirrors, requests counted by the server) what a re-crawl costs."""

from __future__ import annotations

import shutil
import urllib.request
from urllib.error import HTTPError

import pytest
from click.testing import CliRunner

from scrapers.cli import main
from scrapers.settings import DEFAULT_CONTACT, contact_url, user_agent
from tests.conftest import SITES, expected, nodenews
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
