"""The archive's schema, as an ordered list of migrations.

`PRAGMA user_version` counts the migrations applied to a file; opening an archive applies the
rest, each in its own transaction together with the version bump. Migrations are append-only:
never edit one that has shipped, add the next. Each is also safe to run twice (IF NOT EXISTS,
`replace=True`), so a half-migrated file from an older runner cannot wedge it.
"""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from archive.browse import browse_columns

# Full-text search tokenizer, chosen for an archive that is half Swedish, half English:
# - unicode61 splits on Unicode word boundaries and folds case for å/ä/ö too ("SÖDERTÄLJE" finds
#   "Södertälje").
# - remove_diacritics 0: unicode61 would otherwise fold å/ä/ö to a/a/o, but in Swedish they are
#   letters of their own, not accents: "får" (sheep, gets) is not "far" (father), "för" is not
#   "for", "mål" is not "mal". The cost: "Sodertalje" typed without the dots finds nothing.
# - no porter stemmer: its rules are English. It cuts Swedish words at English-looking endings
#   ("forskning" -> "forskn") yet leaves Swedish inflections apart ("forskningen"), so it would
#   make Swedish matches arbitrary. Prefix queries cover inflections and compounds in both
#   languages instead: "innovat*" finds innovation, innovations, innovationsnod.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"
FTS_COLUMNS = ("title", "summary", "body")


def _m1_initial(db: Database) -> None:
    db["nodes"].create(
        {
            "slug": str,
            "name": str,
            "base_url": str,
            "languages": str,  # JSON list, e.g. ["sv", "en"]
            "cms": str,
            "updated": str,
        },
        pk="slug",
        if_not_exists=True,
    )
    articles = db["articles"].create(
        {
            "url": str,
            "node": str,
            "lang": str,
            "title": str,
            "published": str,
            "modified": str,
            "authors": str,  # JSON list
            "summary": str,
            "body": str,
            "tags": str,  # JSON list
            "translations": str,  # JSON object lang -> url
            "duplicate_of": str,  # url of the original when this is a republished copy
            "sources": str,  # JSON object field -> extraction layer that gave it
            "discovered_by": str,
            "content_hash": str,
            "first_seen": str,
            "last_seen": str,
            "fetched_at": str,
        },
        pk="url",
        foreign_keys=[("node", "nodes", "slug")],
        if_not_exists=True,
    )
    for column in ("node", "lang", "published", "duplicate_of"):
        articles.create_index([column], if_not_exists=True)

    # Earlier versions of an article, written just before an update overwrites them.
    history = db["article_history"].create(
        {
            "id": int,
            "url": str,
            "replaced_at": str,
            "content_hash": str,
            "title": str,
            "lang": str,
            "published": str,
            "modified": str,
            "summary": str,
            "body": str,
            "tags": str,
            "authors": str,
            "translations": str,
        },
        pk="id",
        if_not_exists=True,
    )
    history.create_index(["url"], if_not_exists=True)

    runs = db["crawl_runs"].create(
        {
            "id": int,
            "run_id": str,
            "node": str,
            "started": str,
            "finished": str,
            "status": str,
            "discovery": str,
            "pages_fetched": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_dropped": int,
            "errors": int,
            "message": str,
        },
        pk="id",
        if_not_exists=True,
    )
    runs.create_index(["node", "started"], if_not_exists=True)

    db["boilerplate_lines"].create(
        {"node": str, "line": str, "pages": int, "learned_at": str},
        pk=("node", "line"),
        if_not_exists=True,
    )

    # External-content FTS5 keyed on articles.rowid; the triggers keep it in step with every
    # insert, update and delete. (A VACUUM may renumber rowids of a table without an INTEGER
    # PRIMARY KEY: rebuild the index after one, see Archive.rebuild_search_index.)
    articles.enable_fts(FTS_COLUMNS, create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)


