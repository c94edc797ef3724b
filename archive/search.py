"""Searching the archive: the SQL functions every entry point shares (the archive's own
connection, Datasette's through archive/datasette_plugin.py) and the ranked search query.

What a query finds is decided in one place, `nodenews_match` over articles_search; the ranked
search, the export's --search and Datasette's table search all use it. Feeds and other callers
get ranked rows from `ranked_search`.
"""

import json
import sqlite3
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from archive.query import (
    MAX_EXPANSION,
    Expand,
    Query,
    broad_expression,
    exact_expression,
    highlight_forms,
    parse,
)
from archive.searchtext import WORD, distinct_normal_words, normal_word, normalise

# Words a snippet shows around the best passage (as FTS5's snippet() counts them).
SNIPPET_WORDS = 24
SNIPPET_MARKS = ("[", "]")
ELLIPSIS = "…"
# Sorts after every other character: a prefix's words are those >= it and < it + this.
LAST_CHARACTER = "\U0010ffff"
# Results per page of the ranked search.
PAGE_SIZE = 20
# The ranked search ranks the newest this many matches (by the order they were stored, after
# the filters): bm25 costs about 10 µs a row and counting every match of a common word took
# 1-2 s at 1M articles (benchmarks/archive.py). Past this many matches, the table search and
# `nodenews export --search` list them all; a date range reaches older ones here.
CANDIDATES = 2000

# The ranked search. Candidates: the newest CANDIDATES articles that match the broad index and
# the filters (search_filters, by rowid; FTS5 hands out its rowids newest first without sorting),
# bm25 computed for those only. Ranked: those that also match the letters typed first (the exact
# index asked only from the oldest candidate on), then by bm25 over the normalised words, a
# title's words weighing most (bm25's column weights: title, summary, body). Only the page asked
# for is joined to the articles' text, for its snippets. Gone articles (the site no longer has
# them) are found and marked: gone_at. Parameters: q, node, lang, since, until (YYYY-MM-DD, on
# the publication day as published), group (a node with its sister sites and press rooms), page
# (from 1); '' is "any".
# A search's matches and filters, one definition for the ranked search and its histogram: the
# broad index's rowids narrowed by search_filters (no article row read). Republished copies are
# left out; '' is "any".
SEARCH_MATCHES = """articles_search cross join search_filters on search_filters.id = articles_search.rowid
  where articles_search match nodenews_match(:q)
    and search_filters.original
    and (:node = '' or search_filters.node = :node)
    and (:group = '' or search_filters.node in (select slug from nodes where node_group = :group))
    and (:lang = '' or search_filters.lang = :lang)
    and (:since = '' or search_filters.day >= :since)
    and (:until = '' or search_filters.day <= :until)"""
SEARCH_SQL = f"""
with candidates as materialized (
  select articles_search.rowid as id, bm25(articles_search, 10.0, 3.0, 1.0) as score
  from {SEARCH_MATCHES}
  order by articles_search.rowid desc
  limit {CANDIDATES}
),
exact as materialized (
  select rowid from articles_fts
  where articles_fts match nodenews_exact(:q) and rowid >= (select min(id) from candidates)
),
ranked as (
  select id, id in exact as exact, score from candidates
  order by exact desc, score, id
  limit {PAGE_SIZE} offset (max(cast(:page as integer), 1) - 1) * {PAGE_SIZE}
)
select
  articles.title,
  nodenews_snippet(coalesce(articles.summary, '') || char(10) || coalesce(articles.body, ''),
                   articles.lang, :q) as snippet,
  articles.url,
  articles.node,
  articles.lang,
  articles.published,
  articles.gone_at
from ranked join articles on articles.rowid = ranked.id
order by ranked.exact desc, ranked.score, ranked.id
"""
# A table search (?_search= on the articles list): the list's order and its facets. Counting every
# match is what costs: for a word in 315,711 of 1M articles, 130-260 ms a facet by search_filters'
# columns, 750 ms by the tags (benchmarks/archive.py; about 2.5 µs a match by the articles' rows,
# 0.6 µs by search_filters). So the facets count the newest this many matches (those stored last,
# as the ranked search's candidates), all of them when there are no more, and say so otherwise;
# a search with more walks the list's order instead of sorting its matches (datasette_plugin).
MANY_MATCHES = 20_000
# column -> (its value, the tables it needs beyond `matched`, a condition on them), where
# `matched` is the search's newest MANY_MATCHES matches with the list's filters (search_facets).
# The year and month are the publication day's, for a day that begins with one, as
# archive/browse.py reads them from `published`.
DAY_WITH_MONTH = "[0-9][0-9][0-9][0-9]-[0-1][0-9]*"
DATED = f"matched.day glob '{DAY_WITH_MONTH}'"
SEARCH_FACETS = {
    "node": ("matched.node", "", None),
    "node_group": ("nodes.node_group", "join nodes on nodes.slug = matched.node", None),
    "lang": ("matched.lang", "", None),
    "published_year": ("cast(substr(matched.day, 1, 4) as integer)", "", DATED),
    "published_month": ("substr(matched.day, 1, 7)", "", DATED),
    "tags_normalised": (
        "tag.value",
        "join articles on articles.rowid = matched.id, json_each(articles.tags_normalised) as tag",
        None,
    ),
}
# The list's filters search_filters can answer, as conditions on it (`copy`: duplicate_of set).
SEARCH_FACET_FILTERS = {
    "node": "search_filters.node = :{}",
    "node_group": "search_filters.node in (select slug from nodes where node_group = :{})",
    "lang": "search_filters.lang = :{}",
    "published_year": f"search_filters.day glob '{DAY_WITH_MONTH}'"
    " and substr(search_filters.day, 1, 4) = cast(:{} as text)",
    "published_month": "substr(search_filters.day, 1, 7) = :{}",
    "copy": "search_filters.original = 1 - :{}",
}


