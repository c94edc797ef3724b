"""The command line as users and cron meet it: help on every command, one-line errors, exit codes."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from archive import Archive
from scrapers.cli import main
from tests.conftest import (
    SITES,
    UNKNOWN_WP,
    UNKNOWN_WP_REGISTRY,
    crawl_mirrors,
    expected,
    mirrored_nodes,
    nodenews,
    rows_by_url,
)

COMMANDS = ["crawl", "extract", "serve", "export", "demo", "nodes"]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage: main " + command in result.output or f"{command} [OPTIONS]" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["crawl", "--node", "atlantis"], "unknown node 'atlantis'"),
        (["crawl", "--base-url", "kista"], "bad --base-url 'kista': expected SLUG=URL"),
        (["crawl", "--base-url", "atlantis=http://127.0.0.1:1"], "unknown node 'atlantis'"),
        (["crawl", "--base-url", "ssci=ftp://x"], "expected an http(s) URL"),
        (["crawl", "--registry", "no-such-file.toml"], "registry file not found"),
        (["export", "--db", "missing.db"], "no archive at missing.db"),
        (["serve", "--db", "missing.db"], "no archive at missing.db"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_export_bad_date_loses_nothing(tmp_path):
    db = tmp_path / "nodenews.db"
    Archive(db).close()
    out = tmp_path / "out.csv"
    result = run("export", "--db", str(db), "--since", "2024-13-01", "-o", str(out))
    assert result.exit_code == 1
    assert "bad --since date '2024-13-01'" in result.output
    assert not out.exists()


def test_extract_prints_one_article_as_json(tmp_path):
    page = next((SITES / "ssci" / "site" / "sv" / "aktuellt").glob("barkarby-*/index.html"))
    result = run(
        "extract", str(page), "--url",
        "https://ssci.se/sv/aktuellt/barkarby-science-bidrar-till-ett-mer-h-llbart-samh-lle",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert article["title"] == "Barkarby Science bidrar till ett mer hållbart samhälle"
    assert article["node"] == "ssci"
    assert article["lang"] == "sv"
    assert article["page_type"] == "article"


PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{text}</p></article></body></html>"
)
POST = PAGE.format(title="Ett nytt labb", text="Labbet öppnar i Kista. " * 12)
NOTE = PAGE.format(title="A new lab", text="The lab opens in Kista. " * 12)


def lines_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


# Each case: the files (name -> content; None: not there), the objects' titles or errors, by hand.
@pytest.mark.parametrize(
    "files, expected",
    [
        ({"a.html": POST, "b.html": NOTE}, [{"title": "Ett nytt labb"}, {"title": "A new lab"}]),
        (
            {"a.html": POST, "empty.html": "", "b.html": NOTE},
            [{"title": "Ett nytt labb"}, {"error": "empty file"}, {"title": "A new lab"}],
        ),
        (
            {"a.html": POST, "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "b.html": NOTE},
            [
                {"title": "Ett nytt labb"},
                {"error": "a PNG file, not an HTML page"},
                {"title": "A new lab"},
            ],
        ),
        (
            {"a.html": POST, "noise.bin": b"<p\x00\x01\xfe", "b.html": NOTE},
            [
                {"title": "Ett nytt labb"},
                {"error": "binary content, not an HTML page"},
                {"title": "A new lab"},
            ],
        ),
        (
            {"gone.html": None, "b.html": NOTE},
            [{"error": "No such file or directory"}, {"title": "A new lab"}],
        ),
    ],
)
def test_extract_batch_prints_one_line_per_file_in_order(tmp_path, files, expected):
    for name, content in files.items():
        if isinstance(content, str):
            (tmp_path / name).write_text(content, encoding="utf-8")
        elif content is not None:
            (tmp_path / name).write_bytes(content)
    paths = [str(tmp_path / name) for name in files]
    result = run("extract", *paths)
    records = lines_of(result.stdout)
    assert len(records) == len(expected)
    for record, want, path in zip(records, expected, paths, strict=True):
        if "error" in want:
            assert record["file"] == path and want["error"] in record["error"]
        else:
            assert record["title"] == want["title"] and record["page_type"]
            assert "body" in record and "lang" in record and "published" in record
    assert result.exit_code == (1 if any("error" in want for want in expected) else 0)


def test_extract_reads_standard_input_and_gzip(tmp_path):
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(NOTE.encode()))
    result = CliRunner().invoke(
        main, ["extract", "-", str(tmp_path / "b.html.gz")], input=POST.encode()
    )
    assert result.exit_code == 0, result.output
    assert [r["title"] for r in lines_of(result.stdout)] == ["Ett nytt labb", "A new lab"]


def test_extract_jsonl_for_one_file_and_url_fields_only_with_a_url(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(NOTE, encoding="utf-8")
    with_url = run(
        "extract", str(page), "--jsonl", "--url", "https://lab.example/2024/03/12/a-new-lab/"
    )
    assert with_url.exit_code == 0, with_url.output
    (record,) = lines_of(with_url.stdout)  # one line, not an indented object
    assert record["url"] == "https://lab.example/2024/03/12/a-new-lab/"
    assert record["published"] == "2024-03-12" and record["sources"]["published"] == "url"
    (bare,) = lines_of(run("extract", str(page), "--jsonl").stdout)
    assert bare["url"] is None and bare["published"] is None and bare["node"] == "unknown"


@pytest.mark.parametrize(
    "args, message",
    [
        (["a.html", "b.html", "--url", "https://lab.example/a"], "2 files but 1 --url"),
        (["a.html", "--url", "lab.example/a"], "bad --url 'lab.example/a'"),
        (["empty.html"], "empty.html: empty file"),
        (["blank.html"], "blank.html: empty file"),
        (["report.pdf"], "report.pdf: a PDF file, not an HTML page"),
        (["notes.txt"], "notes.txt: no HTML markup: not an HTML page"),
        (["a.html", "--node", "atlantis"], "unknown node 'atlantis'"),
    ],
)
def test_extract_bad_input_is_one_clear_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.html").write_text(NOTE, encoding="utf-8")
    (tmp_path / "b.html").write_text(NOTE, encoding="utf-8")
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    (tmp_path / "blank.html").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"
    )
    (tmp_path / "notes.txt").write_text("Kista välkomnar halvledarindustrin.\n", encoding="utf-8")
    result = run("extract", *args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


# Issue 10's inputs, each a one-line error and a non-zero exit that leaves every file as it was.
REGISTRY_FILES = {
    "utf16.toml": UNKNOWN_WP_REGISTRY.encode("utf-16"),
    "latin1.toml": UNKNOWN_WP_REGISTRY.replace("Arninge", "Täby").encode("latin-1"),
    "bad-regex.toml": (UNKNOWN_WP_REGISTRY + 'article_url = "^/(nyheter/"\n').encode(),
    "lang-string.toml": UNKNOWN_WP_REGISTRY.replace('["sv", "en"]', '"sv"').encode(),
}
LOCAL = ["--node", "ssci", "--base-url", "ssci=http://127.0.0.1:9"]  # were a check to fail


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["crawl", "--base-url", "kista=http://[::1"],
            "bad --base-url 'kista=http://[::1': expected an http(s) URL, got 'http://[::1' "
            "(Invalid IPv6 URL)",
        ),
        (
            ["crawl", "--base-url", "kista=http://127.0.0.1:99999/"],
            "bad --base-url 'kista=http://127.0.0.1:99999/': expected an http(s) URL, "
            "got 'http://127.0.0.1:99999/' (Port out of range 0-65535)",
        ),
        (
            ["serve", "--db", "archive.db", "--port", "65536"],
            "bad --port '65536': expected a number from 1 to 65535",
        ),
        (["demo", "--port", "70000"], "bad --port '70000': expected a number from 1 to 65535"),
        (["serve", "--port", "http"], "bad --port 'http': expected a number from 1 to 65535"),
        (
            ["nodes", "--registry", "utf16.toml"],
            "utf16.toml: saved as UTF-16; TOML files are UTF-8: save it as UTF-8",
        ),
        (
            ["crawl", "--registry", "latin1.toml", *LOCAL],
            "latin1.toml: not UTF-8 (byte 23); TOML files are UTF-8: save it as UTF-8",
        ),
        (
            ["crawl", "--registry", "bad-regex.toml", *LOCAL],
            "bad-regex.toml: node 'unknown-wp': article_url: not a valid regular expression: "
            "'^/(nyheter/' (missing ), unterminated subpattern at position 2)",
        ),
        (
            ["extract", "--registry", "bad-regex.toml", "page.html"],
            "bad-regex.toml: node 'unknown-wp': article_url: not a valid regular expression: "
            "'^/(nyheter/' (missing ), unterminated subpattern at position 2)",
        ),
        (
            ["nodes", "--registry", "lang-string.toml"],
            "lang-string.toml: node 'unknown-wp': languages: expected a list of strings, got 'sv'",
        ),
        (
            ["export", "--db", "archive.db", "-o", "no-such-folder/out.csv"],
            "cannot write no-such-folder/out.csv: No such file or directory",
        ),
        (["export", "--db", "archive.db", "-o", "locked.csv"], "cannot write locked.csv: "),
        (
            ["crawl", "--db", "read-only.db", *LOCAL],
            "cannot write read-only.db: attempt to write a readonly database",
        ),
        (
            ["build", "--db", "read-only.db"],
            "cannot write read-only.db: attempt to write a readonly database",
        ),
    ],
)
def test_bad_input_is_one_line_and_touches_no_file(tmp_path, monkeypatch, read_only, args, message):
    monkeypatch.chdir(tmp_path)
    for name, content in REGISTRY_FILES.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "page.html").write_text(NOTE, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        archive.upsert_node("ssci", "Stockholm Science City", "https://ssci.se/", ["sv"], None)
    shutil.copy(tmp_path / "archive.db", tmp_path / "read-only.db")
    (tmp_path / "locked.csv").write_text("an earlier export\n", encoding="utf-8")
    read_only(tmp_path / "read-only.db")
    read_only(tmp_path / "locked.csv")
    before = _files(tmp_path)
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    after = _files(tmp_path)
    assert {name: after[name] for name in before} == before
    # SQLite's own files beside an archive it opened are the only ones that may appear.
    assert all(name.endswith(("-wal", "-shm")) for name in set(after) - set(before)), after


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def read_only():
    """read_only(path): a file nothing may write, root included (chattr +i), until the test ends."""
    made = []

    def make(path) -> None:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True)
        else:
            path.chmod(0o444)
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


@pytest.fixture(scope="module")
def ssci_archive(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "nodenews.db"
    result = crawl_mirrors(db, ["ssci"])
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def test_crawl_prints_a_line_per_node(tmp_path):
    db = tmp_path / "nodenews.db"
    result = crawl_mirrors(db, ["ssci"])
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith("ssci") and " ok " in line and "via sitemap" in line


def test_crawl_of_an_unreachable_node_fails_and_keeps_the_archive(ssci_archive, tmp_path):
    before = Archive(ssci_archive).db["articles"].count
    from tests.conftest import nodenews

    result = nodenews(
        "crawl", "--db", str(ssci_archive), "--node", "ssci",
        "--base-url", "ssci=http://127.0.0.1:9", "--log-level", "ERROR",
    )  # fmt: skip
    assert result.returncode == 1
    assert "failed" in result.stdout
    archive = Archive(ssci_archive)
    assert archive.db["articles"].count == before
    last = next(iter(archive.db.query("select * from crawl_runs order by id desc limit 1")))
    assert last["status"] == "failed" and last["node"] == "ssci"


def test_export_csv_parses_back_to_the_same_rows(ssci_archive):
    result = run("export", "--db", str(ssci_archive), "--format", "csv")
    assert result.exit_code == 0, result.output
    text = result.stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    stored = list(Archive(ssci_archive).articles())
    assert [r["url"] for r in rows] == [a["url"] for a in stored]
    for row, article in zip(rows, stored, strict=True):
        assert row["title"] == article["title"]
        assert row["body"] == article["body"]
        assert row["published"] == article["published"]


def test_export_filters(ssci_archive):
    result = run(
        "export", "--db", str(ssci_archive), "--format", "json", "--lang", "en",
        "--since", "2024-01-01", "--search", "Christenson",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["lang"] == "en" and r["published"] >= "2024" for r in rows)
    assert all("Christenson" in r["title"] + r["body"] for r in rows)


def test_nodes_lists_counts_and_last_success(ssci_archive):
    result = run("nodes", "--db", str(ssci_archive))
    assert result.exit_code == 0, result.output
    line = next(li for li in result.output.splitlines() if li.startswith("ssci "))
    count = Archive(ssci_archive).db["articles"].count
    assert f" {count} " in line and "never" not in line
    kista = next(li for li in result.output.splitlines() if li.startswith("kista"))
    assert "never" in kista


def test_server_errors_on_some_articles_make_a_partial_run_and_lose_nothing(ssci_archive, tmp_path):
    db = tmp_path / "nodenews.db"
    shutil.copy(ssci_archive, db)
    before = {a["url"]: a["body"] for a in Archive(db).articles()}
    # Every English news page answers 500 (retried, then given up), the rest as usual; --full asks
    # every article again (an incremental crawl would not ask the unchanged ones at all).
    result = crawl_mirrors(db, ["ssci"], blocked={r"^/en/news/.": 500}, extra=["--full"])
    assert result.returncode == 1
    assert "partial" in result.stdout
    archive = Archive(db)
    run = next(iter(archive.db.query("select * from crawl_runs order by id desc limit 1")))
    english = [url for url in before if "/en/news/" in url]
    assert run["status"] == "partial"
    assert run["errors"] == len(english)
    assert run["articles_unchanged"] == len(before) - len(english)
    assert {a["url"]: a["body"] for a in archive.articles()} == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["crawl", "--db", "no-such-folder/x.db", "--node", "ssci"], "no such folder"),
        (["export", "--db", "garbage.db"], "cannot use garbage.db as an archive"),
        (["nodes", "--db", "garbage.db"], "cannot use garbage.db as an archive"),
        (["serve", "--db", "garbage.db"], "cannot use garbage.db as an archive"),
    ],
)
def test_an_unusable_archive_is_one_clear_line_and_is_left_alone(
    tmp_path, monkeypatch, args, message
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "garbage.db").write_text("not a database")
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert (tmp_path / "garbage.db").read_text() == "not a database"


@pytest.mark.slow
def test_demo_crawls_every_bundled_mirror_from_any_folder(tmp_path):
    # The README's first command; run from outside the checkout, as a user's shell may be.
    db = tmp_path / "demo.db"
    result = nodenews("demo", "--no-serve", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    registered = [s for s in mirrored_nodes() if s != UNKNOWN_WP]
    assert sorted(line.split()[0] for line in lines) == registered
    assert all(line.split()[1] == "ok" for line in lines), result.stdout
    stored = rows_by_url(db)
    assert len(stored) == sum(len(expected(slug)["articles"]) for slug in registered)
