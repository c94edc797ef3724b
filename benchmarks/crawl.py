"""What a crawl costs, and how that grows with the archive.

Generates N WordPress-like nodes x M articles (benchmarks/sitegen.py), serves each with
tests.mirror.Mirror on 127.0.0.1 and runs `nodenews crawl` as a subprocess, as cron would, into an
empty archive and into synthetic archives of 100k (and, with --million, 1M) articles. For each archive:

- first crawl: articles stored per second, CPU seconds per article, peak memory of the crawl process;
- no-change re-crawl, then a re-crawl after 1 % of the articles were edited: requests and seconds;
- first, the issue's target: a crawl of 12 new articles (one node of its own) into the big archive
  against the same crawl into an empty one (the ratio should stay within 2x; --target-only runs
  only these).

CPU seconds and peak memory are the crawl process's own (GNU time, /usr/bin/time); requests are counted by the
mirrors; article counts come from the run's crawl_runs rows. The synthetic archives are filled through
the storage API and linked as a build links what it stores, cached (keyed by the generator; a newer
nodenews migrates a cached one before the crawls), and copied for each scenario so that each starts
from the same state. Nothing is asserted: the figures are printed.

    .venv/bin/python benchmarks/crawl.py --quick         # a small smoke run (~1 min)
    .venv/bin/python benchmarks/crawl.py                 # 5 x 1,000 into empty and 100k
    .venv/bin/python benchmarks/crawl.py --million       # and into 1M (about 5 GB of cache)
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from archive.store import ArchiveError  # noqa: E402
from benchmarks import sitegen  # noqa: E402
from scrapers.linking import link_articles  # noqa: E402
from tests.mirror import Mirror  # noqa: E402

EDIT_SHARE = 0.01  # the edit scenario: 1 % of each node's articles changed
TARGET_ARTICLES = 12  # the target crawl: 12 new articles ...
TARGET_RATIO = 2.0  # ... cost within 2x in a big archive of what they cost in an empty one
ARCHIVE_BATCH = 5000  # articles per transaction (and per linking) when filling an archive
ONE_BY_ONE_SAMPLE = 1000  # articles stored one transaction each, to show what batching saves
MILLION = 1_000_000
# GNU time measures the crawl process's own CPU and peak memory. (os.wait4 would not do: a child
# that Python spawns by vfork starts on this benchmark's memory, and the kernel counts that in the
# child's ru_maxrss: 513 MB for /bin/true spawned by a process holding 500 MB.)
GNU_TIME = "/usr/bin/time"


@dataclass
class Crawl:
    archive: str
    scenario: str
    returncode: int
    wall: float
    cpu: float
    peak_mb: float
    requests: int
    not_modified: int  # the requests answered 304
    beyond_robots: int  # the largest count of one node's requests other than robots.txt
    new: int
    updated: int
    unchanged: int
    load: float  # the 1-minute load average when the crawl started
    log_tail: str = ""  # the end of the crawl's output when it did not exit 0

    @property
    def seen(self) -> int:
        return self.new + self.updated + self.unchanged


def nodenews_command() -> list[str]:
    """The installed console script beside this Python, as a crontab calls it."""
    script = Path(sys.executable).with_name("nodenews")
    return [str(script)] if script.exists() else [sys.executable, "-m", "scrapers.cli"]


def crawl(
    db: Path,
    generated: sitegen.Generated,
    mirrors: Sequence[Mirror],
    *,
    archive: str,
    scenario: str,
    timeout: float,
    logs: Path,
) -> Crawl:
    """One `nodenews crawl` of the generated nodes, with its own CPU time and peak memory."""
    for mirror in mirrors:
        mirror.hits.clear()
        mirror.answers.clear()
    args = ["--db", str(db), "--registry", str(generated.registry), "--log-level", "WARNING"]
    for node, mirror in zip(generated.nodes, mirrors, strict=True):
        args += ["--node", node.slug, "--base-url", f"{node.slug}={mirror.base_url}"]
    load = os.getloadavg()[0]
    log = logs / f"{archive}-{scenario}.log".replace(" ", "-").replace("%", "pc")
    usage = logs / "usage.txt"
    usage.unlink(missing_ok=True)
    command = [GNU_TIME, "-f", "%U %S %M", "-o", str(usage), *nodenews_command(), "crawl", *args]
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
        )
        try:
            returncode = process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # time and the crawl under it
            returncode = process.wait()
        wall = time.perf_counter() - started
    words = usage.read_text().split() if usage.exists() else []
    try:  # the last three: a crawl killed by a signal has time say so on a line before them
        user, system, peak_kb = map(float, words[-3:])
    except ValueError:  # killed at the timeout, and time with it
        user = system = peak_kb = math.nan
    requests = [list(mirror.hits) for mirror in mirrors]
    runs = last_runs(db)
    return Crawl(
        archive=archive,
        scenario=scenario,
        returncode=returncode,
        wall=wall,
        cpu=user + system,
        peak_mb=peak_kb / 1024,
        requests=sum(len(hits) for hits in requests),
        not_modified=sum(a.status == 304 for mirror in mirrors for a in mirror.answers),
        beyond_robots=max(sum(1 for h in hits if h != "/robots.txt") for hits in requests),
        new=sum(r["articles_new"] or 0 for r in runs),
        updated=sum(r["articles_updated"] or 0 for r in runs),
        unchanged=sum(r["articles_unchanged"] or 0 for r in runs),
        load=load,
        log_tail="" if returncode == 0 else log.read_text()[-1500:],
    )


def last_runs(db: Path) -> list[dict]:
    """The crawl_runs rows of the newest run."""
    try:
        with Archive(db, create=False) as archive:
            newest = next(archive.db.query("select max(run_id) as id from crawl_runs"))["id"]
            return archive.runs(newest) if newest else []
    except ArchiveError:  # a crawl killed before it made the archive
        return []


# --- synthetic archives -----------------------------------------------------------------------------


def cache_key(count: int, seed: int) -> str:
    """The generator decides what a filled archive holds; a newer nodenews brings a cached one up
    to date when it opens it (`up_to_date`), as it would a user's archive."""
    digest = hashlib.sha256(f"{count}/{seed}".encode())
    digest.update((ROOT / "benchmarks" / "sitegen.py").read_bytes())
    digest.update((ROOT / "benchmarks" / "texts.toml").read_bytes())
    return digest.hexdigest()[:12]


