"""What the broad search index (articles_search, archive/schema.py _m7_broad_search) costs: an
archive of synthetic Swedish and English articles is filled through the archive's API twice, with
the index's triggers and without them (the archive as it was before the index), and the script
prints the fill rate of each and the size of each full-text index and of the file.

    .venv/bin/python benchmarks/search_index.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from benchmarks import sitegen  # noqa: E402

TRIGGERS = ("articles_search_insert", "articles_search_update", "articles_search_delete")


def fill(path: Path, rows: int, *, broad_index: bool) -> float:
    """Fill an archive with `rows` synthetic articles; return the seconds it took."""
    with Archive(path) as archive:
        if not broad_index:
            for trigger in TRIGGERS:
                archive.db.execute(f"drop trigger {trigger}")
        return sitegen.store_archive_records(archive, rows)


def sizes(path: Path) -> dict[str, int]:
    """Bytes of each full-text index (its shadow tables) and of the whole file."""
    with Archive(path) as archive:
        sql = "select name, sum(pgsize) from dbstat group by name"
        tables = dict(archive.db.execute(sql).fetchall())
    index = {
        name: sum(size for table, size in tables.items() if table.startswith(name + "_"))
        for name in ("articles_fts", "articles_search")
    }
    return index | {"articles": tables["articles"], "file": path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    rows = parser.parse_args().rows
    mb = 1 / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        for broad_index in (False, True):
            path = Path(tmp) / f"broad-{broad_index}.db"
            seconds = fill(path, rows, broad_index=broad_index)
            size = sizes(path)
            label = "with articles_search" if broad_index else "without (before)   "
            print(
                f"{label}: {rows / seconds:7.0f} articles/s, file {size['file'] * mb:6.1f} MB, "
                f"articles {size['articles'] * mb:6.1f} MB, articles_fts "
                f"{size['articles_fts'] * mb:6.1f} MB, articles_search "
                f"{size['articles_search'] * mb:6.1f} MB"
            )


if __name__ == "__main__":
    main()
