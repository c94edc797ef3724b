"""The activity dashboard and the `activity_by_month` query at scale: each chart's data asked as
datasette-dashboards asks it (`/<db>.json?sql=...` with the dashboard's filters), unfiltered and
filtered to one node and one year, the canned query, the search page's histogram and the Atom
feeds, through an in-process Datasette configured as `nodenews serve` configures it. Prints
p50/p95, the HTTP status, the rows and whether Datasette truncated them.

    .venv/bin/python benchmarks/activity.py --db COPY.db [--repeat 10]
    .venv/bin/python benchmarks/activity.py --rows 100000 --keep /tmp/me-100k.db

Target at 1M rows (issue 9): every chart and activity_by_month under 500 ms, untruncated.
Open only a copy of a shared archive: opening applies this checkout's migrations.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette.app import Datasette  # noqa: E402
from datasette.database import QueryInterrupted  # noqa: E402
from datasette_dashboards import replace_opts_in_query  # noqa: E402

from archive import Archive  # noqa: E402
from archive.serve import metadata_for  # noqa: E402
from benchmarks.archive import build  # noqa: E402

# A year of the synthetic archives (sitegen's dates span 2011-2025).
FILTER_YEAR = "2020"
# Searches whose matches the search page's histogram counts: a word in many articles, a rare one.
SEARCH_WORDS = ("forskare", "innovation")


async def timed(ds: Datasette, path: str, repeat: int) -> str:
    """p50/p95 of GET path, its statuses and, for JSON, its rows and whether they were cut."""
    await ds.client.get(path)  # untimed: the first answer warms the page cache
    ms, statuses, shown = [], set(), ""
    for _ in range(repeat):
        started = time.perf_counter()
        response = await ds.client.get(path)
        ms.append((time.perf_counter() - started) * 1000)
        statuses.add(response.status_code)
        if response.status_code == 200 and ".json" in path:
            data = response.json()
            cut = "  TRUNCATED" if data.get("truncated") else ""
            shown = f"  rows {len(data['rows']):5d}{cut}"
    ms.sort()
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]
    status = ",".join(str(s) for s in sorted(statuses))
    return f"p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  (HTTP {status}){shown}"


async def measure(path: Path, repeat: int) -> None:
    metadata = metadata_for(path)
    ds = Datasette([str(path)], metadata=metadata, settings={"suggest_facets": False})
    await ds.invoke_startup()
    db = path.stem
    dashboard = metadata["plugins"]["datasette-dashboards"]["activity"]
    # The node filter's first option, as the dashboard lists it (the page asks for them too).
    try:
        started = time.perf_counter()
        node = (await ds.execute(db, dashboard["filters"]["node"]["query"])).rows[0][0]
        print(f"node filter options {(time.perf_counter() - started) * 1000:7.1f} ms")
    except QueryInterrupted:
        print("node filter options interrupted by the SQL time limit")
        node = (await ds.execute(db, "select slug from nodes order by slug limit 1")).rows[0][0]
    node_slug = (await ds.execute(db, "select slug from nodes order by slug limit 1")).rows[0][0]
    filters = {
        "unfiltered": {},
        "one node, one year": {
            "node": node,
            "date_start": f"{FILTER_YEAR}-01-01",
            "date_end": f"{FILTER_YEAR}-12-31",
        },
    }
    print(f"dashboard page                    {await timed(ds, '/-/dashboards/activity', repeat)}")
    for label, options in filters.items():
        for slug, chart in dashboard["charts"].items():
            sql = replace_opts_in_query(chart["query"], options)
            query = urlencode({"sql": sql, **options, "_shape": "objects"})
            result = await timed(ds, f"/{db}.json?{query}", repeat)
            print(f"{slug:14} {label:18} {result}")
    canned = f"/{db}/activity_by_month.json?_shape=objects"
    print(f"activity_by_month                 {await timed(ds, canned, repeat)}")
    for word in SEARCH_WORDS:
        query = urlencode({"q": word, "node": "", "lang": "", "since": "", "until": ""})
        histogram = f"/{db}/search_histogram.json?{query}&_shape=objects"
        print(f"search_histogram {word:16} {await timed(ds, histogram, repeat)}")
    # The Atom feeds (archive/feeds.py): the whole archive, a node, a search.
    feeds = {"whole": "", "node": f"node={node_slug}", "search": f"q={SEARCH_WORDS[0]}"}
    for name, query in feeds.items():
        print(f"feed {name:28} {await timed(ds, f'/{db}/articles.atom?{query}', repeat)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, help="an archive (a copy: it is migrated)")
    source.add_argument("--rows", type=int, help="build a synthetic archive of this many rows")
    parser.add_argument("--keep", type=Path, help="with --rows: build (or reuse) it here")
    parser.add_argument("--repeat", type=int, default=10)
    options = parser.parse_args()
    path = options.db or options.keep
    if options.rows and (path is None or not path.exists()):
        if path is None:
            raise SystemExit("--rows needs --keep PATH")
        rate = build(path, options.rows)
        print(f"build: {options.rows} articles at {rate:.0f} articles/s")
    started = time.perf_counter()
    with Archive(path):  # this checkout's migrations, timed apart from the queries
        pass
    print(f"archive: {path}, opened (migrated) in {time.perf_counter() - started:.1f} s")
    asyncio.run(measure(path, options.repeat))


if __name__ == "__main__":
    main()
