"""Build the kista.com mirror: WordPress (underscores-style theme) with Yoast and Jetpack sharing.

Run: .venv/bin/python tests/sites/kista/build.py  (writes site/ and expected.json beside this file)
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402
import wordpress_theme as wp  # noqa: E402
from content import PAGES, POSTS, UPLOADS  # noqa: E402
from wordpress_theme import Post, attr, texturize  # noqa: E402

SITE = wp.Site(
    base="https://kista.com",
    name="Kista Science City",
    tagline="Tillsammans för att utveckla Kista",
    locale="en-US",
    categories={"kista-science-city": "Kista Science City", "community": "Community"},
)
LISTING_SIZE = 5
RELATED_HEADLINE = "Tillsammans för att utveckla Kista"
LOGO_ALT = "kista-science-city-logo-white"
COOKIE_TEXT = (
    "We use cookies to ensure that we give you the best experience on our website. If you "
    "continue to use this site we will assume that you are happy with it."
)
NEWSLETTER_TEXT = "Subscribe to our newsletter and get the latest news from Kista."
FOOTER_ADDRESS = "Kista Science City AB, Kistagången 16, 164 40 Kista"
SHARES = [("linkedin", "LinkedIn"), ("facebook", "Facebook"), ("twitter", "Twitter")]
MENU = [
    ("/", "Home"),
    ("/category/kista-science-city/", "News"),
    ("/category/community/", "Community"),
    ("/urban-development-projects/", "Urban development projects"),
    ("/regional-development-projects/", "Regional development projects"),
]


def url_of(post: Post) -> str:
    return SITE.url(f"/{post.slug}/")


def page_lang(post: Post) -> str:
    """The <html lang> the page carries: the site default unless the post was given its own."""
    return "sv-SE" if post.lang == "sv" and "default-lang" not in post.flags else SITE.locale


def shown_date(post: Post, moment) -> str:
    """The theme prints 'F j, Y' lowercased; the month's language follows the page's locale."""
    month = wp.month(moment, "sv" if page_lang(post) == "sv-SE" else "en")
    return f"{month} {moment.day}, {moment.year}"


def figure(src: str, caption: str) -> str:
    cap = f'<figcaption class="wp-element-caption">{caption}</figcaption>' if caption else ""
    return (
        f'<figure class="wp-block-image size-large"><img decoding="async" '
        f'src="{UPLOADS}/{src}" alt="" class="wp-image-{zlib.crc32(src.encode()) % 9000}" />{cap}</figure>'
    )


def post_content(post: Post) -> str:
    """post_content through the_content: the body and the 'Article written by' footer."""
    body = bodykit.to_html(post.blocks, figure)
    return f"{body}\n<p><em>Article written by {texturize(post.author)}</em></p>"


# ----------------------------------------------------------------------------------- the theme


def document(*, lang: str, head: str, body_class: str, main: str, sidebar: bool = True) -> str:
    menu = "\n".join(
        f'<li class="menu-item"><a href="{SITE.url(path)}">{label}</a></li>' for path, label in MENU
    )
    aside = recent_posts_widget() if sidebar else ""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
{head}
<link rel='stylesheet' id='kista-style-css' href='https://kista.com/wp-content/themes/kista/style.css?ver=2.3.1' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='https://kista.com/wp-content/plugins/jetpack/css/jetpack.css?ver=12.9' media='all' />
</head>
<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="https://kista.com/" class="custom-logo-link" rel="home"><img width="240" height="60" src="{UPLOADS}/2019/03/kista-logo-white.svg" class="custom-logo" alt="{LOGO_ALT}" decoding="async" /></a>
<p class="site-description">{texturize(SITE.tagline)}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">
{menu}
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
{aside}
</div>
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><div class="textwidget"><p>{NEWSLETTER_TEXT}</p>
<p><a class="button" href="https://kista.us3.list-manage.com/subscribe?u=5c2e1a&amp;id=7f31b0">Sign up</a></p></div></section>
<section class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget"><p>{FOOTER_ADDRESS}</p><p><a href="https://www.linkedin.com/company/kista-science-city/">Follow Kista Science City on LinkedIn</a></p></div></section></div>
<div class="site-info">&copy; 2025 Kista Science City AB</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE_TEXT}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="https://kista.com/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</a></span></div></div>
<script src='https://kista.com/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=12.9' id='sharing-js-js'></script>
</body>
</html>
"""


def recent_posts_widget() -> str:
    items = "\n".join(f'<li><a href="{url_of(p)}">{texturize(p.title)}</a></li>' for p in POSTS[:5])
    return (
        '<aside id="secondary" class="widget-area">\n'
        '<section id="recent-posts-2" class="widget widget_recent_entries">'
        f'<h2 class="widget-title">Recent Posts</h2>\n<ul>\n{items}\n</ul></section>\n</aside>'
    )


