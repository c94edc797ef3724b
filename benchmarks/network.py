"""The network analysis at scale: `nodenews analyse` (mentions, cross-node stories, edges) over a
synthetic archive, in full and as a build after a crawl runs it (a few articles changed).

    .venv/bin/python benchmarks/network.py [--rows 100000] [--keep PATH]

`--keep` builds the archive there once (as benchmarks/archive.py does) and works on a copy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from benchmarks.archive import build  # noqa: E402
from scrapers.linking import link_articles  # noqa: E402
from scrapers.network import analyse, load_gazetteer  # noqa: E402
from scrapers.registry import load_registry  # noqa: E402

CHANGED = 50  # articles a nightly crawl brings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive at this path")
    args = parser.parse_args()
    # The machine's load beside the figures: on a shared machine they are slower by about it.
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        source = args.keep or Path(folder) / "source.db"
        if not source.exists():
            print(f"building {args.rows} synthetic articles at {source} ...", flush=True)
            build(source, args.rows)
        db = Path(folder) / "analysed.db"
        shutil.copy(source, db)
        registry = load_registry()
        gazetteer = load_gazetteer(registry)
        with Archive(db) as archive:
            if archive.link_pending():  # the linking index a crawl's build keeps
                started = time.perf_counter()
                link_articles(archive, {}, urls=None)
                print(f"linking index built    {time.perf_counter() - started:7.1f} s", flush=True)
            for label, urls in (
                ("full analysis", None),
                ("again, unchanged", None),
                (f"after a build of {CHANGED}", archive.article_urls()[:CHANGED]),
            ):
                started = time.perf_counter()
                counts = analyse(archive, registry, urls=urls, gazetteer=gazetteer)
                seconds = time.perf_counter() - started
                print(
                    f"{label:<22} {seconds:7.1f} s  {counts['articles']} articles, "
                    f"{counts['mentions']} mentions, {counts['stories']} stories, "
                    f"{counts['edges']} edges",
                    flush=True,
                )


if __name__ == "__main__":
    main()