def _m2_pages(db: Database) -> None:
    # The fetch's side of the archive: the newest answer for each URL fetched, its body compressed
    # (zlib), so that articles can be built again from it without a request.
    pages = db["pages"].create(
        {
            "url": str,  # as the site names it (canonical for articles), not the address fetched
            "node": str,
            "kind": str,  # 'article' | 'discovery'
            "final_url": str,  # after redirects, as the site names it
            "status": int,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "body": bytes,  # zlib-compressed
            "body_hash": str,  # sha256 hex of the raw body
            "fetched_at": str,  # when this body was first fetched
            "seen_at": str,  # the last answer (a 304 or the same body included)
            "run_id": str,  # the run of the last answer
            "hints": str,  # JSON: what discovery knew of the URL (route, lastmod, ...)
        },
        pk="url",
        foreign_keys=[("node", "nodes", "slug")],
        if_not_exists=True,
    )
    for column in ("node", "fetched_at"):
        pages.create_index([column], if_not_exists=True)


def _m3_build(db: Database) -> None:
    # What built each article (the page, its body's hash, the extractor's version), why each
    # earlier version was replaced ('site': the page changed; 'rules': the same page built anew),
    # and the build's own bookkeeping on pages: the extractor that last built a page (NULL: to be
    # built) and the hashes of the lines it counted towards the node's repeated lines.
    articles = db["articles"]
    for column in ("page_url", "page_hash", "extractor"):
        if column not in articles.columns_dict:
            articles.add_column(column, str)
    articles.create_index(["page_url"], if_not_exists=True)
    if "reason" not in db["article_history"].columns_dict:
        db["article_history"].add_column("reason", str)
    for column in ("built", "lines"):
        if column not in db["pages"].columns_dict:
            db["pages"].add_column(column, str)
    # How many of a node's built pages each line stands on, by the line's hash: the counts that
    # repeated-line learning updates from the pages being built instead of re-reading every body.
    db["line_counts"].create(
        {"node": str, "line_hash": str, "pages": int},
        pk=("node", "line_hash"),
        if_not_exists=True,
    )


def _m4_fts_on_text_only(db: Database) -> None:
    # sqlite-utils' update trigger re-indexes a row on every update: moving last_seen rewrote the
    # article's full-text entry (about 2 KB of file growth each time). Re-index only when a
    # searched column changes.
    columns = ", ".join(f'"{column}"' for column in FTS_COLUMNS)
    old = ", ".join(f'old."{column}"' for column in FTS_COLUMNS)
    new = ", ".join(f'new."{column}"' for column in FTS_COLUMNS)
    db.execute('DROP TRIGGER IF EXISTS "articles_au"')
    db.execute(
        f"""CREATE TRIGGER "articles_au" AFTER UPDATE OF {columns} ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, {columns}) VALUES('delete', old.rowid, {old});
  INSERT INTO "articles_fts" (rowid, {columns}) VALUES (new.rowid, {new});
END"""
    )


def _m5_link_index(db: Database) -> None:
    """The index that linking (scrapers/linking.py) finds an article's candidate copies and
    translation twins through, so that linking a crawl's articles costs what the crawl brought,
    not what the archive holds."""
    # Per article: its title key, its publication day and its body's MinHash signature (the keys
    # are computed by linking; the archive only stores them and looks them up).
    db.execute(
        """create table if not exists link_keys (
            id integer primary key,
            url text not null unique,
            title_key text not null,
            day text,
            signature blob
        )"""
    )
    db.execute("create index if not exists link_keys_title on link_keys (title_key, day)")
    # The signature's LSH band buckets (a bucket names a band's values on one day), one row each.
    db.execute(
        """create table if not exists link_bands (
            bucket integer not null,
            id integer not null,
            primary key (bucket, id)
        ) without rowid"""
    )
    db.execute("create index if not exists link_bands_id on link_bands (id)")
    # Articles stored or edited since they were last linked: the triggers below record them
    # whatever wrote them, so none escapes the index (nor does an archive from before it: all
    # of its articles start here).
    db.execute("create table if not exists link_pending (url text primary key) without rowid")
    # The translations each article declares, by twin: who names this URL as its translation?
    db.execute(
        """create table if not exists translation_links (
            url text not null,
            lang text not null,
            twin text not null,
            primary key (url, lang)
        ) without rowid"""
    )
    db.execute("create index if not exists translation_links_twin on translation_links (twin)")
    declared = """insert or replace into translation_links (url, lang, twin)
        select new.url, key, value from json_each(coalesce(new.translations, '{}'))
        where type = 'text';"""
    db.execute(
        f"""create trigger if not exists articles_link_insert after insert on articles begin
            insert or ignore into link_pending (url) values (new.url);
            {declared}
        end"""
    )
    db.execute(
        """create trigger if not exists articles_link_update
        after update of node, lang, title, published, body on articles begin
            insert or ignore into link_pending (url) values (new.url);
        end"""
    )
    db.execute(
        f"""create trigger if not exists articles_translations_update
        after update of translations on articles begin
            delete from translation_links where url = old.url;
            {declared}
        end"""
    )
    db.execute(
        """create trigger if not exists articles_link_delete after delete on articles begin
            delete from link_pending where url = old.url;
            delete from translation_links where url = old.url;
            delete from link_bands where id in (select id from link_keys where url = old.url);
            delete from link_keys where url = old.url;
        end"""
    )
    db.execute("insert or ignore into link_pending (url) select url from articles")
    db.execute(
        """insert or replace into translation_links (url, lang, twin)
        select articles.url, declared.key, declared.value
        from articles, json_each(coalesce(articles.translations, '{}')) as declared
        where declared.type = 'text'"""
    )


