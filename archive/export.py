"""Export stored articles as CSV or JSON, filtered the way a reader asks.

The one definition of the export: its columns, its rows and how a cell is written. `nodenews
export` and the archive's CSV on Datasette (`/<db>/articles.csv`, served by
archive/datasette_plugin.py from here) both select with `select_articles` and write with
`csv_chunks` / `json_chunks`, so the same filter gives the same file. Rows stream from a cursor
in chunks: memory stays constant however many articles the archive holds.
"""

import io
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO, TextIO

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
    "gone_at",  # the site no longer has it: found by a search, and marked
)
LIST_COLUMNS = ("authors", "tags")  # stored as JSON lists
CSV_LIST_SEPARATOR = "; "
CSV_LINE_END = "\r\n"  # RFC 4180's, and what Excel writes
FORMATS = ("csv", "json")
# Excel as a Windows or Swedish user opens a CSV by double-click: UTF-8 only with a byte order
# mark (else "vÃ¤lkomnar"), and the list separator of the locale, ";" where "," is the decimal comma.
EXCEL_BOM = "\ufeff"
EXCEL_DELIMITER = ";"
# A cell a spreadsheet would run as a formula (OWASP's "CSV injection" list) is written with a
# single quote before it, which spreadsheets show as text. Every export column is text (no column
# holds a number, so no negative number is ever quoted); a title beginning with "-" gets the quote too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
# Rows per chunk written: big enough that a chunk costs little (one write, one hop out of
# Datasette's worker thread), small enough that a chunk of long bodies stays a few MB.
CHUNK_ROWS = 500
_LINE_END = CSV_LINE_END.encode()
# What an export is written as: UTF-8 bytes, each with the number of articles in it.
Chunks = Iterator[tuple[bytes, int]]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Selection:
    """The articles an export writes: checked conditions on the articles table, with their named
    parameters, in the export's order."""

    where: str = ""
    params: dict = field(default_factory=dict)

    def select(self, columns: Iterable[str]) -> str:
        return (
            f"select {', '.join(columns)} from articles{self.where}"
            " order by articles.published desc, articles.url"
        )


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


def _known(conn: sqlite3.Connection, sql: str) -> str:
    return ", ".join(row[0] for row in conn.execute(sql)) or "none"


def _check_nodes(conn: sqlite3.Connection, nodes: Sequence[str]) -> None:
    for node in nodes:
        found = conn.execute(
            "select exists(select 1 from nodes where slug = ?)"
            " or exists(select 1 from articles where node = ?)",
            (node, node),
        ).fetchone()[0]
        if not found:
            known = _known(conn, "select slug from nodes union select node from articles")
            raise ValueError(f"unknown node '{node}': the archive has {known}")


def _check_node_groups(conn: sqlite3.Connection, groups: Sequence[str]) -> None:
    """A group is a node's slug with its sister sites and press rooms (registry `part_of`)."""
    for group in groups:
        found = conn.execute(
            "select exists(select 1 from nodes where node_group = ?)"
            " or exists(select 1 from articles where node_group = ?)",
            (group, group),
        ).fetchone()[0]
        if found:
            continue
        known = _known(
            conn,
            "select node_group from nodes union"
            " select node_group from articles where node_group is not null order by 1",
        )
        # A sister site's slug is the likeliest mistake: say which group it is in.
        part = conn.execute("select part_of from nodes where slug = ?", (group,)).fetchone()
        within = f" ('{group}' is part of {part[0]})" if part and part[0] else ""
        raise ValueError(f"unknown node group '{group}'{within}: the archive has {known}")


def _check_lang(conn: sqlite3.Connection, lang: str) -> None:
    found = conn.execute("select exists(select 1 from articles where lang = ?)", (lang,)).fetchone()
    if not found[0]:
        known = _known(conn, "select distinct lang from articles where lang is not null order by 1")
        raise ValueError(f"unknown language '{lang}': the archive has {known}")


def select_articles(
    conn: sqlite3.Connection,
    *,
    nodes: Iterable[str] = (),
    node_groups: Iterable[str] = (),
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    include_duplicates: bool = False,
    where: Iterable[str] = (),
    params: dict | None = None,
) -> Selection:
    """The export's rows for these filters, newest first, then by url; ValueError (one line) for
    a bad date, an unknown node, node group or language.

    `nodes` are sites (exact slugs), `node_groups` nodes with their sister sites and press rooms
    (articles.node_group); each is any of its values, and every filter given must hold.

    since/until (YYYY-MM-DD, inclusive) compare with the date part of `published` as the site
    wrote it (not converted to UTC), so articles without a date drop out when either is given.
    `search` is a researcher's query (archive/query.py), finding what the ranked search finds.
    Republished copies (duplicate_of set) are left out unless include_duplicates. `where` and
    `params`: further conditions on the articles table (Datasette's own column filters).
    """
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    if since and until and since > until:
        raise ValueError(f"--since {since} is after --until {until}")
    nodes = list(nodes)
    _check_nodes(conn, nodes)
    node_groups = list(node_groups)
    _check_node_groups(conn, node_groups)
    if lang is not None:
        _check_lang(conn, lang)

    conditions = list(where)
    args = dict(params or {})
    if search:
        conditions.append(
            "articles.rowid in (select rowid from articles_search"
            " where articles_search match nodenews_match(:export_search))"
        )
        args["export_search"] = search
    for column, values in (("node", nodes), ("node_group", node_groups)):
        if values:
            names = [f"export_{column}_{number}" for number in range(len(values))]
            conditions.append(f"articles.{column} in ({', '.join(':' + name for name in names)})")
            args |= dict(zip(names, values, strict=True))
    # The unary + keeps SQLite off the lang and duplicate_of indexes (two values, nearly all
    # null): walking the published index gives the order without sorting a million rows.
    if lang:
        conditions.append("+articles.lang = :export_lang")
        args["export_lang"] = lang
    # published >= the day and < the next day: the same as comparing its first ten characters,
    # and the published index can answer it.
    if since:
        conditions.append("articles.published >= :export_since")
        args["export_since"] = since
    if until:
        conditions.append("articles.published < :export_before")
        args["export_before"] = (date.fromisoformat(until) + timedelta(days=1)).isoformat()
    if not include_duplicates:
        conditions.append("+articles.duplicate_of is null")
    where = " where " + " and ".join(f"({c})" for c in conditions) if conditions else ""
    return Selection(where, args)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def csv_cell(column: str) -> str:
    """The SQL of a column's CSV cell as UTF-8 text: a list joined with '; ', a formula
    neutralised, then quoted (every non-null cell: RFC 4180 allows it, and no cell needs a look
    first); null is an empty cell.

    SQLite writes the line, not Python's csv module: its writer copies a cell a character at a
    time: 62,000 rows per CPU-second for benchmarks/archive.py's 1.2 KB articles before anything
    else is done, where SQLite builds their quoted lines at 120,000. Tests read every line back
    with the csv module.
    """
    if column in LIST_COLUMNS:  # joined once, in a subquery of its own
        separator = _literal(CSV_LIST_SEPARATOR)
        joined = (
            f"select group_concat(value, {separator}) as joined from json_each(articles.{column})"
        )
        return f"(select {_quoted('joined')} from ({joined}))"
    return _quoted(f"articles.{column}")


