"""What the archive's own pages show (templates in archive/templates/, given to Datasette by the
plugin): the home page's summary and an article's page. Read-only queries through Datasette; the
counts come from the summaries the archive keeps (schema.SUMMARIES), never from a scan of the
articles, so the home page costs the same at 1M articles as at 100."""

from __future__ import annotations

import json
from typing import Any

from datasette.utils import tilde_encode

# Where the project documents exporting (the README's section).
EXPORT_DOCS = "https://github.com/nodenews/nodenews#exporting"
DASHBOARD_PATH = "/-/dashboards/activity"


async def archive_database(datasette: Any) -> str | None:
    """The served database that holds the archive: the first with an articles table."""
    for name, database in datasette.databases.items():
        if name != "_internal" and "articles" in await database.table_names():
            return name
    return None


def article_path(datasette: Any, database: str, url: str) -> str:
    """The archived article's page (a row page of the articles table)."""
    return datasette.urls.row(database, "articles", tilde_encode(url))


async def home(datasette: Any, database: str) -> dict:
    """The home page's figures: articles in all, per node grouped under the node each is part
    of, first and last publication, the last successful crawl."""
    db = datasette.get_database(database)
    # (`nodenews serve` opens the archive first, so its migrations, the kept counts, are there.)
    sql = "select node, sum(articles) from article_counts group by node"
    counts = dict((await db.execute(sql)).rows)
    nodes = (
        await db.execute("select slug, name, base_url, node_group from nodes order by name")
    ).rows
    groups: dict[str, dict] = {}
    for slug, name, base_url, group in nodes:
        if (group or slug) == slug:
            groups[slug] = {"slug": slug, "name": name, "base_url": base_url, "sources": []}
    for slug, name, base_url, group in nodes:
        entry = {"slug": slug, "name": name, "base_url": base_url, "articles": counts.get(slug, 0)}
        if slug != group and group in groups:
            groups[group]["sources"].append(entry)
        else:  # a node of its own (or part of one the archive does not hold)
            groups.setdefault(slug, entry | {"sources": []})["own"] = entry["articles"]
    for group in groups.values():
        group["articles"] = group["own"] + sum(s["articles"] for s in group["sources"])
    # min() and max() of an indexed column: one index lookup each.
    first = (await db.execute("select min(published) from articles")).first()[0]
    last = (await db.execute("select max(published) from articles")).first()[0]
    crawled = (
        await db.execute("select max(finished) from crawl_runs where status = 'ok'")
    ).first()[0]
    return {
        "database": database,
        "articles": sum(counts.values()),
        "groups": list(groups.values()),
        "first_published": first,
        "last_published": last,
        "last_crawl": crawled,
        "links": {
            "articles": datasette.urls.table(database, "articles"),
            "search": datasette.urls.query(database, "search"),
            "dashboard": datasette.urls.path(DASHBOARD_PATH),
            # The Atom feeds (archive/feeds.py): the whole archive's; ?node= a node's group.
            "feed": datasette.urls.table(database, "articles", format="atom"),
            "nodes": datasette.urls.table(database, "nodes"),
            "export_docs": EXPORT_DOCS,
        },
    }


def _decoded(value: str | None, empty: Any) -> Any:
    try:
        return json.loads(value) if value else empty
    except ValueError:
        return empty


def _web_address(value: object) -> bool:
    """Whether a stored address may be a link: http(s) only (a javascript: one would run)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


async def article(datasette: Any, database: str, url: str) -> dict | None:
    """An article as its page shows it: fields decoded, the body as paragraphs, and links to the
    archived versions in other languages and to its original and its copies (both directions)."""
    db = datasette.get_database(database)
    found = await db.execute("select * from articles where url = ?", [url])
    row = found.first()
    if row is None:
        return None
    names = dict((await db.execute("select slug, name from nodes")).rows)

    async def linked(sql: str, params: list | dict) -> list[dict]:
        rows = (await db.execute(sql, params)).rows
        return [
            {
                "url": other["url"],
                "title": other["title"],
                "lang": other["lang"],
                "node": names.get(other["node"], other["node"]),
                "path": article_path(datasette, database, other["url"]),
            }
            for other in rows
        ]

    declared = _decoded(row["translations"], {})
    # Those it names and those that name it (translation_links holds every declaration).
    translations = await linked(
        """select url, title, lang, node from articles where url in (
             select twin from translation_links where url = :url
             union select url from translation_links where twin = :url
           ) and url != :url order by lang, url""",
        {"url": url},
    )
    archived = {other["url"] for other in translations}
    original = await linked(
        "select url, title, lang, node from articles where url = ?", [row["duplicate_of"] or ""]
    )
    copies = await linked(
        "select url, title, lang, node from articles where duplicate_of = ? order by url", [url]
    )
    return {
        "url": url,
        "path": article_path(datasette, database, url),
        "original_link": _web_address(url),  # its own address, a link when http(s)
        "title": row["title"],
        "node": row["node"],
        "node_name": names.get(row["node"], row["node"]),
        "group": row["node_group"],
        "group_name": names.get(row["node_group"], row["node_group"]),
        "lang": row["lang"],
        "published": row["published"],
        "modified": row["modified"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "gone_at": row["gone_at"],
        "authors": _decoded(row["authors"], []),
        "tags": _decoded(row["tags"], []),
        "summary": row["summary"],
        "paragraphs": [p for p in (row["body"] or "").split("\n\n") if p.strip()],
        "translations": translations,
        # declared but not archived: the site's own address
        "translations_elsewhere": [
            {"lang": lang, "url": value}
            for lang, value in declared.items()
            if _web_address(value) and value not in archived
        ],
        "original": original[0] if original else None,
        "original_elsewhere": (
            row["duplicate_of"] if _web_address(row["duplicate_of"]) and not original else None
        ),
        "copies": copies,
        "sources": _decoded(row["sources"], {}),
        "discovered_by": row["discovered_by"],
        "extractor": row["extractor"],
    }
