"""Article bodies for mirror builders: a tiny text format, its HTML, and its expected.json fields.

A body is written as chunks separated by blank lines; each chunk is one block:

    ## Heading            -> <h2>            (### -> <h3>)
    > Quoted words        -> <blockquote>
    - one / - two         -> <ul><li>...</li></ul>  (every line of the chunk starts with "- ")
    ![src|Caption]        -> a figure, drawn by the builder's own `figure` function (CMSs differ)
    anything else         -> <p>  (inline HTML and entities allowed)

The expected fields count what a careful reader would: p, h2-h6, li and blockquote; figures and
their captions are not paragraphs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
SV_MONTHS_LIST = SV_MONTHS.split()
EN_MONTHS = "January February March April May June July August September October November December"
EN_MONTHS_LIST = EN_MONTHS.split()


@dataclass(frozen=True)
class Block:
    tag: str  # p, h2, h3, blockquote, ul, figure
    html: str = ""
    items: tuple[str, ...] = ()  # list items (ul) or (src, caption) (figure)


def parse(source: str) -> list[Block]:
    blocks = []
    for chunk in (c.strip() for c in source.strip().split("\n\n")):
        lines = [line.strip() for line in chunk.splitlines()]
        if chunk.startswith("!["):
            src, caption = chunk[2:-1].split("|", 1)
            blocks.append(Block("figure", items=(src, caption)))
        elif all(line.startswith("- ") for line in lines):
            blocks.append(Block("ul", items=tuple(line[2:] for line in lines)))
        elif heading := re.match(r"(#{2,3}) (.*)", chunk, re.S):
            blocks.append(Block(f"h{len(heading[1])}", " ".join(heading[2].split())))
        elif chunk.startswith("> "):
            blocks.append(Block("blockquote", " ".join(chunk[2:].split())))
        else:
            blocks.append(Block("p", " ".join(lines)))
    return blocks


def to_html(blocks: list[Block], figure: Callable[[str, str], str]) -> str:
    out = []
    for block in blocks:
        if block.tag == "ul":
            out.append("<ul>\n" + "\n".join(f"<li>{item}</li>" for item in block.items) + "\n</ul>")
        elif block.tag == "figure":
            out.append(figure(*block.items))
        else:
            out.append(f"<{block.tag}>{block.html}</{block.tag}>")
    return "\n".join(out)


def text(fragment: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, whitespace normalised."""
    spaced = re.sub(r"<br\s*/?>", " ", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


def paragraphs(blocks: list[Block]) -> list[str]:
    """The text of every counted block, in order."""
    out: list[str] = []
    for block in blocks:
        if block.tag == "ul":
            out += [text(item) for item in block.items]
        elif block.tag != "figure":
            out.append(text(block.html))
    return out


def first_paragraph(blocks: list[Block]) -> str:
    return next(text(b.html) for b in blocks if b.tag == "p")


def head(value: str, size: int = 50) -> str:
    """The first ~`size` characters, cut at a word boundary."""
    return value if len(value) <= size else value[:size].rsplit(" ", 1)[0]


def tail(value: str, size: int = 50) -> str:
    return value if len(value) <= size else value[-size:].split(" ", 1)[-1]


def expected_body(blocks: list[Block]) -> dict:
    texts = paragraphs(blocks)
    return {"body_start": head(texts[0]), "body_end": tail(texts[-1]), "paragraphs": len(texts)}


def local(stamp: str) -> datetime:
    """A naive 'YYYY-MM-DD HH:MM[:SS]' wall-clock time in Stockholm, made aware."""
    return datetime.fromisoformat(stamp).replace(tzinfo=STOCKHOLM)


def iso(moment: datetime) -> str:
    return moment.astimezone(STOCKHOLM).isoformat()


def utc_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sv_date(moment: datetime) -> str:
    return f"{moment.day} {SV_MONTHS_LIST[moment.month - 1]} {moment.year}"


def en_date(moment: datetime) -> str:
    return f"{EN_MONTHS_LIST[moment.month - 1]} {moment.day}, {moment.year}"
