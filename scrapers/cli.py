"""`nodenews`: the one command line. Its names and options are an interface crontabs depend on."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import click
from w3lib.encoding import html_to_unicode

from archive import Archive
from archive.export import export_articles
from archive.store import ArchiveError
from scrapers.registry import (
    Node,
    RegistryError,
    load_registry,
    select,
    unknown_node,
    with_base_urls,
)

DEFAULT_DB = "nodenews.db"
DEMO_DB = "nodenews-demo.db"
GZIP_MAGIC = b"\x1f\x8b"

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


def _open(db: Path, *, create: bool = False) -> Archive:
    try:
        return Archive(db, create=create)
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
def crawl(
    slugs: tuple[str, ...],
    db: Path,
    base_urls: tuple[str, ...],
    registries: tuple[Path, ...],
    log_level: str,
) -> None:
    """Crawl the nodes and store what is new or changed.

    Exits 0 when every node's crawl is 'ok', 1 when any is 'partial' or 'failed' (see the crawl_runs
    table); nothing stored before is ever removed.
    """
    from scrapers.crawl import run_crawl  # Scrapy loads slowly; only crawls need it

    try:
        nodes = with_base_urls(_registry(registries), base_urls)
        chosen = select(nodes, slugs)
    except RegistryError as error:
        raise click.ClickException(str(error)) from None
    _open(db, create=True).close()
    runs = run_crawl(chosen, db, registry=list(nodes.values()), log_level=log_level)
    _report(runs)
    if any(run["status"] != "ok" for run in runs):
        sys.exit(1)


@main.command()
@db_option
@click.option("--node", "slugs", multiple=True, help="Build only this node (repeatable).")
@click.option("--since", help="Only pages fetched on or after this day (YYYY-MM-DD).")
@registry_option
def build(
    db: Path, slugs: tuple[str, ...], since: str | None, registries: tuple[Path, ...]
) -> None:
    """Build articles again from the pages stored by earlier crawls, without a single request
    (after a rule change or an upgrade). A changed article keeps its earlier version in
    article_history with the reason 'rules'."""
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
    with _open(db) as archive:
        counts = build_articles(archive, list(registry.values()), node=chosen, since=since)
    for slug, row in counts.items():
        click.echo(
            f"{slug:<22} new {row['new']:>3}  updated {row['updated']:>3}  "
            f"unchanged {row['unchanged']:>3}  dropped {row['dropped']:>2}  errors {row['errors']:>2}"
        )


def _report(runs: list[dict]) -> None:
    for run in runs:
        click.echo(
            f"{run['node']:<22} {run['status']:<8} new {run['articles_new']:>3}  "
            f"updated {run['articles_updated']:>3}  unchanged {run['articles_unchanged']:>3}  "
            f"errors {run['errors']:>2}  via {run['discovery']}"
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
    """A saved page as text, in the encoding it declares; ValueError for what is no HTML page."""
    content = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    if content[:2] == GZIP_MAGIC:
        content = gzip.decompress(content)
    # w3lib reads a BOM or <meta charset> as browsers do (Scrapy decodes every crawled page so).
    _, text = html_to_unicode(None, content)
    if not text.strip():
        raise ValueError("empty file")
    if "\x00" in text:
        raise ValueError("binary content, not an HTML page")
    return text


def _node_of(nodes: dict[str, Node], url: str | None) -> Node:
    """The node that owns the URL, else one of no known site."""
    if url and (node := next((n for n in nodes.values() if n.owns(url)), None)):
        return node
    return unknown_node(url)


@main.command()
@db_option
@click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")
def serve(db: Path, port: int) -> None:
    """Serve the archive with Datasette (full-text search, facets, canned queries)."""
    from archive.serve import serve as run_datasette

    _open(db).close()
    sys.exit(run_datasette(db, port=port))


@main.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option("--node", "slugs", multiple=True, help="Only this node (repeatable).")
@click.option("--lang", help="Only this language (sv, en).")
@click.option("--since", help="Published on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this day (YYYY-MM-DD).")
@click.option("--search", help="Full-text search terms (SQLite FTS syntax).")
@click.option("--include-duplicates", is_flag=True, help="Keep republished copies too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")  # fmt: skip
def export(
    db: Path,
    fmt: str,
    slugs: tuple[str, ...],
    lang: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
    include_duplicates: bool,
    output: Path | None,
) -> None:
    """Export articles as CSV or JSON, newest first."""
    archive = _open(db)
    try:
        with output.open("w", encoding="utf-8", newline="") if output else sys.stdout as out:
            count = export_articles(
                archive, out, fmt=fmt, nodes=list(slugs), lang=lang, since=since, until=until,
                search=search, include_duplicates=include_duplicates,
            )  # fmt: skip
    except ValueError as error:
        if output:
            output.unlink(missing_ok=True)
        raise click.ClickException(str(error)) from None
    click.echo(f"{count} articles", err=True)


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
@click.option("--port", default=8001, show_default=True, help="Datasette's port on 127.0.0.1.")
@click.option("--no-serve", is_flag=True, help="Crawl the mirrors, then stop.")
def demo(db: Path, port: int, no_serve: bool) -> None:
    """Serve the bundled mirrors of every node on 127.0.0.1, crawl them and serve the archive."""
    from scrapers.crawl import run_crawl

    tooling = _checkout_mirrors()
    bases = tooling.mirror_bases()
    if not bases:
        raise click.ClickException("no bundled mirrors found: demo runs from a source checkout")
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

        click.echo(f"Serving {db} on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        sys.exit(run_datasette(db, port=port))


def _checkout_mirrors() -> ModuleType:
    """The mirror server of a source checkout: test and demo tooling, not in the installed package."""
    path = Path(__file__).resolve().parents[1] / "tests" / "mirror.py"
    if not path.is_file():
        raise click.ClickException("no bundled mirrors found: demo runs from a source checkout")
    spec = importlib.util.spec_from_file_location("nodenews_checkout_mirror", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    main()