def share_bar(post: Post) -> str:
    shares = [*SHARES, ("google-plus-1", "Google")] if "google-plus" in post.flags else SHARES
    items = "\n".join(
        f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" '
        f'data-shared="sharing-{key}-{post.id}" class="share-{key} sd-button share-icon" '
        f'href="{url_of(post)}?share={key}" target="_blank" title="Click to share on {label}">'
        f'<span>{label}</span><span class="sharing-screen-reader-text">Click to share on {label} '
        "(Opens in new window)</span></a></li>"
        for key, label in shares
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>'
        f'<div class="sd-content"><ul>\n{items}\n<li class="share-end"></li></ul></div></div></div>'
    )


def related_posts(post: Post) -> str:
    """Jetpack's related posts; the headline is printed twice (desktop and mobile variants)."""
    index = POSTS.index(post)
    others = [p for p in (POSTS + POSTS)[index + 1 : index + 4] if p is not post]
    host = "http://www.kista.com" if "www-links" in post.flags else SITE.base
    items = []
    for position, other in enumerate(others):
        href = (
            f"{host}/{other.slug}/?relatedposts_hit=1&amp;relatedposts_origin={post.id}"
            f"&amp;relatedposts_position={position}"
        )
        context = SITE.categories[other.categories[0]]
        date = ""
        if "undated" not in other.flags:
            date = f'<p class="jp-relatedposts-post-date">{shown_date(other, other.published)}</p>'
        items.append(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{position}" '
            f'data-post-id="{other.id}" data-post-format="false">'
            f'<a class="jp-relatedposts-post-a" href="{href}" title="{attr(other.title)}" '
            f'rel="nofollow" data-origin="{post.id}" data-position="{position}">'
            f'<img class="jp-relatedposts-post-img" src="{UPLOADS}/related-{other.id}.jpg" '
            f'width="350" height="200" alt="{attr(other.title)}" /></a>'
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
            f'href="{href}" rel="nofollow">{texturize(other.title)}</a></h4>'
            f'{date}<p class="jp-relatedposts-post-context">In &quot;{context}&quot;</p></div>'
        )
    headline = texturize(RELATED_HEADLINE)
    return (
        "<div id='jp-relatedposts' class='jp-relatedposts' >\n"
        f'<h3 class="jp-relatedposts-headline"><em>{headline}</em></h3>\n'
        f'<h3 class="jp-relatedposts-headline jp-relatedposts-headline--mobile"><em>{headline}'
        "</em></h3>\n"
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual">\n'
        + "\n".join(items)
        + "\n</div></div>"
    )


def entry_meta(post: Post) -> str:
    if "undated" in post.flags:
        return ""  # the older template printed neither date nor byline
    changed = post.modified and post.modified != post.published
    classes = "entry-date published" if changed else "entry-date published updated"
    stamps = f'<time class="{classes}" datetime="{post.published.isoformat()}">'
    stamps += f"{shown_date(post, post.published)}</time>"
    if changed:
        stamps += f'<time class="updated" datetime="{post.modified.isoformat()}">'
        stamps += f"{shown_date(post, post.modified)}</time>"
    author_url = SITE.url(f"/author/{wp.slugify(post.author)}/")
    return (
        f'<div class="entry-meta"><span class="posted-on"><a href="{url_of(post)}" '
        f'rel="bookmark">{stamps}</a></span><span class="byline"> by <span class="author vcard">'
        f'<a class="url fn n" href="{author_url}">{texturize(post.author)}</a></span></span></div>'
    )


def entry_footer(post: Post) -> str:
    cats = ", ".join(
        f'<a href="{SITE.url(f"/category/{c}/")}" rel="category tag">{SITE.categories[c]}</a>'
        for c in post.categories
    )
    tags = ", ".join(
        f'<a href="{SITE.url(f"/tag/{wp.slugify(t)}/")}" rel="tag">{texturize(t)}</a>'
        for t in post.tags
    )
    return (
        f'<footer class="entry-footer"><span class="cat-links">Posted in {cats}</span>'
        f'<span class="tags-links">Tagged {tags}</span></footer>'
    )


def article_classes(post: Post) -> str:
    terms = [f"category-{c}" for c in post.categories] + [f"tag-{wp.slugify(t)}" for t in post.tags]
    return f"post-{post.id} post type-post status-publish format-standard hentry " + " ".join(terms)


