"""What every WordPress mirror prints the same way (kista, sscp): Yoast's <head>, core's <head>,
the REST API files, Yoast sitemaps, paged RSS feeds and the texturized titles.

The themes differ (header, menus, post template, listings) and stay in each node's build.py.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import bodykit
import mirrorkit

# wptexturize prints these characters as numeric entities in titles and content.
TEXTURIZE = {"–": "&#8211;", "—": "&#8212;", "’": "&#8217;", "‘": "&#8216;", "“": "&#8220;"}
TEXTURIZE |= {"”": "&#8221;", "…": "&#8230;", "\u00a0": "&nbsp;"}
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
EN_MONTHS = "january february march april may june july august september october november december"


@dataclass(frozen=True)
class Site:
    base: str  # https://kista.com, no trailing slash
    name: str
    tagline: str
    locale: str  # the site's default <html lang>, e.g. "en-US"
    categories: dict[str, str]  # slug -> name, in term-id order
    yoast: bool = True

    def url(self, path: str) -> str:
        return self.base + path


@dataclass
class Post:
    id: int
    slug: str
    title: str  # clean text; pages print it texturized
    lang: str  # the language the text is written in
    published: datetime
    modified: datetime | None
    author: str
    categories: tuple[str, ...]  # category slugs
    body: str  # bodykit source
    tags: tuple[str, ...] = ()
    description: str | None = None  # Yoast meta description / og:description
    flags: frozenset[str] = frozenset()  # site-specific quirks of this one post
    blocks: list[bodykit.Block] = field(init=False)

    def __post_init__(self) -> None:
        self.blocks = bodykit.parse(self.body)


def texturize(text: str) -> str:
    """A clean title as WordPress prints it: escaped, typographic characters as entities."""
    out = html.escape(text, quote=False)
    for char, entity in TEXTURIZE.items():
        out = out.replace(char, entity)
    return out


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def utc(moment: datetime) -> str:
    """Yoast's timestamps: UTC with a +00:00 offset."""
    return moment.astimezone(UTC).isoformat()


def excerpt(post: Post, words: int = 55) -> str:
    """WordPress's automatic excerpt: the first 55 words of the text, then [&hellip;]."""
    text = " ".join(bodykit.paragraphs(post.blocks)).split()
    cut = " ".join(text[:words])
    return texturize(cut) + (" [&hellip;]" if len(text) > words else "")


def month(moment: datetime, lang: str) -> str:
    """The lowercase month name in Swedish ("sv") or English ("en")."""
    return (SV_MONTHS if lang == "sv" else EN_MONTHS).split()[moment.month - 1]


def slugify(name: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "&": "-"})
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(table)).strip("-")


# ---------------------------------------------------------------------------------------- <head>


def head_links(
    site: Site, *, feed_label: str, rest_id: int | None, shortlink_id: int | None
) -> str:
    """What WordPress core prints in every <head> (feed links, REST discovery, shortlink)."""
    lines = [
        f'<link rel="alternate" type="application/rss+xml" title="{attr(site.name)} &raquo; '
        f'{feed_label}" href="{site.url("/feed/")}" />',
        f'<link rel="https://api.w.org/" href="{site.url("/wp-json/")}" />',
    ]
    if rest_id is not None:
        lines.append(
            f'<link rel="alternate" title="JSON" type="application/json" '
            f'href="{site.url(f"/wp-json/wp/v2/posts/{rest_id}")}" />'
        )
    lines.append(
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" '
        f'href="{site.url("/xmlrpc.php?rsd")}" />'
    )
    lines.append('<meta name="generator" content="WordPress 6.4.3" />')
    if shortlink_id is not None:
        lines.append(f"<link rel='shortlink' href='{site.url(f'/?p={shortlink_id}')}' />")
    return "\n".join(lines)


def core_head(site: Site, title: str, canonical: str) -> str:
    """A <head> without Yoast: core's title tag ("Title &#8211; Site") and rel=canonical."""
    return (
        f"<title>{texturize(title)} &#8211; {texturize(site.name)}</title>\n"
        f'<link rel="canonical" href="{canonical}" />'
    )


