"""Search at scale: a synthetic archive of generated Swedish and English articles built through the
archive's API, served by Datasette as `nodenews serve` serves it (a subprocess on 127.0.0.1), and
timed through its HTTP interface: the ranked search's p50/p95 for a word, a phrase, a Swedish
prefix, a query without diacritics and a query with a node filter; the articles list searched
(with its facets, narrowed by a node or a month, and for a word nothing matches); the
articles table's first page (its facets), narrowed by facets, and its second page; the build
rate and the file's size.

    .venv/bin/python benchmarks/archive.py [--rows 100000] [--repeat 20] [--keep PATH]

Targets at 1M rows (issue 8): search p95 < 150 ms, facet page p95 < 500 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from benchmarks import sitegen  # noqa: E402

STARTUP_S = 60  # Datasette answers within this or the benchmark gives up
# The searches timed, by name: the ranked search's parameters.
SEARCHES = {
    "word": {"q": "forskare"},
    "phrase": {"q": '"precision medicine"'},
    "sv prefix": {"q": "kompetens*"},
    "no diacritics": {"q": "sodertalje foretag"},
    "node filter": {"q": "innovation", "node": "archive-07"},
}

# The articles list searched (?_search=) as a reader searches it, its facets counting the matches:
# a word in about a third of the articles, narrowed by a node or by a month (the search page's
# histogram links there), and a word no article has.
TABLE_SEARCHES = {
    "word": {"_search": "forskare"},
    "word+node": {"_search": "forskare", "node_group": "archive-07"},
    "word+month": {"_search": "forskare", "published_month": "2024-05", "duplicate_of__isnull": 1},
    "no match": {"_search": "kvantdator"},
}

# The articles table narrowed as a reader narrows it (its facets answer from the archive's summaries).
FACET_FILTERS = {
    "node+year": {"node_group": "archive-07", "published_year": "2024"},
    "lang": {"lang": "sv"},
    "month": {"published_month": "2024-05"},
}


def build(path: Path, rows: int) -> float:
    """Fill a new archive with `rows` synthetic articles; return articles stored per second."""
    with Archive(path) as archive:
        for number in range(1, 21):
            slug = f"archive-{number:02d}"
            base = f"https://{slug}.nodenews-bench.example"
            archive.upsert_node(slug, f"Arkivnod {number}", base, ["sv", "en"], "wordpress")
        return rows / sitegen.store_archive_records(archive, rows)


@contextmanager
def served(path: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    """`nodenews serve` on the archive at `path`, on a free port of 127.0.0.1, until the block
    ends: the server's process (for its CPU time and memory) and its database's base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "scrapers.cli", "serve", "--db", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                get(f"http://127.0.0.1:{port}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    raise SystemExit("Datasette did not start") from None
                time.sleep(0.2)
        yield server, f"http://127.0.0.1:{port}/{path.stem}"
    finally:
        server.terminate()
        server.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[float, int]:
    """Seconds to answer a GET, and the HTTP status."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return time.perf_counter() - started, status


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) a process has used so far (Linux's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timings(url: str, repeat: int, server: int) -> str:
    """p50 and p95 of `repeat` answers, and the server's CPU time per answer: on a machine
    shared with other work the wall-clock figures wait for a core, the CPU time much less."""
    get(url)  # untimed: the first answer warms the page cache
    cpu = cpu_seconds(server)
    answers = [get(url) for _ in range(repeat)]
    cpu_ms = (cpu_seconds(server) - cpu) * 1000 / repeat
    ms = sorted(seconds * 1000 for seconds, _ in answers)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]
    statuses = ",".join(sorted({str(status) for _, status in answers}))
    return (
        f"p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  cpu {cpu_ms:6.1f} ms"
        f"  (HTTP {statuses})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive at this path")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = options.keep or Path(tmp) / "nodenews.db"
        if path.exists():
            started = time.perf_counter()
            Archive(path).close()  # this nodenews' migrations, before Datasette reads it
            print(f"archive: {path} (reused, migrated in {time.perf_counter() - started:.0f} s)")
        else:
            rate = build(path, options.rows)
            print(f"build: {options.rows} articles at {rate:.0f} articles/s")
        print(f"size: {path.stat().st_size / 1e6:.1f} MB")
        with served(path) as (server, base):
            for name, params in SEARCHES.items():
                url = f"{base}/search.json?" + urlencode(params | {"_shape": "array"})
                print(f"search {name:14} {timings(url, options.repeat, server.pid)}")
            for name, params in TABLE_SEARCHES.items():
                url = f"{base}/articles?" + urlencode(params)
                print(f"table search {name:10} {timings(url, options.repeat, server.pid)}")
            # The word without its count and facets: what the list's rows cost.
            table = f"{base}/articles.json?" + urlencode(TABLE_SEARCHES["word"])
            rows_only = table + "&_nocount=1&_nofacet=1"
            print(f"table search rows   {timings(rows_only, options.repeat, server.pid)}")
            print(f"facet page          {timings(f'{base}/articles', options.repeat, server.pid)}")
            for name, filters in FACET_FILTERS.items():
                url = f"{base}/articles?" + urlencode(filters)
                print(f"facet page {name:8} {timings(url, options.repeat, server.pid)}")
            # Page 2 as its reader reaches it: by the first page's own link to the next.
            with urllib.request.urlopen(f"{base}/articles.json?_nofacet=1", timeout=60) as first:
                following = json.load(first)["next"]
            page_2 = f"{base}/articles?" + urlencode({"_next": following})
            print(f"table page 2        {timings(page_2, options.repeat, server.pid)}")
            # On a machine shared with other work the figures above are slower than alone.
            print("load average        {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