def _batches(items: Iterable[dict], size: int) -> Iterable[list[dict]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def fill(path: Path, count: int, seed: int) -> float:
    """Fill a new archive with `count` synthetic articles through the storage API, a transaction
    per batch, each batch linked (indexed) as the build links what it stored; returns articles per
    second."""
    started = time.perf_counter()
    with Archive(path) as archive:
        for number in range(1, sitegen.ARCHIVE_NODES + 1):
            slug = f"archive-{number:02d}"
            base = f"https://{slug}.nodenews-bench.example"
            archive.upsert_node(slug, f"Arkivnod {number}", base, ["sv", "en"], "wordpress")
        for batch in _batches(sitegen.archive_records(count, seed=seed), ARCHIVE_BATCH):
            with archive.transaction():
                for record in batch:
                    archive.upsert_article(record, fetched_at="2025-12-31T00:00:00+00:00")
            link_articles(archive, {}, urls=[r["url"] for r in batch])
    return count / (time.perf_counter() - started)


def up_to_date(path: Path) -> None:
    """Apply the migrations of this nodenews and link what they left pending, so that no crawl
    measured pays for an upgrade."""
    started = time.perf_counter()
    with Archive(path) as archive:
        link_articles(archive, {}, urls=[])
    if (elapsed := time.perf_counter() - started) > 1:
        print(f"  brought up to date in {elapsed:.0f} s (migrations, linking left pending)")


def one_by_one_rate(folder: Path) -> float:
    """Articles per second stored each in its own transaction (the crawl's way before batching)."""
    records = list(sitegen.archive_records(ONE_BY_ONE_SAMPLE, seed=99))
    with Archive(folder / "one-by-one.db") as archive:
        started = time.perf_counter()
        for record in records:
            archive.upsert_article(record, fetched_at="2025-12-31T00:00:00+00:00")
        return len(records) / (time.perf_counter() - started)


def synthetic_archive(cache: Path, count: int, seed: int) -> Path:
    path = cache / f"archive-{count}-{cache_key(count, seed)}.db"
    if path.exists():
        print(f"  archive of {count:,} articles: cached at {path}")
    else:
        partial = path.with_suffix(".partial")
        for leftover in cache.glob(f"{partial.name}*"):
            leftover.unlink()
        rate = fill(partial, count, seed)
        partial.rename(path)
        print(f"  archive of {count:,} articles filled and linked at {rate:,.0f} articles/s")
    up_to_date(path)
    return path


def fresh_copy(source: Path | None, target: Path) -> Path:
    for stale in target.parent.glob(f"{target.name}*"):  # the db and any -wal, -shm
        stale.unlink()
    if source is not None:
        shutil.copyfile(source, target)
    return target


# --- the scenarios ----------------------------------------------------------------------------------


def scenarios(
    label: str, source: Path | None, args: argparse.Namespace, work: Path
) -> tuple[Crawl, list[Crawl]]:
    """The target crawl of 12 new articles (one node of its own), then the first crawl, the
    no-change re-crawl and the 1 %-edited re-crawl of the generated nodes; each series starts from
    a fresh copy of the archive."""
    options = {"archive": label, "timeout": args.timeout, "logs": work}
    target_site = work / f"target-{label}"
    shutil.rmtree(target_site, ignore_errors=True)
    news = sitegen.generate(target_site, 1, TARGET_ARTICLES, seed=args.seed + 2, prefix="news")
    db = fresh_copy(source, work / "target.db")
    with Mirror(news.nodes[0].folder) as mirror:
        target = crawl(db, news, [mirror], scenario=f"{TARGET_ARTICLES} new", **options)
    print_row(target)

    results = []
    if not args.target_only:
        site = work / f"site-{label}"
        shutil.rmtree(site, ignore_errors=True)
        generated = sitegen.generate(site, args.nodes, args.articles, seed=args.seed)
        db = fresh_copy(source, work / "crawl.db")
        with ExitStack() as stack:
            mirrors = [stack.enter_context(Mirror(node.folder)) for node in generated.nodes]
            edited: list[str] = []
            for scenario in ("first crawl", "no change", "1% edited"):
                if scenario == "1% edited":
                    edited = sitegen.edit_articles(generated, EDIT_SHARE, seed=args.seed + 1)
                result = crawl(db, generated, mirrors, scenario=scenario, **options)
                print_row(result)
                results.append(result)
            if len(edited) != result.updated:  # a missed edit is a cost the requests don't show
                print(f"{'':<8} ({len(edited)} articles were edited on the sites)")
    for path in work.glob("*.db*"):
        path.unlink()
    return target, results


HEADER = (
    f"{'archive':<8} {'scenario':<12} {'new':>5} {'upd':>4} {'unch':>5} {'requests':>8} "
    f"{'304s':>5} {'req/node':>8} {'wall s':>7} {'CPU s':>7} {'CPU ms/art':>10} {'stored/s':>8} "
    f"{'peak MB':>7} {'load':>5}"
)


def print_row(c: Crawl) -> None:
    stored = f"{(c.new + c.updated) / c.wall:8.1f}" if c.new + c.updated else f"{'-':>8}"
    per_article = f"{1000 * c.cpu / c.seen:10.1f}" if c.seen else f"{'-':>10}"
    flag = ""
    if math.isnan(c.cpu):
        flag = "  killed at the timeout"
    elif c.returncode != 0:
        flag = f"  exit {c.returncode}:\n{c.log_tail}"
    print(
        f"{c.archive:<8} {c.scenario:<12} {c.new:>5} {c.updated:>4} {c.unchanged:>5} "
        f"{c.requests:>8} {c.not_modified:>5} {c.beyond_robots:>8} {c.wall:7.1f} {c.cpu:7.1f} {per_article} "
        f"{stored} {c.peak_mb:7.0f} {c.load:5.1f}{flag}",
        flush=True,
    )


def label_of(count: int) -> str:
    return (
        "empty"
        if count == 0
        else f"{count // MILLION}M"
        if count >= MILLION
        else f"{count // 1000}k"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=5, help="generated nodes (default 5)")
    parser.add_argument("--articles", type=int, default=1000, help="articles per node (1000)")
    parser.add_argument("--big", type=int, default=100_000, help="the big archive (100000)")
    parser.add_argument("--million", action="store_true", help="also into an archive of 1M")
    parser.add_argument("--quick", action="store_true", help="2 nodes x 50, into empty and 2k")
    parser.add_argument("--target-only", action="store_true", help="only the 12-article crawls")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per crawl (3600)")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "nodenews-bench",
        help="where synthetic archives are kept between runs",
    )  # fmt: skip
    args = parser.parse_args()
    if not Path(GNU_TIME).is_file():
        parser.error(f"needs GNU time at {GNU_TIME} (Debian, Ubuntu: apt install time)")
    if args.quick:
        args.nodes, args.articles, args.big, args.million = 2, 50, 2000, False
    sizes = [0, args.big] + ([MILLION] if args.million else [])
    args.cache.mkdir(parents=True, exist_ok=True)

    print(
        f"nodenews crawl benchmark: {args.nodes} nodes x {args.articles:,} articles on 127.0.0.1; "
        f"archives of {', '.join(f'{n:,}' for n in sizes)} articles; {os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.1f} at the start"
    )
    with tempfile.TemporaryDirectory(dir=args.cache) as folder:
        work = Path(folder)
        print(f"  storage API: {one_by_one_rate(work):,.0f} articles/s one transaction each")
        sources = {n: synthetic_archive(args.cache, n, args.seed) if n else None for n in sizes}
        print(f"\n{HEADER}")
        targets = {}
        for count, source in sources.items():
            targets[count], _results = scenarios(label_of(count), source, args, work)
    print(
        "\n304s: requests answered 'not modified'. req/node: the most requests one node took "
        "beyond robots.txt.\nCPU ms/art: CPU per article the run saw (new + updated + unchanged). "
        "stored/s: new + updated\nper wall second. Peak MB: the crawl process's maximum resident set."
    )
    empty = targets[0]
    for count, target in targets.items():
        if count and math.isnan(target.cpu + empty.cpu):
            print(f"target: {TARGET_ARTICLES} new articles into {label_of(count)}: not measured")
        elif count:
            print(
                f"target: {TARGET_ARTICLES} new articles into {label_of(count)}: "
                f"{target.wall / empty.wall:.1f}x the wall time ({target.wall:.1f} s vs "
                f"{empty.wall:.1f} s), {target.cpu / empty.cpu:.1f}x the CPU ({target.cpu:.1f} s vs "
                f"{empty.cpu:.1f} s) of the crawl into an empty archive (target: within "
                f"{TARGET_RATIO:.0f}x)"
            )


if __name__ == "__main__":
    main()
