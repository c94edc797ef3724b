"""What a query on the served archive may cost, and what it may show.

Datasette's own SQL time limit is a progress handler checked every 1,000 virtual machine steps,
so one slow step (printf's precision loop, instr() of two long strings) outlasts it:
`printf('%.*c', 900000000, 'x')` ran 9 s, and six such clients took 2.6 GB. Here, on every
connection Datasette opens (prepare_connection): SQLite's own length limits, so no value a query
builds is large and no single step is slow; a cap on the bytes one statement returns; printf and
format giving NULL at once for sizes beyond those limits; the database's file path hidden. And a watchdog that
interrupts any query running past the time limit between steps, whatever handler it has.
`benchmarks/serve_limits.py` measures it all against hostile clients.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# The largest string or blob a query may read or build. SQLite's worst single steps grow with its
# square: instr() or replace() of a half-length needle takes 0.15 s at 128 KiB, 0.64 s at 256 KiB
# (alone on the machine; a step the time limit cannot cut). The mirrors' longest page is 50 KB,
# a stored body a tenth of that; 128 KiB of text is a 20,000-word article. (A hidden `pages` row
# compressed beyond it is unreadable in Datasette only; the crawler's connections have no limit.)
MAX_VALUE_BYTES = 128 * 1024
# LIKE and GLOB cost the string's length times the pattern's: 200 characters over 128 KiB take
# 0.1 s; SQLite's default of 50,000 let one LIKE take 25 s.
MAX_LIKE_PATTERN = 200
# Columns of one result row: the articles table has under 40; bounds one row to 100 values.
MAX_COLUMNS = 100
# The bytes of strings and blobs one statement may return: a page of 1,000 articles (Datasette's
# max_returned_rows) at 5 KB each is 5 MB.
MAX_RESULT_BYTES = 32 * 1024 * 1024
# The watchdog interrupts a query this long after Datasette's time limit should have stopped it.
WATCHDOG_GRACE_S = 0.25
WATCHDOG_TICK_S = 0.05

TOO_LARGE = "result too large: over {} MB (ask for fewer rows or columns)"
SIZE_FUNCTIONS = ("printf", "format")  # format is printf's other name (SQLite 3.38)


def guard_connection(conn: sqlite3.Connection) -> None:
    """Bound what a query on conn may build, return and show; after Datasette set its factories."""
    limit_values(conn)
    _cap_result_bytes(conn)


def limit_values(conn: sqlite3.Connection) -> None:
    """No long value, slow step, write or file path on conn (whatever it returns, however long)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_LIKE_PATTERN)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
    # Read-only whatever way it was opened: Datasette opens a write connection on demand.
    conn.execute("PRAGMA query_only = 1")
    conn.set_authorizer(_hide_file_paths)
    for name in SIZE_FUNCTIONS:
        conn.create_function(name, -1, _bounded_printf)


def _hide_file_paths(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    # pragma_database_list's `file` column is the database's absolute path: read as NULL.
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


_builtin = threading.local()  # a connection per thread whose printf is SQLite's own


def _bounded_printf(*args: Any) -> str | None:
    """SQLite's printf, but NULL at once for a width or precision (any number) beyond
    MAX_VALUE_BYTES, as SQLite's gives NULL for a result too long only after its precision loop
    has run to the end."""
    if any(isinstance(a, int | float) and abs(a) > MAX_VALUE_BYTES for a in args):
        return None
    conn = getattr(_builtin, "conn", None)
    if conn is None:
        conn = _builtin.conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    marks = ", ".join("?" * len(args))
    return conn.execute(f"select printf({marks})", args).fetchone()[0]


def _cap_result_bytes(conn: sqlite3.Connection) -> None:
    """Count the bytes each statement returns, row by row; past MAX_RESULT_BYTES it is an error.

    The count starts again with each statement (the trace callback sees each one start); a row
    is counted whole, so the cap holds to within one row (MAX_COLUMNS values)."""
    make_row = conn.row_factory or (lambda _cursor, row: row)
    returned = [0]

    def restart(_statement: str) -> None:
        returned[0] = 0

    def counted(cursor: sqlite3.Cursor, row: tuple) -> Any:
        returned[0] += sum(len(v) if isinstance(v, str | bytes) else 8 for v in row)
        if returned[0] > MAX_RESULT_BYTES:
            raise sqlite3.OperationalError(TOO_LARGE.format(MAX_RESULT_BYTES // 2**20))
        return make_row(cursor, row)

    conn.set_trace_callback(restart)
    conn.row_factory = counted


class Watchdog:
    """Interrupts any watched query still running at its deadline (sqlite3_interrupt stops it at
    its next step, where a progress handler waits for 1,000 of them)."""

    def __init__(self) -> None:
        self._deadlines: dict[int, tuple[sqlite3.Connection, float]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def deadline(self, conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
        key = id(conn)
        with self._lock:
            self._deadlines[key] = (conn, time.monotonic() + seconds)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._watch, name="nodenews-watchdog", daemon=True
                )
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._deadlines.pop(key, None)

    def _watch(self) -> None:
        while True:
            time.sleep(WATCHDOG_TICK_S)
            now = time.monotonic()
            with self._lock:
                for conn, deadline in self._deadlines.values():
                    if now >= deadline:
                        conn.interrupt()


WATCHDOG = Watchdog()


def watched(execute_fn: Callable, seconds: float) -> Callable:
    """A Datasette database's execute_fn whose every call (each query, with its fetching) is
    interrupted `seconds` after it started running in its thread."""

    async def execute(fn: Callable) -> Any:
        def run(conn: sqlite3.Connection) -> Any:
            with WATCHDOG.deadline(conn, seconds):
                return fn(conn)

        return await execute_fn(run)

    return execute