def _m6_cheap_page_reads(db: Database) -> None:
    # SQLite reaches a column stored after a large value by walking that value's overflow pages:
    # with the body in the middle of the row, finding the pages to build read every body. The
    # body goes last; the build's questions (pages to build, pages answered in a run) get indexes;
    # the number of a node's pages counted in line_counts is kept in its row with line_hash ''.
    pages = db["pages"]
    order = [column for column in pages.columns_dict if column != "body"] + ["body"]
    if list(pages.columns_dict) != order:
        pages.transform(column_order=order)
    db.execute(
        "CREATE INDEX IF NOT EXISTS pages_to_build ON pages(node) "
        "WHERE built IS NULL AND kind = 'article'"
    )
    pages.create_index(["run_id"], if_not_exists=True)
    db.execute(
        "INSERT OR REPLACE INTO line_counts (node, line_hash, pages) "
        "SELECT node, '', count(*) FROM pages WHERE lines IS NOT NULL AND lines != '[]' "
        "GROUP BY node"
    )


def _m7_routes_and_gone(db: Database) -> None:
    # How many articles each discovery route listed in a run (JSON {route: count}), to notice a
    # route that shrinks or disagrees with another; and articles the site no longer has (404/410
    # and in no route), marked rather than deleted.
    if "routes" not in db["crawl_runs"].columns_dict:
        db["crawl_runs"].add_column("routes", str)
    for column in ("gone_at", "gone_run"):
        if column not in db["articles"].columns_dict:
            db["articles"].add_column(column, str)


def _m8_broad_search(db: Database) -> None:
    """The broad search index (see README, "How search finds words"): articles_search holds each
    article's title, summary and body as normalised words, stemmed in the article's language and
    folded (archive/searchtext.py), written by triggers through the SQL function
    nodenews_normalise that the archive registers on its connection (archive/search.py).
    What a search finds is decided here; articles_fts, the words as written, only ranks."""
    # Contentless (content=''): the index alone, not a second copy of the text (30 MB instead of
    # 11 MB for 20k articles, benchmarks/search_index.py). An entry is removed by giving FTS5 the
    # words it was written with, normalised again from the old row: after a change of the
    # normalisation, Archive.rebuild_search_index() must rebuild it.
    db.execute(
        "create virtual table if not exists articles_search "
        "using fts5(title, summary, body, content='')"
    )
    columns = ", ".join(FTS_COLUMNS)

    def normalised(row: str) -> str:
        return ", ".join(f"nodenews_normalise({row}{column}, {row}lang)" for column in FTS_COLUMNS)

    write = (
        f"insert into articles_search (rowid, {columns}) values (new.rowid, {normalised('new.')});"
    )
    remove = (
        f"insert into articles_search (articles_search, rowid, {columns}) "
        f"values ('delete', old.rowid, {normalised('old.')});"
    )
    # Only a change of the searched text (or of the language it is stemmed in) re-indexes.
    changed = " or ".join(f"old.{column} is not new.{column}" for column in (*FTS_COLUMNS, "lang"))
    db.execute(
        f"""create trigger if not exists articles_search_insert after insert on articles begin
            {write}
        end"""
    )
    db.execute(
        f"""create trigger if not exists articles_search_update
        after update of {columns}, lang on articles when {changed} begin
            {remove}
            {write}
        end"""
    )
    db.execute(
        f"""create trigger if not exists articles_search_delete after delete on articles begin
            {remove}
        end"""
    )
    db.execute("insert into articles_search (articles_search) values ('delete-all')")
    db.execute(
        f"insert into articles_search (rowid, {columns}) select rowid, {normalised('')} from articles"
    )


