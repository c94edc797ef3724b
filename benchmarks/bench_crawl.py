"""Crawl every bundled mirror (served on 127.0.0.1) twice and print how long it took, what each node's
run used (discovery route, extraction layers) and what the second crawl changed.

    .venv/bin/python benchmarks/bench_crawl.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from tests.conftest import nodenews  # noqa: E402
from tests.mirror import Mirror, mirror_bases  # noqa: E402

UNREGISTERED = {"unknown-wp"}


def crawl(db: Path, bases: dict[str, str]) -> float:
    args = [
        a for slug, url in bases.items() for a in ("--node", slug, "--base-url", f"{slug}={url}")
    ]
    started = time.perf_counter()
    result = nodenews("crawl", "--db", str(db), "--log-level", "WARNING", *args)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(result.stdout, result.stderr[-2000:])
    return elapsed


def main() -> None:
    with ExitStack() as stack, tempfile.TemporaryDirectory() as folder:
        bases = {}
        for slug, (site, path) in mirror_bases().items():
            if slug not in UNREGISTERED:
                bases[slug] = stack.enter_context(Mirror(site)).base_url + path
        db = Path(folder) / "bench.db"
        first = crawl(db, bases)
        second = crawl(db, bases)
        archive = Archive(db)
        runs = list(archive.db.query("select * from crawl_runs order by id"))
        pages = sum(r["pages_fetched"] for r in runs[: len(bases)])
        articles = archive.db["articles"].count
        print(f"{len(bases)} nodes, {articles} articles, {pages} pages fetched per crawl")
        print(f"first crawl  {first:6.2f} s  ({pages / first:.0f} pages/s, whole process)")
        print(f"second crawl {second:6.2f} s")
        second_runs = runs[len(bases) :]
        changed = sum(r["articles_new"] + r["articles_updated"] for r in second_runs)
        print(f"second crawl: {changed} articles new or updated (0 expected)\n")
        print(
            f"{'node':<22} {'route':<9} {'pages':>5}  body layers / published layers / lang layers"
        )
        for run in runs[: len(bases)]:
            rows = list(archive.articles(run["node"]))
            layers = {
                field: Counter(r["sources"].get(field, "-") for r in rows)
                for field in ("body", "published", "lang")
            }
            text = " / ".join(
                ", ".join(f"{k} {v}" for k, v in sorted(c.items())) for c in layers.values()
            )
            print(f"{run['node']:<22} {run['discovery']:<9} {run['pages_fetched']:>5}  {text}")
        copies = archive.db.execute(
            "select node, count(*) from articles where duplicate_of is not null group by node"
        ).fetchall()
        print("\nrepublished copies linked:", json.dumps(dict(copies)))


if __name__ == "__main__":
    main()
