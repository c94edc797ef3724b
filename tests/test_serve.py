"""The served archive as a stranger meets it: stopped by a signal, read-only, every query bounded
in time and size, no file path shown, stored text escaped."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.utils import tilde_encode

from archive import Archive
from archive.limits import MAX_RESULT_BYTES, MAX_VALUE_BYTES
from archive.serve import datasette_app
from scrapers.cli import main

DATABASE = "hostile"
SCRIPT = "<script>window.__pwned = 1</script>"
ARTICLE = {
    "url": "https://kista.com/hostile/",
    "node": "kista",
    "lang": "sv",
    "title": f"Rubrik {SCRIPT}",
    "published": "2025-01-20T10:00:00+01:00",
    "summary": '<img src=x onerror="window.__pwned = 1">',
    "body": f'Text {SCRIPT} <a href="javascript:window.__pwned=1">länk</a>',
    "tags": ["<b>tagg</b>"],
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("served") / f"{DATABASE}.db"
    with Archive(path, create=True) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv"], "wp")
        archive.upsert_article(ARTICLE, fetched_at="2025-01-21T06:00:00+00:00")
    return path


def get(db_path: Path, *paths: str, settings: dict | None = None) -> list:
    """GET each path from the Datasette `nodenews serve` runs, in-process; any status."""

    async def run() -> list:
        ds = datasette_app(db_path, settings=settings)
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(run())


TOO_BIG = MAX_VALUE_BYTES + 1
ROWS_OF = "with recursive r(i) as (select 1 union all select i + 1 from r limit 1000) "


@pytest.mark.parametrize(
    "sql, rows, error",
    [
        # The query: 9 s in one step before; now NULL at once, as SQLite's own printf
        # gives for a result too long.
        ("select printf('%.*c', 900000000, 'x') as v", [{"v": None}], None),
        ("select format('%.*c', 900000000, 'x') as v", [{"v": None}], None),
        ("select printf('%05d|%s', 42, 'å') as v", [{"v": "00042|å"}], None),
        (f"select length(zeroblob({TOO_BIG})) as v", [], "string or blob too big"),
        (f"select length(randomblob({TOO_BIG})) as v", [], "string or blob too big"),
        (
            "select 'x' like '%' || printf('%.*c', 201, 'a') as v",
            [],
            "LIKE or GLOB pattern too complex",
        ),
        (
            ROWS_OF + f"select printf('%.*c', {MAX_VALUE_BYTES - 1}, 'x') as v from r",
            [],
            f"result too large: over {MAX_RESULT_BYTES // 2**20} MB",
        ),
        ("select file from pragma_database_list", [{"file": None}], None),
        ("select name from pragma_database_list", [{"name": "main"}], None),
        (
            "with recursive r(i) as (select 1 union all select i + 1 from r) "
            "select count(*) from r where i < 0",
            [],
            "SQL query took too long",
        ),
    ],
)
def test_hostile_queries_are_bounded(db_path, sql, rows, error):
    [response] = get(
        db_path, f"/{DATABASE}.json?_shape=objects&" + urllib.parse.urlencode({"sql": sql})
    )
    data = response.json()
    if error:
        assert response.status_code == 400
        assert error in data["error"]
    else:
        assert response.status_code == 200, data
        assert data["rows"] == rows


def test_the_watchdog_stops_a_query_whose_steps_outlast_the_progress_handler(db_path):
    # Ten slow instr() steps in one row: fewer than the 1,000 steps between two calls of
    # Datasette's progress handler, so without the watchdog the query runs to its end.
    haystack, needle = MAX_VALUE_BYTES - 100, MAX_VALUE_BYTES // 2
    step = f"instr(printf('%.*c', {haystack}, 'a'), printf('%.*c', {needle}, 'a') || 'b')"
    sql = "select " + " + ".join([step] * 10) + " as v"
    path = f"/{DATABASE}.json?_shape=objects&" + urllib.parse.urlencode({"sql": sql})
    [response] = get(db_path, path, settings={"sql_time_limit_ms": 50})
    assert response.status_code == 400
    assert "SQL query took too long" in response.json()["error"]


def test_the_archive_is_read_only_even_to_a_write_connection(db_path):
    async def write() -> str:
        ds = datasette_app(db_path)
        await ds.invoke_startup()
        try:
            await ds.get_database(DATABASE).execute_write("delete from articles")
        except Exception as error:
            return str(error)
        return "written"

    assert asyncio.run(write()) == "attempt to write a readonly database"
    assert Archive(db_path).db["articles"].count == 1


PAGES = [
    "/",
    f"/{DATABASE}",
    f"/{DATABASE}.json",
    f"/{DATABASE}/articles",
    f"/{DATABASE}/articles.json",
    f"/{DATABASE}/nodes.json",
    f"/{DATABASE}.json?sql=select+*+from+pragma_database_list",
    "/-/databases",
    "/-/databases.json",
    "/-/versions.json",
    "/-/plugins.json",
    "/-/settings.json",
    "/-/metadata.json",
    "/-/threads.json",
    "/_internal",
    "/_internal/databases.json",
    f"/{DATABASE}.db",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_page_shows_a_file_path(db_path, path):
    [response] = get(db_path, path)
    folders = {str(db_path.parent), str(Path(sys.prefix)), str(Path(__file__).parents[1])}
    for folder in folders:
        assert folder not in response.text, (path, folder)


@pytest.mark.parametrize("immutable", [False, True])
def test_databases_still_lists_the_archive(db_path, immutable):
    async def run():
        ds = datasette_app(db_path, immutable=immutable)
        await ds.invoke_startup()
        return await ds.client.get("/-/databases.json")

    assert asyncio.run(run()).json() == [
        {"name": DATABASE, "route": DATABASE, "is_mutable": not immutable, "is_memory": False}
    ]


@pytest.mark.parametrize(
    "path",
    [
        f"/{DATABASE}/articles",
        f"/{DATABASE}/articles?_search=Rubrik",
        f"/{DATABASE}/articles/{tilde_encode(ARTICLE['url'])}",
        f"/{DATABASE}/search?q=Rubrik",
    ],
)
def test_stored_html_is_shown_escaped(db_path, path):
    [response] = get(db_path, path)
    assert response.status_code == 200
    assert "Rubrik" in response.text
    for raw in (SCRIPT, "<img src=x", "<b>tagg", 'href="javascript:'):
        assert raw not in response.text, raw
    assert "&lt;script&gt;window.__pwned" in response.text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Whether a new server can listen on the port (as servers do, reusing it from TIME_WAIT)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_server_and_frees_its_port(db_path, tmp_path, stop):
    port = free_port()
    command = ["serve", "--db", str(db_path), "--port", str(port), "--host", "127.0.0.1"]
    with (tmp_path / "serve.log").open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "scrapers.cli", *command], stdout=log, stderr=log
        )
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "serve.log").read_text()
                time.sleep(0.2)
        server.send_signal(stop)
        assert server.wait(timeout=30) == 0
        assert port_is_free(port)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@pytest.mark.parametrize(
    "args, expected",
    [
        ([], {"port": 8001, "host": "127.0.0.1", "immutable": False}),
        (
            ["--port", "8123", "--host", "0.0.0.0", "--immutable"],
            {"port": 8123, "host": "0.0.0.0", "immutable": True},
        ),
    ],
)
def test_serve_options(db_path, monkeypatch, args, expected):
    served = {}
    monkeypatch.setattr("archive.serve.serve", lambda db, **options: served.update(options) or 0)
    result = CliRunner().invoke(main, ["serve", "--db", str(db_path), *args])
    assert result.exit_code == 0, result.output
    assert served == expected