def _m9_node_groups(db: Database) -> None:
    """A node's group: the node a sister site or press room is part of (the registry's
    `part_of`), else the node itself. Kept on nodes and on every article (node_group, indexed),
    so that facets and counts by group read one indexed column instead of a join at 1M rows;
    the store writes it (Archive.upsert_node, upsert_article)."""
    nodes = db["nodes"]
    for column in ("part_of", "node_group"):
        if column not in nodes.columns_dict:
            nodes.add_column(column, str)
    db.execute("update nodes set node_group = coalesce(part_of, slug) where node_group is null")
    articles = db["articles"]
    if "node_group" not in articles.columns_dict:
        articles.add_column("node_group", str)
    db.execute(
        """update articles set node_group = coalesce(
             (select nodes.node_group from nodes where nodes.slug = articles.node), node)
           where node_group is null"""
    )
    articles.create_index(["node_group"], if_not_exists=True)


def _m10_guards(db: Database) -> None:
    """What the build held back and what boilerplate learning counts (scrapers/guard.py,
    scrapers/build.py)."""
    pages = db["pages"]
    # held: why the page's newest version was not applied to its stored article (NULL: it was,
    # or it builds none); text_hash: a hash of the article text it built, so that copies of one
    # text (URL variants, republished copies) count as one article towards repeated lines.
    for column in ("held", "text_hash"):
        if column not in pages.columns_dict:
            pages.add_column(column, str)
    pages.create_index(["node", "text_hash"], if_not_exists=True)
    # How many articles a run held back, and its one-line report of a template change.
    runs = db["crawl_runs"]
    if "articles_held" not in runs.columns_dict:
        runs.add_column("articles_held", int)
    if "template_change" not in runs.columns_dict:
        runs.add_column("template_change", str)
    # Lines a person told nodenews are no boilerplate (`nodenews boilerplate --forget`): never
    # learned again unless `--unforget`.
    db["boilerplate_forgotten"].create(
        {"node": str, "line": str, "forgotten_at": str},
        pk=("node", "line"),
        if_not_exists=True,
    )


# The filters of the articles list that get an index in its order (_m11_browsing): none, and
# each facet column.
BROWSE_FILTERS = (
    (),
    ("node",),
    ("node_group",),
    ("lang",),
    ("published_year",),
    ("published_month",),
)
# Rows read per batch when a migration fills a derived column of every article.
FILL_BATCH = 10_000
# The summaries of articles that facets and counts read instead of the rows (a 1M archive's facet
# on an indexed column takes 100 ms, on a column of rows filtered by another 2 s): table -> the
# articles' columns it counts by. A missing value is kept as '' (key columns are never NULL, so
# that every article has one row to count in); `copy` is 1 for a republished copy (duplicate_of).
SUMMARIES = {
    "article_counts": ("node", "node_group", "lang", "published_year", "published_month"),
    "tag_counts": ("node", "node_group", "lang", "published_year"),
}


