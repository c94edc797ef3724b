"""`Archive`: the one door to the SQLite archive. Nothing else writes SQL to it."""

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.browse import browse_columns
from archive.schema import SchemaTooNewError, fill_search_tables, migrate
from archive.search import register_functions

# The fields whose change makes a new version of an article (and a row in article_history).
CONTENT_FIELDS = (
    "title",
    "lang",
    "published",
    "modified",
    "authors",
    "summary",
    "body",
    "tags",
    "translations",
)
# Columns stored as JSON text, with the empty value a missing key stands for.
JSON_DEFAULTS: dict[str, Any] = {"authors": [], "tags": [], "translations": {}, "sources": {}}
ARTICLE_FIELDS = (
    "url",
    "node",
    *CONTENT_FIELDS,
    "sources",
    "discovered_by",
)
# Every column of articles stored as JSON text: the fields above and the normalised tags.
JSON_COLUMNS = (*JSON_DEFAULTS, "tags_normalised")
HISTORY_FIELDS = ("content_hash", *CONTENT_FIELDS)
# Pages read per query when iterating over stored pages: bodies in memory stay a few MB.
PAGE_BATCH = 100
# URLs per `in (...)` lookup, well below SQLite's limit on bound variables.
LOOKUP_CHUNK = 500
# line_counts' row for the number of a node's pages whose lines are counted (the base of a share).
PAGES_COUNTED = ""

# How long a connection waits for another's write transaction before giving up with "database is
# locked". Writes are short transactions (a batch of rows), held for milliseconds; a crawl and a
# `nodenews build` or a Datasette write may still meet, and waiting is always better than losing a
# node's results, so the wait is generous.
BUSY_TIMEOUT_S = 30.0


class RunStatus(StrEnum):
    """A crawl_runs row's status: the one list of them."""

    RUNNING = "running"  # the crawl is under way, or was killed (the next crawl marks it)
    OK = "ok"  # every page answered and articles were found
    PARTIAL = "partial"  # articles stored, some pages failed
    FAILED = "failed"  # no article found
    INTERRUPTED = "interrupted"  # stopped before the end: a signal, a kill, a crash


def run_status(
    *,
    articles: int,
    errors: int,
    completed: bool,
    doubtful: bool = False,
    held: int = 0,
    bounded: bool = False,
) -> RunStatus:
    """The status of a node's run from what it stored, the pages that failed, whether its crawl
    ran to the end (Scrapy's close reason 'finished', not 'shutdown'), whether its discovery
    routes saw only part of the site (`doubtful`), how many new versions it held back and whether
    it hit a bound (`bounded`: a page too large, too many pages, too long)."""
    if not completed:
        return RunStatus.INTERRUPTED
    if not articles:
        return RunStatus.FAILED
    return RunStatus.PARTIAL if errors or doubtful or held or bounded else RunStatus.OK


class ArchiveError(Exception):
    """The archive can't be used; the message is one line for the user."""


class ArchiveMissing(ArchiveError):  # noqa: N818 -- the name the interface promises
    """The archive file does not exist and the caller asked not to create it."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_run_id() -> str:
    """A crawl run's id: its start time, to the microsecond, so ids sort as runs began."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def content_hash(article: dict) -> str:
    """A stable hash of the content fields: equal hashes mean nothing a reader sees changed."""
    content = {field: article.get(field, JSON_DEFAULTS.get(field)) for field in CONTENT_FIELDS}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _page(row: dict) -> dict:
    row["body"] = zlib.decompress(row["body"]) if row["body"] is not None else None
    row["hints"] = json.loads(row["hints"]) if row["hints"] else {}
    row["lines"] = json.loads(row["lines"]) if row.get("lines") else []
    return row


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    values = list(dict.fromkeys(values))
    for start in range(0, len(values), LOOKUP_CHUNK):
        yield values[start : start + LOOKUP_CHUNK]


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _decode(row: dict) -> dict:
    for column in (*JSON_COLUMNS, "languages"):
        if isinstance(row.get(column), str):
            row[column] = json.loads(row[column])
    return row


