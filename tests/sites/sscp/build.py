"""Build the sscp.se mirror: WordPress with the park's own theme, Yoast on newer posts only.

Run: .venv/bin/python tests/sites/sscp/build.py  (writes site/ and expected.json beside this file)
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402
import wordpress_theme as wp  # noqa: E402
from content import PAGES, POSTS  # noqa: E402
from wordpress_theme import Post, texturize  # noqa: E402

SITE = wp.Site(
    base="https://sscp.se",
    name="Södertälje Science Park",
    tagline="En mötesplats för hållbar produktion",
    locale="sv-SE",
    categories={"aktuellt": "Aktuellt", "science-week": "Science Week"},
)
UPLOADS = "https://sscp.se/wp-content/uploads"
LISTING_SIZE = 4
LOGO_ALT = "SSCP_logo_svart"
PROMO_TITLE = "Ta del av framtiden"
PROMO_TEXT = (
    "Science Week 2024 samlade tusentals besökare i Södertälje. Missade du något? Se "
    "föreläsningar och samtal i efterhand på SWPlay – vår egen videoplattform."
)
COOKIE_TEXT = (
    "Vi använder cookies för att ge dig en bättre upplevelse av webbplatsen och för att förstå "
    "hur den används."
)
FOOTER_ADDRESS = "Kvarnbergagatan 12, 151 36 Södertälje"
NEWSLETTER = "Anmäl dig till vårt nyhetsbrev och få nyheter från parken varje månad."
MORE_NEWS = "Fler nyheter"
MENU = [
    ("/", "Hem"),
    ("/category/aktuellt/", "Aktuellt"),
    ("/scienceweek/", "Science Week"),
    ("/om-oss/", "Om oss"),
    ("/scienceweek/english/", "English"),
]


def url_of(post: Post) -> str:
    return SITE.url(f"/{post.slug}/")


def published_line(moment: datetime) -> str:
    return f"Publicerad: {moment.day} {wp.month(moment, 'sv')} {moment.year}"


def figure(src: str, caption: str) -> str:
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure class="wp-block-image"><img src="{UPLOADS}/{src}" alt="" />{cap}</figure>'


def promo(inside: bool) -> str:
    """The Science Week / SWPlay promo: a theme widget after the body on every page, and in some
    posts a reusable block the editors pasted into the content itself."""
    link = SITE.url("/scienceweek/")
    if inside:
        return (
            '<div class="wp-block-group sscp-promo"><div class="wp-block-group__inner-container">\n'
            f'<h2 class="wp-block-heading">{PROMO_TITLE}</h2>\n<p>{texturize(PROMO_TEXT)}</p>\n'
            '<div class="wp-block-buttons"><div class="wp-block-button">'
            f'<a class="wp-block-button__link" href="{link}">Läs mer</a></div></div>\n</div></div>'
        )
    return (
        '<section class="promo-widget"><div class="container">'
        f'<img src="{UPLOADS}/2024/09/sw2024-banner.jpg" alt="Science Week 2024" />'
        f'<h2 class="promo-title">{PROMO_TITLE}</h2><p>{texturize(PROMO_TEXT)}</p>'
        f'<a class="btn" href="{link}">Läs mer</a></div></section>'
    )


def post_content(post: Post) -> str:
    body = bodykit.to_html(post.blocks, figure)
    return body + ("\n" + promo(inside=True) if "promo-inside" in post.flags else "")


# ----------------------------------------------------------------------------------- the theme


def document(*, head: str, body_class: str, main: str) -> str:
    menu = "\n".join(
        f'<li class="menu-item"><a href="{SITE.url(path)}">{label}</a></li>' for path, label in MENU
    )
    return f"""<!DOCTYPE html>