def _summary_triggers(db: Database, table: str, columns: tuple[str, ...], tags: bool) -> None:
    """Triggers that keep `table` counting every article by `columns` (and by each of its
    normalised tags when `tags`), whatever writes the articles."""
    key_columns = ", ".join([*columns, "copy"])

    def key(row: str) -> str:
        values = [f"coalesce({row}.{column}, '')" for column in columns]
        return ", ".join([*values, f"{row}.duplicate_of is not null"])

    def row_tags(row: str) -> str:
        return f"json_each(coalesce({row}.tags_normalised, '[]'))"

    def add(row: str) -> str:
        if tags:  # (`where true`: SQLite's upsert after a select needs a where)
            names, source = (
                f"{key_columns}, tag",
                f"select {key(row)}, value, 1 from {row_tags(row)} where true",
            )
        else:
            names, source = key_columns, f"values ({key(row)}, 1)"
        return (
            f"insert into {table} ({names}, articles) {source} "
            "on conflict do update set articles = articles + 1;"
        )

    def remove(row: str) -> str:
        match = f"({key_columns}) = ({key(row)})"
        if tags:
            match += f" and tag in (select value from {row_tags(row)})"
        return (
            f"update {table} set articles = articles - 1 where {match}; "
            f"delete from {table} where {match} and articles <= 0;"
        )

    watched = [*columns, "duplicate_of", *(["tags_normalised"] if tags else [])]
    changed = " or ".join(
        "(old.duplicate_of is null) is not (new.duplicate_of is null)"
        if column == "duplicate_of"
        else f"old.{column} is not new.{column}"
        for column in watched
    )
    db.execute(
        f"create trigger if not exists {table}_insert after insert on articles "
        f"begin {add('new')} end"
    )
    db.execute(
        f"create trigger if not exists {table}_delete after delete on articles "
        f"begin {remove('old')} end"
    )
    db.execute(
        f"create trigger if not exists {table}_update after update of {', '.join(watched)} "
        f"on articles when {changed} begin {remove('old')} {add('new')} end"
    )


def _m11_browsing(db: Database) -> None:
    """What the archive is browsed by: the year and month of `published` and the normalised tags
    (archive/browse.py; the store writes them on upsert), indexed for filters, and the summaries
    (SUMMARIES) that facets and counts read, kept by triggers."""
    articles = db["articles"]
    for column, kind in (
        ("published_year", int),
        ("published_month", str),
        ("tags_normalised", str),
    ):
        if column not in articles.columns_dict:
            articles.add_column(column, kind)
    last = 0
    while True:
        rows = db.execute(
            "select rowid, published, tags from articles where rowid > ? order by rowid limit ?",
            [last, FILL_BATCH],
        ).fetchall()
        if not rows:
            break
        filled = []
        for rowid, published, tags in rows:
            columns = browse_columns(published, json.loads(tags) if tags else [])
            filled.append(
                (
                    columns["published_year"],
                    columns["published_month"],
                    json.dumps(columns["tags_normalised"], ensure_ascii=False),
                    rowid,
                )
            )
        db.conn.executemany(
            "update articles set published_year = ?, published_month = ?, tags_normalised = ? "
            "where rowid = ?",
            filled,
        )
        last = rows[-1][0]
    # Datasette lists articles newest first: `order by published desc, url`. An index in that
    # order, alone and after each column a reader filters by, walks a filtered page and any page 2
    # instead of sorting every match (1M articles: lang=sv 3.3 s -> 1 ms, page 2 28 s -> 1 ms).
    # The one-column indexes of node, lang and node_group stay: counting through them is 7 times
    # faster (lang=sv at 1M: 30 ms, not 230), and SQLite takes them to count, these to list.
    for columns in BROWSE_FILTERS:
        name = "_".join(("articles", *columns, "newest"))
        db.execute(
            f"create index if not exists {name} on articles ({', '.join(columns)}"
            f"{', ' if columns else ''}published desc, url)"
        )
    for table, columns in SUMMARIES.items():
        tags = table == "tag_counts"
        key = [*columns, "copy", *(["tag"] if tags else [])]
        definitions = ", ".join(
            f"{column} {'integer' if column in ('published_year', 'copy') else 'text'} not null"
            for column in key
        )
        db.execute(
            f"create table if not exists {table} ({definitions}, articles integer not null, "
            f"primary key ({', '.join(key)})) without rowid"
        )
        db.execute(f"delete from {table}")
        values = ", ".join(f"coalesce(articles.{column}, '')" for column in columns)
        copy = "articles.duplicate_of is not null"
        if tags:
            db.execute(
                f"insert into {table} ({', '.join(key)}, articles) "
                f"select {values}, {copy}, tag.value, count(*) from articles, "
                f"json_each(coalesce(articles.tags_normalised, '[]')) as tag "
                f"group by {', '.join(str(n) for n in range(1, len(key) + 1))}"
            )
        else:
            db.execute(
                f"insert into {table} ({', '.join(key)}, articles) "
                f"select {values}, {copy}, count(*) from articles "
                f"group by {', '.join(str(n) for n in range(1, len(key) + 1))}"
            )
        _summary_triggers(db, table, columns, tags)