def yoast_head(
    site: Site,
    *,
    title: str,
    url: str,
    locale: str,
    description: str | None,
    post: Post | None = None,
    modified: datetime | None = None,
    image: str | None = None,
    page_type: str = "WebPage",
) -> str:
    """Yoast SEO's block: title, description, canonical, OpenGraph, article times, JSON-LD graph."""
    og_locale = locale.replace("-", "_")
    lines = [
        "<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - "
        "https://yoast.com/wordpress/plugins/seo/ -->"
    ]
    lines.append(f"<title>{attr(title)} - {attr(site.name)}</title>")
    if description:
        lines.append(f'<meta name="description" content="{attr(description)}" />')
    lines += [
        f'<link rel="canonical" href="{url}" />',
        f'<meta property="og:locale" content="{og_locale}" />',
        f'<meta property="og:type" content="{"article" if post or modified else "website"}" />',
        f'<meta property="og:title" content="{attr(title)}" />',
    ]
    if description:
        lines.append(f'<meta property="og:description" content="{attr(description)}" />')
    lines += [
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{attr(site.name)}" />',
    ]
    if post:
        lines.append(f'<meta property="article:published_time" content="{utc(post.published)}" />')
    if modified:
        lines.append(f'<meta property="article:modified_time" content="{utc(modified)}" />')
    if image:
        lines.append(f'<meta property="og:image" content="{image}" />')
    if post:
        lines.append(f'<meta name="author" content="{attr(post.author)}" />')
    lines.append('<meta name="twitter:card" content="summary_large_image" />')
    if post:
        lines.append('<meta name="twitter:label1" content="Written by" />')
        lines.append(f'<meta name="twitter:data1" content="{attr(post.author)}" />')
    graph = yoast_graph(
        site, title=title, url=url, locale=locale, description=description, post=post
    )
    lines.append(
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        + "</script>"
    )
    lines.append("<!-- / Yoast SEO plugin. -->")
    return "\n".join(lines)


def yoast_graph(
    site: Site, *, title: str, url: str, locale: str, description: str | None, post: Post | None
) -> list[dict]:
    webpage: dict = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": f"{title} - {site.name}",
        "isPartOf": {"@id": f"{site.base}/#website"},
        "inLanguage": locale,
        "breadcrumb": {"@id": f"{url}#breadcrumb"},
    }
    if description:
        webpage["description"] = description
    graph: list[dict] = []
    if post:
        person_id = f"{site.base}/#/schema/person/{slugify(post.author)}"
        graph.append(
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": post.author, "@id": person_id},
                "headline": post.title,
                "datePublished": utc(post.published),
                "dateModified": utc(post.modified or post.published),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{site.base}/#organization"},
                "articleSection": [site.categories[c] for c in post.categories],
                "keywords": list(post.tags),
                "inLanguage": locale,
            }
        )
        webpage["datePublished"] = utc(post.published)
        webpage["dateModified"] = utc(post.modified or post.published)
    graph.append(webpage)
    graph.append(
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Hem", "item": f"{site.base}/"},
                {"@type": "ListItem", "position": 2, "name": title},
            ],
        }
    )
    graph.append(
        {
            "@type": "WebSite",
            "@id": f"{site.base}/#website",
            "url": f"{site.base}/",
            "name": site.name,
            "description": site.tagline,
            "publisher": {"@id": f"{site.base}/#organization"},
            "inLanguage": site.locale,
        }
    )
    graph.append(
        {
            "@type": "Organization",
            "@id": f"{site.base}/#organization",
            "name": site.name,
            "url": f"{site.base}/",
        }
    )
    if post:
        graph.append(
            {
                "@type": "Person",
                "@id": f"{site.base}/#/schema/person/{slugify(post.author)}",
                "name": post.author,
            }
        )
    return graph


# ------------------------------------------------------------------------ REST, feeds, sitemaps