<html lang="{SITE.locale}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}
<link rel='stylesheet' id='sscp-theme-css' href='https://sscp.se/wp-content/themes/sscp/assets/css/main.css?ver=1.8.2' type='text/css' media='all' />
</head>
<body class="{body_class}">
<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
<header class="site-header"><div class="container">
<a class="site-logo" href="https://sscp.se/"><img src="{UPLOADS}/2017/02/sscp-logo.png" alt="{LOGO_ALT}" /></a>
<nav class="main-nav" aria-label="Huvudmeny"><ul>
{menu}
</ul></nav>
</div></header>
<div id="content" class="site-content"><div class="container">
{main}
</div></div>
{promo(inside=False)}
<footer class="site-footer"><div class="container">
<div class="footer-col"><h3>Södertälje Science Park</h3><p>{FOOTER_ADDRESS}</p><p><a href="mailto:info@sscp.se">info@sscp.se</a></p></div>
<div class="footer-col"><h3>Nyhetsbrev</h3><p>{NEWSLETTER}</p><a href="https://sscp.se/nyhetsbrev/">Anmäl dig</a></div>
<div class="footer-col"><h3>Följ oss</h3><a href="https://www.linkedin.com/company/sodertalje-science-park/">LinkedIn</a> <a href="https://www.facebook.com/sodertaljesciencepark">Facebook</a></div>
</div></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE_TEXT} <a role="button" id="cookie_action_close_header" class="cli_action_button">Acceptera alla</a> <a role="button" class="cli_settings_button">Cookie-inställningar</a></span></div>
</body>
</html>
"""


def post_head(post: Post) -> str:
    url = url_of(post)
    if "no-yoast" in post.flags:
        head = wp.core_head(SITE, post.title, url)
    else:
        head = wp.yoast_head(
            SITE,
            title=post.title,
            url=url,
            locale=SITE.locale,
            description=post.description,
            post=post,
            modified=post.modified,
            image=f"{UPLOADS}/og/{post.slug}.jpg",
        )
    return (
        head + "\n" + wp.head_links(SITE, feed_label="Flöde", rest_id=post.id, shortlink_id=post.id)
    )


def more_news(post: Post) -> str:
    others = [p for p in POSTS if p is not post][:3]
    items = "\n".join(f'<li><a href="{url_of(p)}">{texturize(p.title)}</a></li>' for p in others)
    return f'<aside class="more-news"><h2>{MORE_NEWS}</h2><ul>\n{items}\n</ul></aside>'


def post_page(post: Post) -> str:
    category = SITE.categories[post.categories[0]]
    tags = ""
    if post.tags:
        links = ", ".join(
            f'<a href="{SITE.url(f"/tag/{wp.slugify(t)}/")}" rel="tag">{texturize(t)}</a>'
            for t in post.tags
        )
        tags = f'<div class="post-tags">Taggar: {links}</div>'
    main = f"""<article id="post-{post.id}" class="single-post-article post-{post.id} post type-post status-publish">
<header class="post-header">
<h1 class="post-title">{texturize(post.title)}</h1>
<div class="post-meta"><span class="post-author">{texturize(post.author)}</span><span class="post-category"><a href="{SITE.url(f"/category/{post.categories[0]}/")}" rel="category tag">{category}</a></span></div>
<p class="post-date">{published_line(post.published)}</p>
</header>
<div class="post-content">
{post_content(post)}
</div>
{tags}
</article>
{more_news(post)}"""
    body_class = f"post-template-default single single-post postid-{post.id} single-format-standard"
    return document(head=post_head(post), body_class=body_class, main=main)


def static_page(path: str, title: str, modified: datetime, source: str, page_id: int) -> str:
    url = SITE.url(f"/{path}/")
    blocks = bodykit.parse(source)
    head = wp.yoast_head(
        SITE,
        title=title,
        url=url,
        locale=SITE.locale,
        description=bodykit.first_paragraph(blocks),
        modified=modified,
    )
    head += "\n" + wp.head_links(SITE, feed_label="Flöde", rest_id=None, shortlink_id=page_id)
    main = f"""<article id="post-{page_id}" class="page type-page status-publish">
<h1 class="page-title">{texturize(title)}</h1>
<div class="page-content">
{bodykit.to_html(blocks, figure)}
</div>
</article>"""
    body_class = f"page-template-default page page-id-{page_id}"
    return document(head=head, body_class=body_class, main=main)


def teaser(post: Post) -> str:
    return f"""<article class="post-teaser post-{post.id}">
