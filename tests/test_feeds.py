"""Atom feeds (archive/feeds.py, served by nodenews' Datasette plugin): parsed back by
feedparser as a feed reader would."""

import asyncio
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
from datasette.app import Datasette

from archive import Archive
from archive.feeds import SUMMARY_CHARS, entry_summary, feed_time
from archive.serve import metadata_for
from tests.conftest import datasette_get

FETCHED = "2025-03-01T06:00:00+00:00"
BODY_B = " ".join(["Delegationen besökte laboratorierna i Hagastaden och Södertälje."] * 12)
ARTICLES = [
    {
        "url": "https://ssci.se/sv/aktuellt/forskning-i-hagastaden",
        "node": "ssci",
        "lang": "sv",
        "title": "Forskning och innovation i Hagastaden",
        "published": "2024-03-12T08:00:00+01:00",
        "summary": "Life science-klustret växer.",
        "body": "Forskning, vård och företag möts i Hagastaden.",
        "authors": ["Anna Berg"],
    },
    {
        # A press room's post, dated by day only, with no summary of its own.
        "url": "https://press.ssci.se/delegation",
        "node": "ssci-pressroom",
        "lang": "sv",
        "title": "Delegation från Södertälje besöker Hagastaden",
        "published": "2024-06-01",
        "summary": None,
        "body": BODY_B,
    },
    {
        "url": "https://kista.com/semiconductor-arena/",
        "node": "kista",
        "lang": "en",
        "title": "Semiconductor Arena launches in Kista",
        "published": "2025-01-20T10:00:00+01:00",
        "modified": "2025-02-01T09:00:00+01:00",
        "summary": "A new arena for innovation in semiconductors.",
        "body": "Kista welcomes the semiconductor industry.",
    },
    {
        # A republished copy (marked below): in no feed.
        "url": "https://kista.com/forskning-i-hagastaden/",
        "node": "kista",
        "lang": "sv",
        "title": "Forskning och innovation i Hagastaden",
        "published": "2025-03-01T08:00:00+01:00",
        "summary": "Life science-klustret växer.",
        "body": "Forskning, vård och företag möts i Hagastaden.",
    },
]
A, B, C, COPY = (article["url"] for article in ARTICLES)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("feeds") / "nodenews-demo.db"
    with Archive(path) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv", "en"], "wp")
        archive.upsert_node("ssci", "Stockholm Science City", "https://ssci.se/", ["sv"], None)
        archive.upsert_node(
            "ssci-pressroom",
            "Stockholm Science City press room",
            "https://press.ssci.se/",
            ["sv"],
            None,
            part_of="ssci",
        )
        for article in ARTICLES:
            archive.upsert_article(article, fetched_at=FETCHED)
        archive.set_duplicate_of(COPY, A)
    return path


def feed(db_path: Path, query: str = "") -> feedparser.FeedParserDict:
    """The feed at articles.atom + query (or at a path given whole), parsed."""
    path = query if query.startswith("/") else f"/nodenews-demo/articles.atom{query}"
    [response] = datasette_get(db_path, path)
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.text)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    return parsed


def archived(url: str) -> str:
    """The archived article's address, as Datasette names a row (tilde-encoded), written out."""
    paths = {
        A: "https~3A~2F~2Fssci~2Ese~2Fsv~2Faktuellt~2Fforskning-i-hagastaden",
        B: "https~3A~2F~2Fpress~2Essci~2Ese~2Fdelegation",
        C: "https~3A~2F~2Fkista~2Ecom~2Fsemiconductor-arena~2F",
    }
    return f"http://localhost/nodenews-demo/articles/{paths[url]}"


@pytest.mark.parametrize(
    "query, ids",
    [
        ("", [C, B, A]),  # newest first, the copy left out
        ("?node=ssci", [B, A]),  # a node with its press room
        ("?node=ssci-pressroom", [B]),  # one source of a node
        ("?node=kista", [C]),
        ("?q=sodertalje", [B]),  # a search, without the dots
        ("?q=forskning", [A]),
        ("?q=innovation&node=kista", [C]),
        ("?q=innovation&node=ssci-pressroom", []),
        ("?q=%22no+such+words%22", []),  # a search nothing matches yet is a feed still
    ],
)
def test_feed_entries(db_path, query, ids):
    assert [entry.id for entry in feed(db_path, query).entries] == ids


