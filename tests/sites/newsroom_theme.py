"""The Mynewsdesk newsroom layout shared by the press-room mirrors (pressrum.ssci.se, and the
Södertälje Science Park newsroom on mynewsdesk.com).

What a crawler meets on such a newsroom: a skip link "Gå direkt till innehåll"; the release's date and
type printed side by side with no space between them ("2014-09-22 10:30Pressmeddelande" to a naive
text extraction); a bold lead, the text, and the newsroom's "Om ..." boilerplate pasted at the end of
every release *inside* the body container (so only repeated-line learning removes it); a media box
with "Ladda ner" links; subjects; a contact box; related releases; JSON-LD NewsArticle; an RSS feed
linked from <head>. Each builder supplies its URLs and pagination.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape

import bodykit


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class Newsroom:
    base: str  # scheme and host, no trailing slash
    root: (
        str  # the newsroom's path prefix: "" on a custom domain, "/se/<newsroom>" on mynewsdesk.com
    )
    name: str
    lang: str  # the newsroom's own language, used for its labels
    logo_alt: str
    boilerplate: tuple[str, str]  # ("Om ...", paragraph), pasted at the end of every release
    contact: Contact
    feed_path: str  # e.g. "/rss/pressreleases"

    def url(self, path: str) -> str:
        return self.base + self.root + path


@dataclass
class Release:
    path: str  # below the newsroom root, e.g. "/posts/pressreleases/<slug>"
    lang: str
    title: str
    published: datetime  # aware
    lead: str
    body: str  # bodykit source, without the lead and the boilerplate
    subjects: tuple[str, ...] = ()
    modified: datetime | None = None
    image: tuple[str, str] | None = None  # (src, caption) shown in the media box
    duplicate_of: str | None = None
    blocks: list[bodykit.Block] = field(init=False)

    def __post_init__(self) -> None:
        self.blocks = bodykit.parse(self.body)


LABELS = {
    "sv": {
        "skip": "Gå direkt till innehåll",
        "news": "Nyheter",
        "releases": "Pressmeddelanden",
        "contacts": "Kontakter",
        "images": "Bilder",
        "type": "Pressmeddelande",
        "media": "Bilder &amp; dokument",
        "download": "Ladda ner",
        "download_pdf": "Ladda ner pressmeddelandet som PDF",
        "subjects": "Ämnen",
        "contact": "Presskontakt",
        "related": "Relaterat innehåll",
        "more": "Läs mer",
        "next": "Visa fler",
        "subscribe": "Prenumerera på nyheter från",
        "powered": "Nyhetsrum från Mynewsdesk",
        "cookie": "Vi använder cookies för att ge dig en bättre upplevelse av våra nyhetsrum.",
        "cookie_ok": "Jag förstår",
    },
}


def _labels(room: Newsroom) -> dict[str, str]:
    return LABELS[room.lang]


def stamp(moment: datetime) -> str:
    """The visible date: local wall-clock time, minutes, no zone."""
    return moment.astimezone(bodykit.STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def body_html(room: Newsroom, release: Release) -> str:
    heading, paragraph = room.boilerplate
    text = bodykit.to_html(release.blocks, lambda src, caption: "")
    return (
        f'<p class="publication-lead"><strong>{release.lead}</strong></p>\n{text}\n'
        f"<p><strong>{heading}</strong></p>\n<p>{paragraph}</p>"
    )


def _head(room: Newsroom, lang: str, title: str, canonical: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title, quote=False)} | {escape(room.name)}</title>
<link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" title="{escape(room.name)} - {_labels(room)["releases"]}" href="{room.url(room.feed_path)}">
{extra}<link rel="stylesheet" href="https://static.mnd.se/newsroom/assets/newsroom-8c1f2a.css">
</head>"""


def _chrome_top(room: Newsroom) -> str:
    t = _labels(room)
    return f"""<body class="newsroom">
<a class="skip-link" href="#content">{t["skip"]}</a>
<div class="cookie-consent" role="dialog"><p>{t["cookie"]}</p><button type="button">{t["cookie_ok"]}</button></div>
<header class="newsroom-header">
  <a class="newsroom-header__logo" href="{room.url("/")}"><img src="https://mnd-assets.mynewsdesk.com/image/upload/c_limit,h_120/logo.png" alt="{escape(room.logo_alt)}"></a>
  <nav class="newsroom-nav" aria-label="Nyhetsrum">
    <a href="{room.root}/posts">{t["news"]}</a>
    <a href="{room.root}/posts/pressreleases">{t["releases"]}</a>
    <a href="{room.root}/contact_people">{t["contacts"]}</a>
    <a href="{room.root}/images">{t["images"]}</a>
  </nav>
</header>
<main id="content" class="newsroom-main">"""


def _chrome_bottom(room: Newsroom) -> str:
    t = _labels(room)
    return f"""</main>
<footer class="newsroom-footer">
  <a class="newsroom-footer__subscribe" href="{room.root}/subscribe">{t["subscribe"]} {escape(room.name)}</a>
  <p class="newsroom-footer__powered">{t["powered"]}</p>
</footer>
</body>
</html>
"""


