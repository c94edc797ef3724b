"""The headline as the page shows it, for pages whose template no selector knows.

A page names its article in several places: its headings (h1, h2), og:title / twitter:title, the
JSON-LD headline and <title>, the last two often with the site's name set apart by a separator
('Title | Site', 'Site - Title'). Each alone misleads: a theme's h1 may be the site's logo or a
section's name, og:title and <title> carry the site's name. So a heading wins when another place
agrees with it; when none does, og:title or JSON-LD with the site's name cut off, then the first h1,
then <title>. Measured on the 183 titled pages of ../shared/bench/meta-dev (exact match, see
benchmarks/bench_meta.py): first h1 (logos left out) then og:title, JSON-LD, <title>: 0.880;
og:title, JSON-LD, <title>, h1: 0.749; og:title, JSON-LD, h1, <title>: 0.792; agreement first,
then that last order: 0.918.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from copy import deepcopy
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from scrapers.extract.metadata import PageMeta
from scrapers.extract.tree import drop, select, text_of
from scrapers.normalise import TITLE_SEPARATORS, clean_text, title_key

# Parts of a heading that are not the headline's words: screen-reader labels and kickers (the
# topic line set above a headline, 'Tunesien' over 'Große Aufgaben für die neue Regierung').
NOT_HEADLINE = (
    ".screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden, .element-invisible,"
    " small, [class*=kicker], [class*=topic], [class*=overline], [class*=dachzeile]"
)
SEPARATOR = re.compile("|".join(re.escape(s) for s in TITLE_SEPARATORS))
# A heading that only begins or ends like a title agrees with it from this many words on, lest a
# section's or a site's one-word name agree. 1 to 4 score alike on meta-dev (0.918), 5 loses a page.
MIN_AGREEING_WORDS = 3
LOGO_CLASS = re.compile(r"site-title|site-name|logo|brand", re.I)
DOMAIN = re.compile(r"^(?:www\d?\.)?(?P<label>[^.\s]+(?:\.[^.\s]+)*?)\.(?P<tld>[a-z]{2,})$", re.I)


def headline(tree: HtmlElement, meta: PageMeta, site_names: Iterable[str] = ()) -> tuple[str, str]:
    """The page's headline and where it was read ('text': a heading or <title>; 'metadata': og:title
    or the JSON-LD headline); ('', '') when the page names nothing."""
    names = _name_keys([*site_names, meta.site_name or "", *_logos(tree)])
    metadata = [clean_text(t) for t in (meta.title, meta.headline) if t]
    document = clean_text(meta.document_title)
    titles = [*metadata, document] if document else metadata
    whole = {title_key(t): t for t in titles}
    parts = {title_key(span) for t in titles for span in _spans(t)}
    for level in ("h1", "h2"):
        headings = [h for h in _headings(tree, level) if title_key(h) not in names]
        # The best agreement; of equals, the first heading.
        ranked = [(*_agreement(h, whole, parts), -i) for i, h in enumerate(headings)]
        if ranked and (best := max(ranked, key=lambda r: (r[0], r[3])))[0]:
            return best[1], best[2]
    # Nothing agrees: og:title or JSON-LD, then the first h1, then <title> (which sites fill for
    # search engines) as measured.
    for title in metadata:
        if stripped := _without_site_name(title, names):
            return stripped, "metadata"
    for heading in _headings(tree, "h1"):
        if title_key(heading) not in names:
            return heading, "text"
    return _without_site_name(document, names), "text" if document else ""


def _agreement(heading: str, whole: dict[str, str], parts: set[str]) -> tuple[int, str, str]:
    """How well a heading agrees with the page's titles (keyed), the headline it gives and where
    that was read. 3: it is one of them; 2: a part of one set apart by separators; 1: one begins
    with the other, or a title ends with the heading ('Chronik: Lotte Tobisch ist tot' and 'Lotte
    Tobisch ist tot'), or the heading ends with a title (a kicker before it: 'Tunesien Große Aufgaben
    …' gives the title 'Große Aufgaben …'); 0: not at all."""
    key = title_key(heading)
    if key in whole:
        return 3, heading, "text"
    if key in parts:
        return 2, heading, "text"
    for title, text in whole.items():
        shorter, longer = sorted((key, title), key=len)
        if len(shorter.split()) < MIN_AGREEING_WORDS:
            continue
        if longer.startswith(shorter + " ") or title.endswith(" " + key):
            return 1, heading, "text"
        if key.endswith(" " + title):
            return 1, text, "metadata"
    return 0, heading, "text"


def _logos(tree: HtmlElement) -> list[str]:
    """Headings that are the site's logo: a link to a home page, or marked as the site's title."""
    found = []
    for heading in tree.iter("h1", "h2"):
        links = [*heading.iterancestors("a"), *heading.iter("a")]
        home = any(link.get("rel") == "home" or _is_home(link.get("href") or "") for link in links)
        if home or LOGO_CLASS.search(heading.get("class") or ""):
            found.append(text_of(heading, " "))
    return found


def _is_home(href: str) -> bool:
    parts = urlsplit(href.strip())
    return bool(parts.netloc or parts.path) and parts.path in ("", "/") and not parts.query


def _headings(tree: HtmlElement, level: str) -> list[str]:
    """The texts of the page's `level` headings, in order, without kickers and hidden labels."""
    found = []
    for heading in tree.iter(level):
        if any(part is not heading for part in select(heading, NOT_HEADLINE)):
            heading = deepcopy(heading)
            for part in select(heading, NOT_HEADLINE):
                if part is not heading:
                    drop(part)
        if text := clean_text(text_of(heading, " ")):
            found.append(text)
    return found


def _segments(title: str) -> list[tuple[int, int]]:
    """Where each separator-delimited part of a title starts and ends."""
    found = list(SEPARATOR.finditer(title))
    starts = [0, *(m.end() for m in found)]
    ends = [*(m.start() for m in found), len(title)]
    return list(zip(starts, ends, strict=True))


def _spans(title: str) -> list[str]:
    """Every run of consecutive parts of a title ('A - B | C': A, B, C, 'A - B', 'B | C', all)."""
    text = clean_text(title)
    bounds = _segments(text)
    return [
        text[bounds[i][0] : bounds[j][1]].strip()
        for i in range(len(bounds))
        for j in range(i, len(bounds))
    ]


def _compact(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _name_keys(site_names: Iterable[str]) -> set[str]:
    """The site's names as title keys, a domain name ('www.bike-magazin.de') also as its label
    ('bike magazin') and in full ('bike magazin de')."""
    keys = set()
    for name in site_names:
        name = clean_text(name)
        keys.add(title_key(name))
        if found := DOMAIN.match(urlsplit(name).netloc or name):
            keys |= {title_key(found["label"]), title_key(f"{found['label']} {found['tld']}")}
    return keys - {""}


def _is_site_name(part: str, names: set[str]) -> bool:
    key = title_key(part)
    if key in names:
        return True
    # 'La Stampa' on lastampa.it: the host's name, however spaced.
    compact = _compact(part)
    return any(compact == name.replace(" ", "") for name in names)


def _without_site_name(title: str, names: set[str]) -> str:
    """The title without the parts at its ends that are the site's name."""
    text = clean_text(title)
    bounds = _segments(text)
    parts = [text[start:end] for start, end in bounds]
    first, last = 0, len(parts) - 1
    while last > first and _is_site_name(parts[last], names):
        last -= 1
    while last > first and _is_site_name(parts[first], names):
        first += 1
    return text[bounds[first][0] : bounds[last][1]].strip()