# What the ranked search reads besides the index, by article rowid (archive/search.py SEARCH_SQL):
# - search_words, every word the broad index holds, so that a query's prefix (a compound's head,
#   a trailing *) becomes the OR of the indexed words it begins. FTS5 answers a prefix by merging
#   the doclists of all its words before it returns a row, and bm25 merges them again to count
#   them: "forsk"* cost 147 ms for 2,000 rows at 1M articles, the same words as plain terms 20 ms
#   (timed in SQL on benchmarks/archive.py's archive). Words are added, never removed: a word no
#   article holds any more only widens an OR by a term that finds nothing.
# - search_filters, the columns a search narrows by: a row of 30 bytes per article instead of
#   the article's own row with its body, 0.6 µs a row instead of 3 µs at 100k articles.
_ARTICLE_WORDS = (
    "select value from json_each(nodenews_words("
    "coalesce({row}title, '') || char(10) || coalesce({row}summary, '') || char(10) "
    "|| coalesce({row}body, ''), {row}lang))"
)
_FILTERS = "{row}node, {row}lang, substr({row}published, 1, 10), {row}duplicate_of is null"


def fill_search_tables(db: Database) -> None:
    """Fill search_words from the broad index and search_filters from the articles, anew."""
    db.execute("delete from search_words")
    db.execute(
        "create virtual table if not exists temp.articles_search_terms "
        "using fts5vocab(main, articles_search, 'row')"
    )
    db.execute(
        "insert or ignore into search_words (word) select term from temp.articles_search_terms"
    )
    db.execute("drop table temp.articles_search_terms")
    db.execute("delete from search_filters")
    db.execute(
        f"insert into search_filters (id, node, lang, day, original) "
        f"select rowid, {_FILTERS.format(row='')} from articles"
    )


def _m12_search_at_scale(db: Database) -> None:
    db.execute("create table if not exists search_words (word text primary key) without rowid")
    db.execute(
        """create table if not exists search_filters (
            id integer primary key,  -- articles.rowid
            node text,
            lang text,
            day text,  -- the publication day as published, YYYY-MM-DD
            original integer not null  -- 0 for a republished copy (duplicate_of set)
        )"""
    )
    new_words = "insert or ignore into search_words (word) " + _ARTICLE_WORDS.format(row="new.")
    filters = _FILTERS.format(row="new.")
    db.execute(
        f"""create trigger if not exists search_tables_insert after insert on articles begin
            {new_words};
            insert or replace into search_filters (id, node, lang, day, original)
            values (new.rowid, {filters});
        end"""
    )
    db.execute(
        f"""create trigger if not exists search_words_update
        after update of title, summary, body, lang on articles begin
            {new_words};
        end"""
    )
    db.execute(
        f"""create trigger if not exists search_filters_update
        after update of node, lang, published, duplicate_of on articles begin
            insert or replace into search_filters (id, node, lang, day, original)
            values (new.rowid, {filters});
        end"""
    )
    db.execute(
        """create trigger if not exists search_filters_delete after delete on articles begin
            delete from search_filters where id = old.rowid;
        end"""
    )
    fill_search_tables(db)