def many_matches_sql() -> str:
    """SQL of one value, true when a search (:q, as ?_search= takes it) has more than
    MANY_MATCHES matches: 4 ms at most (FTS5 hands out rowids unsorted)."""
    return f"""select count(*) > {MANY_MATCHES} from (
  select rowid from articles_search where articles_search match nodenews_match(:q)
  limit {MANY_MATCHES + 1})"""


def search_facets(columns: Iterable[str], q: str, filters: dict) -> tuple[str, dict]:
    """SQL of (column, value, count) rows, unordered: a table search's newest MANY_MATCHES
    matches (`q` as ?_search= takes it, narrowed by `filters`: SEARCH_FACET_FILTERS' columns ->
    values, as archive/facets.summary_filters gives them) counted by each of `columns` that
    SEARCH_FACETS has, and a row ('', null, MANY_MATCHES) when they are not all its matches. The
    matches are found once for every column."""
    params = {f"facet_{name}": filters[name] for name in filters} | {"facet_q": q}
    conditions = [SEARCH_FACET_FILTERS[name].format(f"facet_{name}") for name in filters]
    where = " and ".join(["articles_search match nodenews_match(:facet_q)", *conditions])
    counts = [
        f"select '', null, {MANY_MATCHES} where (select count(*) from found) > {MANY_MATCHES}"
    ]
    for column in columns:
        if column in SEARCH_FACETS:
            value, joined, condition = SEARCH_FACETS[column]
            counts.append(
                f"select '{column}', {value}, count(*) from matched {joined} "
                f"where {value} is not null{f' and {condition}' if condition else ''} group by 2"
            )
    sql = f"""with found as materialized (
  select search_filters.id, search_filters.node, search_filters.lang, search_filters.day
  from articles_search cross join search_filters on search_filters.id = articles_search.rowid
  where {where}
  order by articles_search.rowid desc
  limit {MANY_MATCHES + 1}
),
matched as materialized (select * from found order by id desc limit {MANY_MATCHES})
{chr(10).join(f"{'union all ' if n else ''}{part}" for n, part in enumerate(counts))}"""
    return sql, params


SEARCH_PARAMETERS = ("q", "node", "lang", "since", "until", "group", "page")
# How many articles a search finds per month (the search page draws it), each month linked to
# its matches in the articles table. The month is the publication day's (search_filters.day, the
# first ten characters of `published`, an ISO date): 0.6 µs a match instead of reading each
# article's row (3 µs), which a common word's 400,000 matches at 1M articles cannot afford.
HISTOGRAM_SQL = f"""
select
  substr(search_filters.day, 1, 7) as month,
  count(*) as articles,
  nodenews_table_url('articles', '_search', :q, 'node', :node, 'node_group', :group, 'lang', :lang,
    'published_month', substr(search_filters.day, 1, 7), 'duplicate_of__isnull', '1') as href
from {SEARCH_MATCHES}
  and search_filters.day glob '{DAY_WITH_MONTH}'
group by month
order by month
"""
HISTOGRAM_QUERY = {
    "title": "Matches of a search over time",
    "description": (
        "How many articles a search finds, month by month, with the search's own filters (the "
        "search page draws it). Republished copies are left out."
    ),
    "sql": HISTOGRAM_SQL,
    "params": [name for name in SEARCH_PARAMETERS if name != "page"],
}
# The canned query `search` as Datasette shows it (archive/datasette_plugin.py).
SEARCH_QUERY = {
    "title": "Search articles",
    "description": (
        "Best matches first, those with the letters typed before the others, with the matching "
        f"passage; {PAGE_SIZE} a page, among the newest {CANDIDATES:,} matches. Words find their "
        "inflections in "
        "Swedish and English and the compounds they begin (innovation finds "
        'innovationsprojektet), with or without å, ä and ö; "quoted words" in that order, -word '
        "leaves articles out, OR between two words, a trailing * for a prefix. node, lang, since "
        "and until (YYYY-MM-DD) narrow it, and group (a node with its sister sites and press "
        "rooms); empty is any. Republished copies are left out; "
        "articles the site no longer has are found, with when they were found gone (gone_at)."
    ),
    "sql": SEARCH_SQL,
    "params": list(SEARCH_PARAMETERS),
}


