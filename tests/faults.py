"""A fault-injecting server: a bundled mirror (tests/mirror.py) served on 127.0.0.1 with faults.

Test and benchmark tooling, as the mirror is. `FaultServer(root, faults)` serves the mirror at
`root`, except that a request whose path (with its query string) matches a pattern of `faults`
(regex, searched; the first that matches applies) gets that fault instead, or the mirror's answer
altered by it. The faults are what real sites do to a crawler:

- `Status(503, times=2)`: a status (500/502/503, 404/410, 429 with `Retry-After` in `headers`),
  for the first `times` requests of each path, then the mirror's answer (intermittent); for
  every request when `times` is None (persistent). `body` is the page sent with it (a maintenance
  page answers 200);
- `Reset()`: the connection closed with a TCP reset before any answer;
- `Stall(seconds)`: no answer for `seconds` (past the crawl's timeout), then the mirror's;
- `Truncated()`: the headers promise the whole page, the connection closes after half of it;
- `RedirectLoop()`: a page that redirects to a variant of itself that redirects back;
- `RedirectElsewhere()`: a redirect to the same path on another host (`FaultServer.elsewhere`,
  a second server on 127.0.0.1 that answers a spam page and counts its hits);
- `Robots(disallow)`: a robots.txt that disallows these path prefixes;
- `Charset(declared, actual)`: the mirror's page re-encoded in `actual`, declared (in the header
  and in its `<meta charset>`) as `declared`;
- `Malformed()`: the mirror's page with optional end tags dropped, stray end tags, a bare `&` and
  `<`, and a comment never closed;
- `Huge(megabytes)`: an HTML page of that many megabytes of junk, generated as it is streamed
  (never held in memory), with no Content-Length unless `declared`;
- `Binary(content_type, data)`: another kind of file (PDF, PNG) where a page was;
- `EndlessListing()`: listing pages `.../page/N/` without end, each linking ten new junk articles
  (which it answers too: any path with `junk-` in it);
- `Headers(values)`: the mirror's answer with these headers (a huge `X-WP-TotalPages`);
- `Variants()`: every HTML page links its own tracking-parameter and `/page/N/` variants, and a
  `/page/N/` variant of a page answers that page;
- `Rewrite(change)`: the mirror's HTML page changed by a function of its text (a template change:
  `content_to_script`).

Every request is recorded in `requests` (monotonic time, path with query), besides the mirror's
`hits` and `answers`. A client that goes away (a crawl's timeout or size bound closing the
connection while the server stalls or streams) is normal here: no traceback, and the path whose
answer it left unfinished is recorded in `gone`. Any other error in the server prints its traceback.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.mirror import Mirror, MirrorHandler

MAINTENANCE_PAGE = (
    "<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>Underhåll pågår</title>"
    "</head><body><h1>Underhåll pågår</h1><p>Vi uppdaterar webbplatsen och är snart tillbaka. "
    "Välkommen åter om en stund!</p></body></html>"
)
# The first bytes of a real PDF and PNG file, and enough after them to be more than a header.
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\x00" * 2000
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 2000
SPAM_PAGE = b"<html><body><h1>You won!</h1><p>Claim your prize now.</p></body></html>"
CHUNK = 64 * 1024  # what a Huge page writes at a time
# What the handler's reads and writes raise when the client has closed or reset its connection.
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)
JUNK_PER_LISTING = 10


class Fault:
    """What the server does instead of (or to) the mirror's answer to a path."""

    times: int | None = None  # the first `times` requests of each path; None: all of them

    def answer(self, handler: FaultHandler) -> bool:
        """Answer the request; False to let the mirror answer it (through `alter`)."""
        raise NotImplementedError

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        """The mirror's answer as this fault changes it (headers changed in place)."""
        return body


@dataclass(frozen=True)
class Status(Fault):
    status: int
    times: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str = "<html><body><h1>Error</h1></body></html>"

    def answer(self, handler: FaultHandler) -> bool:
        handler.send_page(self.status, self.body.encode(), dict(self.headers))
        return True


@dataclass(frozen=True)
class Reset(Fault):
    times: int | None = None

    def answer(self, handler: FaultHandler) -> bool:
        # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.close_connection = True
        handler.connection.close()
        return True


@dataclass(frozen=True)
class Stall(Fault):
    seconds: float
    times: int | None = None

    def answer(self, handler: FaultHandler) -> bool:
        time.sleep(self.seconds)
        return False


@dataclass(frozen=True)
class Truncated(Fault):
    times: int | None = None

    def answer(self, handler: FaultHandler) -> bool:
        handler.truncate = True
        return False


@dataclass(frozen=True)
class RedirectLoop(Fault):
    def answer(self, handler: FaultHandler) -> bool:
        parts = urlsplit(handler.path)
        target = parts.path if parts.query == "loop" else f"{parts.path}?loop"
        handler.send_page(302, b"", {"Location": target})
        return True


