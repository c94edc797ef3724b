"""`nodenews`: the one command line. Its names and options are an interface crontabs depend on."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import BinaryIO
from urllib.parse import urlsplit

import click

from archive import Archive, ArchiveLocked, RunStatus, archive_lock
from archive.store import ArchiveError, new_run_id, now
from scrapers import settings as crawl_defaults
from scrapers.extract.encoding import decode_page
from scrapers.registry import (
    Node,
    RegistryError,
    load_registry,
    select,
    unknown_node,
    with_base_urls,
)
from scrapers.settings import RECHECK_DAYS

DEFAULT_DB = "nodenews.db"
DEMO_DB = "nodenews-demo.db"
# The demo crawls the mirrors under tests/, test data that an installed package does not carry.
DEMO_NEEDS_CHECKOUT = (
    "nodenews demo needs a source checkout (its mirrors are test data, not installed): in one, "
    "run .venv/bin/pip install -e . && .venv/bin/nodenews demo; "
    "or serve an archive of your own with nodenews serve --db FILE"
)
GZIP_MAGIC = b"\x1f\x8b"
# Files saved from an article URL that are no page (a PDF has no NUL bytes in its first lines).
NOT_HTML = {
    b"%PDF-": "PDF",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"PK\x03\x04": "ZIP",
}
HTML_TAG = re.compile(r"<(?:!doctype|[a-z][a-z0-9]*)[\s/>]", re.IGNORECASE)
LOG_FOLDER = "logs"  # next to the archive: crawl-<run id>.log, one per run
KEEP_LOGS = 30  # a month of nightly runs

# `nodenews crawl`'s exit codes, an interface for cron and systemd (see its --help and README).
EXIT_OK = 0  # every node's run is ok
EXIT_NOT_OK = 1  # some node's run is partial, failed or interrupted; or the archive is unusable
EXIT_USAGE = 2  # the command line is wrong (click's own code for a bad option, too)
EXIT_LOCKED = 3  # another crawl holds the archive's lock
MAX_PORT = 65535


class UsageError(click.ClickException):
    """Wrong input on crawl's command line: a one-line message (not click's usage block), exit 2."""

    exit_code = EXIT_USAGE


class LockedError(click.ClickException):
    exit_code = EXIT_LOCKED


class Interrupted(Exception):  # noqa: N818 -- a signal, not an error
    """SIGTERM or SIGINT arrived while no Scrapy crawler was handling them."""


db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True,
    help="The SQLite archive.",
)  # fmt: skip
registry_option = click.option(
    "--registry", "registries", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
    help="A TOML file of further nodes (or replacements), added to the built-in registry.",
)  # fmt: skip


def _registry(registries: tuple[Path, ...]) -> dict[str, Node]:
    try:
        return load_registry(registries)
    except RegistryError as error:
        raise click.ClickException(str(error)) from None


def _open(db: Path, *, create: bool = False, write: bool = False) -> Archive:
    try:
        archive = Archive(db, create=create)
        if write:
            archive.check_writable()
        return archive
    except ArchiveError as error:
        raise click.ClickException(str(error)) from None


@click.group()
@click.version_option(package_name="nodenews")
def main() -> None:
    """Crawl, archive, search and export the news of the Stockholm region's innovation nodes."""