def post_page(post: Post) -> str:
    url = url_of(post)
    lang = page_lang(post)
    head = wp.yoast_head(
        SITE,
        title=post.title,
        url=url,
        locale=lang,
        description=post.description,
        post=post,
        modified=post.modified,
        image=f"{UPLOADS}/og-{post.id}.jpg",
    )
    head += "\n" + wp.head_links(SITE, feed_label="Feed", rest_id=post.id, shortlink_id=post.id)
    index = POSTS.index(post)
    neighbours = []
    if index + 1 < len(POSTS):
        older = POSTS[index + 1]
        neighbours.append(
            f'<div class="nav-previous"><a href="{url_of(older)}" rel="prev">'
            f'<span class="nav-subtitle">Previous:</span> <span class="nav-title">'
            f"{texturize(older.title)}</span></a></div>"
        )
    if index > 0:
        newer = POSTS[index - 1]
        neighbours.append(
            f'<div class="nav-next"><a href="{url_of(newer)}" rel="next">'
            f'<span class="nav-subtitle">Next:</span> <span class="nav-title">'
            f"{texturize(newer.title)}</span></a></div>"
        )
    main = f"""<article id="post-{post.id}" class="{article_classes(post)}">
<header class="entry-header">
<h1 class="entry-title">{texturize(post.title)}</h1>
{entry_meta(post)}
</header>
<div class="entry-content">
{post_content(post)}
{share_bar(post)}
{related_posts(post)}
</div>
{entry_footer(post)}
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{"".join(neighbours)}</div></nav>"""
    body_class = (
        f"post-template-default single single-post postid-{post.id} single-format-standard "
        "wp-custom-logo jps-theme-kista"
    )
    return document(lang=lang, head=head, body_class=body_class, main=main)


def static_page(slug: str, title: str, modified, source: str, page_id: int) -> str:
    url = SITE.url(f"/{slug}/")
    blocks = bodykit.parse(source)
    description = bodykit.first_paragraph(blocks)
    head = wp.yoast_head(
        SITE, title=title, url=url, locale=SITE.locale, description=description, modified=modified
    )
    head += "\n" + wp.head_links(SITE, feed_label="Feed", rest_id=None, shortlink_id=page_id)
    main = f"""<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{texturize(title)}</h1></header>
<div class="entry-content">
{bodykit.to_html(blocks, figure)}
</div>
</article>"""
    body_class = f"page-template-default page page-id-{page_id} wp-custom-logo"
    return document(lang=SITE.locale, head=head, body_class=body_class, main=main)


def teaser(post: Post) -> str:
    return f"""<article id="post-{post.id}" class="{article_classes(post)}">
<header class="entry-header"><h2 class="entry-title"><a href="{url_of(post)}" rel="bookmark">{texturize(post.title)}</a></h2></header>
<div class="entry-summary"><p>{wp.excerpt(post)}</p></div>
</article>"""


def full_entry(post: Post) -> str:
    """The theme shows the newest post of an archive in full, share bar included."""
    return f"""<article id="post-{post.id}" class="{article_classes(post)} sticky-first">
<header class="entry-header"><h2 class="entry-title"><a href="{url_of(post)}" rel="bookmark">{texturize(post.title)}</a></h2>
{entry_meta(post)}</header>
<div class="entry-content">
{post_content(post)}
{share_bar(post)}
</div>
{entry_footer(post)}
</article>"""


def listing_pages(slug: str) -> dict[str, str]:
    name = SITE.categories[slug]
    chunks = wp.paginate([p for p in POSTS if slug in p.categories], LISTING_SIZE)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        path = wp.listing_path(slug, number)
        # The first page shows the newest post in full, then teasers; later pages only teasers.
        entries = [teaser(p) for p in chunk]
        if number == 1:
            entries[0] = full_entry(chunk[0])
        links = []
        if number < len(chunks):
            older = SITE.url(wp.listing_path(slug, number + 1))
            links.append(f'<div class="nav-previous"><a href="{older}">Older posts</a></div>')
        if number > 1:
            newer = SITE.url(wp.listing_path(slug, number - 1))
            links.append(f'<div class="nav-next"><a href="{newer}">Newer posts</a></div>')
        title = f"{name} Archives" + (f" - Page {number} of {len(chunks)}" if number > 1 else "")
        head = wp.yoast_head(
            SITE, title=title, url=SITE.url(path), locale=SITE.locale, description=None
        )
        if number < len(chunks):
            head += f'\n<link rel="next" href="{SITE.url(wp.listing_path(slug, number + 1))}" />'
        head += (
            f'\n<link rel="alternate" type="application/rss+xml" title="Kista Science City &raquo; '
            f'{name} Category Feed" href="{SITE.url(f"/category/{slug}/feed/")}" />\n'
            + wp.head_links(SITE, feed_label="Feed", rest_id=None, shortlink_id=None)
        )
        main = (
            f'<header class="page-header"><h1 class="page-title">Category: <span>{name}</span>'
            "</h1></header>\n"
            + "\n".join(entries)
            + '\n<nav class="navigation posts-navigation" aria-label="Posts"><h2 '
            'class="screen-reader-text">Posts navigation</h2><div class="nav-links">'
            + "".join(links)
            + "</div></nav>"
        )
        body_class = f"archive category category-{slug} wp-custom-logo hfeed"
        if number > 1:
            body_class += f" paged paged-{number} category-paged-{number}"
        pages[path] = document(lang=SITE.locale, head=head, body_class=body_class, main=main)
    return pages