def search_parameters(
    q: str | None,
    *,
    node: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    group: str | None = None,
    page: int = 1,
) -> dict[str, str | int]:
    """SEARCH_SQL's parameters for a query and its filters (None: any)."""
    filters = {"node": node, "lang": lang, "since": since, "until": until, "group": group}
    return {"q": q or ""} | {key: value or "" for key, value in filters.items()} | {"page": page}


def ranked_search(conn: sqlite3.Connection, q: str | None, **filters) -> list[dict]:
    """The ranked search's rows (SEARCH_SQL) as dicts, best first: what a feed or any caller
    shows for a researcher's query. `conn` has the search functions (register_functions; an
    Archive's and Datasette's connections do); filters as search_parameters takes them."""
    cursor = conn.execute(SEARCH_SQL, search_parameters(q, **filters))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


@lru_cache(maxsize=256)
def _parsed(text: str | None) -> Query:
    return parse(text)


def match_expression(text: str | None, expand: Expand | None = None) -> str:
    """The FTS5 expression for articles_search that a researcher's input stands for."""
    return broad_expression(_parsed(text), expand)


def exact_match_expression(text: str | None) -> str:
    """The FTS5 expression for articles_fts: the input's words as typed."""
    return exact_expression(_parsed(text))


def words_beginning(conn: sqlite3.Connection) -> Expand:
    """The archive's indexed words that a prefix begins (search_words), for broad_expression.

    Asked through a read-only connection of its own to the same file: a function registered on
    `conn` that held `conn` would make a cycle that keeps it open, its WAL unmerged at exit. An
    archive in memory or from before search_words keeps its prefixes as prefixes."""
    path = next((file for _, name, file in conn.execute("pragma database_list") if name == "main"))
    words: list[sqlite3.Connection] = []  # opened on first use

    def expand(prefix: str) -> list[str] | None:
        if not path:
            return None
        try:
            if not words:
                uri = Path(path).resolve().as_uri() + "?mode=ro"
                # Used only inside the calls of the connection's own thread.
                words.append(sqlite3.connect(uri, uri=True, check_same_thread=False))
            rows = (
                words[0]
                .execute(
                    "select word from search_words where word >= ? and word < ? limit ?",
                    [prefix, prefix + LAST_CHARACTER, MAX_EXPANSION + 1],
                )
                .fetchall()
            )
        except sqlite3.Error:
            return None
        return [word for (word,) in rows] if len(rows) <= MAX_EXPANSION else None

    return expand


def matcher(conn: sqlite3.Connection) -> Callable[[str | None], str]:
    """match_expression with the connection's archive's words: nodenews_match's function."""
    expand = words_beginning(conn)
    return lambda text: match_expression(text, expand)


def snippet(text: str | None, lang: str | None, query: str | None) -> str:
    """The passage of SNIPPET_WORDS words with the most of the query's words, those marked."""
    text = text or ""
    forms = highlight_forms(_parsed(query))
    spans = list(WORD.finditer(text))
    if not spans:
        return ""

    def hit(word: str) -> bool:
        normal = normal_word(word.lower(), lang)
        return any(normal.startswith(form) if prefix else normal == form for form, prefix in forms)

    hits = [hit(span.group()) for span in spans]
    window = min(SNIPPET_WORDS, len(spans))
    counts = [sum(hits[start : start + window]) for start in range(len(spans) - window + 1)]
    first = counts.index(max(counts))
    last = first + window - 1
    parts = [ELLIPSIS + " "] if first > 0 else []
    position = spans[first].start() if first > 0 else 0
    for span, is_hit in zip(spans[first : last + 1], hits[first : last + 1], strict=True):
        parts.append(text[position : span.start()])
        word = span.group()
        parts.append(f"{SNIPPET_MARKS[0]}{word}{SNIPPET_MARKS[1]}" if is_hit else word)
        position = span.end()
    parts.append(" " + ELLIPSIS if last < len(spans) - 1 else text[position:])
    return " ".join("".join(parts).split())


def register_functions(conn: sqlite3.Connection) -> None:
    """Give a connection the SQL functions of search: nodenews_normalise(text, lang) (the
    broad index's words, used by its triggers), nodenews_words(text, lang) (its different words,
    a JSON list, for search_words' triggers), nodenews_match(q), nodenews_exact(q) and
    nodenews_snippet(text, lang, q)."""
    conn.create_function("nodenews_normalise", 2, normalise, deterministic=True)
    conn.create_function("nodenews_words", 2, _json_words, deterministic=True)
    conn.create_function("nodenews_match", 1, matcher(conn), deterministic=True)
    conn.create_function("nodenews_exact", 1, exact_match_expression, deterministic=True)
    conn.create_function("nodenews_snippet", 3, snippet, deterministic=True)


def _json_words(text: str | None, lang: str | None) -> str:
    return json.dumps(distinct_normal_words(text, lang), ensure_ascii=False)
