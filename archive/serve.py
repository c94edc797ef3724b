"""Publish the archive with Datasette 0.65, bound to 127.0.0.1."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from datasette.utils import parse_metadata

from archive.store import ArchiveMissing

# The name metadata.yml gives the archive's database; Datasette names a database by its file.
TEMPLATE_DATABASE = "nodenews"
# The package's copy, which the top-level metadata.yml of a checkout is (archive/metadata.yml links
# to it, and a build copies it into the package: see pyproject.toml).
DEFAULT_METADATA = Path(__file__).parent / "metadata.yml"


def datasette_command(db_path: str | Path, *, port: int, metadata: Path) -> list[str]:
    # sys.executable -m datasette: the Datasette installed next to nodenews, not whatever
    # `datasette` comes first on PATH.
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "-m",
        str(metadata),
        "-p",
        str(port),
        "-h",
        "127.0.0.1",
        # Facet suggestions try every column on every page: 1.2 s of a 1.5 s page at 20k articles
        # (benchmarks/archive.py).
        "--setting",
        "suggest_facets",
        "off",
        # A table's CSV streams whole (?_stream=on), as an export does, not cut at 100 MB
        # (Datasette's default). The articles' CSV is the export's own (archive/export.py).
        "--setting",
        "max_csv_mb",
        "0",
    ]


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


def serve(db_path: str | Path, port: int = 8001, metadata: Path = DEFAULT_METADATA) -> int:
    """Run Datasette on the archive until interrupted; return its exit code."""
    if not Path(db_path).exists():
        raise ArchiveMissing(f"no archive at {db_path}: run a crawl first, or check the path")
    with tempfile.TemporaryDirectory(prefix="nodenews-") as tmp:
        run_metadata = Path(tmp) / "metadata.json"
        run_metadata.write_text(
            json.dumps(metadata_for(db_path, metadata), ensure_ascii=False), encoding="utf-8"
        )
        command = datasette_command(db_path, port=port, metadata=run_metadata)
        try:
            return subprocess.run(command, check=False).returncode
        except KeyboardInterrupt:
            return 0