@main.command()
@click.option("--node", "slugs", multiple=True, help="Crawl only this node (repeatable).")
@db_option
@click.option(
    "--base-url", "base_urls", multiple=True, metavar="SLUG=URL",
    help="Fetch a node from another address (a mirror, an archived copy); stored URLs stay canonical.",
)  # fmt: skip
@registry_option
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))  # fmt: skip
@click.option(
    "--log-file", type=click.Path(dir_okay=False, path_type=Path),
    help=f"Write the run's log here (default: {LOG_FOLDER}/crawl-<run id>.log next to the archive, "
    f"the newest {KEEP_LOGS} kept).",
)  # fmt: skip
@click.option(
    "--contact", metavar="URL", envvar="NODENEWS_CONTACT",
    help="Where the sites' webmasters can reach you, named in the User-Agent "
    "(default: $NODENEWS_CONTACT, else the project's page).",
)  # fmt: skip
@click.option(
    "--full", is_flag=True,
    help="Walk every route, page and article again, unconditionally (a crawl otherwise asks only "
    "what may have changed).",
)  # fmt: skip
@click.option(
    "--recheck-days", type=click.IntRange(min=0), default=RECHECK_DAYS, show_default=True, metavar="DAYS",
    help="Ask again for articles published this many days ago or less, changed or not.",
)  # fmt: skip
@click.option(
    "--max-pages", type=click.IntRange(min=0), metavar="N",
    help=f"Pages one node's run may ask at most (0: no bound) [{crawl_defaults.NODENEWS_MAX_PAGES}].",
)  # fmt: skip
@click.option(
    "--max-minutes", type=click.FloatRange(min=0), metavar="MIN",
    help=f"Minutes one node's run may take at most (0: no bound) [{crawl_defaults.CLOSESPIDER_TIMEOUT // 60}].",
)  # fmt: skip
@click.option(
    "--max-page-mb", type=click.FloatRange(min=0, min_open=True), metavar="MB",
    help=f"A larger page is cut off, not stored [{crawl_defaults.DOWNLOAD_MAXSIZE // 2**20}].",
)  # fmt: skip
@click.option(
    "--max-listing-pages", type=click.IntRange(min=0), metavar="N",
    help="Pages one listing, feed or sitemap route may follow per run (0: no bound) "
    f"[{crawl_defaults.NODENEWS_MAX_LISTING_PAGES}].",
)  # fmt: skip
@click.option(
    "--max-rest-pages", type=click.IntRange(min=0), metavar="N",
    help="WordPress REST pages asked per run, whatever X-WP-TotalPages says (0: no bound) "
    f"[{crawl_defaults.NODENEWS_MAX_REST_PAGES}].",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
    help=f"A page that has not arrived after this long fails [{crawl_defaults.DOWNLOAD_TIMEOUT}].",
)  # fmt: skip
@click.option(
    "--max-retry-after", type=click.FloatRange(min=0), metavar="SECONDS",
    help="A site's Retry-After is obeyed up to this long; a longer one fails the page "
    f"[{crawl_defaults.NODENEWS_RETRY_AFTER_MAX}].",
)  # fmt: skip
@click.option(
    "--backoff", type=click.FloatRange(min=0), metavar="SECONDS",
    help="Wait before retrying a 5xx answer or a failed connection, doubled at each retry "
    f"[{crawl_defaults.NODENEWS_BACKOFF:g}].",
)  # fmt: skip
def crawl(
    slugs: tuple[str, ...],
    db: Path,
    base_urls: tuple[str, ...],
    registries: tuple[Path, ...],
    log_level: str,
    log_file: Path | None,
    contact: str | None,
    full: bool,
    recheck_days: int,
    max_pages: int | None,
    max_minutes: float | None,
    max_page_mb: float | None,
    max_listing_pages: int | None,
    max_rest_pages: int | None,
    timeout: float | None,
    max_retry_after: float | None,
    backoff: float | None,
) -> None:
    """Crawl the nodes and store what is new or changed.

    Prints one line per node; the full log goes to a file. One crawl at a time per archive: a
    second one exits at once. SIGTERM or Ctrl-C stops the crawl cleanly: what was fetched is kept
    and the unfinished nodes' runs are recorded as 'interrupted'. Nothing stored before is ever
    removed. A run that hits a bound (--max-...) keeps what it fetched and is 'partial'.

    \b
    Exit codes (each node's run is a row in the crawl_runs table):
      0  every node's run is 'ok'
      1  some node's run is 'partial', 'failed' or 'interrupted'
         (or the archive can't be used)
      2  usage error: a bad option, an unknown node, a bad --base-url,
         a registry file that can't be read
      3  another crawl holds the archive's lock (DB.lock)
    """
    from scrapers.crawl import run_crawl  # Scrapy loads slowly; only crawls need it
    from scrapers.settings import contact_url

    try:
        nodes = with_base_urls(load_registry(registries), base_urls)
        chosen = select(nodes, slugs)
        contact = contact_url(contact)
    except (RegistryError, ValueError) as error:
        raise UsageError(str(error)) from None
    limits = {
        "NODENEWS_MAX_PAGES": max_pages,
        "CLOSESPIDER_TIMEOUT": None if max_minutes is None else max_minutes * 60,
        "DOWNLOAD_MAXSIZE": None if max_page_mb is None else max(1, int(max_page_mb * 2**20)),
        "NODENEWS_MAX_LISTING_PAGES": max_listing_pages,
        "NODENEWS_MAX_REST_PAGES": max_rest_pages,
        "DOWNLOAD_TIMEOUT": timeout,
        "NODENEWS_RETRY_AFTER_MAX": max_retry_after,
        "NODENEWS_BACKOFF": backoff,
    }
    _open(db, create=True, write=True).close()
    run_id = new_run_id()
    try:
        with archive_lock(db, "crawl") as abandoned, Archive(db) as archive:
            log_path = log_file or _new_log_file(db, run_id)
            stale = archive.close_abandoned_runs()
            if abandoned or stale:
                _note(
                    log_path,
                    f"the last run (pid {(abandoned or {}).get('pid', '?')}, started "
                    f"{(abandoned or {}).get('started', '?')}) ended without finishing: "
                    f"{stale} of its node runs marked interrupted",
                )
            try:
                with _signals_interrupt():
                    run_crawl(
                        chosen, db, registry=list(nodes.values()), log_level=log_level,
                        log_file=log_path, run_id=run_id, contact=contact, full=full,
                        recheck_days=recheck_days,
                        limits={k: v for k, v in limits.items() if v is not None},
                    )  # fmt: skip
            except Interrupted:
                _note(log_path, "interrupted by a signal")
            finally:
                archive.close_abandoned_runs()  # ours, left running by a signal or a crash
            runs = archive.runs(run_id)
    except ArchiveLocked as error:
        raise LockedError(str(error)) from None
    except ArchiveError as error:
        raise click.ClickException(str(error)) from None
    _report(runs)
    if not runs or any(run["status"] != RunStatus.OK for run in runs):
        click.echo(f"log: {log_path}", err=True)
        sys.exit(EXIT_NOT_OK)
    sys.exit(EXIT_OK)


