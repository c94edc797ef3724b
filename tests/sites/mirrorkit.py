"""Helpers shared by the mirror builders (`tests/sites/<node>/build.py`).

A builder writes a node's mirror as static files under `tests/sites/<node>/site/` (served by
`tests.mirror.Mirror`) and the articles a crawl must find as `tests/sites/<node>/expected.json`.
The generated files are committed so a reader can open them; rebuild with
`python tests/sites/<node>/build.py`.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import urlencode


def reset(site: Path) -> None:
    """Start a mirror from an empty folder, so removed pages don't linger."""
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)


def page_file(site: Path, url_path: str, query: dict[str, str] | None = None) -> Path:
    """Where the mirror keeps the page served at `url_path` (and `?query`, if given)."""
    folder = site / url_path.strip("/")
    if query:
        return folder / f"index@{urlencode(sorted(query.items()))}.html"
    return folder / "index.html"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_page(site: Path, url_path: str, html: str, query: dict[str, str] | None = None) -> None:
    write(page_file(site, url_path, query), html)


def urlset(entries: list[tuple[str, str | None]]) -> str:
    """A sitemap: (loc, lastmod or None) pairs."""
    rows = []
    for loc, lastmod in entries:
        extra = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        rows.append(f"  <url><loc>{escape(loc)}</loc>{extra}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>\n"
    )


def sitemap_index(locs: list[str]) -> str:
    rows = "\n".join(f"  <sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{rows}\n</sitemapindex>\n"
    )


def rss(title: str, link: str, items: list[dict]) -> str:
    """An RSS 2.0 feed; each item has title, link, published (aware datetime), description."""
    rows = []
    for item in items:
        published: datetime = item["published"]
        rows.append(
            "  <item>\n"
            f"    <title>{escape(item['title'])}</title>\n"
            f"    <link>{escape(item['link'])}</link>\n"
            f"    <guid>{escape(item['link'])}</guid>\n"
            f"    <pubDate>{format_datetime(published)}</pubDate>\n"
            f"    <description>{escape(item.get('description', ''))}</description>\n"
            "  </item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"  <title>{escape(title)}</title>\n  <link>{escape(link)}</link>\n"
        + "\n".join(rows)
        + "\n</channel>\n</rss>\n"
    )


def robots(sitemaps: list[str]) -> str:
    lines = ["User-agent: *", "Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", ""]
    lines += [f"Sitemap: {loc}" for loc in sitemaps]
    return "\n".join(lines) + "\n"


def write_expected(folder: Path, expected: dict) -> None:
    write(folder / "expected.json", json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
