"""What the broad search index (articles_search, archive/schema.py _m8_broad_search) and the ranked
search's tables (search_words, search_filters, _m12_search_at_scale) cost: an archive of synthetic
Swedish and English articles is filled through the archive's API three times, without the
triggers of both (the archive before them), without the search tables' and with all, and the
script prints the fill rate of each and the size of each index and table and of the file.

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

BROAD_INDEX = ("articles_search_insert", "articles_search_update", "articles_search_delete")
SEARCH_TABLES = (
    "search_tables_insert",
    "search_words_update",
    "search_filters_update",
    "search_filters_delete",
)
# label: the triggers dropped before filling
CONFIGURATIONS = {
    "exact index only   ": BROAD_INDEX + SEARCH_TABLES,
    "+ articles_search  ": SEARCH_TABLES,
    "+ search tables    ": (),
}


def fill(path: Path, rows: int, *, without: tuple[str, ...]) -> float:
    """Fill an archive with `rows` synthetic articles, these triggers dropped; return the seconds
    it took."""
    with Archive(path) as archive:
        for trigger in without:
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
    search = {name: tables.get(name, 0) for name in ("search_words", "search_filters")}
    return index | search | {"articles": tables["articles"], "file": path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    rows = parser.parse_args().rows
    mb = 1 / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, without) in enumerate(CONFIGURATIONS.items()):
            path = Path(tmp) / f"search-{number}.db"
            seconds = fill(path, rows, without=without)
            size = sizes(path)
            print(
                f"{label}: {rows / seconds:7.0f} articles/s, file {size['file'] * mb:6.1f} MB, "
                f"articles {size['articles'] * mb:6.1f} MB, articles_fts "
                f"{size['articles_fts'] * mb:6.1f} MB, articles_search "
                f"{size['articles_search'] * mb:6.1f} MB, search_words "
                f"{size['search_words'] * mb:5.1f} MB, search_filters "
                f"{size['search_filters'] * mb:5.1f} MB"
            )


if __name__ == "__main__":
    main()
