"""Generated node sites for the crawl benchmark: N WordPress-like nodes x M articles, written as
folders that `tests.mirror.Mirror` serves, with a registry TOML naming them.

Each node is plain WordPress with Polylang (language in the path, `translations` in REST): a REST
posts list (`wp-json/wp/v2/posts.json`), core sitemaps, a paged RSS feed, a paged home listing and one
page per article with OpenGraph, article times and JSON-LD in its head, a header, a sidebar of recent
posts and a footer around it. Texts are Swedish and English news sentences drawn from a seeded
random generator: the same seed writes the same bytes. About a third of the posts have a twin in the
other language; the second node republishes a few of the first's posts (same title and body), as the
real press rooms do. `edit_articles` changes some articles in place, as an editor would.

Also the synthetic archive records (`archive_records`) that fill a big archive through the storage
API. Not part of the package: benchmark and test tooling only.
"""

from __future__ import annotations

import html
import itertools
import json
import random
import re
import time
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")
# Publication dates of generated and synthetic articles fall in these years: ten years of news.
FIRST_YEAR, LAST_YEAR = 2016, 2025
PER_PAGE = 10  # WordPress's "Blog pages show at most", also the feed's length
SITEMAP_SIZE = 2000  # WordPress core's URLs per sitemap
TWIN_SHARE = 0.3  # posts with a translation on the same node
COPY_SHARE = 0.02  # the second node's posts that republish one of the first node's
ARCHIVE_NODES = 20  # the synthetic archive's nodes, none of them crawled
EDITED_AT = datetime(2026, 1, 15, 10, 0, tzinfo=STOCKHOLM)  # after every generated date

# Word lists and sentence templates by language.
TEXTS = tomllib.loads(Path(__file__).with_name("texts.toml").read_text(encoding="utf-8"))
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
EN_MONTHS = "January February March April May June July August September October November December"


@dataclass
class Post:
    id: int
    lang: str
    slug: str
    title: str
    published: datetime  # Europe/Stockholm
    modified: datetime
    author: str
    tags: list[str]
    blocks: list[tuple[str, str]]  # ("p" | "h2", text)
    twin: int | None = None  # the id of its translation on the same node
    copy_of: str | None = None  # the URL of the post it republishes

    @property
    def paragraphs(self) -> list[str]:
        return [text for _kind, text in self.blocks]


@dataclass
class GeneratedNode:
    slug: str
    name: str
    base: str  # canonical, e.g. https://nod1.bench.example
    folder: Path  # the site folder a Mirror serves
    posts: list[Post] = field(default_factory=list)  # newest first
    republishes: tuple[str, ...] = ()

    def url_of(self, post: Post) -> str:
        return f"{self.base}/{post.lang}/{post.published:%Y/%m/%d}/{post.slug}/"


@dataclass
class Generated:
    folder: Path
    registry: Path
    nodes: list[GeneratedNode]

    @property
    def articles(self) -> int:
        return sum(len(node.posts) for node in self.nodes)


# --- texts ----------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")[:60].strip("-")


def _fill(rng: random.Random, lang: str, template: str) -> str:
    words = TEXTS[lang]
    org, org2 = rng.sample(words["orgs"], 2)
    thing = rng.choice(words["things"])
    values = {
        "org": org,
        "org2": org2,
        "org_cap": org[0].upper() + org[1:],
        "verb": rng.choice(words["verbs"]),
        "verb2": rng.choice(words["verbs"]).split()[0],
        "thing": thing,
        "thing_cap": thing[0].upper() + thing[1:],
        "place": rng.choice(words["places"]),
        "audience": rng.choice(words["audiences"]),
        "period": rng.choice(words["periods"]),
        "person": rng.choice(words["people"]),
        "role": rng.choice(words["roles"]),
    }
    return template.format(**values)


def paragraph(rng: random.Random, lang: str) -> str:
    templates = TEXTS[lang]["sentences"]
    return " ".join(_fill(rng, lang, t) for t in rng.sample(templates, rng.randint(2, 4)))


def body_blocks(rng: random.Random, lang: str) -> list[tuple[str, str]]:
    blocks = [("p", paragraph(rng, lang)) for _ in range(rng.randint(4, 8))]
    if rng.random() < 0.5:
        blocks.insert(rng.randint(2, len(blocks) - 1), ("h2", rng.choice(TEXTS[lang]["headings"])))
    return blocks


def title(rng: random.Random, lang: str) -> str:
    return _fill(rng, lang, rng.choice(TEXTS[lang]["titles"]))


