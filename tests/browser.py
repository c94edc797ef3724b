"""Browser tests' tooling: the archive served by `nodenews serve` on 127.0.0.1 and Debian's Chromium
driven by Playwright (its own browser downloads are never used; .ci/run installs chromium).

The fixtures built on it live in conftest.py: `demo_site` (the bundled mirrors crawled, as
`nodenews demo` does, and served), `browser_page` (a page that fails its test on any console
error or page error) and `screenshot` (saves the page under test-artifacts/).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# --disable-background-networking and the two after it: Chromium otherwise calls Google's servers
# at start-up, and this closed network refuses the connections (console errors). No QUIC, no GPU,
# no sandbox: CI runs as root in a container.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Screenshots, one folder per test; .ci/run keeps the folder, .gitignore ignores it.
ARTIFACTS = Path(
    os.environ.get("NODENEWS_TEST_ARTIFACTS", Path(__file__).parent.parent / "test-artifacts")
)
# A served archive answers within a second or two; the first start imports Datasette's plugins.
SERVE_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServedArchive:
    """`nodenews serve` on an archive, on a free port of 127.0.0.1, until closed.

    It runs in a process group of its own, stopped as a whole: Datasette may run as its child.
    """

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.database = db.stem
        # Its access log goes to a file: a pipe nobody reads would fill and stop the server.
        self.log = db.with_suffix(".serve.log")
        command = ["serve", "--db", str(db), "--port", str(self.port)]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "scrapers.cli", *command],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + SERVE_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nodenews serve exited: {self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/-/versions.json", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.close()
        raise RuntimeError(f"nodenews serve did not answer on {self.base_url}")

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self) -> ServedArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ConsoleErrors:
    """What a page reported as an error: console.error, uncaught exceptions, failed loads (which
    Chromium reports on the console)."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console error at {message.location.get('url')}: {message.text}")


def artifact_folder(nodeid: str, *, fresh: bool = False) -> Path:
    """The folder of a test's screenshots, named after its node id; `fresh`: emptied first, so
    that it holds this run's only."""
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", nodeid).strip("_")
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
