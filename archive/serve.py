"""Publish the archive with Datasette 0.65, in this process (uvicorn), bound to 127.0.0.1 unless
told otherwise.

In-process so that stopping `nodenews serve` (SIGTERM, Ctrl-C) stops the server: uvicorn shuts
down on either signal and frees the port (a Datasette child process outlived a SIGTERM).

A live archive is opened read-only (SQLite's mode=ro, Datasette's default for a file): the nightly
crawl keeps writing it, and readers see each crawl's changes. `immutable` (Datasette's -i) is for
a snapshot no one writes any more: SQLite then takes no locks and Datasette counts its tables
once; a file that does change under it gives wrong answers.
"""

import asyncio
import signal
from pathlib import Path

import uvicorn
from datasette.app import Datasette
from datasette.utils import parse_metadata

from archive.store import ArchiveMissing

# The name metadata.yml gives the archive's database; Datasette names a database by its file.
TEMPLATE_DATABASE = "nodenews"
# The package's copy, which the top-level metadata.yml of a checkout is (archive/metadata.yml links
# to it, and a build copies it into the package: see pyproject.toml).
DEFAULT_METADATA = Path(__file__).parent / "metadata.yml"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


# Facet suggestions try every column on every page: 1.2 s of a 1.5 s page at 20k articles
# (benchmarks/archive.py). A table's CSV streams whole (?_stream=on), as an export does, not cut
# at 100 MB (Datasette's default); the articles' CSV is the export's own (archive/export.py). The
# rest are Datasette's defaults, written down because the limits (archive/limits.py) are measured
# with them: a query may run 1 s and return 1,000 rows, and three run at a time.
SETTINGS = {
    "suggest_facets": False,
    "max_csv_mb": 0,
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "num_sql_threads": 3,
}


def metadata_for(db_path: str | Path, template: Path = DEFAULT_METADATA) -> dict:
    """metadata.yml with its database settings under the name Datasette will give db_path.

    Datasette 0.65 keys database metadata by name and has no wildcard, so nodenews-demo.db
    would otherwise lose its facets and canned queries.
    """
    metadata = parse_metadata(Path(template).read_text(encoding="utf-8"))
    databases = metadata.get("databases") or {}
    name = Path(db_path).stem
    if TEMPLATE_DATABASE in databases and name != TEMPLATE_DATABASE:
        databases[name] = databases.pop(TEMPLATE_DATABASE)
        # The activity dashboard's charts and filters name their database too.
        for dashboard in (metadata.get("plugins") or {}).get("datasette-dashboards", {}).values():
            for part in (
                *dashboard.get("charts", {}).values(),
                *dashboard.get("filters", {}).values(),
            ):
                if part.get("db") == TEMPLATE_DATABASE:
                    part["db"] = name
    return metadata


def datasette_app(
    db_path: str | Path,
    *,
    metadata: Path = DEFAULT_METADATA,
    immutable: bool = False,
    settings: dict | None = None,
) -> Datasette:
    """The Datasette that `nodenews serve` runs (tests use it in-process; `settings` override)."""
    files = {"immutables": [str(db_path)]} if immutable else {"files": [str(db_path)]}
    return Datasette(
        **files, metadata=metadata_for(db_path, metadata), settings=SETTINGS | (settings or {})
    )


def serve(
    db_path: str | Path,
    port: int = 8001,
    *,
    host: str = "127.0.0.1",
    immutable: bool = False,
    metadata: Path = DEFAULT_METADATA,
) -> int:
    """Run Datasette on the archive until SIGTERM or Ctrl-C; return the exit code."""
    if not Path(db_path).exists():
        raise ArchiveMissing(f"no archive at {db_path}: run a crawl first, or check the path")
    ds = datasette_app(db_path, metadata=metadata, immutable=immutable)
    asyncio.run(ds.invoke_startup())
    server = uvicorn.Server(uvicorn.Config(ds.app(), host=host, port=port, lifespan="on"))
    # uvicorn shuts down gracefully on SIGTERM or SIGINT, then raises the signal again for the
    # handler it found: this one, so that stopping the server is a normal end (exit 0).
    for stop in STOP_SIGNALS:
        signal.signal(stop, lambda *_: None)
    server.run()
    return 0 if server.started else 1
