"""nodenews' own Datasette plugin (registered in pyproject.toml's datasette entry points, so
`datasette` and `nodenews serve` behave alike): search's SQL functions on every connection,
the ranked search as the canned query `search`, search results that link to the archived article,
the articles' CSV as `nodenews export` writes it, the Atom feeds (archive/feeds.py), the articles'
facets from the archive's kept counts, the archive's own pages (templates/: the home page, the
articles list, an article), and the limits of archive/limits.py on every connection and query (the
database read-only, its path hidden)."""

import asyncio
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.filters import Filters
from datasette.utils import await_me_maybe, tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from archive import export, feeds, pages
from archive.facets import FACET_TITLES, SummaryFacet
from archive.limits import WATCHDOG_GRACE_S, guard_connection, limit_values, watched
from archive.network_pages import ROUTES, edge_articles_path
from archive.search import (
    HISTOGRAM_QUERY,
    SEARCH_QUERY,
    SNIPPET_MARKS,
    many_matches_sql,
    matcher,
    register_functions,
)

# Datasette's own database of its schemas, which it writes: no user query reaches it.
INTERNAL_DATABASE = "_internal"

# The articles table's CSV (/<db>/articles.csv, the table page's own CSV link) is the export's:
# these parameters are the export's options (Datasette's own _search included) ...
EXPORT_ARGS = {"_search", "_since", "_until", "_include_duplicates", "_excel", "_dl"}
# ... these say how Datasette shows a table, not which rows: the export's columns, order and
# whole selection are its own, so they change nothing. Any other _parameter (_where, _through,
# _next, ...) is refused rather than silently ignored.
DISPLAY_ARGS = {
    "_size", "_stream", "_labels", "_nolabels", "_nofacet", "_nocount", "_nosuggest", "_facet",
    "_facet_array", "_facet_date", "_facet_size", "_sort", "_sort_desc", "_col", "_nocol",
    "_header", "_shape", "_json", "_trace", "_timelimit", "_filter_column", "_filter_op",
    "_filter_value", "_facet_summary", "_nodenews_table",
}  # fmt: skip
# Filters the export has options of its own for, read as those options (and checked alike).
NODE_FILTERS = ("node", "node__exact")
# node_group: a node with its sister sites and press rooms, as the list's facet links to it
# (node_group__in stays one of Datasette's own column filters: the same rows, unchecked).
NODE_GROUP_FILTERS = ("node_group", "node_group__exact")
LANG_FILTERS = ("lang", "lang__exact")
TEMPLATES = Path(__file__).with_name("templates")


@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette) -> None:
    if database != INTERNAL_DATABASE:
        guard_connection(conn)
    register_functions(conn)
    # Datasette's table search (?_search=) matches escape_fts(:search) against the table's
    # fts_table, articles_search in metadata.yml. Given the parser's expression instead, it finds
    # what the ranked search finds, and no input is an error. (trylast: after Datasette's own.)
    conn.create_function("escape_fts", 1, matcher(conn), deterministic=True)

    def table_url(table: str, *filters: str | None) -> str:
        # The dashboard's charts link each bar to its rows: in SQL, for the database served.
        pairs = dict(zip(filters[::2], filters[1::2], strict=True))
        chosen = urlencode({key: value for key, value in pairs.items() if value not in ("", None)})
        return datasette.urls.table(database, table) + (f"?{chosen}" if chosen else "")

    # nodenews_table_url(table, name, value, ...): the table's page filtered by the pairs whose
    # value is not empty, e.g. ('articles', 'node', 'kista', 'lang', '') -> /db/articles?node=kista
    conn.create_function("nodenews_table_url", -1, table_url, deterministic=True)


# Datasette's table search narrows the articles by `rowid in (select rowid from <fts_table> ...)`,
# which SQLite answers by looking up each match's row and sorting them: 2 µs a match, 480 ms for a
# word in 315,711 of 1M articles (past the 1 s limit under load). A search with more than
# MANY_MATCHES gets a unary + on that rowid, no longer an index term: SQLite walks the list's order
# index newest first and stops at a page, 53 ms; fewer matches are looked up faster than that
# walk, which for a word nothing matches reads the whole index, 93 ms (benchmarks/archive.py).
DATASETTE_SEARCH = "rowid in (select rowid from "