def moment(rng: random.Random) -> datetime:
    """A working-day hour of a random day in the benchmark's years, in Stockholm."""
    first = datetime(FIRST_YEAR, 1, 1, tzinfo=STOCKHOLM)
    days = (datetime(LAST_YEAR + 1, 1, 1, tzinfo=STOCKHOLM) - first).days
    day = first + timedelta(days=rng.randrange(days))
    return day.replace(hour=rng.randint(7, 17), minute=rng.randrange(60), second=rng.randrange(60))


def iso(when: datetime) -> str:
    return when.isoformat()


def gmt(when: datetime) -> str:
    """WordPress's *_gmt fields: UTC without an offset."""
    return when.astimezone(UTC).replace(tzinfo=None).isoformat()


def shown_date(when: datetime, lang: str) -> str:
    if lang == "sv":
        return f"{when.day} {SV_MONTHS.split()[when.month - 1]} {when.year}"
    return f"{EN_MONTHS.split()[when.month - 1]} {when.day}, {when.year}"


def make_posts(rng: random.Random, count: int, first_id: int = 1) -> list[Post]:
    """`count` posts in Swedish and English, about a third of them pairs of translations."""
    posts: list[Post] = []
    slugs: set[tuple[str, str]] = set()

    def new_post(lang: str, when: datetime) -> Post:
        text = title(rng, lang)
        slug, n = slugify(text), 2
        while (lang, slug) in slugs:  # WordPress numbers a repeated slug
            slug, n = f"{slugify(text)}-{n}", n + 1
        slugs.add((lang, slug))
        modified = when + timedelta(hours=rng.choice([0, 0, 1, 5, 26]))
        tags = rng.sample(TEXTS[lang]["tags"], rng.randint(1, 3))
        author = rng.choice(TEXTS[lang]["people"])
        return Post(0, lang, slug, text, when, modified, author, tags, body_blocks(rng, lang))

    while len(posts) < count:
        lang = "sv" if rng.random() < 0.6 else "en"
        first = new_post(lang, moment(rng))
        posts.append(first)
        if len(posts) < count and rng.random() < TWIN_SHARE:
            other = "en" if lang == "sv" else "sv"
            second = new_post(other, first.published + timedelta(minutes=rng.randint(5, 90)))
            first.twin, second.twin = id(second), id(first)  # object ids until numbered
            posts.append(second)
    posts.sort(key=lambda p: p.published)
    ids = {id(p): number for number, p in enumerate(posts, start=first_id)}
    for post in posts:
        post.id = ids[id(post)]
        post.twin = ids.get(post.twin) if post.twin else None
    return posts[::-1]


# --- pages ----------------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def article_page(node: GeneratedNode, post: Post) -> str:
    words = TEXTS[post.lang]
    url = node.url_of(post)
    twin = node_post(node, post.twin)
    description = post.paragraphs[0][:155]
    hreflang = "".join(
        f'<link rel="alternate" hreflang="{p.lang}" href="{node.url_of(p)}">\n'
        for p in ([post, twin] if twin else [])
    )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "datePublished": iso(post.published),
        "dateModified": iso(post.modified),
        "author": {"@type": "Person", "name": post.author},
        "inLanguage": post.lang,
        "keywords": post.tags,
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": node.name},
    }
    body = "\n".join(f"<{kind}>{esc(text)}</{kind}>" for kind, text in post.blocks)
    tags = ", ".join(
        f'<a href="{node.base}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in post.tags
    )
    index = next(i for i, p in enumerate(node.posts) if p is post)
    neighbours = [node.posts[i] for i in (index - 1, index + 1) if 0 <= i < len(node.posts)]
    nav = " ".join(f'<a href="{node.url_of(p)}">{esc(p.title)}</a>' for p in neighbours)
    main = f"""<article id="post-{post.id}" class="post type-post status-publish hentry">
<h1 class="entry-title">{esc(post.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{iso(post.published)}">{shown_date(post.published, post.lang)}</time>
<time class="updated" datetime="{iso(post.modified)}">{shown_date(post.modified, post.lang)}</time>
<span class="byline">{words["by"]} <span class="author vcard">{esc(post.author)}</span></span></div>
<div class="entry-content">
{body}
<p class="share">{words["share"]}</p>
</div>
<footer class="entry-footer"><span class="tags-links">{words["tagged"]}: {tags}</span></footer>
</article>
<nav class="post-navigation">{nav}</nav>"""
    head = f"""<title>{esc(post.title)} – {esc(node.name)}</title>
<meta name="description" content="{esc(description)}">
<link rel="canonical" href="{url}">
{hreflang}<meta property="og:type" content="article">
<meta property="og:title" content="{esc(post.title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="{"sv_SE" if post.lang == "sv" else "en_GB"}">
<meta property="og:site_name" content="{esc(node.name)}">
<meta property="article:published_time" content="{iso(post.published)}">
<meta property="article:modified_time" content="{iso(post.modified)}">
<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>"""
    return document(node, post.lang, head, "post-template-default single single-post", main)