@dataclass(frozen=True)
class Routes:
    """What the site-wide machine-readable routes need from a node's builder."""

    site: Site
    posts: Sequence[Post]  # newest first
    url_of: Callable[[Post], str]
    content_of: Callable[[Post], str]  # post_content as the_content renders it (no share bars)
    pages: Sequence[tuple[str, datetime]] = ()  # static pages: (canonical URL, modified)
    tag_names: Sequence[str] = ()
    feed_language: str = "sv-SE"
    feed_label: str = "Flöde"

    def tag_ids(self, post: Post) -> list[int]:
        return [100 + self.tag_names.index(t) for t in post.tags]

    def category_ids(self, post: Post) -> list[int]:
        return [1 + list(self.site.categories).index(c) for c in post.categories]


def write_routes(folder: Path, routes: Routes) -> None:
    """wp-json, the feeds (site-wide and per category), the Yoast sitemaps and robots.txt."""
    write_rest(folder, routes)
    write_feed(folder, routes, "/feed/", routes.posts, routes.site.name)
    for slug, name in routes.site.categories.items():
        chosen = [p for p in routes.posts if slug in p.categories]
        title = f"{routes.site.name} &raquo; {name}"
        write_feed(folder, routes, f"/category/{slug}/feed/", chosen, title)
    write_sitemaps(folder, routes)


def rest_post(routes: Routes, post: Post) -> dict:
    def wall(moment: datetime) -> str:
        return moment.replace(tzinfo=None).isoformat()

    def gmt(moment: datetime) -> str:
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat()

    modified = post.modified or post.published
    return {
        "id": post.id,
        "date": wall(post.published),
        "date_gmt": gmt(post.published),
        "guid": {"rendered": routes.site.url(f"/?p={post.id}")},
        "modified": wall(modified),
        "modified_gmt": gmt(modified),
        "slug": post.slug,
        "status": "publish",
        "type": "post",
        "link": routes.url_of(post),
        "title": {"rendered": texturize(post.title)},
        "content": {"rendered": routes.content_of(post) + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{excerpt(post)}</p>\n", "protected": False},
        "author": 1 + sorted({p.author for p in routes.posts}).index(post.author),
        "featured_media": 0,
        "comment_status": "closed",
        "ping_status": "closed",
        "sticky": False,
        "template": "",
        "format": "standard",
        "categories": routes.category_ids(post),
        "tags": routes.tag_ids(post),
    }


def write_rest(folder: Path, routes: Routes) -> None:
    site = routes.site
    root = {
        "name": site.name,
        "description": site.tagline,
        "url": site.base,
        "home": site.base,
        "gmt_offset": 1,
        "timezone_string": "Europe/Stockholm",
        "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "yoast/v1"],
        "routes": {
            "/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/pages": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/categories": {"namespace": "wp/v2", "methods": ["GET"]},
        },
        "_links": {"help": [{"href": "https://developer.wordpress.org/rest-api/"}]},
    }
    mirrorkit.write(folder / "wp-json/index.json", json.dumps(root, ensure_ascii=False, indent=1))
    records = [rest_post(routes, p) for p in routes.posts]
    mirrorkit.write(folder / "wp-json/wp/v2/posts.json", json.dumps(records, ensure_ascii=False))
    for record in records:
        single = folder / f"wp-json/wp/v2/posts/{record['id']}/index.json"
        mirrorkit.write(single, json.dumps(record, ensure_ascii=False))
    categories = [
        {"id": i + 1, "name": name, "slug": slug, "link": site.url(f"/category/{slug}/")}
        for i, (slug, name) in enumerate(site.categories.items())
    ]
    mirrorkit.write(
        folder / "wp-json/wp/v2/categories/index.json", json.dumps(categories, ensure_ascii=False)
    )


def write_feed(
    folder: Path, routes: Routes, path: str, posts: Sequence[Post], title: str, per_page: int = 10
) -> None:
    """An RSS2 feed as WordPress prints it, paged by `?paged=N`, with the empty page after the last
    (WordPress answers a paged feed past the end with an empty channel, not a 404)."""
    chunks = [posts[i : i + per_page] for i in range(0, len(posts), per_page)] + [[]]
    for number, chunk in enumerate(chunks, start=1):
        items = "\n".join(feed_item(routes, post) for post in chunk)
        self_url = routes.site.url(path) + (f"?paged={number}" if number > 1 else "")
        built = max((p.modified or p.published for p in posts), default=None)
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>{title}</title>\n"
            f'\t<atom:link href="{html.escape(self_url)}" rel="self" '
            'type="application/rss+xml" />\n'
            f"\t<link>{routes.site.base}</link>\n"
            f"\t<description>{texturize(routes.site.tagline)}</description>\n"
            + (f"\t<lastBuildDate>{rss_date(built)}</lastBuildDate>\n" if built else "")
            + f"\t<language>{routes.feed_language}</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.4.3</generator>\n"
            f"{items}\n\t</channel>\n</rss>\n"
        )
        name = "index.xml" if number == 1 else f"index@paged={number}.xml"
        mirrorkit.write(folder / path.strip("/") / name, text)


