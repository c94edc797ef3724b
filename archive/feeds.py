"""Atom feeds of the archive: the newest articles of the whole archive, of a node (with its
sister sites and press rooms) or of a search, each entry linking to the archived article.

Served by nodenews' Datasette plugin at /<database>/articles.atom?node=...&q=... (see
archive/datasette_plugin.py). A search is parsed by archive/query.py through search.py's
nodenews_match, as every other search is. Republished copies are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator

# Entries per feed: a reader polling daily sees weeks of the busiest node's news.
FEED_SIZE = 50
# An entry's summary when the article has none: its body's start, this long at most.
SUMMARY_CHARS = 400
ELLIPSIS = "…"

_COLUMNS = f"""
  articles.url, articles.title, articles.summary, substr(articles.body, 1, {SUMMARY_CHARS + 1}) as body,
  articles.published, articles.modified, articles.authors, articles.lang,
  nodes.name as node_name
"""
# :node is a node (its group: the node, its sister sites and press rooms) or one source of a
# group, :q a search; '' is any. The unary + keeps SQLite walking the articles newest first (an
# index on published) and stopping at the FEED_SIZE-th: otherwise it gathers every non-copy, or
# every match, and sorts them (1.0 s at 100k articles for the whole archive, 2.5 s at 1M for a
# common word; now 0.2 ms and 280 ms, benchmarks/activity.py).
FEED_SQL = f"""
select {_COLUMNS}
from articles left join nodes on nodes.slug = articles.node
where +articles.duplicate_of is null and articles.published is not null
  and (:node = '' or articles.node_group = :node or articles.node = :node)
  and (:q = '' or +articles.rowid in (
    select rowid from articles_search where articles_search match nodenews_match(:q)
  ))
order by articles.published desc
limit {FEED_SIZE}
"""
# The node a feed is of, or nothing when the slug is unknown.
NODE_SQL = "select slug, name, node_group from nodes where slug = :node"


@dataclass(frozen=True)
class Feed:
    id: str  # the feed's own address, absolute
    title: str
    alternate: str  # the same articles as a page, absolute
    updated_if_empty: datetime  # a feed needs an <updated> even with no entries


def feed_time(value: str) -> datetime:
    """A stored date as Atom needs it, with an offset: a day without a time is its start in UTC."""
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def entry_summary(summary: str | None, body: str | None) -> str:
    """The article's summary, else its body's start cut at a word."""
    if summary and summary.strip():
        return summary.strip()
    text = " ".join((body or "").split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + ELLIPSIS


def feed_title(site: str, node_name: str | None, query: str) -> str:
    parts = [site]
    if node_name:
        parts.append(node_name)
    if query:
        parts.append(f"search: {query}")
    return " — ".join(parts)


def atom(feed: Feed, rows: list[dict], archived_url) -> bytes:
    """The feed as Atom XML, its entries in the rows' order; archived_url(url) is the address of
    an article's archived page."""
    generator = FeedGenerator()
    generator.id(feed.id)
    generator.title(feed.title)
    generator.link(href=feed.id, rel="self", type="application/atom+xml")
    generator.link(href=feed.alternate, rel="alternate", type="text/html")
    updated = [feed_time(row["modified"] or row["published"]) for row in rows]
    generator.updated(max(updated, default=feed.updated_if_empty))
    for row, entry_updated in zip(rows, updated, strict=True):
        entry = generator.add_entry(order="append")
        entry.id(row["url"])  # the node's own page, which the archived one links to
        entry.title(row["title"] or row["url"])
        # One link: feedgen 1.0 writes no rel of an entry's links, so a second would be another
        # "alternate".
        entry.link(href=archived_url(row["url"]))
        entry.published(feed_time(row["published"]))
        entry.updated(entry_updated)
        entry.summary(entry_summary(row["summary"], row["body"]))
        for name in json.loads(row["authors"] or "[]"):
            entry.author(name=name)
        if row["node_name"]:
            entry.category(term=row["node_name"])
    return generator.atom_str(pretty=True)