def home_page() -> str:
    head = wp.yoast_head(
        SITE,
        title="Home",
        url=SITE.url("/"),
        locale=SITE.locale,
        description="Kista Science City develops Kista together with companies, academia and the city.",
    )
    head += "\n" + wp.head_links(SITE, feed_label="Feed", rest_id=None, shortlink_id=2)
    news = "\n".join(teaser(p) for p in POSTS[:3])
    main = f"""<section class="hero"><h1>Kista Science City</h1><p>{texturize(SITE.tagline)}</p></section>
<section class="latest-news"><h2>Latest news</h2>
{news}
<p><a href="/category/kista-science-city/">All news</a></p></section>"""
    body_class = "home page-template page-template-front-page page page-id-2 wp-custom-logo"
    return document(lang=SITE.locale, head=head, body_class=body_class, main=main, sidebar=False)


def not_found() -> str:
    head = f'<title>Page not found - {SITE.name}</title>\n<meta name="robots" content="noindex" />'
    main = """<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content"><p>It looks like nothing was found at this location. Maybe try a search?</p></div></section>"""
    return document(lang=SITE.locale, head=head, body_class="error404 hfeed", main=main)


# -------------------------------------------------------------------------------- expected.json


def expected_article(post: Post) -> dict:
    return {
        "url": url_of(post),
        "lang": post.lang,
        "title": post.title,
        "published": bodykit.iso(post.published),
        "modified": bodykit.iso(post.modified) if post.modified else None,
        "authors": [post.author],
        "tags": list(post.tags),
        "summary": post.description or bodykit.first_paragraph(post.blocks),
        **bodykit.expected_body(post.blocks),
        "translations": {},
        "duplicate_of": None,
    }


ABSENT = [
    "Share this:",
    "Click to share on LinkedIn (Opens in new window)",
    "Click to share on Facebook (Opens in new window)",
    "Click to share on Twitter (Opens in new window)",
    "Article written by",
    RELATED_HEADLINE,
    'In "Kista Science City"',
    'In "Community"',
    "Recent Posts",
    "Skip to content",
    LOGO_ALT,
    COOKIE_TEXT,
    "Privacy policy",
    NEWSLETTER_TEXT,
    FOOTER_ADDRESS,
    "Follow Kista Science City on LinkedIn",
    "Posted in",
    "Older posts",
    "Previous:",
]


def build() -> None:
    site = HERE / "site"
    mirrorkit.reset(site)
    tag_names = sorted({t for p in POSTS for t in p.tags})
    for post in POSTS:
        mirrorkit.write_page(site, f"/{post.slug}/", post_page(post))
    pages = []
    for page_id, (slug, (title, modified, source)) in enumerate(PAGES.items(), start=40):
        mirrorkit.write_page(site, f"/{slug}/", static_page(slug, title, modified, source, page_id))
        pages.append((SITE.url(f"/{slug}/"), modified))
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
        tag_names=tag_names,
        feed_language="en-US",
        feed_label="Feed",
    )
    wp.write_routes(site, routes)

    articles = [expected_article(p) for p in POSTS]
    not_articles = [SITE.url("/"), *(url for url, _ in pages)]
    not_articles += [SITE.url(path) for path in listings]
    not_articles += [
        url_of(POSTS[0]) + "?share=linkedin",
        url_of(POSTS[-1]) + "?share=google-plus-1",
    ]
    wp.check_absent(
        site,
        ABSENT,
        {a["url"]: wp.article_texts(a, p) for a, p in zip(articles, POSTS, strict=True)},
    )
    mirrorkit.write_expected(
        HERE,
        {
            "node": "kista",
            "canonical_base": SITE.base,
            "mirror_path": "",
            "absent": ABSENT,
            "not_articles": not_articles,
            "articles": articles,
        },
    )


if __name__ == "__main__":
    build()