def test_an_entry_has_id_title_link_dates_summary_and_author(db_path):
    entries = {entry.id: entry for entry in feed(db_path).entries}
    a, b, c = entries[A], entries[B], entries[C]
    assert a.title == "Forskning och innovation i Hagastaden"
    assert a.link == archived(A)
    assert a.summary == "Life science-klustret växer."
    assert a.author == "Anna Berg"
    assert a.published_parsed[:5] == (2024, 3, 12, 7, 0)  # UTC
    assert a.updated == "2024-03-12T08:00:00+01:00"
    # Edited: updated is when the site says it changed.
    assert c.updated == "2025-02-01T09:00:00+01:00"
    assert c.published == "2025-01-20T10:00:00+01:00"
    # A day without a time, and a summary from the body's start.
    assert b.updated == "2024-06-01T00:00:00+00:00"
    assert b.summary.startswith("Delegationen besökte laboratorierna i Hagastaden och Södertälje.")
    assert b.summary.endswith("…")
    assert len(b.summary) <= SUMMARY_CHARS + 1


def test_entry_links_open_the_archived_articles(db_path):
    links = [entry.link.removeprefix("http://localhost") for entry in feed(db_path).entries]
    pages = datasette_get(db_path, *links)
    assert [page.status_code for page in pages] == [200, 200, 200]


def test_the_feed_names_what_it_follows(db_path):
    whole = feed(db_path).feed
    assert whole.title == "nodenews — news of the Stockholm region's innovation nodes"
    assert whole.id == "http://localhost/nodenews-demo/articles.atom"
    assert whole.updated == "2025-02-01T09:00:00+01:00"  # its newest entry's
    node = feed(db_path, "?node=ssci&q=hagastaden").feed
    assert node.title.endswith(" — Stockholm Science City — search: hagastaden")
    assert node.link == "http://localhost/nodenews-demo/articles?node=ssci&_search=hagastaden"


def test_an_unknown_node_is_a_one_line_404(db_path):
    async def get():
        ds = Datasette([str(db_path)], metadata=metadata_for(db_path))
        return await ds.client.get("/nodenews-demo/articles.atom?node=nowhere")

    response = asyncio.run(get())
    assert response.status_code == 404
    assert response.text == "unknown node: nowhere"


@pytest.mark.parametrize(
    "stored, moment",
    [
        (
            "2024-03-12T08:00:00+01:00",
            datetime(2024, 3, 12, 8, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("2024-06-01", datetime(2024, 6, 1, tzinfo=UTC)),
        ("2024-06-01T10:30:00", datetime(2024, 6, 1, 10, 30, tzinfo=UTC)),
        ("2024-06-01T10:30:00Z", datetime(2024, 6, 1, 10, 30, tzinfo=UTC)),
    ],
)
def test_feed_time(stored, moment):
    assert feed_time(stored) == moment


@pytest.mark.parametrize(
    "summary, body, expected",
    [
        ("  Lead.  ", "Body.", "Lead."),
        (None, "Short  body\n\nin two paragraphs.", "Short body in two paragraphs."),
        ("", "Body.", "Body."),
        (None, None, ""),
        (None, "ord " * 150, ("ord " * 100).strip() + "…"),
    ],
)
def test_entry_summary(summary, body, expected):
    assert entry_summary(summary, body) == expected


@pytest.mark.parametrize(
    "listing, entries",
    [
        ("", [C, B, A]),
        ("?node_group=ssci", [B, A]),
        ("?node=ssci-pressroom", [B]),
        ("?_search=innovation&node=kista", [C]),
    ],
)
def test_the_articles_table_offers_the_feed_of_what_it_shows(db_path, listing, entries):
    # Datasette's own table page (the archive's list of articles is at /articles without it).
    separator = "&" if listing else "?"
    [page] = datasette_get(db_path, f"/nodenews-demo/articles{listing}{separator}_nodenews_table=1")
    [href] = re.findall(r'<a href="([^"]*articles\.atom[^"]*)"', page.text)
    assert [entry.id for entry in feed(db_path, href.replace("&amp;", "&")).entries] == entries
