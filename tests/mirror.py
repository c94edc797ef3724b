"""Serve a node's local mirror (a folder of saved pages) on 127.0.0.1.

Test and demo tooling, not part of the shipped package: used by the tests, the benchmarks and
`nodenews demo` (which runs from a source checkout). The mirror is a folder `site/` whose layout follows the URL
paths: `/sv/2022/02/15/slug/` is `site/sv/2022/02/15/slug/index.html`. The server behaves like the CMS
behind the real site where that matters to a crawler:

- a query string selects `index@<k=v&...>.html` (keys sorted) when such a file exists and is otherwise
  ignored, as WordPress and Drupal ignore parameters they don't know (`?share=linkedin`);
- `/wp-json/wp/v2/posts` is paginated from `site/wp-json/wp/v2/posts.json` with WordPress's
  `X-WP-Total` / `X-WP-TotalPages` headers and its 400 answer past the last page;
- `blocked` answers paths matching chosen patterns (regex, searched in the path) with a status
  (401, 404, 500...), or a (status, HTML page) pair such as a firewall's, to test fallbacks;
- `delay` seconds before each answer make a slow site (to stop a crawl half-way).
- every 200 answer carries an ETag (a hash of the body) and a Last-Modified (the file's mtime), and
  a request whose If-None-Match names the ETag (or, without one, whose If-Modified-Since is not
  older than the file) gets a 304 with no body, as a web server with a page cache answers.

Each request is recorded (`hits`: the paths asked; `answers`: path, status and request headers) so
tests can count what a crawl costs the site.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
}
INDEX_FILES = ("index.html", "index.xml", "index.json", "index.txt")
REST_POSTS = "/wp-json/wp/v2/posts"
SITES = Path(__file__).resolve().parent / "sites"


@dataclass(frozen=True)
class Answer:
    """One request the mirror answered."""

    path: str  # with the query string
    status: int
    headers: dict[str, str]  # the request's


class MirrorHandler(BaseHTTPRequestHandler):
    root: Path
    blocked: Mapping[str, int | tuple[int, str]]
    hits: list[str]
    delay: float
    answers: list[Answer]

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the crawl logs what it fetched

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        self.hits.append(self.path)
        time.sleep(self.delay)
        for pattern, answer in self.blocked.items():
            if re.search(pattern, path):
                if isinstance(answer, tuple):
                    self._send(answer[0], answer[1].encode(), ".html")
                else:
                    self._send(answer, b'{"code":"blocked"}', ".json")
                return
        if path.rstrip("/") == REST_POSTS:
            self._rest_posts(dict(parse_qsl(parts.query)))
            return
        found = self._find(path, parts.query)
        if found is None:
            missing = self.root / "404.html"
            body = missing.read_bytes() if missing.exists() else b"<h1>Not found</h1>"
            self._send(404, body, ".html")
            return
        self._send(200, found.read_bytes(), found.suffix, modified=found.stat().st_mtime)

    def _find(self, path: str, query: str) -> Path | None:
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root.resolve()):
            return None
        if query:
            key = urlencode(sorted(parse_qsl(query)))
            if target.is_dir():
                for index in INDEX_FILES:
                    stem, suffix = index.rsplit(".", 1)
                    variant = target / f"{stem}@{key}.{suffix}"
                    if variant.is_file():
                        return variant
            elif (variant := target.with_name(f"{target.name}@{key}")).is_file():
                return variant
        if target.is_file():
            return target
        if target.is_dir():
            for index in INDEX_FILES:
                if (target / index).is_file():
                    return target / index
        return None

    def _rest_posts(self, params: dict[str, str]) -> None:
        source = self.root / "wp-json/wp/v2/posts.json"
        if not source.is_file():
            self._send(404, b'{"code":"rest_no_route"}', ".json")
            return
        posts = json.loads(source.read_text(encoding="utf-8"))
        if "lang" in params:
            posts = [p for p in posts if p.get("lang") == params["lang"]]
        per_page = min(int(params.get("per_page", 10)), 100)
        page = int(params.get("page", 1))
        pages = max(1, math.ceil(len(posts) / per_page))
        if page > pages:
            body = b'{"code":"rest_post_invalid_page_number","data":{"status":400}}'
            self._send(400, body, ".json")
            return
        chunk = posts[(page - 1) * per_page : page * per_page]
        headers = {"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(pages)}
        body = json.dumps(chunk).encode()
        self._send(200, body, ".json", headers, modified=source.stat().st_mtime)

    def _send(
        self,
        status: int,
        body: bytes,
        suffix: str,
        headers: Mapping[str, str] | None = None,
        modified: float | None = None,
    ) -> None:
        headers = dict(headers or {})
        if status == 200 and modified is not None:
            headers["ETag"] = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
            headers["Last-Modified"] = formatdate(int(modified), usegmt=True)
            if self._not_modified(headers["ETag"], int(modified)):
                status, body = 304, b""
        self.answers.append(Answer(self.path, status, dict(self.headers.items())))
        if status != 304:
            headers.setdefault(
                "Content-Type", CONTENT_TYPES.get(suffix, "application/octet-stream")
            )
        self.send_body(status, body, headers)

    def send_body(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        """The answer on the wire (tests/faults.py alters it here)."""
        self.send_response(status)
        if status != 304:
            headers["Content-Length"] = str(len(body))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _not_modified(self, etag: str, modified: int) -> bool:
        """RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since."""
        if (tags := self.headers.get("If-None-Match")) is not None:
            return tags.strip() == "*" or etag in (tag.strip() for tag in tags.split(","))
        if (since := self.headers.get("If-Modified-Since")) is not None:
            try:
                return modified <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False


class Mirror:
    """A running mirror server; use as a context manager or call `close()`."""

    def __init__(
        self,
        root: Path,
        blocked: Mapping[str, int | tuple[int, str]] | None = None,
        port: int = 0,
        delay: float = 0.0,
        handler: type[MirrorHandler] = MirrorHandler,
    ):
        handler = type(
            "BoundMirrorHandler",
            (handler,),
            {
                "root": Path(root),
                "blocked": dict(blocked or {}),
                "hits": [],
                "answers": [],
                "delay": delay,
            },
        )
        self.hits: list[str] = handler.hits
        self.answers: list[Answer] = handler.answers
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def mirror_bases() -> dict[str, tuple[Path, str]]:
    """The bundled mirrors: node slug -> (folder served, path of the node's base below it)."""
    found = {}
    for expected in sorted(SITES.glob("*/expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        found[data["node"]] = (expected.parent / "site", data.get("mirror_path", ""))
    return found
