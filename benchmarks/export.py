"""Exports at scale: `nodenews export` of a whole synthetic archive (benchmarks/archive.py's) as
CSV, Excel CSV and JSON, run as a user runs it (a subprocess writing a file), and the archive's CSV
on Datasette (`/<db>/articles.csv`, the same export) read over HTTP from `nodenews serve`'s
Datasette on 127.0.0.1; then Datasette's own CSV stream of a whole table of as many rows
(link_pending, one row per article not yet linked: all of them). Each: rows, MB, seconds, rows/s, rows per CPU-second (the fairer
figure on a shared machine) and the process's peak memory (max RSS).

    .venv/bin/python benchmarks/export.py [--rows 100000] [--keep PATH]

Target at 1M rows (issue 9): >= 50,000 rows/s, in constant memory.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive import Archive  # noqa: E402
from benchmarks.archive import build, served  # noqa: E402

COUNTED = re.compile(r"(\d+) articles")
CHUNK_BYTES = 1 << 20
STREAM_ERRORS = (b"CSV contains more than", b"interrupted", b"rror")


def line(name: str, rows: int, size: int, seconds: float, cpu: float, rss_kb: int) -> str:
    return (
        f"{name:24} {rows:>9} rows {size / 1e6:8.1f} MB {seconds:7.2f} s {rows / seconds:9.0f} rows/s"
        f" {rows / cpu if cpu else 0:9.0f} rows/CPU-s  peak {rss_kb / 1024:6.0f} MB"
    )


def export_command(db: Path, out: Path, *options: str) -> str:
    command = [sys.executable, "-m", "scrapers.cli", "export", "--db", str(db), "-o", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, *options], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read()
    if status:
        raise SystemExit(f"export failed: {stderr}")
    rows = int(COUNTED.search(stderr).group(1))
    cpu = usage.ru_utime + usage.ru_stime
    size = out.stat().st_size
    out.unlink()
    return line(
        " ".join(["export", *options]) or "export", rows, size, seconds, cpu, usage.ru_maxrss
    )


def peak_kb(pid: int) -> int:
    """A live process's peak memory (Linux)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def download(url: str) -> tuple[int, int, float, bytes]:
    """Bytes and CSV records read (CRLF line ends less the header's: bodies break lines with LF
    alone), seconds, and the end of the answer."""
    started, size, records, tail = time.perf_counter(), 0, -1, b""
    with urllib.request.urlopen(url, timeout=3600) as response:
        while chunk := response.read(CHUNK_BYTES):
            size += len(chunk)
            records += (tail[-1:] + chunk).count(b"\r\n")
            tail = (tail + chunk)[-300:]
    return size, records, time.perf_counter() - started, tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the archive at this path")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = options.keep or Path(tmp) / "nodenews.db"
        if path.exists():
            print(f"archive: {path} (reused)")
        else:
            print(f"build: {options.rows} articles at {build(path, options.rows):.0f} articles/s")
        with Archive(path, create=False) as archive:
            articles = archive.db["articles"].count
        print(f"size: {path.stat().st_size / 1e6:.1f} MB, {articles} articles")
        out = Path(tmp) / "export.out"
        for flags in ([], ["--excel"], ["--format", "json"]):
            print(export_command(path, out, *flags), flush=True)

        with served(path) as (server, base):
            for name, url in [
                ("datasette articles.csv", f"{base}/articles.csv"),
                ("datasette link_pending.csv", f"{base}/link_pending.csv?_stream=on"),
            ]:
                cpu = cpu_seconds(server.pid)
                size, rows, seconds, tail = download(url)
                cpu = cpu_seconds(server.pid) - cpu
                print(line(name, rows, size, seconds, cpu, peak_kb(server.pid)), flush=True)
                # Datasette ends a stream it gives up on with the reason as text.
                if not tail.endswith(b"\r\n") or any(sign in tail for sign in STREAM_ERRORS):
                    print(f"  cut short: {tail[-200:]!r}")
    print(
        f"(this process's own peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)"
    )


if __name__ == "__main__":
    main()