@hookimpl(wrapper=True)
def filters_from_request(request, database, table, datasette):
    arguments = yield
    if table != "articles":
        return arguments
    return [_walking_the_list_order(datasette, database, pending) for pending in arguments]


def _walking_the_list_order(datasette, database: str, pending):
    async def rewritten():
        found = await await_me_maybe(pending)
        searched = found is not None and found.params.get("search")
        if searched:
            db = datasette.get_database(database)
            [many] = (await db.execute(many_matches_sql(), {"q": searched})).first()
            if many:
                found.where_clauses = [
                    f"+{clause}" if clause.startswith(DATASETTE_SEARCH) else clause
                    for clause in found.where_clauses
                ]
        return found

    return rewritten


@hookimpl
def canned_queries(datasette, database):
    # The ranked search and its histogram on every archive (their search tables made by
    # migration 12), from archive/search.py rather than a copy of their SQL in metadata.yml.
    async def queries() -> dict:
        if await datasette.get_database(database).table_exists("search_filters"):
            return {"search": dict(SEARCH_QUERY), "search_histogram": dict(HISTOGRAM_QUERY)}
        return {}

    return queries


@hookimpl
def startup(datasette) -> None:
    # Every query of every database, Datasette's and plugins' alike, ends by the time limit even
    # when a single slow step keeps Datasette's progress handler from running.
    seconds = datasette.setting("sql_time_limit_ms") / 1000 + WATCHDOG_GRACE_S
    for name, db in datasette.databases.items():
        if name != INTERNAL_DATABASE:
            db.execute_fn = watched(db.execute_fn, seconds)


@hookimpl
def register_routes():
    # Plugins' routes come before Datasette's: the articles' CSV is the export's, its feed ours;
    # the last two replace the pages that show absolute paths (each database's file; each task's
    # source file).
    return [
        (r"^/(?P<database>[^/.]+)/articles\.csv$", articles_csv),
        (r"^/(?P<database>[^/.]+)/articles\.atom$", articles_feed),
        (r"^/-/databases(\.(?P<format>json))?$", databases_without_paths),
        (r"^/-/threads(\.(?P<format>json))?$", threads_without_tasks),
        # The network's pages (archive/network_pages.py): the graph, a story, the vendored d3.
        *ROUTES,
    ]


async def databases_without_paths(datasette, request) -> Response:
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    return Response.json(
        [
            {
                "name": name,
                "route": db.route,
                "is_mutable": db.is_mutable,
                "is_memory": db.is_memory,
            }
            for name, db in datasette.databases.items()
            if name != INTERNAL_DATABASE
        ]
    )


async def threads_without_tasks(datasette, request) -> Response:
    await datasette.ensure_permissions(request.actor, ["view-instance"])
    names = sorted(thread.name for thread in threading.enumerate())
    return Response.json({"num_threads": len(names), "threads": names})


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # Rows of a query (no table) that name an article's url: its title links to the archived
    # article (the url, linked by Datasette, is the original beside it); a snippet's marks show.
    # The network's: a story's id opens its page, an edge's weight its articles.
    keys = row.keys()
    if isinstance(value, str) and (
        (table == "stories" and column == "id") or (table is None and column == "story")
    ):
        path = datasette.urls.path(f"/-/stories/{value}")
        return Markup(f'<a href="{escape(path)}">{escape(value)}</a>')
    if column == "weight" and {"source", "target", "kind", "period"} <= set(keys):
        path = edge_articles_path(datasette, database, dict(zip(keys, row, strict=True)))
        return Markup(f'<a href="{escape(path)}">{escape(value)}</a>')
    if table is not None or not isinstance(value, str):
        return None
    if column == "title" and "url" in keys and row["url"]:
        path = datasette.urls.row(database, "articles", tilde_encode(row["url"]))
        return Markup(f'<a href="{escape(path)}">{escape(value)}</a>')
    if column == "snippet":
        start, end = SNIPPET_MARKS
        marked = str(escape(value)).replace(start, "<mark>").replace(end, "</mark>")
        return Markup(marked)
    return None