def _m13_network(db: Database) -> None:
    """The region as a network (scrapers/network.py computes it, `nodenews analyse` and every
    build rewrite it): the gazetteer's entities, their mentions in articles, cross-node stories
    and the edges between nodes and organisations per year and month."""
    db.execute(
        """create table if not exists entities (
            id text primary key,
            name text not null,
            kind text not null,
            node text,  -- the registry slug, for the innovation nodes
            listed_by text  -- JSON list: the nodes whose registry entry lists it (organisations)
        )"""
    )
    # One row per article, entity, form and field; `source` is the article's node (a sister site
    # or press room counts as its node), `target` the edge's other end (a node's slug, else the
    # entity), `own` a node naming itself, `counted` whether it weighs in an edge (not own, not a
    # copy of the same node's post).
    db.execute(
        """create table if not exists mentions (
            url text not null,
            entity text not null,
            form text not null,
            field text not null,  -- 'title' or 'body'
            count integer not null,
            source text not null,
            target text not null,
            own integer not null,
            counted integer not null,
            primary key (url, entity, form, field)
        ) without rowid"""
    )
    db.execute("create index if not exists mentions_edge on mentions (source, target, counted)")
    db.execute("create index if not exists mentions_entity on mentions (entity)")
    db.execute(
        """create table if not exists stories (
            id text primary key,
            title text not null,
            first_published text,
            nodes text not null,  -- JSON list of the nodes that told it
            members integer not null
        )"""
    )
    db.execute(
        """create table if not exists story_members (
            story text not null references stories(id),
            url text not null references articles(url),
            node text not null,
            source text not null,
            primary key (story, url)
        ) without rowid"""
    )
    db.execute("create index if not exists story_members_url on story_members (url)")
    db.execute("create index if not exists story_members_source on story_members (source, story)")
    db.execute(
        """create table if not exists edges (
            source text not null,
            target text not null,
            kind text not null,  -- 'mention' or 'story'
            period text not null,  -- 'YYYY' or 'YYYY-MM'
            weight integer not null,
            primary key (source, target, kind, period)
        ) without rowid"""
    )
    db.execute("create index if not exists edges_target on edges (target)")
    db.execute(
        """create table if not exists analysis_runs (
            id integer primary key,
            analysed_at text not null,
            gazetteer_version text not null,
            gazetteer_hash text not null,
            articles integer not null,
            mentions integer not null,
            stories integer not null,
            edges integer not null,
            seconds real not null
        )"""
    )


def _m14_run_bounds(db: Database) -> None:
    # The bounds a run hit (JSON {bound: times}, NULL for none) and the answers at article URLs
    # that were no page of the site (a PDF, an image, a redirect to another host), skipped.
    runs = db["crawl_runs"]
    if "bounds" not in runs.columns_dict:
        runs.add_column("bounds", str)
    if "pages_skipped" not in runs.columns_dict:
        runs.add_column("pages_skipped", int)


# What the articles list counts when a reader narrows it by two facets (Datasette counts the rows
# itself; the facets come from the summaries): an index holding every column a facet filters by,
# led by the node's group, the node, and the year, so that SQLite counts from the index alone. A
# filter's one-column index made it look up each of its rows for the other: node_group and
# published_year at 1M took 300 ms to count 5,000 of 100,000 (benchmarks/archive.py).
# duplicate_of (the list without copies) is NULL for nearly every article, one byte in an entry.
COUNT_INDEXES = {
    "node_group": ("node_group", "published_year", "published_month", "lang", "duplicate_of"),
    "node": ("node", "published_year", "published_month", "lang", "duplicate_of"),
    "published_year": ("published_year", "published_month", "lang", "duplicate_of"),
}


def _m15_two_filter_counts(db: Database) -> None:
    for name, columns in COUNT_INDEXES.items():
        db.execute(
            f"create index if not exists articles_count_by_{name} on articles ({', '.join(columns)})"
        )


Migration = Callable[[Database], None]

MIGRATIONS: list[Migration] = [
    _m1_initial,
    _m2_pages,
    _m3_build,
    _m4_fts_on_text_only,
    _m5_link_index,
    _m6_cheap_page_reads,
    _m7_routes_and_gone,
    _m8_broad_search,
    _m9_node_groups,
    _m10_guards,
    _m11_browsing,
    _m12_search_at_scale,
    _m13_network,
    _m14_run_bounds,
    _m15_two_filter_counts,
]


class SchemaTooNewError(Exception):
    """The file was written by a newer nodenews than this one."""


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Apply the migrations this file has not seen yet; return the schema version."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise SchemaTooNewError(
            f"archive schema version {version} is newer than this nodenews knows "
            f"({len(MIGRATIONS)}): upgrade nodenews"
        )
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with _write_transaction(db):
            if schema_version(db) < number:  # not applied meanwhile by another process
                migration(db)
                db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)


@contextmanager
def _write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE: the write lock first, so that two processes opening a file at once (two
    crawls, a crawl and Datasette) take turns within the busy timeout. A plain BEGIN reads first
    and fails at once with "database is locked" when the other one wrote meanwhile (4 of 8 tries
    with two processes opening a new file)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.execute("COMMIT")
