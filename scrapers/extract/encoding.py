"""A fetched page's bytes as text, right whatever the server claimed, and mojibake repaired.

Servers mislabel: Windows-1252 bytes sent as UTF-8 (every å, ä and ö a U+FFFD when believed),
UTF-8 sent as ISO-8859-1 ("Ã¥", "Ã¤", "Ã¶"). So the bytes decide before the label does: a BOM;
else valid UTF-8 is UTF-8 (Swedish or English text in a single-byte encoding is valid UTF-8 only
by a freak: an "Ã" followed by a byte of 0x80-0xBF); else the declared encoding when the bytes
decode strictly in it; else charset-normalizer's guess. What no encoding reads, or reads as
binary, is no page. ftfy repairs the mojibake already in a text (a CMS that stored UTF-8 read as
Windows-1252). Pure: no I/O.
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# What charset detection may choose among: the encodings Swedish and English pages are written in
# besides UTF-8. Left free, charset-normalizer reads Swedish Windows-1252 as Windows-1250 ("smĺ
# bolag"): the byte values of å, ä and ö are letters in both.
WESTERN_ENCODINGS = ("utf_8", "cp1252", "iso8859_15", "latin_1")
WIDE_ENCODINGS = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# A text with more control characters (other than tab, newlines and form feed) than this share is
# binary read as text: the mirrors' pages have none, a PNG or PDF read as Windows-1252 has some
# in every ten characters.
CONTROL_MAX_SHARE = 0.01
# Unicode's control characters (category Cc) but tab, newlines and form feed; found by a regex in C
# (a loop over a page's characters in Python cost 7 ms a page).
CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# How much of a text the binary check reads: a binary file shows it from its first bytes.
BINARY_SAMPLE_CHARS = 100_000


class UndecodableError(ValueError):
    """The bytes are no text in any encoding tried: not a page."""


def decode_page(body: bytes, content_type: str | None = None) -> str:
    """The page's text: its BOM, else a declared UTF-16 or -32, else UTF-8 if valid, else its
    declared encoding (the Content-Type header, then <meta charset>) if the bytes decode in it,
    else the likeliest of WESTERN_ENCODINGS. UndecodableError when none reads it, or it reads as
    binary."""
    if not body.strip():
        raise UndecodableError("empty page")
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        text = _strict(body[len(bom) :], bom_encoding)
    else:
        declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
        encoding = resolve_encoding(declared) if declared else None  # None: unknown to Python
        encoding = codecs.lookup(encoding).name if encoding else None
        # UTF-16 and -32 without a BOM: their ASCII is valid UTF-8, a NUL beside each letter
        text = _strict(body, encoding) if encoding in WIDE_ENCODINGS else None
        if text is None:
            text = _strict(body, "utf-8")
        if text is None and encoding not in (None, "utf-8"):
            text = _strict(body, encoding)
        if text is None:
            match = from_bytes(body, cp_isolation=list(WESTERN_ENCODINGS)).best()
            text = str(match) if match is not None else None
    if text is None or _is_binary(text):  # charset-normalizer reads no binary as text
        raise UndecodableError("binary content, not an HTML page")
    return text


def repair_text(text: str) -> str:
    """Text with mojibake undone ("Ã¥" -> "å"), and nothing else changed (ftfy's encoding fixes
    only: quotes, widths and entities stay as the site wrote them)."""
    return ftfy.fix_encoding(text) if text else text


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:BINARY_SAMPLE_CHARS]
    return len(CONTROLS.findall(sample)) > CONTROL_MAX_SHARE * len(sample)