def _quoted(value: str) -> str:
    starts = ", ".join(_literal(start) for start in FORMULA_STARTS)
    quote, guarded = _literal('"'), _literal('"' + FORMULA_GUARD)
    opening = f"case when substr({value}, 1, 1) in ({starts}) then {guarded} else {quote} end"
    return f"""coalesce({opening} || replace({value}, '"', '""') || '"', '')"""


def csv_line(delimiter: str = ",") -> str:
    """The SQL of one article's CSV line (without its line break), as UTF-8 bytes."""
    cells = f" || {_literal(delimiter)} || ".join(csv_cell(column) for column in COLUMNS)
    return f"cast({cells} as blob)"


def csv_chunks(conn: sqlite3.Connection, selection: Selection, *, excel: bool = False) -> Chunks:
    """The selected articles as CSV, the header first: commas and CRLF (RFC 4180), or for Excel
    a byte order mark and ';'."""
    delimiter = EXCEL_DELIMITER if excel else ","
    cursor = conn.execute(selection.select([csv_line(delimiter)]), selection.params)
    header = (EXCEL_BOM if excel else "") + delimiter.join(COLUMNS) + CSV_LINE_END
    yield header.encode(), 0
    while lines := cursor.fetchmany(CHUNK_ROWS):
        yield _LINE_END.join(line for (line,) in lines) + _LINE_END, len(lines)


def json_record(row: tuple) -> dict:
    """One JSON object: lists as lists, text as stored (JSON is read by programs, which run no
    formulas, so nothing is neutralised: the quote would only corrupt the text)."""
    record = dict(zip(COLUMNS, row, strict=True))
    for column in LIST_COLUMNS:
        record[column] = json.loads(record[column]) if record[column] else []
    return record


def json_chunks(conn: sqlite3.Connection, selection: Selection) -> Chunks:
    """The selected articles as a JSON array, one article a line."""
    cursor = conn.execute(selection.select(f"articles.{c}" for c in COLUMNS), selection.params)
    opening = "["
    while rows := cursor.fetchmany(CHUNK_ROWS):
        records = (json.dumps(json_record(row), ensure_ascii=False) for row in rows)
        yield (opening + "\n" + ",\n".join(records)).encode(), len(rows)
        opening = ","
    yield ("[]\n" if opening == "[" else "\n]\n").encode(), 0


def write_export(
    conn: sqlite3.Connection,
    selection: Selection,
    out: BinaryIO | TextIO,
    *,
    fmt: str = "csv",
    excel: bool = False,
) -> int:
    """Write the selected articles to `out` (bytes, or text) as they are read; return how many
    were written."""
    if fmt == "csv":
        chunks = csv_chunks(conn, selection, excel=excel)
    else:
        chunks = json_chunks(conn, selection)
    text = isinstance(out, io.TextIOBase)
    written = 0
    for chunk, rows in chunks:
        out.write(chunk.decode("utf-8") if text else chunk)
        written += rows
    return written


def check_format(fmt: str, *, excel: bool = False) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': expected one of {', '.join(FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("--excel is a kind of CSV: use it with --format csv")


def export_articles(
    archive_or_path: Archive | str | Path,
    out: BinaryIO | TextIO,
    *,
    fmt: str = "csv",
    excel: bool = False,
    nodes: Iterable[str] = (),
    node_groups: Iterable[str] = (),
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    include_duplicates: bool = False,
) -> int:
    """Write the matching articles to `out` (see select_articles); return how many were written.

    Lists are joined with '; ' in CSV and stay lists in JSON. Bad options raise ValueError
    before anything is written.
    """
    check_format(fmt, excel=excel)
    archive = archive_or_path
    if not isinstance(archive, Archive):
        archive = Archive(archive_or_path, create=False)
    try:
        selection = select_articles(
            archive.db.conn,
            nodes=nodes,
            node_groups=node_groups,
            lang=lang,
            since=since,
            until=until,
            search=search,
            include_duplicates=include_duplicates,
        )
        return write_export(archive.db.conn, selection, out, fmt=fmt, excel=excel)
    finally:
        if archive is not archive_or_path:
            archive.close()