class Archive:
    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise ArchiveMissing(f"no archive at {self.path}: run a crawl first, or check the path")
        if not self.path.parent.is_dir():
            raise ArchiveError(f"cannot create an archive at {self.path}: no such folder")
        try:
            self.db = Database(sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S))
            # WAL: readers (Datasette, an export) never block the crawl's writes nor wait for
            # them, and a killed writer leaves the file consistent. synchronous=NORMAL is safe
            # with WAL (a power cut may lose the last commits, never corrupt the file) and
            # spares an fsync per transaction.
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous = NORMAL")
            register_functions(self.db.conn)  # the broad search index's triggers call them
            migrate(self.db)
        except (sqlite3.DatabaseError, SchemaTooNewError) as error:
            raise ArchiveError(f"cannot use {self.path} as an archive: {error}") from None

    def check_writable(self) -> None:
        """ArchiveError unless this process may write the archive (a read-only file or mount
        otherwise fails a crawl at its first write)."""
        try:
            with self.db.conn:  # a write statement that changes nothing, rolled back
                self.db.execute("delete from crawl_runs where 0")
        except sqlite3.OperationalError as error:
            raise ArchiveError(f"cannot write {self.path}: {error}") from None

    def close(self) -> None:
        self.db.close()

    def transaction(self) -> AbstractContextManager:
        """One transaction around several writes (nested ones become savepoints)."""
        return self.db.atomic()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # nodes

    def upsert_node(
        self,
        slug: str,
        name: str,
        base_url: str,
        languages: list[str],
        cms: str | None,
        *,
        part_of: str | None = None,
    ) -> None:
        """Record a node as the registry describes it; `part_of`: the node it belongs to. A change
        of its group moves its articles' node_group with it."""
        group = part_of or slug
        with self.db.atomic():
            self.db["nodes"].upsert(
                {
                    "slug": slug,
                    "name": name,
                    "base_url": base_url,
                    "languages": _to_json(languages),
                    "cms": cms,
                    "updated": now(),
                    "part_of": part_of,
                    "node_group": group,
                },
                pk="slug",
            )
            self.db.execute(
                "update articles set node_group = ? where node = ? and node_group is not ?",
                [group, slug, group],
            )

    def node_group(self, slug: str) -> str:
        """The group a node's articles count in (itself when the archive does not know it)."""
        row = self.db.execute("select node_group from nodes where slug = ?", [slug]).fetchone()
        return row[0] if row and row[0] else slug

    def node_summaries(self) -> list[dict]:
        """One row per node: its article count (republished copies included) and crawl health."""
        sql = """
            select
              nodes.slug, nodes.name, nodes.base_url,
              (select count(*) from articles where articles.node = nodes.slug) as articles,
              (select finished from crawl_runs
                 where crawl_runs.node = nodes.slug and status = :ok
                 order by started desc, id desc limit 1) as last_success,
              (select status from crawl_runs
                 where crawl_runs.node = nodes.slug
                 order by started desc, id desc limit 1) as last_status
            from nodes
            order by nodes.slug
        """
        return list(self.db.query(sql, {"ok": RunStatus.OK.value}))

    # articles

    def upsert_article(
        self,
        article: dict,
        *,
        fetched_at: str,
        seen_at: str | None = None,
        page: dict | None = None,
        extractor: str | None = None,
    ) -> str:
        """Store a built article; return 'new', 'updated' or 'unchanged'.

        `fetched_at` is when its page's body was fetched, `seen_at` (default: the same) when the
        site last answered for it; `page` (url, body_hash) and `extractor` say what built it.
        An unchanged article only moves what differs of last_seen, fetched_at and that
        provenance. An updated one first copies the stored version to article_history, with the
        reason: 'rules' when it was built from the same page as before, 'site' when the page
        changed. duplicate_of belongs to deduplication and is never touched here.
        """
        url = article["url"]
        digest = content_hash(article)
        stored = self._article_row(url)
        seen_at = seen_at or fetched_at
        seen = {"last_seen": seen_at, "fetched_at": fetched_at}
        if page is not None:
            seen |= {"page_url": page["url"], "page_hash": page["body_hash"]}
        if extractor is not None:
            seen["extractor"] = extractor
        if stored is not None and stored["content_hash"] == digest:
            moved = {k: v for k, v in seen.items() if stored[k] != v}
            if moved:
                self.db["articles"].update(url, moved)
            return "unchanged"

        row = {field: article.get(field, JSON_DEFAULTS.get(field)) for field in ARTICLE_FIELDS}
        row |= browse_columns(row["published"], row["tags"])
        row = {k: _to_json(v) if k in JSON_COLUMNS else v for k, v in row.items()}
        row |= seen | {"content_hash": digest, "node_group": self.node_group(row["node"])}
        with self.db.atomic():
            if stored is None:
                self.db["articles"].insert(row | {"first_seen": fetched_at, "duplicate_of": None})
                return "new"
            same_page = page is not None and stored["page_hash"] == page["body_hash"]
            old = {field: stored[field] for field in HISTORY_FIELDS}
            self.db["article_history"].insert(
                {
                    "url": url,
                    "replaced_at": now() if same_page else seen_at,
                    "reason": "rules" if same_page else "site",
                    **old,
                }
            )
            self.db["articles"].update(url, row)
        return "updated"

    def touch_articles(self, run_id: str, node: str) -> int:
        """Move last_seen of the node's articles built from pages that this run found unchanged
        (already built, answered in the run); returns how many. Touches no search index."""
        # Driven by the run's pages (index on run_id), not by the node's articles.
        sql = """
            update articles set last_seen = (select seen_at from pages where url = page_url)
            where page_url in (
              select url from pages where run_id = ? and built is not null and node = ?
            )
        """
        with self.db.atomic():
            return self.db.execute(sql, [run_id, node]).rowcount

    def articles(self, node: str | None = None) -> Iterator[dict]:
        """Stored articles, newest first, with the JSON columns decoded.

        Read in full before the first row is yielded, so callers may write while iterating.
        """
        where, args = ("node = ?", [node]) if node else (None, None)
        rows = list(self.db["articles"].rows_where(where, args, order_by="published desc, url"))
        for row in rows:
            yield _decode(row)

    def article(self, url: str) -> dict | None:
        row = self._article_row(url)
        return _decode(row) if row else None

    def history(self, url: str) -> list[dict]:
        """Earlier versions of an article, oldest first."""
        rows = self.db["article_history"].rows_where("url = ?", [url], order_by="id")
        return [_decode(row) for row in rows]

    def set_duplicate_of(self, url: str, original_url: str | None) -> None:
        self.db["articles"].update(url, {"duplicate_of": original_url})

    def set_translations(self, url: str, translations: dict[str, str]) -> None:
        """Record the article's versions in other languages.

        Linking is not a content change: no history row, and content_hash keeps describing what
        the crawler last saw, so the next unchanged crawl stays 'unchanged'. A real update
        replaces translations with the crawler's, so linking runs again after every crawl.
        """
        self.db["articles"].update(url, {"translations": _to_json(translations)})

    def article_urls(self) -> list[str]:
        return [row[0] for row in self.db.execute("select url from articles order by url")]

    def articles_by_url(self, urls: Iterable[str]) -> dict[str, dict]:
        """The stored ones of these articles, by URL, with the JSON columns decoded."""
        found = {}
        for chunk in _chunks(urls):
            for row in self.db["articles"].rows_where(f"url in ({_marks(chunk)})", chunk):
                found[row["url"]] = _decode(row)
        return found

    def copies_of(self, urls: Iterable[str]) -> list[str]:
        """The articles marked as republished copies of any of these."""
        return self._urls_where("select url from articles where duplicate_of in ({})", urls)

    # the linking index (schema: _m5_link_index)

    def link_pending(self) -> list[str]:
        """Articles stored or edited since they were last linked (recorded by triggers)."""
        return [row[0] for row in self.db.execute("select url from link_pending order by url")]

    def mark_linked(self, urls: Iterable[str]) -> None:
        for chunk in _chunks(urls):
            self.db.execute(f"delete from link_pending where url in ({_marks(chunk)})", chunk)

    def set_link_keys(
        self,
        url: str,
        *,
        title_key: str,
        day: str | None,
        signature: bytes | None,
        buckets: Iterable[int],
    ) -> None:
        """Store an article's linking keys, replacing any it had."""
        keys = {"title_key": title_key, "day": day, "signature": signature}
        row = self.db.execute("select id from link_keys where url = ?", [url]).fetchone()
        if row is None:
            key_id = self.db["link_keys"].insert({"url": url, **keys}).last_pk
        else:
            key_id = row[0]
            self.db["link_keys"].update(key_id, keys)
            self.db.execute("delete from link_bands where id = ?", [key_id])
        self.db.conn.executemany(
            "insert or ignore into link_bands (bucket, id) values (?, ?)",
            [(bucket, key_id) for bucket in buckets],
        )

    def link_keys(self, urls: Iterable[str]) -> dict[str, dict]:
        """The stored linking keys of these articles, by URL: title_key, day, signature."""
        found = {}
        for chunk in _chunks(urls):
            sql = f"select url, title_key, day, signature from link_keys where url in ({_marks(chunk)})"
            for url, title_key, day, signature in self.db.execute(sql, chunk):
                found[url] = {"title_key": title_key, "day": day, "signature": signature}
        return found

    def link_candidates(
        self, url: str, *, buckets: list[int], title_key: str, first_day: str, last_day: str
    ) -> set[str]:
        """Other articles in any of these buckets, or of this (non-empty) title key published
        from first_day to last_day: two indexed lookups."""
        found = set()
        for chunk in _chunks(buckets):
            sql = f"""select distinct link_keys.url from link_bands
                join link_keys on link_keys.id = link_bands.id
                where link_bands.bucket in ({_marks(chunk)})"""
            found |= {row[0] for row in self.db.execute(sql, chunk)}
        if title_key:
            sql = "select url from link_keys where title_key = ? and day between ? and ?"
            found |= {row[0] for row in self.db.execute(sql, [title_key, first_day, last_day])}
        return found - {url}

    def translation_declarers(self, urls: Iterable[str]) -> list[str]:
        """The articles that name any of these as one of their translations."""
        return self._urls_where(
            "select distinct url from translation_links where twin in ({})", urls
        )

    def _urls_where(self, sql: str, values: Iterable[str]) -> list[str]:
        """The first column of `sql` (whose `{}` takes a list of parameters) for all `values`,
        asked a chunk at a time to stay under SQLite's limit on parameters."""
        found = []
        for chunk in _chunks(values):
            found += [row[0] for row in self.db.execute(sql.format(_marks(chunk)), chunk)]
        return found

    def rebuild_search_index(self) -> None:
        """Re-index articles_fts and articles_search, and fill the search tables that go with them,
        from scratch (needed after a VACUUM renumbers rowids, or when the normalisation of words
        changed)."""
        with self.db.atomic():
            self.db.execute("insert into articles_fts(articles_fts) values ('rebuild')")
            self.db.execute("insert into articles_search (articles_search) values ('delete-all')")
            self.db.execute(
                """insert into articles_search (rowid, title, summary, body)
                select rowid, nodenews_normalise(title, lang), nodenews_normalise(summary, lang),
                  nodenews_normalise(body, lang)
                from articles"""
            )
            fill_search_tables(self.db)

    def _article_row(self, url: str) -> dict | None:
        return next(self.db["articles"].rows_where("url = ?", [url]), None)

    # pages: the fetch's side, the newest answer for each URL

    def store_page(
        self,
        url: str,
        *,
        node: str,
        kind: str,
        status: int,
        body: bytes | None,
        run_id: str | None,
        final_url: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str | None = None,
        hints: dict | None = None,
        seen_at: str | None = None,
    ) -> str:
        """Store one answer for `url`; return 'new', 'changed' or 'unchanged'.

        `body` None is a 304: the stored body (and, when `hints` is None, hints) stand. The same
        body and hints make the page 'unchanged': only seen_at, run_id and the validators move;
        fetched_at stays the time this body was first fetched.
        """
        seen_at = seen_at or now()
        hints_json = _to_json(hints or {})
        stored = next(
            self.db["pages"].rows_where("url = ?", [url], select="body_hash, hints"), None
        )
        answer = {"seen_at": seen_at, "run_id": run_id, "final_url": final_url or url}
        validators = {"etag": etag, "last_modified": last_modified}
        if stored is not None and body is None:  # not modified: keep what was not resent
            hints_json = stored["hints"] if hints is None else hints_json
            answer |= {k: v for k, v in validators.items() if v} | {"hints": hints_json}
            if hints_json != stored["hints"]:
                answer["built"] = None  # to be built again
            self.db["pages"].update(url, answer)
            return "unchanged" if hints_json == stored["hints"] else "changed"
        body = body or b""
        digest = hashlib.sha256(body).hexdigest()
        answer |= validators | {"status": status, "content_type": content_type}
        if stored is not None and (stored["body_hash"], stored["hints"]) == (digest, hints_json):
            self.db["pages"].update(url, answer)
            return "unchanged"
        row = answer | {
            "url": url,
            "node": node,
            "kind": kind,
            "body": zlib.compress(body),
            "body_hash": digest,
            "fetched_at": seen_at,
            "hints": hints_json,
            "built": None,  # to be built (again)
        }
        self.db["pages"].upsert(row, pk="url")
        return "new" if stored is None else "changed"

    def page(self, url: str) -> dict | None:
        """The stored answer for `url`, body decompressed and hints decoded."""
        row = next(self.db["pages"].rows_where("url = ?", [url]), None)
        return _page(row) if row else None

    def page_urls(
        self, node: str | None = None, since: str | None = None, kind: str | None = None
    ) -> list[str]:
        """URLs of the stored pages of one node, of one kind, fetched on or after `since` (an ISO
        date or time), in order."""
        clauses = [
            (clause, value)
            for clause, value in (
                ("node = ?", node),
                ("fetched_at >= ?", since),
                ("kind = ?", kind),
            )
            if value
        ]
        where = " and ".join(clause for clause, _ in clauses) or None
        args = [value for _, value in clauses]
        rows = self.db["pages"].rows_where(where, args, select="url", order_by="url")
        return [row["url"] for row in rows]

    def pages(
        self,
        node: str | None = None,
        since: str | None = None,
        kind: str | None = None,
        *,
        urls: Iterable[str] | None = None,
    ) -> Iterator[dict]:
        """Stored pages, lazily (bodies are read a batch at a time): those `page_urls` names, or
        those at `urls` (in their order, batch by batch). Callers may write while iterating."""
        urls = self.page_urls(node, since, kind) if urls is None else list(urls)
        for start in range(0, len(urls), PAGE_BATCH):
            batch = urls[start : start + PAGE_BATCH]
            marks = ", ".join("?" * len(batch))
            rows = {
                row["url"]: row for row in self.db["pages"].rows_where(f"url in ({marks})", batch)
            }
            for url in batch:
                if url in rows:
                    yield _page(rows.pop(url))

    # the build's bookkeeping on pages and the counts of repeated lines

    def unbuilt_pages(self, nodes: list[str]) -> list[str]:
        """URLs of the nodes' article pages fetched (new or changed) since they were last built."""
        marks = ", ".join("?" * len(nodes))
        where = f"kind = 'article' and built is null and node in ({marks})"
        return [r["url"] for r in self.db["pages"].rows_where(where, nodes, select="url")]

    def set_built(self, url: str, extractor: str, held: str | None = None) -> None:
        """Record that the page at `url` was built (by `extractor`): a crawl need not build it
        again until its body or hints change. `held`: why its article was not applied."""
        self.db["pages"].update(url, {"built": extractor, "held": held})

    def set_page_lines(self, url: str, lines: list[str], text_hash: str | None = None) -> None:
        """The hashes of the lines the page now counts towards its node's line counts, and of
        the article text it built."""
        self.db["pages"].update(url, {"lines": _to_json(lines), "text_hash": text_hash})

    def texts_counted(
        self, node: str, text_hashes: Iterable[str], exclude: Iterable[str]
    ) -> set[str]:
        """Which of these article texts a page of the node other than those at `exclude` already
        counts towards the node's line counts."""
        exclude = set(exclude)
        found = set()
        for chunk in _chunks(text_hashes):
            sql = f"""select url, text_hash from pages where node = ? and text_hash in
                ({_marks(chunk)}) and lines is not null and lines != '[]'"""
            found |= {h for url, h in self.db.execute(sql, [node, *chunk]) if url not in exclude}
        return found

    def held_pages(self, node: str | None = None) -> list[dict]:
        """Pages whose newest version was held back: url, node, held (why), fetched_at."""
        where = "held is not null" + (" and node = ?" if node else "")
        return list(
            self.db["pages"].rows_where(
                where, [node] if node else [], select="url, node, held, fetched_at", order_by="url"
            )
        )

    def count_lines(
        self, node: str, delta: dict[str, int], pages: int = 0
    ) -> tuple[dict[str, int], int]:
        """Add `delta` (line hash -> pages gained or lost) to the node's line counts and `pages`
        to the number of its pages counted; returns the new count of each line in `delta` and
        the new number of pages. Lines no page holds any more are forgotten."""
        table = self.db["line_counts"]
        counts: dict[str, int] = {}
        with self.db.atomic():
            for line_hash, change in {**delta, PAGES_COUNTED: pages}.items():
                row = next(table.rows_where("node = ? and line_hash = ?", [node, line_hash]), None)
                counts[line_hash] = (row["pages"] if row else 0) + change
                if not change:
                    continue
                if counts[line_hash] > 0:
                    table.upsert(
                        {"node": node, "line_hash": line_hash, "pages": counts[line_hash]},
                        pk=("node", "line_hash"),
                    )
                elif row:
                    table.delete((node, line_hash))
        return counts, counts.pop(PAGES_COUNTED)

    def pages_with_lines(self, node: str, line_hashes: list[str]) -> list[str]:
        """URLs of the node's built pages on which any of these lines stands."""
        marks = ", ".join("?" * len(line_hashes))
        sql = f"""
            select distinct pages.url from pages, json_each(pages.lines)
            where pages.node = ? and json_each.value in ({marks}) order by pages.url
        """
        return [row[0] for row in self.db.execute(sql, [node, *line_hashes])]

    def page_states(self, node: str) -> dict[str, dict]:
        """What the store knows of each of a node's pages, without bodies: url -> kind, status,
        etag, last_modified, body_hash and hints (decoded). What a conditional crawl asks with."""
        columns = "url, kind, status, etag, last_modified, body_hash, hints"
        rows = self.db["pages"].rows_where("node = ?", [node], select=columns)
        return {
            row["url"]: row | {"hints": json.loads(row["hints"]) if row["hints"] else {}}
            for row in rows
        }

    # gone articles: the site no longer has them; marked, never deleted

    def known_articles(self, node: str) -> dict[str, dict]:
        """A node's stored articles: url -> published, gone_at (None while the site has it)."""
        rows = self.db["articles"].rows_where("node = ?", [node], select="url, published, gone_at")
        return {row["url"]: row for row in rows}

    def mark_seen(self, urls: list[str], when: str | None = None) -> None:
        """Articles a discovery route listed unchanged, so not asked again: seen all the same."""
        with self.db.atomic():
            self.db.conn.executemany(
                "update articles set last_seen = ? where url = ?",
                [(when or now(), u) for u in urls],
            )

    def mark_gone(self, urls: list[str], run_id: str, when: str | None = None) -> None:
        """The site answers 404/410 for these and no discovery route lists them."""
        with self.db.atomic():
            for url in urls:
                self.db["articles"].update(url, {"gone_at": when or now(), "gone_run": run_id})

    def mark_returned(self, urls: list[str]) -> None:
        """Articles marked gone that the site lists and serves again."""
        with self.db.atomic():
            for url in urls:
                self.db["articles"].update(url, {"gone_at": None, "gone_run": None})

    # crawl runs

    def start_run(self, node: str, run_id: str, started: str) -> int:
        table = self.db["crawl_runs"].insert(
            {"run_id": run_id, "node": node, "started": started, "status": RunStatus.RUNNING.value}
        )
        return table.last_pk

    def finish_run(
        self,
        run_row_id: int,
        *,
        status: RunStatus,
        discovery: str | None,
        pages_fetched: int,
        articles_new: int,
        articles_updated: int,
        articles_unchanged: int,
        articles_dropped: int,
        errors: int,
        message: str | None,
        finished: str,
        routes: dict[str, int] | None = None,
        articles_held: int = 0,
        template_change: str | None = None,
        bounds: dict[str, int] | None = None,
        pages_skipped: int = 0,
    ) -> None:
        """Close a run's row. `routes`: how many articles each discovery route listed;
        `articles_held`: new versions not applied; `template_change`: the one line saying most
        pages failed; `bounds`: the bounds hit, how many times; `pages_skipped`: answers at
        article URLs that were no page of the site (a PDF, an image, a redirect to another host)."""
        self.db["crawl_runs"].update(
            run_row_id,
            {
                "routes": _to_json(routes) if routes is not None else None,
                "articles_held": articles_held,
                "template_change": template_change,
                "bounds": _to_json(bounds) if bounds else None,
                "pages_skipped": pages_skipped,
                "status": RunStatus(status).value,
                "discovery": discovery,
                "pages_fetched": pages_fetched,
                "articles_new": articles_new,
                "articles_updated": articles_updated,
                "articles_unchanged": articles_unchanged,
                "articles_dropped": articles_dropped,
                "errors": errors,
                "message": message,
                "finished": finished,
            },
        )

    def close_abandoned_runs(self) -> int:
        """Mark `interrupted` every row still `running`; returns how many.

        Only for a caller holding the crawl lock (archive/lock.py): then no crawl is under way, and
        a row still running belongs to one that was killed or crashed before it could close it.
        """
        with self.db.atomic():
            cursor = self.db.execute(
                "update crawl_runs set status = ?, finished = ?, message = ? where status = ?",
                [
                    RunStatus.INTERRUPTED.value,
                    now(),
                    "interrupted: the crawl ended without closing this row (killed or crashed)",
                    RunStatus.RUNNING.value,
                ],
            )
        return cursor.rowcount

    def last_routes(self, node: str) -> dict[str, int]:
        """The per-route article counts of the node's last run that recorded them ({} if none)."""
        rows = self.db["crawl_runs"].rows_where(
            "node = ? and routes is not null", [node], order_by="id desc", limit=1
        )
        row = next(rows, None)
        return json.loads(row["routes"]) if row else {}

    def runs(self, run_id: str) -> list[dict]:
        """The crawl_runs rows of one run, by node."""
        return list(self.db["crawl_runs"].rows_where("run_id = ?", [run_id], order_by="node"))

    # boilerplate

    def article_count(self, node: str) -> int:
        return self.db.execute("select count(*) from articles where node = ?", [node]).fetchone()[0]

    def boilerplate_lines(self, node: str) -> set[str]:
        rows = self.db["boilerplate_lines"].rows_where("node = ?", [node], select="line")
        return {row["line"] for row in rows}

    def boilerplate(self, node: str) -> list[dict]:
        """The node's learned lines, most repeated first: line, pages, learned_at."""
        rows = self.db["boilerplate_lines"].rows_where(
            "node = ?", [node], select="line, pages, learned_at", order_by="pages desc, line"
        )
        return list(rows)

    def forgotten_lines(self, node: str) -> list[dict]:
        """Lines a person said are no boilerplate of the node: line, forgotten_at."""
        rows = self.db["boilerplate_forgotten"].rows_where(
            "node = ?", [node], select="line, forgotten_at", order_by="line"
        )
        return list(rows)

    def forget_line(self, node: str, line: str) -> bool:
        """Unlearn a line and keep it from being learned again; False if it was not learned."""
        with self.db.atomic():
            learned = self.db.execute(
                "delete from boilerplate_lines where node = ? and line = ?", [node, line]
            ).rowcount
            if learned:
                self.db["boilerplate_forgotten"].upsert(
                    {"node": node, "line": line, "forgotten_at": now()}, pk=("node", "line")
                )
        return bool(learned)

    def unforget_line(self, node: str, line: str) -> bool:
        """Let a forgotten line be learned again; False if it was not forgotten."""
        with self.db.atomic():
            return bool(
                self.db.execute(
                    "delete from boilerplate_forgotten where node = ? and line = ?", [node, line]
                ).rowcount
            )

    def remove_boilerplate_lines(self, node: str, lines: Iterable[str]) -> None:
        """Forget lines learned as the node's boilerplate (no longer on enough of its pages)."""
        with self.db.atomic():
            for line in lines:
                self.db["boilerplate_lines"].delete_where("node = ? and line = ?", [node, line])

    def add_boilerplate_lines(self, node: str, lines: dict[str, int]) -> None:
        """Record lines learned as boilerplate, each with the number of pages it was seen on;
        lines forgotten by a person stay forgotten."""
        learned_at = now()
        forgotten = {row["line"] for row in self.forgotten_lines(node)}
        rows = [
            {"node": node, "line": line, "pages": pages, "learned_at": learned_at}
            for line, pages in lines.items()
            if line not in forgotten
        ]
        self.db["boilerplate_lines"].upsert_all(rows, pk=("node", "line"))

    # the network (schema: _m9_network; computed by scrapers/network.py)

    def network_articles(self) -> list[dict]:
        """Every article without its text: url, node, lang, title, published, duplicate_of,
        translations (decoded) and its linking keys, title_key and signature (None when it is not
        indexed)."""
        sql = """select articles.url, node, lang, title, published, duplicate_of, translations,
                link_keys.title_key, link_keys.signature
            from articles left join link_keys on link_keys.url = articles.url
            order by articles.url"""
        rows = []
        for row in self.db.execute(sql):
            url, node, lang, title, published, duplicate_of, translations, key, signature = row
            rows.append(
                {
                    "url": url,
                    "node": node,
                    "lang": lang,
                    "title": title,
                    "published": published,
                    "duplicate_of": duplicate_of,
                    "translations": json.loads(translations) if translations else {},
                    "title_key": key,
                    "signature": signature,
                }
            )
        return rows

    def article_texts(self, urls: Iterable[str] | None = None) -> Iterator[tuple[str, str, str]]:
        """(url, title, body) of these articles (all when None), a batch of bodies at a time."""
        if urls is not None:
            for chunk in _chunks(urls):
                sql = f"select url, title, body from articles where url in ({_marks(chunk)})"
                yield from self.db.execute(sql, chunk).fetchall()
            return
        last = 0
        while True:
            rows = self.db.execute(
                "select rowid, url, title, body from articles where rowid > ? order by rowid limit ?",
                [last, PAGE_BATCH * 10],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            for _, url, title, body in rows:
                yield url, title, body

    def mention_matches(self) -> list[tuple[str, str, str, str, int]]:
        """Every stored mention: (url, entity, form, field, count)."""
        sql = "select url, entity, form, field, count from mentions"
        return self.db.execute(sql).fetchall()

    def replace_network(
        self,
        *,
        entities: Iterable[dict],
        mentions: Iterable[dict],
        stories: Iterable[dict],
        members: Iterable[dict],
        edges: Iterable[dict],
    ) -> None:
        """Replace the whole network (entities, mentions, stories and their members, edges) in one
        transaction: readers see the old one or the new one."""
        tables = {
            "entities": (entities, ("id", "name", "kind", "node", "listed_by")),
            "mentions": (
                mentions,
                ("url", "entity", "form", "field", "count", "source", "target", "own", "counted"),
            ),
            "stories": (stories, ("id", "title", "first_published", "nodes", "members")),
            "story_members": (members, ("story", "url", "node", "source")),
            "edges": (edges, ("source", "target", "kind", "period", "weight")),
        }
        with self.db.atomic():
            for table in ("story_members", "stories", "edges", "mentions", "entities"):
                self.db.execute(f"delete from {table}")
            for table, (rows, columns) in tables.items():
                values = (
                    tuple(
                        _to_json(row[c]) if isinstance(row[c], list | dict) else row[c]
                        for c in columns
                    )
                    for row in rows
                )
                self.db.conn.executemany(
                    f"insert into {table} ({', '.join(columns)}) values ({_marks(list(columns))})",
                    values,
                )

    def record_analysis(self, **counts: Any) -> None:
        """One analysis_runs row: when, the gazetteer's version and hash, what it found, how long."""
        self.db["analysis_runs"].insert({"analysed_at": now(), **counts})

    def last_analysis(self) -> dict | None:
        rows = self.db["analysis_runs"].rows_where(order_by="id desc", limit=1)
        return next(rows, None)

    def network_edges(self, granularity: str = "year") -> list[dict]:
        """The edges per year ('year') or per month ('month'): source, target, weight, period,
        kind; strongest first within a period."""
        length = {"year": 4, "month": 7}[granularity]
        sql = """select source, target, weight, period, kind from edges where length(period) = ?
            order by period, weight desc, kind, source, target"""
        columns = ("source", "target", "weight", "period", "kind")
        return [dict(zip(columns, row, strict=True)) for row in self.db.execute(sql, [length])]