def json_ld(room: Newsroom, release: Release) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": release.title,
        "description": bodykit.text(release.lead),
        "datePublished": release.published.isoformat(),
        "dateModified": (release.modified or release.published).isoformat(),
        "inLanguage": release.lang,
        "mainEntityOfPage": room.url(release.path),
        "publisher": {"@type": "Organization", "name": room.name},
    }
    if release.image:
        data["image"] = release.image[0]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def release_page(room: Newsroom, release: Release, related: list[Release]) -> str:
    t = _labels(room)
    url = room.url(release.path)
    lead = escape(bodykit.text(release.lead))
    og = (
        f'<meta name="description" content="{lead}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{escape(release.title)}">\n'
        f'<meta property="og:description" content="{lead}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:site_name" content="{escape(room.name)}">\n'
        f'<meta property="og:locale" content="{"sv_SE" if release.lang == "sv" else "en_GB"}">\n'
        + json_ld(room, release)
    )
    media = ""
    if release.image:
        src, caption = release.image
        media = f"""  <section class="publication-media">
    <h2>{t["media"]}</h2>
    <figure><img src="{src}" alt=""><figcaption>{caption}</figcaption>
      <a class="download" href="{src}?dl=1">{t["download"]}</a></figure>
    <a class="download" href="{url}.pdf">{t["download_pdf"]}</a>
  </section>"""
    subjects = "".join(
        f'<li><a href="{room.root}/subjects/{bodykit.text(s).lower().replace(" ", "-")}">{s}</a></li>'
        for s in release.subjects
    )
    contact = room.contact
    teasers = "".join(
        f'<li><a href="{room.url(r.path)}">{escape(r.title, quote=False)}</a> <span>{stamp(r.published)}</span></li>'
        for r in related
    )
    return f"""{_head(room, release.lang, release.title, url, og)}
{_chrome_top(room)}
<article class="publication publication--pressrelease">
  <header class="publication-header">
    <div class="publication-meta"><time datetime="{release.published.isoformat()}">{stamp(release.published)}</time><span class="publication-type">{t["type"]}</span></div>
    <h1 class="publication-title">{escape(release.title, quote=False)}</h1>
  </header>
  <div class="publication-body">
{body_html(room, release)}
  </div>
{media}
  <section class="publication-subjects"><h2>{t["subjects"]}</h2><ul>{subjects}</ul></section>
  <aside class="contact-box">
    <h2>{t["contact"]}</h2>
    <p class="contact-box__name">{contact.name}</p><p class="contact-box__role">{contact.role}</p>
    <a href="mailto:{contact.email}">{contact.email}</a> <a href="tel:{contact.phone.replace(" ", "")}">{contact.phone}</a>
  </aside>
</article>
<section class="related-publications"><h2>{t["related"]}</h2><ul>{teasers}</ul></section>
{_chrome_bottom(room)}"""


def listing_page(
    room: Newsroom, releases: list[Release], canonical: str, next_href: str | None
) -> str:
    """One page of the press-release list; `next_href` is the "Visa fler" link, if any."""
    t = _labels(room)
    cards = "\n".join(
        f"""  <article class="publication-card">
    <div class="publication-meta"><time datetime="{r.published.isoformat()}">{stamp(r.published)}</time><span class="publication-type">{t["type"]}</span></div>
    <h2><a href="{room.url(r.path)}">{escape(r.title, quote=False)}</a></h2>
    <p>{r.lead}</p>
    <a class="read-more" href="{room.url(r.path)}">{t["more"]}</a>
  </article>"""
        for r in releases
    )
    pager = (
        f'<nav class="pagination"><a rel="next" href="{next_href}">{t["next"]}</a></nav>'
        if next_href
        else ""
    )
    return f"""{_head(room, room.lang, t["releases"], canonical)}
{_chrome_top(room)}
<h1>{t["releases"]}</h1>
<section class="publication-list">
{cards}
</section>
{pager}
{_chrome_bottom(room)}"""


def feed(room: Newsroom, releases: list[Release]) -> str:
    items = "\n".join(
        f"""    <item>
      <title>{escape(r.title, quote=False)}</title>
      <link>{room.url(r.path)}</link>
      <guid isPermaLink="true">{room.url(r.path)}</guid>
      <pubDate>{format_datetime(r.published)}</pubDate>
      <description>{escape(bodykit.text(r.lead), quote=False)}</description>
    </item>"""
        for r in releases
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{escape(room.name)} - {_labels(room)["releases"]}</title>
    <link>{room.url("/posts/pressreleases")}</link>
    <description>{_labels(room)["releases"]} från {escape(room.name)}</description>
    <language>{room.lang}</language>
    <atom:link href="{room.url(room.feed_path)}" rel="self" type="application/rss+xml"/>
{items}
  </channel>
</rss>
"""


def expected_release(room: Newsroom, release: Release) -> dict:
    """What a crawl must store: the lead is the first paragraph, the boilerplate is not body."""
    texts = [bodykit.text(release.lead), *bodykit.paragraphs(release.blocks)]
    return {
        "url": room.url(release.path),
        "lang": release.lang,
        "title": release.title,
        "published": bodykit.iso(release.published),
        "modified": bodykit.iso(release.modified or release.published),
        "authors": [],
        "tags": [bodykit.text(s) for s in release.subjects],
        "summary": bodykit.text(release.lead),
        "body_start": bodykit.head(texts[0]),
        "body_end": bodykit.tail(texts[-1]),
        "paragraphs": len(texts),
        "translations": {},
        "duplicate_of": release.duplicate_of,
    }


def absent(room: Newsroom) -> list[str]:
    """The newsroom's boilerplate strings, which no stored title, summary or body may contain."""
    t = _labels(room)
    contact = room.contact
    return [
        t["skip"],
        t["download"],
        t["download_pdf"],
        t["contact"],
        t["related"],
        f"{t['subscribe']} {room.name}",
        t["powered"],
        t["cookie"],
        room.logo_alt,
        *room.boilerplate,
        contact.email,
        contact.phone,
    ]