def _new_log_file(db: Path, run_id: str) -> Path:
    """This run's log file in the archive's log folder, after removing all but the newest ones."""
    folder = db.parent / LOG_FOLDER
    folder.mkdir(exist_ok=True)
    for old in sorted(folder.glob("crawl-*.log"))[: -(KEEP_LOGS - 1) or None]:
        old.unlink(missing_ok=True)
    return folder / f"crawl-{run_id}.log"


def _note(log_path: Path, message: str) -> None:
    """Something the crawl's user must hear of: one line on stderr and in the log."""
    click.echo(f"nodenews crawl: {message}", err=True)
    with log_path.open("a", encoding="utf-8") as log:
        log.write(f"{now()} [nodenews] WARNING: {message}\n")


@contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGINT raise Interrupted (outside the crawlers, which stop on them gracefully)."""
    from scrapers.crawl import SHUTDOWN_SIGNALS

    def interrupt(signum: int, _frame: object) -> None:
        raise Interrupted(signal.Signals(signum).name)

    previous = {signum: signal.signal(signum, interrupt) for signum in SHUTDOWN_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@main.command()
@db_option
@click.option("--node", "slugs", multiple=True, help="Build only this node (repeatable).")
@click.option("--since", help="Only pages fetched on or after this day (YYYY-MM-DD).")
@click.option(
    "--accept", "accepted", multiple=True, metavar="URL",
    help="Apply the held-back version of the page at URL (pages.held), judged a real change of the "
    "site; builds only the pages given (repeatable).",
)  # fmt: skip
@registry_option
def build(
    db: Path,
    slugs: tuple[str, ...],
    since: str | None,
    accepted: tuple[str, ...],
    registries: tuple[Path, ...],
) -> None:
    """Build articles again from the pages stored by earlier crawls, without a single request
    (after a rule change or an upgrade). A changed article keeps its earlier version in
    article_history with the reason 'rules'. Exits 3 when a crawl or another build holds the
    archive's lock."""
    from scrapers.build import build as build_articles

    if since is not None:
        try:
            date.fromisoformat(since)
        except ValueError:
            raise click.ClickException(f"bad --since {since!r}: expected YYYY-MM-DD") from None
    registry = _registry(registries)
    try:
        chosen = [node.slug for node in select(registry, slugs)]
    except RegistryError as error:
        raise click.ClickException(str(error)) from None
    _open(db, write=True).close()
    try:
        with archive_lock(db, "build"), Archive(db) as archive:  # not while a crawl writes
            held = {page["url"] for page in archive.held_pages()}
            if unknown := [url for url in accepted if url not in held]:
                raise click.ClickException(f"not a held-back page: {unknown[0]}")
            counts = build_articles(
                archive, list(registry.values()), node=chosen, since=since,
                urls=list(accepted) or None, accept=accepted,
            )  # fmt: skip
    except ArchiveLocked as error:
        raise LockedError(str(error)) from None
    for slug, row in counts.items():
        click.echo(
            f"{slug:<22} new {row['new']:>3}  updated {row['updated']:>3}  "
            f"unchanged {row['unchanged']:>3}  dropped {row['dropped']:>2}  errors {row['errors']:>2}"
            f"  held {row['held']:>2}"
        )
        if row["template_change"]:
            click.echo(f"{slug:<22} {row['template_change']}", err=True)