def document(node: GeneratedNode, lang: str, head: str, body_class: str, main: str) -> str:
    words = TEXTS[lang]
    recent = "".join(
        f'<li><a href="{node.url_of(p)}">{esc(p.title)}</a></li>' for p in node.posts[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="{"sv-SE" if lang == "sv" else "en-GB"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(node.name)}" href="{node.base}/feed/">
<link rel="https://api.w.org/" href="{node.base}/wp-json/">
</head>
<body class="{body_class}">
<header class="site-header"><a class="site-title" href="{node.base}/">{esc(node.name)}</a>
<nav class="main-navigation"><a href="{node.base}/">Start</a> <a href="{node.base}/om-oss/">Om oss</a> <a href="{node.base}/kontakt/">Kontakt</a></nav></header>
<main id="main" class="site-main">
{main}
</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">{words["recent"]}</h2><ul>{recent}</ul></section></aside>
<footer class="site-footer"><p>{words["footer"].format(host=node.base.split("//")[1])}</p><p>© {esc(node.name)}</p></footer>
</body>
</html>
"""


def node_post(node: GeneratedNode, post_id: int | None) -> Post | None:
    return next((p for p in node.posts if p.id == post_id), None) if post_id else None


def listing_pages(node: GeneratedNode) -> Iterator[tuple[str, str]]:
    """The home page and its /page/N/ pages: (path, html)."""
    chunks = [node.posts[i : i + PER_PAGE] for i in range(0, len(node.posts), PER_PAGE)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        cards = "\n".join(
            f'<article class="post"><h2 class="entry-title"><a href="{node.url_of(p)}">'
            f"{esc(p.title)}</a></h2><p>{esc(p.paragraphs[0][:200])}</p></article>"
            for p in chunk
        )
        older = (
            f'<a class="next" href="{node.base}/page/{number + 1}/">{TEXTS["sv"]["older"]}</a>'
            if number < len(chunks)
            else ""
        )
        path = "/" if number == 1 else f"/page/{number}/"
        head = f'<title>{esc(node.name)}</title>\n<link rel="canonical" href="{node.base}{path}">'
        main = f'{cards}\n<nav class="pagination">{older}</nav>'
        body_class = "home blog" + (" paged" if number > 1 else "")
        yield path, document(node, "sv", head, body_class, main)


def rest_posts(node: GeneratedNode) -> list[dict]:
    return [
        {
            "id": p.id,
            "date": p.published.replace(tzinfo=None).isoformat(),
            "date_gmt": gmt(p.published),
            "modified": p.modified.replace(tzinfo=None).isoformat(),
            "modified_gmt": gmt(p.modified),
            "slug": p.slug,
            "status": "publish",
            "type": "post",
            "link": node.url_of(p),
            "title": {"rendered": esc(p.title)},
            "content": {
                "rendered": "\n".join(f"<{k}>{esc(t)}</{k}>" for k, t in p.blocks),
                "protected": False,
            },
            "excerpt": {"rendered": f"<p>{esc(p.paragraphs[0][:200])} [&hellip;]</p>"},
            "lang": p.lang,
            "translations": {p.lang: p.id, **({_other(p.lang): p.twin} if p.twin else {})},
        }
        for p in node.posts
    ]


def _other(lang: str) -> str:
    return "en" if lang == "sv" else "sv"


def urlset(entries: Sequence[tuple[str, str]]) -> str:
    items = "".join(
        f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod></url>\n" for loc, mod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</urlset>\n'
    )


def sitemap_files(node: GeneratedNode) -> Iterator[tuple[str, str]]:
    """WordPress core's sitemaps: an index and the posts in chunks of SITEMAP_SIZE."""
    entries = [(node.url_of(p), iso(p.modified)) for p in node.posts]
    chunks = [entries[i : i + SITEMAP_SIZE] for i in range(0, len(entries), SITEMAP_SIZE)]
    names = [f"wp-sitemap-posts-post-{n}.xml" for n in range(1, len(chunks) + 1)]
    for name, chunk in zip(names, chunks, strict=True):
        yield name, urlset(chunk)
    maps = "".join(f"<sitemap><loc>{node.base}/{name}</loc></sitemap>\n" for name in names)
    yield (
        "wp-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{maps}</sitemapindex>\n',
    )


def feed_files(node: GeneratedNode) -> Iterator[tuple[str, str]]:
    """/feed/ and its ?paged=N pages, PER_PAGE items each."""
    chunks = [node.posts[i : i + PER_PAGE] for i in range(0, len(node.posts), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        items = "".join(
            f"<item><title>{esc(p.title)}</title><link>{node.url_of(p)}</link>"
            f"<pubDate>{format_datetime(p.published.astimezone(UTC))}</pubDate>"
            f"<dc:creator>{esc(p.author)}</dc:creator>"
            f"<description>{esc(p.paragraphs[0][:200])}</description></item>\n"
            for p in chunk
        )
        name = "index.xml" if number == 1 else f"index@paged={number}.xml"
        yield (
            f"feed/{name}",
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n'
            f"<title>{esc(node.name)}</title><link>{node.base}/</link>"
            f"<description>{esc(node.name)}</description><language>sv-SE</language>\n"
            f"{items}</channel></rss>\n",
        )


# --- writing --------------------------------------------------------------------------------------


def _write(folder: Path, relative: str, text: str) -> None:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _page_file(path: str) -> str:
    return path.strip("/") + "/index.html" if path.strip("/") else "index.html"


def write_article(node: GeneratedNode, post: Post) -> None:
    path = node.url_of(post).removeprefix(node.base)
    _write(node.folder, _page_file(path), article_page(node, post))


def write_routes(node: GeneratedNode) -> None:
    """Everything that lists the posts: REST, sitemaps, feed pages, home listing pages."""
    posts_json = json.dumps(rest_posts(node), ensure_ascii=False)
    _write(node.folder, "wp-json/wp/v2/posts.json", posts_json)
    for name, text in sitemap_files(node):
        _write(node.folder, name, text)
    for name, text in feed_files(node):
        _write(node.folder, name, text)
    for path, text in listing_pages(node):
        _write(node.folder, _page_file(path), text)


def write_node(node: GeneratedNode) -> None:
    _write(node.folder, "robots.txt", f"User-agent: *\nSitemap: {node.base}/wp-sitemap.xml\n")
    head = "<title>Sidan hittades inte</title>"
    _write(
        node.folder, "404.html", document(node, "sv", head, "error404", "<h1>Hittades inte</h1>")
    )
    for post in node.posts:
        write_article(node, post)
    write_routes(node)


def registry_toml(nodes: Sequence[GeneratedNode]) -> str:
    """The generated nodes as registry entries, with the selectors of their theme."""
    tables = []
    for node in nodes:
        republishes = json.dumps(list(node.republishes))
        tables.append(
            f"""[{node.slug}]
name = "{node.name}"
base_url = "{node.base}"
languages = ["sv", "en"]
cms = "wordpress"
article_url = '^/(sv|en)/\\d{{4}}/\\d{{2}}/\\d{{2}}/[^/]+/$'
lang_from_path = '^/(?P<lang>sv|en)/'
trailing_slash = true
republishes = {republishes}

[{node.slug}.selectors]
title = ["article.post h1.entry-title"]
body = ["article.post .entry-content"]
published = ["article.post time.entry-date.published"]
modified = ["article.post time.updated"]
authors = ["article.post .byline .author"]
tags = ["article.post .tags-links a[rel=tag]"]
"""
        )
    return "\n".join(tables)


def generate(
    folder: Path, nodes: int, articles: int, *, seed: int = 1, prefix: str = "bench"
) -> Generated:
    """Write `nodes` sites of `articles` posts each under `folder` (one sub-folder per node) and
    `folder/registry.toml`. The second node republishes a few of the first node's posts."""
    rng = random.Random(seed)
    generated = []
    for number in range(1, nodes + 1):
        slug = f"{prefix}-{number}"
        node = GeneratedNode(
            slug=slug,
            name=f"Benchmarknod {number}" if prefix == "bench" else f"Nod {prefix} {number}",
            base=f"https://{slug}.nodenews-bench.example",
            folder=folder / slug,
            republishes=(generated[0].slug,) if number == 2 else (),
        )
        node.posts = make_posts(rng, articles)
        generated.append(node)
    if nodes >= 2:
        _republish(rng, generated[0], generated[1])
    for node in generated:
        write_node(node)
    registry = folder / "registry.toml"
    registry.write_text(registry_toml(generated), encoding="utf-8")
    return Generated(folder, registry, generated)


def _republish(rng: random.Random, original: GeneratedNode, copier: GeneratedNode) -> None:
    """Replace some of the copier's untranslated posts by copies of the original's posts."""
    singles = [i for i, p in enumerate(copier.posts) if p.twin is None]
    sources = [p for p in original.posts if p.twin is None]
    count = min(len(singles), len(sources), max(1, round(COPY_SHARE * len(copier.posts))))
    for index, source in zip(rng.sample(singles, count), rng.sample(sources, count), strict=True):
        post = copier.posts[index]
        copier.posts[index] = replace(
            source,
            id=post.id,
            published=source.published + timedelta(hours=2),
            modified=source.published + timedelta(hours=2),
            blocks=list(source.blocks),
            tags=list(source.tags),
            copy_of=original.url_of(source),
        )
    copier.posts.sort(key=lambda p: p.published, reverse=True)


def edit_articles(generated: Generated, share: float, *, seed: int = 2) -> list[str]:
    """Edit `share` of each node's articles in place (a paragraph rewritten, `modified` moved on in
    the page, REST and sitemap), as an editor would; returns the edited articles' URLs."""
    rng = random.Random(seed)
    edited = []
    for node in generated.nodes:
        count = max(1, round(share * len(node.posts)))
        for post in rng.sample(node.posts, count):
            index = rng.randrange(len(post.blocks))
            post.blocks[index] = ("p", paragraph(rng, post.lang))
            post.modified = EDITED_AT
            write_article(node, post)
            edited.append(node.url_of(post))
        write_routes(node)
    return edited


# --- the synthetic archive -------------------------------------------------------------------------


# Articles per transaction when a benchmark stores synthetic records, as the build stores a chunk.
STORE_BATCH = 1_000
STORED_AT = "2025-12-31T00:00:00+00:00"


def store_archive_records(archive: Any, count: int) -> float:
    """Store `count` synthetic records through the archive's API, a batch per transaction; return
    the seconds that took."""
    records = archive_records(count)
    started = time.perf_counter()
    while batch := list(itertools.islice(records, STORE_BATCH)):
        with archive.transaction():
            for record in batch:
                archive.upsert_article(record, fetched_at=STORED_AT)
    return time.perf_counter() - started


def archive_records(count: int, *, seed: int = 3, nodes: int = ARCHIVE_NODES) -> Iterator[dict]:
    """`count` article records as a crawl stores them, on `nodes` nodes of their own (archive-01 ...)
    that no benchmark crawl visits, published over the benchmark's years, a third in pairs of
    translations. Shorter bodies than the generated sites' (2-4 paragraphs) keep a 1M archive small."""
    rng = random.Random(seed)
    made = 0
    while made < count:
        node = f"archive-{rng.randrange(nodes) + 1:02d}"
        base = f"https://{node}.nodenews-bench.example"
        pair = rng.random() < TWIN_SHARE and count - made >= 2
        first = _record(rng, node, base, "sv" if rng.random() < 0.6 else "en", made)
        batch = [first]
        if pair:
            second = _record(rng, node, base, _other(first["lang"]), made + 1)
            first["translations"] = {second["lang"]: second["url"]}
            second["translations"] = {first["lang"]: first["url"]}
            batch.append(second)
        made += len(batch)
        yield from batch


def _record(rng: random.Random, node: str, base: str, lang: str, number: int) -> dict:
    when = moment(rng)
    text = title(rng, lang)
    paragraphs = [paragraph(rng, lang) for _ in range(rng.randint(2, 4))]
    return {
        "url": f"{base}/{lang}/{when:%Y/%m/%d}/{slugify(text)}-{number}/",
        "node": node,
        "lang": lang,
        "title": text,
        "published": iso(when),
        "modified": iso(when),
        "authors": [rng.choice(TEXTS[lang]["people"])],
        "summary": paragraphs[0][:155],
        "body": "\n\n".join(paragraphs),
        "tags": rng.sample(TEXTS[lang]["tags"], 2),
        "translations": {},
        "sources": {"title": "selectors", "body": "selectors", "published": "selectors"},
        "discovered_by": "wp-rest",
    }
