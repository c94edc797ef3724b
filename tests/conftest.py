"""Shared test fixtures: the bundled mirrors served on 127.0.0.1 and crawls run as a user runs them."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from archive.serve import metadata_for
from tests.mirror import Mirror

SITES = Path(__file__).parent / "sites"
# The mirror of a stock WordPress that no code mentions, added to the registry as a user would.
UNKNOWN_WP = "unknown-wp"
UNKNOWN_WP_REGISTRY = """
[unknown-wp]
name = "Arninge Innovationsnod"
base_url = "https://innovationsnod-exempel.se"
languages = ["sv", "en"]
"""


def expected(slug: str) -> dict:
    return json.loads((SITES / slug / "expected.json").read_text(encoding="utf-8"))


def mirrored_nodes() -> list[str]:
    return sorted(p.parent.name for p in SITES.glob("*/expected.json"))


def nodenews(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command line in a fresh process, as cron would."""
    return subprocess.run(
        [sys.executable, "-m", "scrapers.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def crawl_mirrors(
    db: Path,
    slugs: list[str],
    *,
    blocked: Mapping[str, int] | None = None,
    extra: list[str] = (),
) -> subprocess.CompletedProcess:
    """Serve each node's mirror (with `blocked` routes switched off) and crawl them all into `db`."""
    with ExitStack() as stack:
        args = []
        for slug in slugs:
            data = expected(slug)
            mirror = stack.enter_context(Mirror(SITES / slug / "site", blocked=blocked))
            args += ["--node", slug, "--base-url", f"{slug}={mirror.base_url}{data['mirror_path']}"]
        return nodenews("crawl", "--db", str(db), "--log-level", "WARNING", *args, *extra)


def rows_by_url(db_path: Path) -> dict[str, dict]:
    """The archive's articles by URL."""
    db = sqlite_utils.Database(db_path)
    return {row["url"]: row for row in db["articles"].rows}


def assert_article(row: dict, slug: str, want: dict) -> None:
    """A stored article has exactly the fields of its entry in the mirror's expected.json."""
    body = row["body"]
    assert row["node"] == slug
    assert row["lang"] == want["lang"]
    assert row["title"] == want["title"]
    assert row["published"] == want["published"]
    assert row["modified"] == want["modified"]
    assert json.loads(row["authors"]) == want["authors"]
    assert json.loads(row["tags"]) == want["tags"]
    assert row["summary"] == want["summary"]
    assert body.startswith(want["body_start"]), body[:200]
    assert body.endswith(want["body_end"]), body[-200:]
    assert len(body.split("\n\n")) == want["paragraphs"], body
    assert json.loads(row["translations"]) == want["translations"]
    assert row["duplicate_of"] == want["duplicate_of"]


@pytest.fixture
def served() -> Iterator[callable]:
    """Serve a mirror folder for the test's duration: served(slug, blocked=...) -> Mirror."""
    with ExitStack() as stack:
        yield lambda slug, **kw: stack.enter_context(Mirror(SITES / slug / "site", **kw))


def datasette_get(db_path: Path, *paths: str) -> list:
    """GET paths from an in-process Datasette configured as `serve` would configure it; each must
    answer 200."""

    async def run() -> list:
        ds = Datasette([str(db_path)], metadata=metadata_for(db_path))
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    responses = asyncio.run(run())
    for response in responses:
        assert response.status_code == 200, response.text
    return responses