@main.command()
@db_option
@click.option("--node", "slug", required=True, help="The node whose learned lines to show.")
@click.option("--forget", metavar="LINE",
              help="Unlearn this line and keep it from being learned again; its articles are built anew.")  # fmt: skip
@click.option("--unforget", metavar="LINE", help="Let a forgotten line be learned again.")
@registry_option
def boilerplate(
    db: Path, slug: str, forget: str | None, unforget: str | None, registries: tuple[Path, ...]
) -> None:
    """List the lines learned as a node's boilerplate (removed from its articles because they
    stand on at least half of its distinct articles), with how many each stands on, and the lines
    forgotten; or forget one. Exits 3 when a crawl or a build holds the archive's lock."""
    from scrapers.build import forget_line

    registry = _registry(registries)
    try:
        select(registry, [slug])
    except RegistryError as error:
        raise click.ClickException(str(error)) from None
    _open(db).close()
    if forget is not None or unforget is not None:
        try:
            with archive_lock(db, "boilerplate"), Archive(db) as archive:
                if forget is not None:
                    changed = forget_line(archive, list(registry.values()), slug, forget)
                    if changed is None:
                        raise click.ClickException(f"not a learned line of {slug}: {forget!r}")
                    click.echo(f"forgot {forget!r}: {changed} articles built again")
                if unforget is not None:
                    if not archive.unforget_line(slug, unforget):
                        raise click.ClickException(f"not a forgotten line of {slug}: {unforget!r}")
                    click.echo(
                        f"{unforget!r} may be learned again (by the next build that sees it)"
                    )
        except ArchiveLocked as error:
            raise LockedError(str(error)) from None
        return
    with Archive(db) as archive:
        learned, forgotten = archive.boilerplate(slug), archive.forgotten_lines(slug)
    click.echo(f"{'articles':>8}  {'learned':<25} line")
    for row in learned:
        click.echo(f"{row['pages']:>8}  {row['learned_at']:<25} {row['line']}")
    for row in forgotten:
        click.echo(f"{'-':>8}  {'forgotten ' + row['forgotten_at'][:10]:<25} {row['line']}")


