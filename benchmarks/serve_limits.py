"""Hostile queries against the served archive: what they cost the server and a reader meanwhile.

Serves a small archive on 127.0.0.1 with `nodenews serve` ("guarded", archive/limits.py) or with
Datasette 0.65 alone, without nodenews' plugin ("unguarded": what `nodenews serve` ran before the
limits), sends each hostile query from N clients at once for a while, and meanwhile asks
`select 1` twice a second. Prints, per query: hostile requests answered, their slowest answer,
`select 1`'s median and slowest latency, and the server's peak resident memory.

    .venv/bin/python benchmarks/serve_limits.py                 # guarded, every query
    .venv/bin/python benchmarks/serve_limits.py --unguarded --queries printf
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive import Archive

# The query, then each way found to outlast a progress handler or to fill memory.
HOSTILE = {
    "printf": "select length(printf('%.*c', 900000000, 'x'))",
    # An attacker's sizes, then the slowest single steps still allowed (strings just under
    # archive.limits.MAX_VALUE_BYTES, a LIKE pattern of MAX_LIKE_PATTERN).
    "instr": "select instr(printf('%.*c', 1000000, 'a'), printf('%.*c', 500000, 'a') || 'b')",
    "instr-max": "select instr(printf('%.*c', 131000, 'a'), printf('%.*c', 65500, 'a') || 'b')",
    "like": "select printf('%.*c', 200000, 'a') like '%' || printf('%.*c', 30000, 'a') || 'b'",
    "like-max": "select printf('%.*c', 131000, 'a') like '%' || printf('%.*c', 198, 'a') || 'b'",
    "big-rows": (
        "with recursive r(i) as (select 1 union all select i + 1 from r limit 1000) "
        "select printf('%.*c', 130000, 'x') as a, printf('%.*c', 130000, 'y') as b from r"
    ),
    "many-steps": (
        "with recursive r(i) as (select 1 union all select i + 1 from r) "
        "select count(*) from r where i < 0"
    ),
}
DATABASE = "bench"
# Datasette without nodenews' plugin, otherwise as `nodenews serve` ran it before the limits.
UNGUARDED = (
    "import sys; from datasette.plugins import pm; pm.unregister(name='nodenews'); "
    "from datasette.cli import cli; cli(sys.argv[1:])"
)
PROBE_EVERY_S = 0.5
REQUEST_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_archive(folder: Path) -> Path:
    db = folder / f"{DATABASE}.db"
    with Archive(db, create=True) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv"], "wp")
        for i in range(200):
            archive.upsert_article(
                {
                    "url": f"https://kista.com/{i}/",
                    "node": "kista",
                    "lang": "sv",
                    "title": f"Nyhet {i}",
                    "published": "2025-01-20T10:00:00+01:00",
                    "body": "Kista välkomnar halvledarindustrin. " * 50,
                },
                fetched_at="2025-01-21T06:00:00+00:00",
            )
    return db


def start_server(db: Path, port: int, guarded: bool) -> subprocess.Popen:
    if guarded:
        command = [sys.executable, "-m", "scrapers.cli", "serve", "--db", str(db)]
        command += ["--port", str(port)]
    else:
        command = [sys.executable, "-c", UNGUARDED, "serve", str(db), "-p", str(port)]
        command += ["--setting", "suggest_facets", "off"]
    server = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).parent.parent,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def ask(port: int, sql: str) -> float:
    """Seconds until the server answered the query (any status)."""
    query = urllib.parse.urlencode({"sql": sql, "_shape": "array"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/{DATABASE}.json?{query}", timeout=REQUEST_TIMEOUT_S
        ) as response:
            response.read()
    except urllib.error.HTTPError as error:
        error.read()
    except OSError:
        pass  # refused or timed out: counted by its time
    return time.perf_counter() - started


def peak_rss_mb(pid: int) -> float:
    # VmHWM: the process's peak resident set since it started.
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def attack(port: int, sql: str, clients: int, seconds: float) -> dict:
    stop = time.monotonic() + seconds
    hostile: list[float] = []
    probes: list[float] = []

    def client() -> None:
        while time.monotonic() < stop:
            hostile.append(ask(port, sql))

    def probe() -> None:
        while time.monotonic() < stop:
            probes.append(ask(port, "select 1"))
            time.sleep(PROBE_EVERY_S)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    threads.append(threading.Thread(target=probe))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"hostile": hostile, "probes": probes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20.0, help="Per query.")
    parser.add_argument("--queries", nargs="*", choices=sorted(HOSTILE), default=list(HOSTILE))
    parser.add_argument("--unguarded", action="store_true", help="Datasette without the limits.")
    args = parser.parse_args()
    mode = "unguarded" if args.unguarded else "guarded"
    print(f"{mode}, {args.clients} hostile clients, {args.seconds:.0f} s per query")
    print(
        f"{'query':<11} {'answered':>8} {'slowest s':>9} {'select 1 p50 s':>14} "
        f"{'max s':>6} {'peak RSS MB':>11}"
    )
    with tempfile.TemporaryDirectory(prefix="serve-limits-") as tmp:
        db = make_archive(Path(tmp))
        for name in args.queries:
            port = free_port()
            server = start_server(db, port, guarded=not args.unguarded)
            try:
                result = attack(port, HOSTILE[name], args.clients, args.seconds)
                rss = peak_rss_mb(server.pid)
            finally:
                server.kill()
                server.wait()
            hostile, probes = result["hostile"], result["probes"]
            print(
                f"{name:<11} {len(hostile):>8} {max(hostile, default=0):>9.2f} "
                f"{statistics.median(probes) if probes else float('nan'):>14.3f} "
                f"{max(probes, default=float('nan')):>6.2f} {rss:>11.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