@dataclass(frozen=True)
class RedirectElsewhere(Fault):
    def answer(self, handler: FaultHandler) -> bool:
        handler.send_page(302, b"", {"Location": handler.elsewhere + handler.path})
        return True


@dataclass(frozen=True)
class Robots(Fault):
    disallow: tuple[str, ...] = ("/",)

    def answer(self, handler: FaultHandler) -> bool:
        lines = ["User-agent: *", *(f"Disallow: {path}" for path in self.disallow)]
        body = "\n".join(lines).encode() + b"\n"
        handler.send_page(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        return True


@dataclass(frozen=True)
class Charset(Fault):
    declared: str
    actual: str

    def answer(self, handler: FaultHandler) -> bool:
        return False

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        if not _is_html(headers):
            return body
        text = re.sub(
            r"<meta charset=[\"']?[\w-]+[\"']?", f'<meta charset="{self.declared}"', body.decode()
        )
        headers["Content-Type"] = f"text/html; charset={self.declared}"
        return text.encode(self.actual, errors="xmlcharrefreplace")


@dataclass(frozen=True)
class Malformed(Fault):
    def answer(self, handler: FaultHandler) -> bool:
        return False

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        if not _is_html(headers):
            return body
        # End tags HTML lets a page omit, end tags that close nothing, a bare & and <, and a
        # comment never closed: what hand-edited themes and broken plugins print.
        text = re.sub(rb"</(p|li|body|html)>", b"", body)
        text = re.sub(rb"(<body[^>]*>)", rb"\1</span></em><b>Fish & chips <3</b>", text, count=1)
        return text + b"<!-- unclosed"


@dataclass(frozen=True)
class Huge(Fault):
    megabytes: int = 50
    declared: bool = False

    def answer(self, handler: FaultHandler) -> bool:
        head, tail = b"<html><body><article><p>", b"</p></article></body></html>"
        size = self.megabytes * 1024 * 1024
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if self.declared:
            handler.send_header("Content-Length", str(size + len(head) + len(tail)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        junk = b"x" * CHUNK
        # A size bound stops reading and closes: the handler counts the client as gone.
        handler.wfile.write(head)
        for _ in range(size // CHUNK):
            handler.wfile.write(junk)
        handler.wfile.write(tail)
        return True


@dataclass(frozen=True)
class Binary(Fault):
    content_type: str
    data: bytes

    def answer(self, handler: FaultHandler) -> bool:
        handler.send_page(200, self.data, {"Content-Type": self.content_type})
        return True


@dataclass(frozen=True)
class EndlessListing(Fault):
    def answer(self, handler: FaultHandler) -> bool:
        path = urlsplit(handler.path).path
        if "junk-" in path:
            slug = path.strip("/").rsplit("/", 1)[-1]
            body = (
                f"<html><head><title>{slug}</title></head><body class='single-post'><article>"
                f"<h1 class='entry-title'>{slug}</h1><div class='entry-content'>"
                f"<p>Junk article {slug}, one of an endless listing.</p></div></article>"
                "</body></html>"
            )
            handler.send_page(200, body.encode())
            return True
        found = re.search(r"/page/(\d+)/?$", path)
        number = int(found.group(1)) if found else 1
        base = path[: found.start()] if found else path.rstrip("/")
        links = "".join(
            f"<li><a href='/junk-{number}-{i}/'>Junk {number}-{i}</a></li>"
            for i in range(JUNK_PER_LISTING)
        )
        body = (
            f"<html><body><ul>{links}</ul>"
            f"<a class='next' rel='next' href='{base}/page/{number + 1}/'>Older posts</a>"
            "</body></html>"
        )
        handler.send_page(200, body.encode())
        return True


@dataclass(frozen=True)
class Headers(Fault):
    values: Mapping[str, str]

    def answer(self, handler: FaultHandler) -> bool:
        return False

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        headers.update(self.values)
        return body


@dataclass(frozen=True)
class Variants(Fault):
    pages: int = 3

    def answer(self, handler: FaultHandler) -> bool:
        page = re.search(r"/page/\d+/?$", urlsplit(handler.path).path)
        if page and not urlsplit(handler.path).path.startswith("/category/"):
            handler.path = handler.path[: page.start()] + "/"
        return False

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        if not _is_html(headers):
            return body
        own = re.search(rb'<link rel="canonical" href="https?://[^/]+([^"]*)"', body)
        if not own:
            return body
        path = own.group(1).decode()
        variants = [
            f"{path}?utm_source=newsletter&utm_medium=email",
            f"{path}?fbclid=IwAR0{len(path)}",
            *(f"{path.rstrip('/')}/page/{n}/" for n in range(2, self.pages + 2)),
        ]
        links = "".join(f"<a href='{v}'>{v}</a>" for v in variants).encode()
        return body.replace(b"</body>", links + b"</body>", 1)


@dataclass(frozen=True)
class Rewrite(Fault):
    change: Callable[[str], str]

    def answer(self, handler: FaultHandler) -> bool:
        return False

    def alter(self, body: bytes, headers: dict[str, str]) -> bytes:
        return self.change(body.decode()).encode() if _is_html(headers) else body


def content_to_script(html: str) -> str:
    """A template change: the article's text moves into a script a browser would render, and the
    page's body holds an empty mount point where the content was."""
    start = html.find('<div class="entry-content">')
    if start < 0:
        return html
    end = html.find("</div>", start)
    content = html[start + len('<div class="entry-content">') : end]
    script = f"<script>window.__CONTENT__ = {content!r};</script>".replace("</", "<\\/")
    return html[:start] + '<div id="app"></div>' + script + html[end + len("</div>") :]


def _is_html(headers: Mapping[str, str]) -> bool:
    return headers.get("Content-Type", "").startswith("text/html")


class FaultHandler(MirrorHandler):
    faults: Mapping[str, Fault]
    counts: dict[tuple[str, str], int]
    lock: threading.Lock
    requests: list[tuple[float, str]]
    gone: list[str]
    busy: list[str]  # the paths being answered, by every connection
    elsewhere: str
    fault: Fault | None = None
    truncate = False
    answering: str | None = None  # this connection's path being answered, until it is sent

    def handle(self) -> None:
        """The connection's requests; a client that went away ends it quietly (socketserver
        would print a traceback), counted when it left an answer unfinished."""
        try:
            super().handle()
        except CLIENT_GONE:
            if self.answering is not None:
                with self.lock:
                    self.gone.append(self.answering)
        finally:
            if self.answering is not None:
                with self.lock:
                    self.busy.remove(self.answering)

    def do_GET(self) -> None:  # noqa: N802 -- http.server names it
        self.requests.append((time.monotonic(), self.path))
        self.answering = self.path  # a fault may rewrite self.path (Variants)
        with self.lock:
            self.busy.append(self.answering)
        self.fault = self._fault()
        if self.fault is not None and self.fault.answer(self):
            self.hits.append(self.path)
        else:
            super().do_GET()
        with self.lock:
            self.busy.remove(self.answering)
        self.answering = None

    def _fault(self) -> Fault | None:
        for pattern, fault in self.faults.items():
            if re.search(pattern, self.path):
                with self.lock:
                    seen = self.counts.get((pattern, self.path), 0)
                    self.counts[(pattern, self.path)] = seen + 1
                return fault if fault.times is None or seen < fault.times else None
        return None

    def send_page(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """An answer of the fault's own, with a Content-Type unless it names one."""
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_body(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        """The mirror's answer, through the fault: altered, or cut off half-way."""
        if self.fault is not None:
            body = self.fault.alter(body, headers)
        if not self.truncate or status != 200:
            super().send_body(status, body, headers)
            return
        headers["Content-Length"] = str(len(body))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


class _Elsewhere(BaseHTTPRequestHandler):
    """Another host: a spam page for every path, and a count of what it was asked."""

    hits: list[str]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(SPAM_PAGE)))
        self.end_headers()
        self.wfile.write(SPAM_PAGE)


class FaultServer(Mirror):
    """A mirror with faults; use as a context manager or call `close()`."""

    def __init__(self, root: Path, faults: Mapping[str, Fault] | None = None, **kwargs: object):
        elsewhere = type("BoundElsewhere", (_Elsewhere,), {"hits": []})
        self.elsewhere_server = ThreadingHTTPServer(("127.0.0.1", 0), elsewhere)
        self.elsewhere = f"http://127.0.0.1:{self.elsewhere_server.server_port}"
        self.elsewhere_hits: list[str] = elsewhere.hits
        threading.Thread(target=self.elsewhere_server.serve_forever, daemon=True).start()
        self.requests: list[tuple[float, str]] = []
        self.gone: list[str] = []
        self.busy: list[str] = []
        handler = {
            "faults": dict(faults or {}),
            "counts": {},
            "lock": threading.Lock(),
            "requests": self.requests,
            "gone": self.gone,
            "busy": self.busy,
            "elsewhere": self.elsewhere,
        }
        super().__init__(
            root, handler=type("BoundFaultHandler", (FaultHandler,), handler), **kwargs
        )

    def settle(self, seconds: float) -> None:
        """Wait, at most `seconds`, until no answer is under way: a stalled answer to a client
        that gave up ends only when its stall does, and only then is the client found gone."""
        deadline = time.monotonic() + seconds
        while self.busy and time.monotonic() < deadline:
            time.sleep(0.05)

    def close(self) -> None:
        super().close()
        self.elsewhere_server.shutdown()
        self.elsewhere_server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def requests_to(server: FaultServer, pattern: str) -> Iterator[float]:
    """When the server was asked for paths matching `pattern` (monotonic seconds)."""
    return (at for at, path in server.requests if re.search(pattern, path))