def _report(runs: list[dict]) -> None:
    """One line per node's run; a row missing its counts (an interrupted run) shows dashes."""

    def count(run: dict, column: str, width: int) -> str:
        value = run.get(column)
        return f"{'-' if value is None else value:>{width}}"

    for run in runs:
        click.echo(
            f"{run['node']:<22} {run.get('status') or '?':<11} new {count(run, 'articles_new', 3)}  "
            f"updated {count(run, 'articles_updated', 3)}  "
            f"unchanged {count(run, 'articles_unchanged', 3)}  "
            f"errors {count(run, 'errors', 2)}  via {run.get('discovery') or '-'}"
        )


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--url", "urls", multiple=True,
              help="The URL the page was saved from; with several files, one per file, in order.")  # fmt: skip
@click.option("--node", "slug", help="The node whose rules apply (default: found from the URL).")
@click.option("--jsonl", is_flag=True, help="One JSON object a line, even for one file.")
@registry_option
def extract(
    files: tuple[str, ...],
    urls: tuple[str, ...],
    slug: str | None,
    jsonl: bool,
    registries: tuple[Path, ...],
) -> None:
    """Print the article on saved pages as JSON (to check what a crawl would store).

    FILE may be `-` for standard input; a gzipped file is read as its content. One file prints one
    indented object; several files (or --jsonl) print one object a line, in the files' order, and a
    file that cannot be read or parsed prints {"file": ..., "error": ...} without stopping the rest.
    Without --url (or --node) a page is of no known node: general layers only, no URL-derived
    fields, url null.
    Exits 0 when every file gave an article, 1 when any did not.
    """
    from scrapers.extract import extract_article

    if urls and len(urls) != len(files):
        raise click.ClickException(
            f"{len(files)} files but {len(urls)} --url: give one --url per file, or none"
        )
    for url in urls:
        if not urlsplit(url).scheme.startswith("http"):
            raise click.ClickException(f"bad --url {url!r}: expected an http(s) URL")
    nodes = _registry(registries)
    chosen = None
    if slug:
        try:
            chosen = select(nodes, [slug])[0]
        except RegistryError as error:
            raise click.ClickException(str(error)) from None

    failed = False
    for file, url in zip(files, urls or [None] * len(files), strict=True):
        node = chosen or _node_of(nodes, url)
        try:
            html = _read_page(file)
            result = extract_article(html, node.canonical(url) if url else None, node)
        except Exception as error:  # whatever the page, one bad file must not stop a batch
            if not (jsonl or len(files) > 1):
                raise click.ClickException(f"{file}: {error}") from None
            failed = True
            click.echo(json.dumps({"file": file, "error": str(error)}, ensure_ascii=False))
            continue
        record = result.article.to_record() | {"page_type": result.page_type}
        indent = None if jsonl or len(files) > 1 else 2
        click.echo(json.dumps(record, ensure_ascii=False, indent=indent))
    if failed:
        sys.exit(1)


def _read_page(file: str) -> str:
    """A saved page as text (extract/encoding.py); ValueError for what is no HTML page."""
    content = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    if content[:2] == GZIP_MAGIC:
        content = gzip.decompress(content)
    if not content.strip():
        raise ValueError("empty file")
    for magic, kind in NOT_HTML.items():
        if content.startswith(magic):
            raise ValueError(f"a {kind} file, not an HTML page")
    text = decode_page(content)  # UndecodableError (a ValueError) for what is no text
    if not HTML_TAG.search(text):
        raise ValueError("no HTML markup: not an HTML page")
    return text


