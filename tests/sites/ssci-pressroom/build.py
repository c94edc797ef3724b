"""Build the mirror of pressrum.ssci.se, Stockholm Science City's Mynewsdesk press room.

Releases at `/posts/pressreleases/<slug>`, the list at `/posts/pressreleases` paged by `?page=N`
(from 1), an RSS feed at `/rss/pressreleases` linked from every <head>; no sitemap, no REST.
Three releases republish ssci.se news the same or the next day (`duplicate_of` the ssci URL).
Run: python tests/sites/ssci-pressroom/build.py
"""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402
import newsroom_theme as theme  # noqa: E402

# run_path, not import: every mirror has a content.py, and one process may build several.
_CONTENT = runpy.run_path(str(HERE / "content.py"))
COPIES, RELEASES = _CONTENT["COPIES"], _CONTENT["RELEASES"]
SSCI_ARTICLES = runpy.run_path(str(HERE.parent / "ssci" / "content.py"))["ARTICLES"]

SITE = HERE / "site"
PER_PAGE = 5
ROOM = theme.Newsroom(
    base="https://pressrum.ssci.se",
    root="",
    name="Stockholm Science City",
    lang="sv",
    logo_alt="Stockholm Science City logotyp",
    boilerplate=(
        "Om Stockholm Science City",
        "Stiftelsen Stockholm Science City verkar för att utveckla Hagastaden till ett "
        "världsledande kluster för life science, där forskning, vård och näringsliv möts. "
        "Stiftelsens huvudmän är Karolinska Institutet, KTH, Stockholms universitet, Region "
        "Stockholm och Stockholms stad.",
    ),
    contact=theme.Contact(
        name="Maria Lundqvist",
        role="Kommunikationsansvarig",
        phone="070-512 38 90",
        email="press@ssci.se",
    ),
    feed_path="/rss/pressreleases",
)
# One release was corrected the day after it went out.
MODIFIED = {"Rapport: Hagastaden kan ge 20 000 nya jobb inom life science": "2016-06-15 14:20"}
ASSETS = "https://mnd-assets.mynewsdesk.com/image/upload"
SSCI_SECTION = {"sv": "https://ssci.se/sv/aktuellt", "en": "https://ssci.se/en/news"}


def slugify(title: str) -> str:
    """Mynewsdesk's slugs: å/ä → a, ö → o, everything else that is not a letter or digit → -."""
    folded = bodykit.text(title).lower().translate(str.maketrans("åäöé’", "aaoe-"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def release_path(title: str) -> str:
    return f"/posts/pressreleases/{slugify(title)}"


def own_releases() -> list[theme.Release]:
    out = []
    for published, lang, title, lead, subjects, image, body in RELEASES:
        modified = MODIFIED.get(title)
        out.append(
            theme.Release(
                path=release_path(title),
                lang=lang,
                title=title,
                published=bodykit.local(published),
                modified=bodykit.local(modified) if modified else None,
                lead=lead,
                body=body,
                subjects=subjects,
                image=image,
            )
        )
    return out


def copies() -> list[theme.Release]:
    """ssci.se news as the press room republished it: the ssci summary as lead, the same text
    without the typed dateline, the inline photo moved to the media box."""
    by_key = {a["key"]: a for a in SSCI_ARTICLES}
    out = []
    for key, published in COPIES:
        article = by_key[key]
        blocks = bodykit.parse(article["body"])
        figure = next((b.items for b in blocks if b.tag == "figure"), None)
        image = (f"{ASSETS}/{figure[0].rsplit('/', 1)[-1]}", figure[1]) if figure else None
        body = re.sub(r"^\s*<strong>\d{4}-\d{2}-\d{2}</strong> ", "", article["body"])
        out.append(
            theme.Release(
                path=release_path(article["title"]),
                lang=article["lang"],
                title=article["title"],
                published=bodykit.local(published),
                lead=article["summary"],
                body=body,
                subjects=tuple(article["tags"]) or ("Innovationsnoder",),
                image=image,
                duplicate_of=f"{SSCI_SECTION[article['lang']]}/{article['slug']}",
            )
        )
    return out


NOT_FOUND = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Sidan hittades inte | Stockholm Science City</title></head>
<body><main><h1>Sidan hittades inte</h1>
<p>Sidan du letar efter finns inte längre.</p></main></body></html>
"""
ROBOTS = "User-agent: *\nDisallow: /search\nDisallow: /subscribe\n"


def build() -> None:
    releases = sorted(own_releases() + copies(), key=lambda r: r.published, reverse=True)
    mirrorkit.reset(SITE)
    for release in releases:
        related = [r for r in releases if r is not release][:3]
        html = theme.release_page(ROOM, release, related)
        mirrorkit.write_page(SITE, release.path, html)

    chunks = [releases[i : i + PER_PAGE] for i in range(0, len(releases), PER_PAGE)]
    listing = "/posts/pressreleases"
    for number, chunk in enumerate(chunks, start=1):
        next_href = f"{listing}?page={number + 1}" if number < len(chunks) else None
        canonical = ROOM.url(listing) + (f"?page={number}" if number > 1 else "")
        html = theme.listing_page(ROOM, chunk, canonical, next_href)
        mirrorkit.write_page(SITE, listing, html, {"page": str(number)} if number > 1 else None)
        if number == 1:
            mirrorkit.write(SITE / "index.html", html)  # the newsroom's start page
    mirrorkit.write(SITE / ROOM.feed_path.strip("/") / "index.xml", theme.feed(ROOM, releases))
    mirrorkit.write(SITE / "robots.txt", ROBOTS)
    mirrorkit.write(SITE / "404.html", NOT_FOUND)

    stamps = [f"{theme.stamp(r.published)}Pressmeddelande" for r in releases]
    mirrorkit.write_expected(
        HERE,
        {
            "node": "ssci-pressroom",
            "canonical_base": ROOM.base,
            "mirror_path": "",
            "absent": theme.absent(ROOM) + stamps,
            "not_articles": [ROOM.url("/"), ROOM.url(listing), ROOM.url(f"{listing}?page=2")],
            "articles": [theme.expected_release(ROOM, r) for r in releases],
        },
    )


if __name__ == "__main__":
    build()
