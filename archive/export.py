"""Export stored articles as CSV or JSON, filtered the way a reader asks."""

import csv
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from archive.store import Archive

COLUMNS = (
    "url",
    "node",
    "lang",
    "title",
    "published",
    "modified",
    "authors",
    "tags",
    "summary",
    "body",
    "duplicate_of",
)
LIST_COLUMNS = ("authors", "tags")
CSV_LIST_SEPARATOR = "; "
FORMATS = ("csv", "json")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_date(value: str | None, option: str) -> str | None:
    """Accept exactly YYYY-MM-DD (fromisoformat alone would also take 20240101)."""
    if value is None:
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"bad {option} date '{value}': expected YYYY-MM-DD") from None
    return value


def _query(
    nodes: Iterable[str],
    lang: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
    include_duplicates: bool,
) -> tuple[str, list]:
    columns = ", ".join(f"articles.{c}" for c in COLUMNS)
    sql = f"select {columns} from articles"
    where: list[str] = []
    args: list = []
    if search:  # what the ranked search finds (archive/search.py), in the export's order
        where.append(
            "articles.rowid in (select rowid from articles_search"
            " where articles_search match nodenews_match(?))"
        )
        args.append(search)
    if nodes := list(nodes):
        where.append(f"articles.node in ({', '.join('?' for _ in nodes)})")
        args += nodes
    if lang:
        where.append("articles.lang = ?")
        args.append(lang)
    # The date as the site wrote it (first ten characters), not converted to UTC, so an article
    # published at 00:30+02:00 counts on the day its readers saw.
    if since:
        where.append("substr(articles.published, 1, 10) >= ?")
        args.append(since)
    if until:
        where.append("substr(articles.published, 1, 10) <= ?")
        args.append(until)
    if not include_duplicates:
        where.append("articles.duplicate_of is null")
    if where:
        sql += " where " + " and ".join(where)
    return sql + " order by articles.published desc, articles.url", args


def export_articles(
    archive_or_path: Archive | str | Path,
    out: TextIO,
    *,
    fmt: str = "csv",
    nodes: Iterable[str] = (),
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    include_duplicates: bool = False,
) -> int:
    """Write the matching articles to `out`; return how many were written.

    since/until (YYYY-MM-DD, inclusive) compare with the date part of `published`, so articles
    without a date drop out when either is given. `search` is a researcher's query (words,
    "phrases", -exclusions, OR, prefix*: archive/query.py), found as the ranked search finds
    it; it filters, and the order stays newest first, then url. Republished copies (duplicate_of set) are left out unless
    include_duplicates. Lists are joined with '; ' in CSV and stay lists in JSON.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': expected one of {', '.join(FORMATS)}")
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    if since and until and since > until:
        raise ValueError(f"--since {since} is after --until {until}")
    sql, args = _query(nodes, lang, since, until, search, include_duplicates)

    archive = archive_or_path
    if not isinstance(archive, Archive):
        archive = Archive(archive_or_path, create=False)
    try:
        rows = list(archive.db.query(sql, args))
    finally:
        if archive is not archive_or_path:
            archive.close()

    for row in rows:
        for column in LIST_COLUMNS:
            row[column] = json.loads(row[column]) if row[column] else []
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(
                row | {c: CSV_LIST_SEPARATOR.join(row[c]) for c in LIST_COLUMNS},
            )
    return len(rows)