<h2 class="post-teaser__title"><a href="{url_of(post)}">{texturize(post.title)}</a></h2>
<p class="post-date">{published_line(post.published)}</p>
<p class="post-teaser__excerpt">{wp.excerpt(post)}</p>
<a class="read-more" href="{url_of(post)}">Läs mer</a>
</article>"""


def listing_pages(slug: str) -> dict[str, str]:
    name = SITE.categories[slug]
    chunks = wp.paginate([p for p in POSTS if slug in p.categories], LISTING_SIZE)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        path = wp.listing_path(slug, number)
        links = []
        if number < len(chunks):
            older = SITE.url(wp.listing_path(slug, number + 1))
            links.append(f'<a class="next page-numbers" href="{older}">Äldre inlägg</a>')
        if number > 1:
            newer = SITE.url(wp.listing_path(slug, number - 1))
            links.append(f'<a class="prev page-numbers" href="{newer}">Nyare inlägg</a>')
        title = f"{name} Arkiv" + (f" - Sida {number} av {len(chunks)}" if number > 1 else "")
        head = wp.yoast_head(
            SITE, title=title, url=SITE.url(path), locale=SITE.locale, description=None
        )
        if number < len(chunks):
            head += f'\n<link rel="next" href="{SITE.url(wp.listing_path(slug, number + 1))}" />'
        head += (
            f'\n<link rel="alternate" type="application/rss+xml" title="Södertälje Science Park '
            f'&raquo; {name} Kategoriflöde" href="{SITE.url(f"/category/{slug}/feed/")}" />\n'
            + wp.head_links(SITE, feed_label="Flöde", rest_id=None, shortlink_id=None)
        )
        main = (
            f'<h1 class="archive-title">{name}</h1>\n<div class="post-list">\n'
            + "\n".join(teaser(p) for p in chunk)
            + '\n</div>\n<nav class="pagination">'
            + " ".join(links)
            + "</nav>"
        )
        body_class = f"archive category category-{slug}"
        if number > 1:
            body_class += f" paged paged-{number}"
        pages[path] = document(head=head, body_class=body_class, main=main)
    return pages


def home_page() -> str:
    head = wp.yoast_head(
        SITE,
        title="Hem",
        url=SITE.url("/"),
        locale=SITE.locale,
        description="Södertälje Science Park – en mötesplats för hållbar produktion.",
    )
    head += "\n" + wp.head_links(SITE, feed_label="Flöde", rest_id=None, shortlink_id=5)
    main = (
        '<section class="hero"><h1>Södertälje Science Park</h1>'
        f"<p>{texturize(SITE.tagline)}</p></section>\n"
        '<section class="latest"><h2>Aktuellt</h2>\n'
        + "\n".join(teaser(p) for p in POSTS[:3])
        + '\n<p><a href="/category/aktuellt/">Alla nyheter</a></p></section>'
    )
    return document(head=head, body_class="home page-template-default page page-id-5", main=main)


def not_found() -> str:
    head = f"<title>Sidan hittades inte &#8211; {SITE.name}</title>"
    main = (
        '<section class="error-404"><h1>Sidan kunde inte hittas</h1>'
        "<p>Det verkar som om ingenting hittades här.</p></section>"
    )
    return document(head=head, body_class="error404", main=main)


# -------------------------------------------------------------------------------- expected.json


def expected_article(post: Post) -> dict:
    yoast = "no-yoast" not in post.flags
    return {
        "url": url_of(post),
        "lang": post.lang,
        "title": post.title,
        # Without Yoast the page gives only "Publicerad: 10 september 2018".
        "published": bodykit.iso(post.published) if yoast else post.published.date().isoformat(),
        "modified": bodykit.iso(post.modified) if yoast and post.modified else None,
        "authors": [post.author],
        "tags": list(post.tags),
        "summary": post.description if yoast else bodykit.first_paragraph(post.blocks),
        **bodykit.expected_body(post.blocks),
        "translations": {},
        "duplicate_of": None,
    }


ABSENT = [
    PROMO_TITLE,
    PROMO_TEXT,
    "Läs mer",
    "Hoppa till innehåll",
    LOGO_ALT,
    COOKIE_TEXT,
    "Acceptera alla",
    "Cookie-inställningar",
    FOOTER_ADDRESS,
    NEWSLETTER,
    MORE_NEWS,
    "Annelie SvenssonAktuellt",
    "Publicerad:",
    "Taggar:",
    "Äldre inlägg",
]


def build() -> None:
    site = HERE / "site"
    mirrorkit.reset(site)
    for post in POSTS:
        page = post_page(post)
        mirrorkit.write_page(site, f"/{post.slug}/", page)
        # The shortlink /?p=ID redirects to the post; the mirror serves the post itself.
        mirrorkit.write_page(site, "/", page, {"p": str(post.id)})
    pages = []
    for page_id, (path, (title, modified, source)) in enumerate(PAGES.items(), start=12):
        mirrorkit.write_page(site, f"/{path}/", static_page(path, title, modified, source, page_id))
        pages.append((SITE.url(f"/{path}/"), modified))
    listings = {}
    for slug in SITE.categories:
        listings |= listing_pages(slug)
    for path, text in listings.items():
        mirrorkit.write_page(site, path, text)
    mirrorkit.write_page(site, "/", home_page())
    mirrorkit.write(site / "404.html", not_found())
    routes = wp.Routes(
        site=SITE,
        posts=POSTS,
        url_of=url_of,
        content_of=post_content,
        pages=[(SITE.url("/"), pages[0][1]), *pages],
        tag_names=sorted({t for p in POSTS for t in p.tags}),
        feed_language="sv-SE",
    )
    wp.write_routes(site, routes)

    articles = [expected_article(p) for p in POSTS]
    not_articles = [SITE.url("/"), *(url for url, _ in pages)]
    not_articles += [SITE.url(path) for path in listings]
    not_articles += [SITE.url("/?p=833")]
    wp.check_absent(
        site,
        ABSENT,
        {a["url"]: wp.article_texts(a, p) for a, p in zip(articles, POSTS, strict=True)},
    )
    mirrorkit.write_expected(
        HERE,
        {
            "node": "sscp",
            "canonical_base": SITE.base,
            "mirror_path": "",
            "absent": ABSENT,
            "not_articles": not_articles,
            "articles": articles,
        },
    )


if __name__ == "__main__":
    build()