def _listed(value: str) -> list[str]:
    if value.startswith("["):
        try:
            return [str(item) for item in json.loads(value)]
        except (ValueError, TypeError):
            raise ExportRequestError(f"bad node__in list: {value}") from None
    return value.split(",")


class ExportRequestError(ValueError):
    """A request the export cannot answer; the message is one line."""


def _export_options(args, columns: set[str]) -> tuple[dict, list[str], dict]:
    """The export's options, and Datasette's other column filters as SQL, from a table URL's
    parameters (Datasette's table page builds its CSV link from its own)."""
    options = {
        "search": args.get("_search") or None,
        "since": args.get("_since") or None,
        "until": args.get("_until") or None,
        "include_duplicates": bool(args.get("_include_duplicates")),
        "nodes": [],
        "node_groups": [],
        "lang": None,
    }
    pairs = []
    for key in args:
        if key.startswith("_") and "__" not in key:
            if key not in EXPORT_ARGS | DISPLAY_ARGS:
                raise ExportRequestError(f"{key} is not available in the export")
            continue
        values = args.getlist(key)
        if key in NODE_FILTERS:
            options["nodes"] += values
        elif key == "node__in":  # a,b or ["a","b"], as Datasette reads it
            options["nodes"] += [node for value in values for node in _listed(value)]
        elif key in NODE_GROUP_FILTERS:
            options["node_groups"] += values
        elif key in LANG_FILTERS:
            if len(values) > 1 or options["lang"]:
                raise ExportRequestError("one lang at a time")
            options["lang"] = values[0]
        else:
            pairs += [(key, value) for value in values]
    filters = Filters(sorted(pairs))
    lookups = {lookup for lookup, _, _ in filters.lookups()}
    for column, lookup, _ in filters.selections():
        if column not in columns or lookup not in lookups:
            raise ExportRequestError(f"no such filter on articles: {column}__{lookup}")
    where, params = filters.build_where_clauses("articles")
    return options, where, params


async def articles_csv(datasette, request):
    """The articles as `nodenews export` writes them, for the table page's filters, streamed."""
    name = tilde_decode(request.url_vars["database"])
    try:
        database = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"no database {name}") from None
    await datasette.ensure_permissions(
        request.actor,
        [("view-table", (name, "articles")), ("view-database", name), "view-instance"],
    )
    if not await database.table_exists("articles"):
        raise NotFound("no articles table")
    excel = bool(request.args.get("_excel"))
    # A connection of its own, read-only as Datasette's are, for the one cursor the whole
    # export is read through (Datasette's pool answers a query at a time, within its time limit).
    conn = database.connect()

    def prepare():
        # The value limits, not the time limit or the result cap: the export streams whole.
        limit_values(conn)
        register_functions(conn)
        columns = {row[1] for row in conn.execute("pragma table_info(articles)")}
        options, where, params = _export_options(request.args, columns)
        selection = export.select_articles(conn, where=where, params=params, **options)
        return export.csv_chunks(conn, selection, excel=excel)

    try:
        chunks = await asyncio.to_thread(prepare)
    except ValueError as error:
        conn.close()
        return Response.text(f"{error}\n", status=400)
    headers = {}
    if excel or request.args.get("_dl"):
        stem = "articles-excel" if excel else "articles"
        headers["content-disposition"] = f'attachment; filename="{stem}.csv"'
    # Like Datasette's own CSV: shown in the browser unless downloaded (_dl).
    kind = "text/csv" if headers else "text/plain"
    return ExportStream(chunks, conn, {"content-type": f"{kind}; charset=utf-8", **headers})


