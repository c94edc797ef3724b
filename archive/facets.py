"""The articles table's facets, counted from the summaries the archive keeps (schema.SUMMARIES)
whenever the page's filters are ones a summary counts by, a search's from its matches in
search_filters (archive/search.py), and from the filtered rows otherwise.

Datasette's own facets count the rows on every page view: at 1M articles 100 ms for each facet on an
indexed column, 2 s for one on rows filtered by another column, 12 s for the tags' JSON lists
(benchmarks/archive.py). A summary answers in a few milliseconds. Configured in metadata.yml as
`- summary: <column>`, asked for in a URL as `?_facet_summary=<column>`.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from archive.schema import SUMMARIES
from archive.search import SEARCH_FACET_FILTERS, SEARCH_FACETS, search_facets

# Columns holding a JSON list: a facet counts each value of the lists (and filters with
# __arraycontains), from tag_counts' `tag`.
LIST_COLUMNS = {"tags_normalised": ("tag_counts", "tag")}
# Columns whose facet lists values in date order, newest first, instead of by count.
DATE_ORDERED = {"published_year", "published_month"}
# Columns naming a node: a facet labels their values with the node's name.
NODE_COLUMNS = {"node", "node_group"}
# The facets as the articles' page titles them, in the order it shows them.
FACET_TITLES = {
    "node_group": "Node (with its sister sites and press rooms)",
    "node": "Site (a node's sources apart)",
    "lang": "Language",
    "published_year": "Year",
    "published_month": "Month",
    "tags_normalised": "Tag",
}
# Query-string arguments that change what a page shows but not which rows it counts.
PRESENTATION_ARGS = {"_size", "_next", "_sort", "_sort_desc", "_col", "_nocol", "_labels", "_shape"}
PRESENTATION_ARGS |= {"_facet_size", "_nofacet", "_nosuggest", "_trace", "_json", "_nl"}
PRESENTATION_ARGS |= {"_nodenews_table"}  # Datasette's own table page (templates/table.html)


def summary_filters(pairs: list[tuple[str, str]], columns: tuple[str, ...]) -> dict | None:
    """The page's filters as a summary's column -> value (plus `copy` for duplicate_of__isnull),
    or None when any filter is one the summary (counting by `columns`) cannot answer."""
    filters: dict[str, str | int] = {}
    for key, value in pairs:
        if key.startswith("_facet") or key in PRESENTATION_ARGS:
            continue
        column, _, operator = key.partition("__")
        if column in columns and operator in ("", "exact"):
            if filters.get(column, value) != value:
                return None  # two values for one column: not a summary's question
            filters[column] = value
        elif (column, operator) == ("duplicate_of", "isnull"):
            filters["copy"] = 0
        elif (column, operator) == ("duplicate_of", "notnull"):
            filters["copy"] = 1
        else:
            return None
    return filters


class SummaryFacet(Facet):
    type = "summary"

    async def facet_results(self) -> tuple[list[dict], list[str]]:
        results, timed_out = [], []
        pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        names = await self._node_names()
        configs = self.get_configs()
        columns = [item["config"].get("column") or item["config"]["simple"] for item in configs]
        try:
            searched = await self._search_counts(columns, pairs)
        except QueryInterrupted:
            searched, timed_out = {}, [column for column in columns if column in SEARCH_FACETS]
        among = searched.pop("", None)  # the matches a search's facets count, when not all
        for item, column in zip(configs, columns, strict=True):
            if column in timed_out:
                continue
            try:
                rows = searched.get(column)
                if rows is None:
                    rows = await self._counts(column, pairs, size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for value, count in rows[:size]:
                label = names.get(value, value) if column in NODE_COLUMNS else value
                values.append(self._value(column, value, label, count, pairs))
            removed = path_with_removed_args(self.request, {"_facet_summary": column})
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": item["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(removed),
                    "results": values,
                    "truncated": len(rows) > size,
                    "among": among if column in searched else None,
                }
            )
        return results, timed_out

    async def _counts(self, column: str, pairs: list[tuple[str, str]], limit: int) -> list:
        """(value, count) rows, from a summary when one can answer, else from the page's rows."""
        table, counted = LIST_COLUMNS.get(column, ("article_counts", column))
        order = "value desc" if column in DATE_ORDERED else "count desc, value"
        counts_it = table == "tag_counts" or column in SUMMARIES[table]
        filters = summary_filters(pairs, SUMMARIES[table]) if counts_it else None
        if filters is not None:
            where = " and ".join(f"{escape_sqlite(c)} = :{c}" for c in filters) or "1"
            sql = (
                f"select {escape_sqlite(counted)} as value, sum(articles) as count "
                f"from {table} where {where} and value != '' "
                f"group by value having count > 0 order by {order} limit {limit}"
            )
            params = filters
        elif column in LIST_COLUMNS:
            sql = (
                f"select item.value as value, count(*) as count from ({self.sql}) as page_rows, "
                f"json_each(page_rows.{escape_sqlite(column)}) as item "
                f"group by item.value order by {order} limit {limit}"
            )
            params = self.params
        else:
            sql = (
                f"select {escape_sqlite(column)} as value, count(*) as count from ({self.sql}) "
                f"where value is not null group by value order by {order} limit {limit}"
            )
            params = self.params
        return [tuple(row) for row in (await self._execute(sql, params)).rows]

    async def _execute(self, sql: str, params: dict, time_limit_ms: int | None = None):
        return await self.ds.execute(
            self.database,
            sql,
            params,
            truncate=False,
            custom_time_limit=time_limit_ms or self.ds.setting("facet_time_limit_ms"),
        )

    async def _search_counts(self, columns: list[str], pairs: list[tuple[str, str]]) -> dict:
        """column -> its (value, count) rows in facet order, for the columns a table search's
        matches are counted by in search_filters (archive/search.py), and '' -> how many newest
        matches they count when not all; {} unless the page is a search (?_search=, as typed) whose
        other filters search_filters can answer."""
        searches = [value for key, value in pairs if key == "_search"]
        if len(searches) != 1:
            return {}
        others = [(key, value) for key, value in pairs if key != "_search"]
        filters = summary_filters(others, tuple(SEARCH_FACET_FILTERS.keys() - {"copy"}))
        if filters is None:
            return {}
        query = search_facets(columns, searches[0], filters)
        counted: dict = {column: [] for column in columns if column in SEARCH_FACETS}
        # One query doing the work of a facet per column: that many facets' time.
        limit = self.ds.setting("facet_time_limit_ms") * len(counted)
        for column, value, count in (await self._execute(*query, limit)).rows:
            if column == "":
                counted[""] = count
            else:
                counted[column].append((value, count))
        for column, rows in counted.items():
            if column in DATE_ORDERED:
                rows.sort(key=lambda row: row[0], reverse=True)
            elif column:
                rows.sort(key=lambda row: (-row[1], row[0]))
        return counted

    async def _node_names(self) -> dict[str, str]:
        rows = await self.ds.execute(self.database, "select slug, name from nodes")
        return {slug: name for slug, name in rows.rows}

    def _value(self, column: str, value, label, count: int, pairs) -> dict:
        key = f"{column}__arraycontains" if column in LIST_COLUMNS else column
        selected = (key, str(value)) in pairs
        if selected:
            path = path_with_removed_args(self.request, {key: str(value)})
        else:
            path = path_with_added_args(self.request, {key: value, "_next": None})
        return {
            "value": value,
            "label": label,
            "count": count,
            "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
            "selected": selected,
        }