def _node_of(nodes: dict[str, Node], url: str | None) -> Node:
    """The node that owns the URL, else one of no known site."""
    if url and (node := next((n for n in nodes.values() if n.owns(url)), None)):
        return node
    return unknown_node(url)


def _port(_ctx: click.Context, _param: click.Parameter, value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_PORT:
        raise UsageError(f"bad --port {value!r}: expected a number from 1 to {MAX_PORT}")
    return int(value)


port_option = click.option(
    "--port",
    default="8001",
    show_default=True,
    callback=_port,
    metavar="PORT",
    help="The TCP port to serve on.",
)
host_option = click.option(
    "--host", default="127.0.0.1", show_default=True,
    help="The address to listen on (0.0.0.0: every interface, e.g. behind a reverse proxy).",
)  # fmt: skip


@main.command()
@db_option
@port_option
@host_option
@click.option(
    "--immutable", is_flag=True,
    help="The file is a snapshot nothing writes any more (faster; wrong for a live archive).",
)  # fmt: skip
def serve(db: Path, port: int, host: str, immutable: bool) -> None:
    """Serve the archive with Datasette (full-text search, facets, canned queries), read-only,
    until SIGTERM or Ctrl-C."""
    from archive.serve import serve as run_datasette

    _open(db).close()
    sys.exit(run_datasette(db, port=port, host=host, immutable=immutable))


@main.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--excel", is_flag=True,
    help="CSV for Excel: UTF-8 with a byte order mark, ';' between cells.",
)  # fmt: skip
@click.option("--node", "slugs", multiple=True, help="Only this node (repeatable).")
@click.option(
    "--node-group", "groups", multiple=True, metavar="SLUG",
    help="Only this node with its sister sites and press rooms (repeatable).",
)  # fmt: skip
@click.option("--lang", help="Only this language (sv, en).")
@click.option("--since", help="Published on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this day (YYYY-MM-DD).")
@click.option("--search", help='Search terms: words, "phrases", -excluded, OR, prefix*.')
@click.option("--include-duplicates", is_flag=True, help="Keep republished copies too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")  # fmt: skip
def export(
    db: Path,
    fmt: str,
    excel: bool,
    slugs: tuple[str, ...],
    groups: tuple[str, ...],
    lang: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
    include_duplicates: bool,
    output: Path | None,
) -> None:
    """Export articles as CSV or JSON, newest first (the columns: see README, "Exporting").

    Streams: rows are written as they are read. With -o, the file appears complete or not at all;
    a bad option writes nothing.
    """
    from archive.export import check_format, select_articles, write_export

    archive = _open(db)
    try:
        check_format(fmt, excel=excel)
        selection = select_articles(
            archive.db.conn, nodes=slugs, node_groups=groups, lang=lang, since=since, until=until,
            search=search, include_duplicates=include_duplicates,
        )  # fmt: skip
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    try:
        with _export_target(output) as out:
            count = write_export(archive.db.conn, selection, out, fmt=fmt, excel=excel)
    except OSError as error:  # a missing folder, an unwritable file: the old file stays as it was
        message = f"cannot write {output or 'standard output'}: {error.strerror}"
        raise click.ClickException(message) from None
    click.echo(f"{count} articles", err=True)


@contextmanager
def _export_target(output: Path | None) -> Iterator[BinaryIO]:
    """Standard output, or a file that replaces `output` only once it is complete."""
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    partial = output.with_name(output.name + ".part")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)