class ExportStream:
    """A streamed response of an export's chunks (bytes already: Datasette's AsgiStream would
    encode text again), closing its connection at the end, or when the reader goes away."""

    def __init__(self, chunks: export.Chunks, conn, headers: dict[str, str]) -> None:
        self.chunks, self.conn, self.headers = chunks, conn, headers

    async def asgi_send(self, send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [[key.encode(), value.encode()] for key, value in self.headers.items()],
            }
        )
        try:
            while chunk := await asyncio.to_thread(next, self.chunks, None):
                await send({"type": "http.response.body", "body": chunk[0], "more_body": True})
        finally:
            self.conn.close()
        await send({"type": "http.response.body", "body": b""})


async def articles_feed(datasette, request):
    """The Atom feed of the newest articles: ?node= a node (with its sister sites and press
    rooms) or one source, ?q= a search (archive/feeds.py)."""
    name = tilde_decode(request.url_vars["database"])
    try:
        db = datasette.get_database(name)
    except KeyError:
        return Response.text(f"no database {name}", status=404)
    if not await db.table_exists("articles"):
        return Response.text(f"no articles in {name}", status=404)
    node = request.args.get("node", "").strip()
    query = request.args.get("q", "").strip()
    node_name = None
    if node:
        found = (await db.execute(feeds.NODE_SQL, {"node": node})).first()
        if found is None:
            return Response.text(f"unknown node: {node}", status=404)
        node_name = found["name"]
    rows = [dict(row) for row in await db.execute(feeds.FEED_SQL, {"node": node, "q": query})]
    listing = {"node": node} if node else {}
    if query:
        listing["_search"] = query
    table = datasette.urls.table(name, "articles")
    feed = feeds.Feed(
        id=datasette.absolute_url(request, request.full_path),
        title=feeds.feed_title(datasette.metadata("title") or name, node_name, query),
        alternate=datasette.absolute_url(request, f"{table}?{urlencode(listing)}".rstrip("?")),
        updated_if_empty=datetime.now(UTC),
    )

    def archived(url: str) -> str:
        return datasette.absolute_url(
            request, datasette.urls.row(name, "articles", tilde_encode(url))
        )

    return Response(
        feeds.atom(feed, rows, archived), content_type="application/atom+xml; charset=utf-8"
    )


# The articles table's filters that a feed follows: table argument -> feed argument.
FEED_ARGUMENTS = {"node_group": "node", "node": "node", "_search": "q"}


@hookimpl
def table_actions(datasette, database, table, request):
    # The articles table's menu offers the feed of the node and search it shows.
    if table != "articles" or request is None:
        return None
    followed = {
        feed: request.args[argument]
        for argument, feed in FEED_ARGUMENTS.items()
        if request.args.get(argument)
    }
    path = datasette.urls.table(database, "articles", format="atom")
    named = {"node": "node", "q": "search"}
    label = ", ".join(f"{named[key]} {value}" for key, value in followed.items())
    return [
        {
            "href": f"{path}?{urlencode(followed)}".rstrip("?"),
            "label": f"Atom feed: {label or 'all articles'}",
        }
    ]


# The archive's own pages (archive/pages.py, archive/templates/) and the articles' facets.


@hookimpl
def register_facet_classes():
    return [SummaryFacet]


@hookimpl
def prepare_jinja2_environment(env, datasette) -> None:
    # Datasette looks for a plugin's templates beside it only when the plugin is a package; this
    # one is a module, so its folder joins the search path where a plugin's would: after
    # --template-dir's (a publisher's own templates still win), before Datasette's defaults.
    search_path = env.loader.loaders[0].searchpath
    search_path.insert(1 if datasette.template_dir else 0, str(TEMPLATES))


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def variables() -> dict:
        if view_name == "index":
            archive = await pages.archive_database(datasette)
            return {"archive": await pages.home(datasette, archive) if archive else None}
        if table != "articles" or database is None:
            return {}
        found = {
            "article_path": lambda url: pages.article_path(datasette, database, url),
            "node_names": dict(
                (
                    await datasette.get_database(database).execute("select slug, name from nodes")
                ).rows
            ),
            "facet_titles": FACET_TITLES,
        }
        if view_name == "row":
            url = tilde_decode(request.url_vars["pks"])
            found["article"] = await pages.article(datasette, database, url)
        return found

    return variables
