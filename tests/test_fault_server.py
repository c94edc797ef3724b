"""The fault server itself (tests/faults.py): a client that goes away while it stalls or streams
is counted, not a traceback; a real error of the server still shows its traceback."""

from __future__ import annotations

import http.client
import socket
import struct
import time
import urllib.request
from collections.abc import Callable

import pytest

from tests.conftest import SITES
from tests.faults import FaultServer, Huge, Rewrite, Stall
from tests.test_faults import ONE, ONE_ARTICLE, SLUG


def _drop(server: FaultServer, path: str, read: int) -> None:
    """A client that asks for `path`, reads `read` bytes of the answer and resets the
    connection, as a crawl's timeout or size bound does."""
    with socket.create_connection(("127.0.0.1", server.server.server_port), timeout=10) as client:
        client.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        while read > 0:
            chunk = client.recv(read)
            assert chunk, "the server closed first"
            read -= len(chunk)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _wait_for(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server did not finish the request"
        time.sleep(0.05)


@pytest.mark.parametrize(
    "fault, read",
    [
        (Stall(0.5), 0),  # the crawl's timeout: gone before the answer
        (Huge(megabytes=20), 10_000),  # a size bound: gone in the middle of it
    ],
)
def test_a_client_that_went_away_is_counted_without_a_traceback(capsys, fault, read):
    with FaultServer(SITES / SLUG / "site", {ONE_ARTICLE: fault}) as server:
        _drop(server, f"/{ONE}/", read)
        _wait_for(lambda: server.busy or server.gone)  # the server has the request
        server.settle(10)  # a stall ends, then its client is found gone
        # the server goes on answering
        with urllib.request.urlopen(f"{server.base_url}/robots.txt", timeout=10) as answer:
            assert answer.status == 200
        assert server.gone == [f"/{ONE}/"]
    assert capsys.readouterr().err == ""


def test_a_real_error_of_the_server_still_shows_its_traceback(capsys):
    def broken(html: str) -> str:
        raise ValueError("a bug in a fault")

    with FaultServer(SITES / SLUG / "site", {ONE_ARTICLE: Rewrite(broken)}) as server:
        with pytest.raises(http.client.RemoteDisconnected):
            urllib.request.urlopen(f"{server.base_url}/{ONE}/", timeout=10)
        printed: list[str] = []

        def shown() -> str:  # what the server's threads printed so far
            printed.append(capsys.readouterr().err)
            return "".join(printed)

        _wait_for(lambda: "ValueError: a bug in a fault" in shown())
        assert server.gone == [] and server.busy == []
    assert "Traceback (most recent call last)" in shown()