@main.command()
@db_option
@registry_option
@click.option(
    "--edges-csv", type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the edges here as CSV (source, target, weight, period, kind) for network tools.",
)  # fmt: skip
@click.option(
    "--period", type=click.Choice(["year", "month"]), default="year", show_default=True,
    help="The edges' period in --edges-csv.",
)  # fmt: skip
def analyse(db: Path, registries: tuple[Path, ...], edges_csv: Path | None, period: str) -> None:
    """Recompute the network from the stored articles: mentions of the gazetteer's nodes and
    organisations, cross-node stories, and the edges per year and month (every build does it
    too). Idempotent; exits 3 when a crawl or a build holds the archive's lock."""
    from scrapers.network import GazetteerError, load_gazetteer, write_edges_csv
    from scrapers.network import analyse as analyse_network

    registry = _registry(registries)
    try:
        gazetteer = load_gazetteer(registry)
    except GazetteerError as error:
        raise click.ClickException(str(error)) from None
    _open(db).close()
    try:
        with archive_lock(db, "analyse"), Archive(db) as archive:
            counts = analyse_network(archive, registry, gazetteer=gazetteer)
            edges = archive.network_edges(period)
    except ArchiveLocked as error:
        raise LockedError(str(error)) from None
    click.echo(
        f"gazetteer {gazetteer.version}: {counts['articles']} articles, "
        f"{counts['mentions']} mentions, {counts['stories']} cross-node stories, "
        f"{counts['edges']} edges"
    )
    if edges_csv:
        try:
            with edges_csv.open("w", encoding="utf-8", newline="") as out:
                rows = write_edges_csv(edges, out)
        except OSError as error:
            raise click.ClickException(f"cannot write {edges_csv}: {error.strerror}") from None
        click.echo(f"{rows} edges per {period} written to {edges_csv}", err=True)


@main.command()
@db_option
@registry_option
def nodes(db: Path, registries: tuple[Path, ...]) -> None:
    """List the registry's nodes with their article counts and last successful crawl."""
    registry = _registry(registries)
    summaries = {}
    if db.exists():
        summaries = {row["slug"]: row for row in _open(db).node_summaries()}
    click.echo(f"{'node':<22} {'articles':>8}  {'last successful crawl':<26} base URL")
    for node in registry.values():
        row = summaries.get(node.slug, {})
        last = row.get("last_success") or "never"
        click.echo(f"{node.slug:<22} {row.get('articles', 0):>8}  {last:<26} {node.base_url}")


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEMO_DB,
              show_default=True, help="The demo archive (made anew each time).")  # fmt: skip
@port_option
@host_option
@click.option("--no-serve", is_flag=True, help="Crawl the mirrors, then stop.")
def demo(db: Path, port: int, host: str, no_serve: bool) -> None:
    """Serve the bundled mirrors of every node on 127.0.0.1, crawl them and serve the archive."""
    from scrapers.crawl import run_crawl

    tooling = _checkout_mirrors()
    bases = tooling.mirror_bases()
    if not bases:
        raise click.ClickException(DEMO_NEEDS_CHECKOUT)
    registry = load_registry()
    db.unlink(missing_ok=True)
    mirrors = {
        slug: tooling.Mirror(folder) for slug, (folder, _) in bases.items() if slug in registry
    }
    try:
        overrides = [f"{slug}={m.base_url}{bases[slug][1]}" for slug, m in mirrors.items()]
        nodes = with_base_urls(registry, overrides)
        runs = run_crawl(
            [nodes[slug] for slug in mirrors],
            db,
            registry=list(nodes.values()),
            log_level="WARNING",
        )
    finally:
        for mirror in mirrors.values():
            mirror.close()
    _report(runs)
    if not no_serve:
        from archive.serve import serve as run_datasette

        click.echo(f"Serving {db} on http://{host}:{port}/ (Ctrl-C to stop)")
        sys.exit(run_datasette(db, port=port, host=host))


def _checkout_mirrors() -> ModuleType:
    """The mirror server of a source checkout: test and demo tooling, not in the installed package."""
    path = Path(__file__).resolve().parents[1] / "tests" / "mirror.py"
    if not path.is_file():
        raise click.ClickException(DEMO_NEEDS_CHECKOUT)
    spec = importlib.util.spec_from_file_location("nodenews_checkout_mirror", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    main()
