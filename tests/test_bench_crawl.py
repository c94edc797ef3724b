"""The crawl benchmark's generated sites must stay crawlable, so that benchmarks/crawl.py measures a
crawl that stores what it should (no timing here: the benchmark prints its figures)."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from archive import Archive
from benchmarks import sitegen
from tests.conftest import nodenews, rows_by_url
from tests.mirror import Mirror


def crawl(db: Path, generated: sitegen.Generated, mirrors: list[Mirror]):
    args = ["--db", str(db), "--registry", str(generated.registry), "--log-level", "WARNING"]
    for node, mirror in zip(generated.nodes, mirrors, strict=True):
        args += ["--node", node.slug, "--base-url", f"{node.slug}={mirror.base_url}"]
    return nodenews("crawl", *args)


def test_same_seed_writes_the_same_site(tmp_path: Path) -> None:
    first = sitegen.generate(tmp_path / "a", 2, 5, seed=7)
    second = sitegen.generate(tmp_path / "b", 2, 5, seed=7)
    files = sorted(p.relative_to(first.folder) for p in first.folder.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(second.folder) for p in second.folder.rglob("*") if p.is_file()
    )
    assert all((first.folder / f).read_bytes() == (second.folder / f).read_bytes() for f in files)


def test_synthetic_archive_records_are_stored_as_given(tmp_path: Path) -> None:
    records = list(sitegen.archive_records(50, seed=5))
    assert len(records) == 50
    assert len({r["url"] for r in records}) == 50
    with Archive(tmp_path / "a.db") as archive:
        outcomes = [
            archive.upsert_article(r, fetched_at="2025-01-01T00:00:00+00:00") for r in records
        ]
        assert outcomes == ["new"] * 50
        stored = archive.article(records[0]["url"])
    assert stored["body"] == records[0]["body"]
    assert stored["translations"] == records[0]["translations"]


@pytest.mark.slow
def test_generated_mirror_crawls_into_the_archive(tmp_path: Path) -> None:
    generated = sitegen.generate(tmp_path / "site", 2, 5, seed=1)
    db = tmp_path / "bench.db"
    with ExitStack() as stack:
        mirrors = [stack.enter_context(Mirror(node.folder)) for node in generated.nodes]
        first = crawl(db, generated, mirrors)
        assert first.returncode == 0, first.stdout + first.stderr[-2000:]
        rows = rows_by_url(db)
        assert len(rows) == 10  # 2 nodes x 5 articles
        assert {row["node"] for row in rows.values()} == {"bench-1", "bench-2"}
        urls = {node.url_of(post) for node in generated.nodes for post in node.posts}
        assert set(rows) == urls
        copies = {
            node.url_of(p): p.copy_of for node in generated.nodes for p in node.posts if p.copy_of
        }
        assert copies  # the second node republishes one of the first node's posts
        assert {url: rows[url]["duplicate_of"] for url in copies} == copies

        edited = sitegen.edit_articles(generated, 0.2, seed=3)
        assert len(edited) == 2  # one article of each node's five
        again = crawl(db, generated, mirrors)
        assert again.returncode == 0, again.stdout + again.stderr[-2000:]
    rows = rows_by_url(db)
    assert len(rows) == 10
    with Archive(db) as archive:
        for url in edited:
            assert len(archive.history(url)) == 1, url
            node = next(n for n in generated.nodes if url.startswith(n.base))
            post = next(p for p in node.posts if node.url_of(p) == url)
            kept = [text for kind, text in post.blocks if kind == "p"]  # a heading may repeat
            assert all(text in rows[url]["body"] for text in kept)
            assert rows[url]["modified"] == sitegen.EDITED_AT.isoformat()
        unchanged = set(rows) - set(edited)
        assert all(not archive.history(url) for url in unchanged)
