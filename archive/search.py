"""Searching the archive: the SQL functions every entry point shares (the archive's own
connection, Datasette's through archive/datasette_plugin.py) and the ranked search query.

What a query finds is decided in one place, `nodenews_match` over articles_search; the ranked
search, the export's --search and Datasette's table search all use it.
"""

import sqlite3
from functools import lru_cache

from archive.query import Query, broad_expression, exact_expression, highlight_forms, parse
from archive.searchtext import WORD, normal_word, normalise

# Words a snippet shows around the best passage (as FTS5's snippet() counts them).
SNIPPET_WORDS = 24
SNIPPET_MARKS = ("[", "]")
ELLIPSIS = "…"
# Results per page of the ranked search.
PAGE_SIZE = 20

# The ranked search. Found: the articles that match the broad index. Ranked: those that also
# match the letters typed first, then by bm25 over the normalised words, a title's words
# weighing most (bm25's column weights: title, summary, body). Only the page asked for is
# joined to the articles' text, for its snippets. Parameters: q, node, lang, since, until
# (YYYY-MM-DD, on the publication day as published), page (from 1); '' is "any".
SEARCH_SQL = f"""
with found as (
  select rowid, bm25(articles_search, 10.0, 3.0, 1.0) as score
  from articles_search where articles_search match nodenews_match(:q)
),
exact as (
  select rowid from articles_fts where articles_fts match nodenews_exact(:q)
),
ranked as (
  select found.rowid as id, found.rowid in (select rowid from exact) as exact, found.score
  from found join articles on articles.rowid = found.rowid
  where articles.duplicate_of is null
    and (:node = '' or articles.node = :node)
    and (:lang = '' or articles.lang = :lang)
    and (:since = '' or substr(articles.published, 1, 10) >= :since)
    and (:until = '' or substr(articles.published, 1, 10) <= :until)
  order by exact desc, found.score, found.rowid
  limit {PAGE_SIZE} offset (max(cast(:page as integer), 1) - 1) * {PAGE_SIZE}
)
select
  articles.title,
  nodenews_snippet(coalesce(articles.summary, '') || char(10) || coalesce(articles.body, ''),
                   articles.lang, :q) as snippet,
  articles.url,
  articles.node,
  articles.lang,
  articles.published
from ranked join articles on articles.rowid = ranked.id
order by ranked.exact desc, ranked.score, ranked.id
"""
SEARCH_PARAMETERS = ("q", "node", "lang", "since", "until", "page")


@lru_cache(maxsize=256)
def _parsed(text: str | None) -> Query:
    return parse(text)


def match_expression(text: str | None) -> str:
    """The FTS5 expression for articles_search that a researcher's input stands for."""
    return broad_expression(_parsed(text))


def exact_match_expression(text: str | None) -> str:
    """The FTS5 expression for articles_fts: the input's words as typed."""
    return exact_expression(_parsed(text))


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
    broad index's words, used by its triggers), nodenews_match(q), nodenews_exact(q) and
    nodenews_snippet(text, lang, q)."""
    conn.create_function("nodenews_normalise", 2, normalise, deterministic=True)
    conn.create_function("nodenews_match", 1, match_expression, deterministic=True)
    conn.create_function("nodenews_exact", 1, exact_match_expression, deterministic=True)
    conn.create_function("nodenews_snippet", 3, snippet, deterministic=True)
