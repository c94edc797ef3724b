"""What the faults of a breaking site cost a crawl, and what they cost the archive.

Runs every row of the fault matrix (tests/test_faults.py: the kista mirror behind tests/faults.py
on 127.0.0.1, crawled clean once, then each fault with --full from a copy of that archive) as cron
runs a crawl, in a process of its own, and then three faults at the default bounds, as a site
would serve them: a 50 MB page, `X-WP-TotalPages: 1000000` and endless listing pages. Prints, per
fault, the run's status, exit code, seconds, peak memory, the requests the server saw and those
whose client went away before their answer ended (a stall past the timeout, a size bound), and the
totals:

- faults tried;
- runs killed: crawls that did not end within KILL_AFTER_S and had to be killed;
- pages lost (must be 0): pages the clean crawl stored that are no longer in `pages`;
- articles degraded (must be 0): articles the clean crawl stored whose content changed although
  the site did not change them;
- peak memory of the crawl of the 50 MB page.

Nothing is asserted: the figures are printed (the matrix test asserts).

    .venv/bin/python benchmarks/faults.py            # the matrix and the default bounds (~3 min alone)
    .venv/bin/python benchmarks/faults.py --matrix   # the matrix only
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import SITES, expected
from tests.faults import EndlessListing, FaultServer, Headers, Huge, closed_port
from tests.test_faults import (
    CASES,
    ONE_ARTICLE,
    ONLY_LISTINGS,
    SLUG,
    Case,
    _articles,
    _last_run,
)

# A crawl of one node from a local mirror takes 5-10 s on a shared machine; one still running
# after this long is stuck.
KILL_AFTER_S = 600
# Longer than the matrix's longest stall (6 s): a stalled answer ends, and its client is counted
# gone, after the crawl that gave up on it.
SETTLE_S = 10
# The faults at the default bounds (scrapers/settings.py), as the issue measured them before.
AT_DEFAULT_BOUNDS = {
    "50 MB page (default bounds)": Case({ONE_ARTICLE: Huge(megabytes=50)}, "partial", 1),
    "X-WP-TotalPages 1000000 (default bounds)": Case(
        {r"^/wp-json/wp/v2/posts": Headers({"X-WP-TotalPages": "1000000"})}, "partial", 1
    ),
    "endless listing (default bounds)": Case(
        {**ONLY_LISTINGS, r"^/category/|junk-": EndlessListing()}, "failed", 1
    ),
}
HUGE = "50 MB page (default bounds)"


@dataclass
class Result:
    name: str
    status: str
    exit: int | None  # None: killed
    seconds: float
    peak_mb: float
    requests: int
    gone: int  # requests whose client went away before their answer ended
    pages_lost: int
    degraded: int
    bounds: str | None


def crawl(db: Path, base_url: str, args: tuple[str, ...]) -> tuple[int | None, float, float]:
    """Run `nodenews crawl --full` of kista from `base_url`: (exit code or None when killed,
    seconds, peak resident MB of the crawl process)."""
    base = f"{SLUG}={base_url}{expected(SLUG)['mirror_path']}"
    command = [sys.executable, "-m", "scrapers.cli", "crawl", "--db", str(db), "--node", SLUG,
               "--base-url", base, "--log-file", str(db.with_suffix(".log")), "--full", *args]  # fmt: skip
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > KILL_AFTER_S:
            process.kill()
            killed = True
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    return None if killed else process.returncode, seconds, usage.ru_maxrss / 1024


def page_urls(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {url for (url,) in conn.execute("select url from pages")}


def run(name: str, case: Case, clean: Path, folder: Path) -> Result:
    db = folder / f"{len(list(folder.iterdir()))}.db"
    shutil.copy(clean, db)
    before, pages_before = _articles(clean), page_urls(clean)
    requests = gone = 0
    if case.refused:
        code, seconds, peak = crawl(db, f"http://127.0.0.1:{closed_port()}", case.args)
    else:
        with FaultServer(SITES / SLUG / "site", case.faults) as server:
            code, seconds, peak = crawl(db, server.base_url, case.args)
            server.settle(SETTLE_S)
            requests, gone = len(server.requests), len(server.gone)
    after = _articles(db)
    base = expected(SLUG)["canonical_base"]
    changed = {base + path for path in case.changed}
    degraded = sum(1 for url, row in before.items() if url not in changed and after.get(url) != row)
    run_row = _last_run(db)
    return Result(
        name, run_row["status"], code, seconds, peak, requests, gone,
        len(pages_before - page_urls(db)), degraded, run_row.get("bounds"),
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--matrix", action="store_true", help="the matrix only")
    options = parser.parse_args()
    cases = dict(CASES) | ({} if options.matrix else AT_DEFAULT_BOUNDS)
    with tempfile.TemporaryDirectory(prefix="nodenews-faults-") as tmp:
        folder = Path(tmp)
        clean = folder / "clean.db"
        with FaultServer(SITES / SLUG / "site") as server:
            code, _, _ = crawl(clean, server.base_url, ())
        if code != 0:
            sys.exit(f"the clean crawl exited {code}: see {clean.with_suffix('.log')}")
        runs = folder / "runs"
        runs.mkdir()
        print(
            f"{'fault':<42} {'status':<8} {'exit':>4} {'s':>6} {'MB':>6} {'asked':>6} {'gone':>5}  bounds"
        )
        results = []
        for name, case in cases.items():
            result = run(name, case, clean, runs)
            results.append(result)
            code = "kill" if result.exit is None else result.exit
            print(
                f"{name:<42} {result.status:<8} {code:>4} {result.seconds:>6.1f} "
                f"{result.peak_mb:>6.0f} {result.requests:>6} {result.gone:>5}  {result.bounds or ''}",
                flush=True,
            )
    print()
    print(f"faults tried       {len(results)}")
    print(f"runs killed        {sum(r.exit is None for r in results)}")
    print(f"pages lost         {sum(r.pages_lost for r in results)}  (must be 0)")
    print(f"articles degraded  {sum(r.degraded for r in results)}  (must be 0)")
    huge = next((r for r in results if r.name == HUGE), None)
    if huge:
        print(
            f"50 MB page         peak {huge.peak_mb:.0f} MB, {huge.seconds:.1f} s (crawl process)"
        )


if __name__ == "__main__":
    main()
