"""nodenews' own Datasette plugin (registered in pyproject.toml's datasette entry points, so
`datasette` and `nodenews serve` behave alike): search's SQL functions on every connection, and
search results that link to the archived article."""

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from archive.search import SNIPPET_MARKS, match_expression, register_functions


@hookimpl(trylast=True)
def prepare_connection(conn) -> None:
    register_functions(conn)
    # Datasette's table search (?_search=) matches escape_fts(:search) against the table's
    # fts_table, articles_search in metadata.yml. Given the parser's expression instead, it finds
    # what the ranked search finds, and no input is an error. (trylast: after Datasette's own.)
    conn.create_function("escape_fts", 1, match_expression, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    # Rows of a query (no table) that name an article's url: its title links to the archived
    # article (the url, linked by Datasette, is the original beside it); a snippet's marks show.
    if table is not None or not isinstance(value, str):
        return None
    keys = row.keys()
    if column == "title" and "url" in keys and row["url"]:
        path = datasette.urls.row(database, "articles", tilde_encode(row["url"]))
        return Markup(f'<a href="{escape(path)}">{escape(value)}</a>')
    if column == "snippet":
        start, end = SNIPPET_MARKS
        marked = str(escape(value)).replace(start, "<mark>").replace(end, "</mark>")
        return Markup(marked)
    return None