def rss_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC)).replace("-0000", "+0000")


def feed_item(routes: Routes, post: Post) -> str:
    url = routes.url_of(post)
    terms = [routes.site.categories[c] for c in post.categories] + list(post.tags)
    categories = "".join(f"\n\t\t<category><![CDATA[{t}]]></category>" for t in terms)
    return (
        "\t<item>\n"
        f"\t\t<title>{texturize(post.title)}</title>\n"
        f"\t\t<link>{url}</link>\n"
        f"\t\t<dc:creator><![CDATA[{post.author}]]></dc:creator>\n"
        f"\t\t<pubDate>{rss_date(post.published)}</pubDate>"
        f"{categories}\n"
        f'\t\t<guid isPermaLink="false">{routes.site.url(f"/?p={post.id}")}</guid>\n'
        f"\t\t<description><![CDATA[{excerpt(post)}]]></description>\n"
        f"\t\t<content:encoded><![CDATA[{routes.content_of(post)}]]></content:encoded>\n"
        "\t</item>"
    )


def write_sitemaps(folder: Path, routes: Routes) -> None:
    """Yoast's sitemap index with post, page and category sitemaps, and robots.txt naming it."""
    site = routes.site
    posts = [(routes.url_of(p), utc(p.modified or p.published)) for p in routes.posts]
    pages = [(url, utc(modified)) for url, modified in routes.pages]
    newest = {
        slug: max(utc(p.modified or p.published) for p in routes.posts if slug in p.categories)
        for slug in site.categories
    }
    categories = [(site.url(f"/category/{slug}/"), newest[slug]) for slug in site.categories]
    maps = {
        "post-sitemap.xml": posts,
        "page-sitemap.xml": pages,
        "category-sitemap.xml": categories,
    }
    for name, entries in maps.items():
        mirrorkit.write(folder / name, mirrorkit.urlset(entries))
    mirrorkit.write(
        folder / "sitemap_index.xml", mirrorkit.sitemap_index([site.url(f"/{n}") for n in maps])
    )
    mirrorkit.write(folder / "robots.txt", mirrorkit.robots([site.url("/sitemap_index.xml")]))


def paginate(items: Sequence, per_page: int) -> list[Sequence]:
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def listing_path(category: str, number: int) -> str:
    return f"/category/{category}/" + (f"page/{number}/" if number > 1 else "")


def check_absent(site: Path, absent: Sequence[str], texts: dict[str, list[str]]) -> None:
    """Every boilerplate string shows in some page's text (tags dropped, as a naive extraction
    sees it) and in none of the expected articles' texts (url -> title, summary, paragraphs)."""
    seen = []
    for page in site.rglob("*.html"):
        markup = page.read_text()
        seen += [re.sub(r"<[^>]+>", "", markup), *re.findall(r'alt="([^"]*)"', markup)]
    pages = html.unescape(" ".join(seen))
    for phrase in absent:
        assert phrase in pages, f"boilerplate not on any page: {phrase}"
        for url, own in texts.items():
            assert not any(phrase in text for text in own), f"{phrase!r} is in {url}"


def article_texts(article: dict, post: Post) -> list[str]:
    return [article["title"], article["summary"], *bodykit.paragraphs(post.blocks)]
