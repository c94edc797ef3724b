"""Runs that can be trusted: one crawl at a time, every crawl_runs row closed, clean signals, exit
codes, logs, and an archive that any kill leaves consistent."""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from archive import Archive, ArchiveLocked, RunStatus, archive_lock
from archive.lock import lock_path
from archive.serve import metadata_for
from archive.store import run_status
from scrapers import cli
from scrapers.crawl import SHUTDOWN_SIGNALS, run_process
from scrapers.progress import progress_line
from tests.conftest import SITES, crawl_mirrors, expected
from tests.mirror import Mirror

# Two small mirrors (9 articles each, found by a sitemap and by listing pages): two crawlers in one
# process, as a nightly run has.
SLUGS = ["barkarby", "ssci-pressroom"]
# Seconds the mirrors wait before each answer when a test must act while a crawl is under way.
SLOW_MIRROR_DELAY = 0.15
KILLS = 20
SEED = 6  # issue 6
KILL_LANES = 2


def start_crawl(db: Path, mirrors: dict[str, Mirror], *extra: str) -> subprocess.Popen:
    """`nodenews crawl` of the served mirrors in a process of its own, not waited for."""
    args = []
    for slug, mirror in mirrors.items():
        args += ["--node", slug, "--base-url", f"{slug}={mirror.base_url}"]
        args[-1] += expected(slug)["mirror_path"]
    return subprocess.Popen(
        [sys.executable, "-m", "scrapers.cli", "crawl", "--db", str(db), *args, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def serve(slugs: list[str], delay: float = 0.0) -> Iterator[dict[str, Mirror]]:
    with ExitStack() as stack:
        yield {s: stack.enter_context(Mirror(SITES / s / "site", delay=delay)) for s in slugs}


def wait_for_hits(mirrors: dict[str, Mirror], count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while sum(len(m.hits) for m in mirrors.values()) < count:
        assert time.monotonic() < deadline, "the crawl never reached the mirrors"
        time.sleep(0.01)


def runs(db: Path) -> list[dict]:
    with Archive(db) as archive:
        return list(archive.db["crawl_runs"].rows_where(order_by="id"))


def stored_articles(db: Path) -> dict[str, str]:
    """The archive's articles: URL -> content hash."""
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select url, content_hash from articles"))


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# -- statuses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "articles, errors, completed, bounded, status",
    [
        (5, 0, True, False, "ok"),
        (5, 2, True, False, "partial"),
        (0, 0, True, False, "failed"),
        (0, 3, True, False, "failed"),
        (5, 0, False, False, "interrupted"),
        (0, 0, False, False, "interrupted"),
        (5, 0, True, True, "partial"),  # a bound hit: a page too large, too many pages, too long
        (0, 0, True, True, "failed"),
        (5, 0, False, True, "interrupted"),
    ],
)
def test_run_status(articles, errors, completed, bounded, status):
    got = run_status(articles=articles, errors=errors, completed=completed, bounded=bounded)
    assert got == status


def test_rows_left_running_are_closed_as_interrupted(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        killed = archive.start_run("kista", "run-1", "2025-01-01T02:30:00+00:00")
        done = archive.start_run("ssci", "run-1", "2025-01-01T02:30:00+00:00")
        archive.finish_run(
            done, status=RunStatus.OK, discovery="sitemap", pages_fetched=3, articles_new=2,
            articles_updated=0, articles_unchanged=0, articles_dropped=0, errors=0, message=None,
            finished="2025-01-01T02:31:00+00:00",
        )  # fmt: skip
        assert archive.close_abandoned_runs() == 1
        rows = {row["id"]: row for row in archive.db["crawl_runs"].rows}
        assert rows[killed]["status"] == "interrupted"
        assert rows[killed]["finished"] > "2025-01-01"
        assert "killed or crashed" in rows[killed]["message"]
        assert (
            rows[done]["status"] == "ok" and rows[done]["finished"] == "2025-01-01T02:31:00+00:00"
        )
        assert archive.close_abandoned_runs() == 0


def test_the_summary_shows_a_row_missing_its_counts(capsys):
    row = {"node": "kista", "status": "interrupted", "discovery": None, "articles_new": None,
           "articles_updated": None, "articles_unchanged": None, "errors": None}  # fmt: skip
    cli._report([row])
    line = capsys.readouterr().out.strip()
    assert line.split() == ["kista", "interrupted", "new", "-", "updated", "-", "unchanged", "-",
                            "errors", "-", "via", "-"]  # fmt: skip


# -- WAL: readers while a crawl writes -------------------------------------------------------------


def test_the_archive_is_read_while_a_write_transaction_is_open(tmp_path):
    db = tmp_path / "nodenews.db"
    with Archive(db) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv"], "wp")
    writer = Archive(db)
    assert writer.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writer.db.execute("BEGIN IMMEDIATE")  # as a crawl's batch holds it
    writer.db["nodes"].insert({"slug": "ssci", "name": "Stockholm Science City"})

    async def read() -> list:
        ds = Datasette([str(db)], metadata=metadata_for(db))
        await ds.invoke_startup()
        response = await ds.client.get("/nodenews/nodes.json?_shape=array")
        assert response.status_code == 200, response.text
        return [row["slug"] for row in response.json()]

    started = time.monotonic()
    assert asyncio.run(read()) == ["kista"]  # the committed state, at once
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0) as reader:
        assert reader.execute("select count(*) from nodes").fetchone()[0] == 1
    assert time.monotonic() - started < 5
    writer.db.execute("COMMIT")
    assert asyncio.run(read()) == ["kista", "ssci"]
    writer.close()


# -- the lock ------------------------------------------------------------------------------------


def test_a_second_holder_is_refused_at_once_naming_the_first(tmp_path):
    db = tmp_path / "nodenews.db"
    with archive_lock(db, "crawl") as abandoned:
        assert abandoned is None
        with pytest.raises(ArchiveLocked) as refused, archive_lock(db, "build"):
            pass
    message = str(refused.value)
    assert f"another nodenews crawl holds {lock_path(db)} (pid {os.getpid()}, started 20" in message
    assert "\n" not in message
    with archive_lock(db, "build") as abandoned:  # released: free again
        assert abandoned is None


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    db = tmp_path / "nodenews.db"
    holder = subprocess.run(
        [sys.executable, "-c", "import os, sys\nfrom archive import archive_lock\n"
         "with archive_lock(sys.argv[1], 'crawl'):\n    os.kill(os.getpid(), 9)", str(db)],
    )  # fmt: skip
    assert holder.returncode == -signal.SIGKILL
    with archive_lock(db, "crawl") as abandoned:
        assert abandoned["command"] == "crawl"
        assert abandoned["pid"] not in (None, os.getpid())


def test_a_crawl_refused_by_the_lock_exits_3_with_one_line(tmp_path):
    db = tmp_path / "nodenews.db"
    Archive(db).close()
    with archive_lock(db, "crawl"):
        result = CliRunner().invoke(cli.main, ["crawl", "--db", str(db), "--node", "barkarby"])
    assert result.exit_code == cli.EXIT_LOCKED == 3
    assert len(result.output.strip().splitlines()) == 1
    assert f"another nodenews crawl holds {lock_path(db)} (pid {os.getpid()}," in result.output
    assert not runs(db)  # it wrote nothing


def test_a_build_during_a_crawl_is_refused_with_exit_3(tmp_path):
    db = tmp_path / "nodenews.db"
    Archive(db).close()
    with archive_lock(db, "crawl"):
        result = CliRunner().invoke(cli.main, ["build", "--db", str(db)])
    assert result.exit_code == cli.EXIT_LOCKED, result.output
    assert f"another nodenews crawl holds {lock_path(db)} (pid {os.getpid()}," in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--node", "atlantis"],
        ["--base-url", "kista"],
        ["--base-url", "ssci=ftp://x"],
        ["--registry", "no-such-file.toml"],
        ["--log-level", "LOUD"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["crawl", *args])
    assert result.exit_code == cli.EXIT_USAGE == 2, result.output
    assert not (tmp_path / "nodenews.db").exists()


@pytest.mark.slow
def test_two_crawls_at_once_one_exits_3(tmp_path):
    db = tmp_path / "nodenews.db"
    with serve(SLUGS, delay=SLOW_MIRROR_DELAY) as mirrors:
        first, second = start_crawl(db, mirrors), start_crawl(db, mirrors)
        outcomes = {p.pid: (p.wait(timeout=120), *p.communicate()) for p in (first, second)}
    codes = sorted(code for code, _, _ in outcomes.values())
    assert codes == [0, 3], outcomes
    [(winner, _)] = [(pid, o) for pid, o in outcomes.items() if o[0] == 0]
    [(_, _, refusal)] = [o for o in outcomes.values() if o[0] == 3]
    assert refusal.strip().splitlines() == [refusal.strip()]
    assert f"another nodenews crawl holds {lock_path(db)} (pid {winner}, started " in refusal
    assert sorted((r["node"], r["status"]) for r in runs(db)) == [(s, "ok") for s in SLUGS]


# -- signals and kills -----------------------------------------------------------------------------


class ScrapyLike:
    """A crawler process that, as Scrapy's does, installs its own signal handlers and leaves them."""

    def start(self) -> None:
        for signum in SHUTDOWN_SIGNALS:
            signal.signal(signum, signal.SIG_IGN)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_after_the_fetch_stops_the_build_too(signum):
    before = signal.getsignal(signum)
    with pytest.raises(cli.Interrupted), cli._signals_interrupt():
        run_process(ScrapyLike())  # the crawl command's handlers are back afterwards
        os.kill(os.getpid(), signum)
        time.sleep(5)  # the signal arrives well before
    assert signal.getsignal(signum) == before  # and the test runner's


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_crawl_records_interrupted_and_exits_1(tmp_path, signum):
    db = tmp_path / "nodenews.db"
    with serve(SLUGS, delay=SLOW_MIRROR_DELAY) as mirrors:
        crawl = start_crawl(db, mirrors)
        wait_for_hits(mirrors, 4)  # past discovery, fetching articles
        crawl.send_signal(signum)
        code = crawl.wait(timeout=120)
        out, err = crawl.communicate()
    assert code == cli.EXIT_NOT_OK == 1, err
    rows = runs(db)
    assert {r["node"] for r in rows} == set(SLUGS)
    assert {r["status"] for r in rows} == {"interrupted"}, rows
    assert all(r["finished"] and r["message"].startswith("stopped by a signal") for r in rows)
    assert [line.split()[:2] for line in out.strip().splitlines()] == [
        [slug, "interrupted"] for slug in sorted(SLUGS)
    ]
    assert integrity(db) == "ok"


@pytest.mark.parametrize(
    "counts, line",
    [
        ({}, ""),
        ({"kista": (0, 0)}, "kista 0 pages 0 articles"),
        ({"kista": (12, 5), "ssci": (3, 0)}, "kista 12 pages 5 articles  ssci 3 pages 0 articles"),
    ],
)
def test_progress_line(counts, line):
    assert progress_line(counts) == line


@pytest.mark.slow
def test_the_default_log_is_kept_next_to_the_archive(tmp_path):
    db = tmp_path / "nodenews.db"
    result = crawl_mirrors(db, ["barkarby"], extra=["--log-level", "INFO"])
    assert result.returncode == 0
    assert result.stderr == ""  # quiet under cron: the summary on stdout, the log in its file
    [log] = (tmp_path / cli.LOG_FOLDER).glob("crawl-*.log")
    assert "Spider opened" in log.read_text(encoding="utf-8")


def test_old_logs_are_removed_beyond_the_newest(tmp_path):
    folder = tmp_path / cli.LOG_FOLDER
    folder.mkdir()
    for day in range(1, cli.KEEP_LOGS + 6):
        (folder / f"crawl-202501{day:02d}T023000000000Z.log").write_text("old")
    new = cli._new_log_file(tmp_path / "nodenews.db", "20250201T023000000000Z")
    new.write_text("new")
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == cli.KEEP_LOGS
    assert kept[0] == "crawl-20250107T023000000000Z.log"  # 35 old, 29 kept
    assert kept[-1] == new.name


@pytest.mark.slow
def test_kill_9_at_random_moments_then_a_rerun_leaves_the_archive_whole(tmp_path):
    """kill -9 at KILLS seeded random moments of a crawl, into a new archive and into one that
    holds a full crawl already; each followed by a rerun: the file is intact, no row is left
    running, and the articles are those of an uninterrupted crawl."""
    reference = tmp_path / "reference" / "nodenews.db"
    reference.parent.mkdir()
    with serve(SLUGS, delay=SLOW_MIRROR_DELAY) as mirrors:
        started = time.monotonic()
        crawl = start_crawl(reference, mirrors)
        wait_for_hits(mirrors, 1)
        first_hit = time.monotonic()
        assert crawl.wait(timeout=120) == 0, crawl.communicate()
        window = time.monotonic() - first_hit  # from the first request to the exit
    want = stored_articles(reference)
    assert len(want) == sum(len(expected(s)["articles"]) for s in SLUGS)
    print(f"crawl: {first_hit - started:.1f} s to the first request, then {window:.1f} s")

    rng = random.Random(SEED)
    moments = [rng.uniform(0, window) for _ in range(KILLS)]

    def kill_then_rerun(attempt: int) -> bool:
        """Whether the kill landed before the crawl ended."""
        db = tmp_path / f"kill-{attempt}" / "nodenews.db"
        db.parent.mkdir()
        if attempt % 2:  # a re-crawl of a full archive
            shutil.copy(reference, db)
        with serve(SLUGS, delay=SLOW_MIRROR_DELAY) as mirrors:
            crawl = start_crawl(db, mirrors)
            wait_for_hits(mirrors, 1)
            time.sleep(moments[attempt])
            crawl.kill()
            killed = crawl.wait(timeout=60) == -signal.SIGKILL
            crawl.communicate()
        assert integrity(db) == "ok", attempt
        abandoned = [r for r in runs(db) if r["status"] == RunStatus.RUNNING]
        rerun = crawl_mirrors(db, SLUGS)
        assert rerun.returncode == 0, (attempt, rerun.stdout, rerun.stderr)
        if abandoned:  # the rerun took the killed crawl's lock over and closed its rows
            assert f"{len(abandoned)} of its node runs marked interrupted" in rerun.stderr
        assert integrity(db) == "ok", attempt
        assert not [r for r in runs(db) if r["status"] == RunStatus.RUNNING], attempt
        assert stored_articles(db) == want, attempt
        return killed

    # Each attempt is two Scrapy processes, mostly start-up time: run a few side by side.
    with ThreadPoolExecutor(max_workers=KILL_LANES) as lanes:
        killed = sum(lanes.map(kill_then_rerun, range(KILLS)))
    print(f"{killed} of {KILLS} crawls killed before they ended")
    assert killed >= KILLS // 2  # the moments fell inside crawls, mostly
