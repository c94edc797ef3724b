"""å, ä and ö right whatever the server claimed: a page's bytes decoded by what they are, mojibake
repaired, and what is no text an error, not an article."""

from __future__ import annotations

import pytest

from archive import Archive
from archive.store import CONTENT_FIELDS
from scrapers.build import build
from scrapers.extract.encoding import UndecodableError, decode_page, repair_text
from scrapers.registry import Node

TEXT = "Årets pris går till Åsa Öström – ”för små bolag”, 5 €."
META_UTF8 = '<meta charset="utf-8">'
META_LATIN1 = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'


def page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>Pris</title></head><body><p>{TEXT}</p></body></html>"


# Each row: the bytes' real encoding, what the header and the page claim, and the text expected.
@pytest.mark.parametrize(
    "encoding, content_type, meta",
    [
        ("utf-8", "text/html; charset=utf-8", ""),
        ("utf-8", "text/html; charset=ISO-8859-1", ""),  # UTF-8 declared ISO-8859-1
        ("utf-8", "text/html", META_LATIN1),  # ... by the page itself
        ("utf-8", None, ""),
        ("cp1252", "text/html; charset=utf-8", ""),  # Windows-1252 declared UTF-8
        ("cp1252", "text/html", META_UTF8),  # ... by the page itself
        ("cp1252", "text/html; charset=windows-1252", ""),
        ("cp1252", "text/html; charset=iso-8859-1", ""),  # browsers read latin-1 as cp1252
        ("cp1252", None, ""),
        ("utf-8-sig", "text/html; charset=iso-8859-1", ""),  # a BOM outranks the header
        ("utf-16", "text/html; charset=utf-8", ""),  # with its BOM
        ("utf-16-le", "text/html; charset=utf-16le", ""),  # without one, declared
        ("cp1252", "text/html; charset=no-such-charset", ""),
    ],
)
def test_the_bytes_decide_before_the_label(encoding, content_type, meta):
    text = decode_page(page(meta).encode(encoding), content_type)
    assert f"<p>{TEXT}</p>" in text


@pytest.mark.parametrize(
    "body, message",
    [
        (b"", "empty page"),
        (b"  \n ", "empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x00\x08\x06", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x01\x02\x03", "binary"),
        (b"<html><body>text\x00\x00\x00</body></html>", "binary"),
    ],
)
def test_what_is_no_text_is_an_error(body, message):
    with pytest.raises(UndecodableError, match=message):
        decode_page(body, "text/html; charset=utf-8")


@pytest.mark.parametrize(
    "text, repaired",
    [
        ("GÃ¥r till Ã…sa Ã–strÃ¶m", "Går till Åsa Öström"),  # UTF-8 read as Windows-1252
        ("Ã„ntligen hÃ¤r", "Äntligen här"),
        ("bolag â€“ ”citat”", "bolag – ”citat”"),
        ("Går till Åsa Öström – ”citat”", "Går till Åsa Öström – ”citat”"),  # right: untouched
        ('It\'s "quoted" &amp; ＡＢＣ', 'It\'s "quoted" &amp; ＡＢＣ'),  # nothing but encoding
        ("", ""),
    ],
)
def test_mojibake_is_repaired_and_nothing_else(text, repaired):
    assert repair_text(text) == repaired


# -- the build: every stored field right, whatever the server claimed -----------------------------

NODE = Node(slug="x", name="X", base_url="https://x.example", languages=("sv", "en"))
URL = "https://x.example/pris/"
POST = f"""<html lang="sv"><head>{{meta}}<title>Årets pris till Åsa Öström | X</title>
<meta name="description" content="Priset delas ut i Södertälje.">
<meta name="author" content="Åke Ängström">
<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">
<meta property="article:tag" content="Företagsfrämjande"></head>
<body class="single-post"><article><h1>Årets pris till Åsa Öström</h1>
<p>{TEXT}</p><p>Juryn består av forskare från KTH och Södertörns högskola i Flemingsberg.</p>
</article></body></html>"""
# What the fields must be, by hand.
WANT = {
    "title": "Årets pris till Åsa Öström",
    "summary": "Priset delas ut i Södertälje.",
    "authors": '["Åke Ängström"]',
    "tags": '["Företagsfrämjande"]',
    "body": f"{TEXT}\n\nJuryn består av forskare från KTH och Södertörns högskola i Flemingsberg.",
    "lang": "sv",
}


def content(row: dict) -> dict:
    return {field: row[field] for field in (*CONTENT_FIELDS, "content_hash")}


def fetch(archive: Archive, body: bytes, content_type: str, at: str) -> None:
    archive.store_page(URL, node="x", kind="article", status=200, body=body, run_id=at,
                       content_type=content_type, seen_at=at)  # fmt: skip


@pytest.mark.parametrize(
    "encoding, content_type, meta",
    [
        ("utf-8", "text/html; charset=utf-8", META_UTF8),
        ("cp1252", "text/html; charset=utf-8", META_UTF8),
        ("utf-8", "text/html; charset=iso-8859-1", META_LATIN1),
    ],
)
def test_every_stored_field_is_right_and_a_mislabelled_copy_changes_nothing(
    tmp_path, encoding, content_type, meta
):
    with Archive(tmp_path / "nodenews.db") as archive:
        fetch(archive, POST.format(meta=meta).encode(encoding), content_type, "2024-05-01")
        assert build(archive, [NODE])["x"]["new"] == 1
        stored = archive.db["articles"].get(URL)
        assert {field: stored[field] for field in WANT} == WANT
        # the same post served right, then mislabelled the other way: the article stays as it is
        for body, label in [
            (POST.format(meta=META_UTF8).encode("utf-8"), "text/html; charset=utf-8"),
            (POST.format(meta="").encode("cp1252"), "text/html; charset=utf-8"),
            (POST.format(meta="").encode("utf-8"), "text/html; charset=iso-8859-1"),
        ]:
            fetch(archive, body, label, "2024-05-02")
            counts = build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]
            assert (counts["updated"], counts["held"], counts["errors"]) == (0, 0, 0)
            assert content(archive.db["articles"].get(URL)) == content(stored)
        assert archive.history(URL) == []


def test_a_page_no_encoding_reads_is_an_error_and_the_stored_article_stays(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        fetch(
            archive, POST.format(meta=META_UTF8).encode(), "text/html; charset=utf-8", "2024-05-01"
        )
        build(archive, [NODE])
        stored = archive.db["articles"].get(URL)
        fetch(archive, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "text/html", "2024-05-02")
        counts = build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]
        assert (counts["errors"], counts["updated"]) == (1, 0)
        assert archive.db["articles"].get(URL) == stored
        assert archive.held_pages("x")[0]["held"].startswith("unreadable:")
