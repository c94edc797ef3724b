"""Build the mirror of innovationsnod-exempel.se, an invented WordPress node no code knows about.

It is the fixture for "a node given only a name, a base URL and its languages": plain WordPress with
a Twenty Twenty-One-like theme (`article.post`, `.entry-title`, `.entry-content`, `time.entry-date`,
`.posted-on`, `.byline`), Polylang free (language from content: no language in the URL, `<html
lang>` and hreflang per post, no `lang` in REST), no SEO plugin (no og:* or meta description),
core `wp-sitemap.xml`, `/feed/?paged=N`, `/wp-json/wp/v2/posts`, category/tag/author archives with
`/page/N/`, a sidebar, comments and a "Lämna ett svar" form.
Run: python tests/sites/unknown-wp/build.py
"""

from __future__ import annotations

import json
import runpy
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402
import wordpress_theme as wp  # noqa: E402

# run_path, not import: every mirror has a content.py, and one process may build several.
_CONTENT = runpy.run_path(str(HERE / "content.py"))
POSTS, PAGES = _CONTENT["POSTS"], _CONTENT["PAGES"]

BASE = "https://innovationsnod-exempel.se"
SITE_DIR = HERE / "site"
PER_PAGE = 6  # Settings > Reading: "Blog pages show at most"
SITE = wp.Site(
    base=BASE,
    name="Arninge Innovationsnod",
    tagline="Mötesplats för innovation i nordöstra Stockholm",
    locale="sv-SE",
    categories={
        "nyheter": "Nyheter",
        "news": "News",
        "evenemang": "Evenemang",
        "testbaddar": "Testbäddar",
    },
    yoast=False,
)
LOCALE = {"sv": "sv-SE", "en": "en-GB"}
AUTHORS = {"Anna Berg": "anna-berg", "Erik Sandberg": "erik-sandberg"}

# Theme and core strings in the two locales Polylang switches between.
T = {
    "sv": {
        "skip": "Hoppa till innehåll",
        "menu": "Meny",
        "close": "Stäng",
        "posted_on": "Publicerat",
        "by": "av",
        "cats": "Kategoriserat som",
        "tagged": "Märkt",
        "prev": "Föregående inlägg",
        "next": "Nästa inlägg",
        "older": "Äldre inlägg",
        "newer": "Nyare inlägg",
        "continue": "Fortsätt läsa",
        "recent": "Senaste inlägg",
        "recent_comments": "Senaste kommentarer",
        "on": "om",
        "categories": "Kategorier",
        "search": "Sök",
        "says": "skriver:",
        "reply": "Svara",
        "comments_title": "{n} svar på ”{title}”",
        "leave": "Lämna ett svar",
        "cancel": "Avbryt svar",
        "notes": "Din e-postadress kommer inte publiceras.",
        "required": "Obligatoriska fält är märkta",
        "comment": "Kommentar",
        "name": "Namn",
        "email": "E-postadress",
        "website": "Webbplats",
        "cookies": "Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.",
        "submit": "Publicera kommentar",
        "powered": "Drivs med WordPress",
        "at": "kl.",
    },
    "en": {
        "skip": "Skip to content",
        "menu": "Menu",
        "close": "Close",
        "posted_on": "Published",
        "by": "by",
        "cats": "Categorized as",
        "tagged": "Tagged",
        "prev": "Previous post",
        "next": "Next post",
        "older": "Older posts",
        "newer": "Newer posts",
        "continue": "Continue reading",
        "recent": "Recent Posts",
        "recent_comments": "Recent Comments",
        "on": "on",
        "categories": "Categories",
        "search": "Search",
        "says": "says:",
        "reply": "Reply",
        "comments_title": "{n} thoughts on “{title}”",
        "leave": "Leave a Reply",
        "cancel": "Cancel reply",
        "notes": "Your email address will not be published.",
        "required": "Required fields are marked",
        "comment": "Comment",
        "name": "Name",
        "email": "Email",
        "website": "Website",
        "cookies": "Save my name, email, and website in this browser for the next time I comment.",
        "submit": "Post Comment",
        "powered": "Proudly powered by WordPress",
        "at": "at",
    },
}


def make_posts() -> list[wp.Post]:
    posts = [
        wp.Post(
            id=p["id"],
            slug=p["slug"],
            title=p["title"],
            lang=p["lang"],
            published=bodykit.local(p["published"]),
            modified=bodykit.local(p["modified"]) if p["modified"] else None,
            author=p["author"],
            categories=p["categories"],
            body=p["body"],
            tags=p["tags"],
        )
        for p in POSTS
    ]
    return sorted(posts, key=lambda p: p.published, reverse=True)


RAW = {p["slug"]: p for p in POSTS}


def url_of(post: wp.Post) -> str:
    return f"{BASE}/{post.published:%Y/%m}/{post.slug}/"


def shown(moment: datetime, lang: str) -> str:
    return bodykit.sv_date(moment) if lang == "sv" else bodykit.en_date(moment)


def figure(src: str, caption: str) -> str:
    return (
        f'<figure class="wp-caption aligncenter" style="width: 1024px"><img loading="lazy" decoding="async" '
        f'src="{src}" alt="" width="1024" height="683" class="size-large" />'
        f'<figcaption class="wp-caption-text">{caption}</figcaption></figure>'
    )


def content_of(post: wp.Post) -> str:
    return bodykit.to_html(post.blocks, figure)


def translation(post: wp.Post, posts: Sequence[wp.Post]) -> wp.Post | None:
    pair = RAW[post.slug]["pair"]
    return next((p for p in posts if p.slug == pair), None)


# --- the page shell ---------------------------------------------------------------------------


def head(title: str, canonical: str, lang: str, extra: str = "", rest_id: int | None = None) -> str:
    label = "Flöde" if lang == "sv" else "Feed"
    return f"""<!doctype html>
<html lang="{LOCALE[lang]}" class="no-js">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
{extra}{wp.core_head(SITE, title, canonical)}
{wp.head_links(SITE, feed_label=label, rest_id=rest_id, shortlink_id=rest_id)}
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{BASE}/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
</head>"""


def header(lang: str) -> str:
    t = T[lang]
    items = [
        ("Start", f"{BASE}/"),
        ("Nyheter", f"{BASE}/category/nyheter/"),
        ("News", f"{BASE}/category/news/"),
        ("Om oss", f"{BASE}/om-oss/"),
        ("Kontakt", f"{BASE}/kontakt/"),
    ]
    menu = "".join(
        f'<li class="menu-item"><a href="{href}">{name}</a></li>' for name, href in items
    )
    return f"""<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">{t["skip"]}</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
	<div class="site-branding">
		<p class="site-title"><a href="{BASE}/" rel="home">{SITE.name}</a></p>
		<p class="site-description">{SITE.tagline}</p>
	</div>
	<nav id="site-navigation" class="primary-navigation" aria-label="Primär meny">
		<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">{t["menu"]}</span><span class="dropdown-icon close">{t["close"]}</span></button></div>
		<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">{menu}</ul></div>
	</nav>
</header>
<div id="content" class="site-content">
	<div id="primary" class="content-area">
		<main id="main" class="site-main">"""


def sidebar(lang: str, posts: Sequence[wp.Post]) -> str:
    t = T[lang]
    mine = [p for p in posts if p.lang == lang]
    recent = "".join(
        f'<li><a href="{url_of(p)}">{wp.texturize(p.title)}</a></li>' for p in mine[:5]
    )
    comments = [(c, p) for p in mine for c in RAW[p.slug]["comments"]][:3]
    recent_comments = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{c[0]}</span> {t["on"]} <a href="{url_of(p)}#comments">{wp.texturize(p.title)}</a></li>'
        for c, p in comments
    )
    used = {c for p in mine for c in p.categories}
    cats = "".join(
        f'<li class="cat-item"><a href="{BASE}/category/{slug}/">{name}</a></li>'
        for slug, name in SITE.categories.items()
        if slug in used
    )
    return f"""		</main>
	</div>
	<aside id="secondary" class="widget-area" role="complementary">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{BASE}/"><label for="s">{t["search"]}</label><input type="search" id="s" name="s" /><input type="submit" class="search-submit" value="{t["search"]}" /></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{t["recent"]}</h2><nav aria-label="{t["recent"]}"><ul>{recent}</ul></nav></section>
		<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">{t["recent_comments"]}</h2><nav aria-label="{t["recent_comments"]}"><ul id="recentcomments">{recent_comments}</ul></nav></section>
		<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">{t["categories"]}</h2><nav aria-label="{t["categories"]}"><ul>{cats}</ul></nav></section>
	</aside>
</div>"""


def footer(lang: str) -> str:
    return f"""<footer id="colophon" class="site-footer">
	<div class="site-info">
		<div class="site-name"><a href="{BASE}/">{SITE.name}</a></div>
		<div class="powered-by"><a href="https://wordpress.org/">{T[lang]["powered"]}</a></div>
	</div>
</footer>
</div>
<script src='{BASE}/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.1' id='twenty-twenty-one-primary-navigation-script-js'></script>
</body>
</html>
"""


def document(
    lang: str, head_html: str, body_class: str, main: str, posts: Sequence[wp.Post]
) -> str:
    return f"""{head_html}
<body class="{body_class} wp-embed-responsive is-light-theme no-js has-main-navigation">
{header(lang)}
{main}
{sidebar(lang, posts)}
{footer(lang)}"""


# --- posts --------------------------------------------------------------------------------------


def posted_on(post: wp.Post) -> str:
    t = T[post.lang]
    published = f'<time class="entry-date published{"" if post.modified else " updated"}" datetime="{post.published.isoformat()}">{shown(post.published, post.lang)}</time>'
    if post.modified:
        published += f'<time class="updated" datetime="{post.modified.isoformat()}">{shown(post.modified, post.lang)}</time>'
    author = f"{BASE}/author/{AUTHORS[post.author]}/"
    return (
        f'<span class="posted-on">{t["posted_on"]} {published}</span>'
        f'<span class="byline">{t["by"]} <span class="author vcard"><a class="url fn n" href="{author}" rel="author">{post.author}</a></span></span>'
    )


def taxonomies(post: wp.Post) -> str:
    t = T[post.lang]
    cats = ", ".join(
        f'<a href="{BASE}/category/{c}/" rel="category tag">{SITE.categories[c]}</a>'
        for c in post.categories
    )
    out = f'<span class="cat-links">{t["cats"]} {cats} </span>'
    if post.tags:
        tags = ", ".join(
            f'<a href="{BASE}/tag/{wp.slugify(tag)}/" rel="tag">{tag}</a>' for tag in post.tags
        )
        out += f'<span class="tags-links">{t["tagged"]} {tags}</span>'
    return out


def post_classes(post: wp.Post) -> str:
    cats = " ".join(f"category-{c}" for c in post.categories)
    tags = " ".join(f"tag-{wp.slugify(tag)}" for tag in post.tags)
    return f"post-{post.id} post type-post status-publish format-standard hentry {cats} {tags} entry".replace(
        "  ", " "
    )


def comments_area(post: wp.Post) -> str:
    t = T[post.lang]
    comments = RAW[post.slug]["comments"]
    listed = ""
    if comments:
        items = []
        for number, (name, when, text) in enumerate(comments, start=1):
            moment = bodykit.local(when)
            cid = post.id * 10 + number
            items.append(f"""		<li id="comment-{cid}" class="comment depth-1">
			<article id="div-comment-{cid}" class="comment-body">
				<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/0?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' /><b class="fn">{name}</b> <span class="says">{t["says"]}</span></div>
				<div class="comment-metadata"><a href="{url_of(post)}#comment-{cid}"><time datetime="{moment.isoformat()}">{shown(moment, post.lang)} {t["at"]} {moment:%H:%M}</time></a></div></footer>
				<div class="comment-content"><p>{text}</p></div>
				<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url_of(post)}?replytocom={cid}#respond">{t["reply"]}</a></div>
			</article>
		</li>""")
        title = t["comments_title"].format(n=len(comments), title=wp.texturize(post.title))
        listed = (
            f'	<h2 class="comments-title">{title}</h2>\n	<ol class="comment-list">\n'
            + "\n".join(items)
            + "\n	</ol>\n"
        )
    return f"""<div id="comments" class="comments-area default-max-width show-avatars">
{listed}	<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">{t["leave"]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url_of(post)}#respond" style="display:none;">{t["cancel"]}</a></small></h2>
		<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
			<p class="comment-notes"><span id="email-notes">{t["notes"]}</span> <span class="required-field-message">{t["required"]} <span class="required">*</span></span></p>
			<p class="comment-form-comment"><label for="comment">{t["comment"]} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>
			<p class="comment-form-author"><label for="author">{t["name"]} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
			<p class="comment-form-email"><label for="email">{t["email"]} <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
			<p class="comment-form-url"><label for="url">{t["website"]}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
			<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{t["cookies"]}</label></p>
			<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{t["submit"]}" /> <input type='hidden' name='comment_post_ID' value='{post.id}' id='comment_post_ID' /></p>
		</form>
	</div>
</div>"""


def post_navigation(post: wp.Post, posts: Sequence[wp.Post]) -> str:
    t = T[post.lang]
    mine = [
        p for p in posts if p.lang == post.lang
    ]  # Polylang keeps adjacent posts in one language
    index = mine.index(post)
    links = ""
    if index + 1 < len(mine):
        older = mine[index + 1]
        links += f'<div class="nav-previous"><a href="{url_of(older)}" rel="prev"><p class="meta-nav">{t["prev"]}</p><p class="post-title">{wp.texturize(older.title)}</p></a></div>'
    if index > 0:
        newer = mine[index - 1]
        links += f'<div class="nav-next"><a href="{url_of(newer)}" rel="next"><p class="meta-nav">{t["next"]}</p><p class="post-title">{wp.texturize(newer.title)}</p></a></div>'
    return f'<nav class="navigation post-navigation" aria-label="Inlägg"><h2 class="screen-reader-text">Inläggsnavigering</h2><div class="nav-links">{links}</div></nav>'


def hreflang(post: wp.Post, posts: Sequence[wp.Post]) -> str:
    other = translation(post, posts)
    if not other:
        return ""
    versions = sorted([post, other], key=lambda p: p.lang, reverse=True)
    return "".join(
        f'<link rel="alternate" href="{url_of(p)}" hreflang="{p.lang}" />\n' for p in versions
    )


def post_page(post: wp.Post, posts: Sequence[wp.Post]) -> str:
    main = f"""<article id="post-{post.id}" class="{post_classes(post)}">
	<header class="entry-header alignwide">
		<h1 class="entry-title">{wp.texturize(post.title)}</h1>
	</header>
	<div class="entry-content">
{content_of(post)}
	</div>
	<footer class="entry-footer default-max-width">
		<div class="posted-by">{posted_on(post)}</div>
		<div class="post-taxonomies">{taxonomies(post)}</div>
	</footer>
</article>
{post_navigation(post, posts)}
{comments_area(post)}"""
    head_html = head(post.title, url_of(post), post.lang, hreflang(post, posts), rest_id=post.id)
    body_class = (
        f"post-template-default single single-post postid-{post.id} single-format-standard singular"
    )
    return document(post.lang, head_html, body_class, main, posts)


# --- archives -----------------------------------------------------------------------------------


def card(post: wp.Post) -> str:
    t = T[post.lang]
    return f"""<article id="post-{post.id}" class="{post_classes(post)}">
	<header class="entry-header"><h2 class="entry-title default-max-width"><a href="{url_of(post)}">{wp.texturize(post.title)}</a></h2></header>
	<div class="entry-content"><p>{wp.excerpt(post, 30)}</p>
<div class="more-link-container"><a class="more-link" href="{url_of(post)}">{t["continue"]}<span class="screen-reader-text">{wp.texturize(post.title)}</span></a></div></div>
	<footer class="entry-footer default-max-width">{posted_on(post)}</footer>
</article>"""


def write_archive(
    path: str, title: str, chosen: Sequence[wp.Post], posts: Sequence[wp.Post], body_class: str
) -> list[str]:
    """An archive with /page/N/ pagination; returns the canonical URLs of its pages."""
    lang = "en" if chosen and all(p.lang == "en" for p in chosen) else "sv"
    t = T[lang]
    chunks = wp.paginate(list(chosen), PER_PAGE)
    urls = []
    for number, chunk in enumerate(chunks, start=1):
        page_path = path + (f"page/{number}/" if number > 1 else "")
        links = []
        if number > 1:
            newer = path + (f"page/{number - 1}/" if number > 2 else "")
            links.append(f'<a class="prev page-numbers" href="{BASE}{newer}">{t["newer"]}</a>')
        for n in range(1, len(chunks) + 1):
            href = BASE + path + (f"page/{n}/" if n > 1 else "")
            links.append(
                f'<span aria-current="page" class="page-numbers current">{n}</span>'
                if n == number
                else f'<a class="page-numbers" href="{href}">{n}</a>'
            )
        if number < len(chunks):
            links.append(
                f'<a class="next page-numbers" href="{BASE}{path}page/{number + 1}/">{t["older"]}</a>'
            )
        pager = (
            f'<nav class="navigation pagination" aria-label="Inlägg"><h2 class="screen-reader-text">Inläggsnavigering</h2><div class="nav-links">{"".join(links)}</div></nav>'
            if len(chunks) > 1
            else ""
        )
        heading = (
            f'<header class="page-header alignwide"><h1 class="page-title">{title}</h1></header>'
            if title
            else ""
        )
        main = heading + "\n" + "\n".join(card(p) for p in chunk) + "\n" + pager
        html_title = title or SITE.tagline
        page_class = body_class + (" paged" if number > 1 else "")
        mirrorkit.write_page(
            SITE_DIR,
            page_path,
            document(lang, head(html_title, BASE + page_path, lang), page_class, main, posts),
        )
        urls.append(BASE + page_path)
    return urls


def write_static(page_id: int, path: str, title: str, text: str, posts: Sequence[wp.Post]) -> None:
    main = f"""<article id="post-{page_id}" class="page type-page status-publish hentry entry">
	<header class="entry-header alignwide"><h1 class="entry-title">{title}</h1></header>
	<div class="entry-content"><p>{text}</p></div>
</article>"""
    mirrorkit.write_page(
        SITE_DIR,
        path,
        document("sv", head(title, BASE + path, "sv"), "page-template-default page", main, posts),
    )


# --- sitemaps -----------------------------------------------------------------------------------


def gmt(moment: datetime) -> str:
    return wp.utc(moment)


def write_sitemaps(posts: Sequence[wp.Post]) -> None:
    """WordPress core's sitemaps (5.5+): an index and one sitemap per object type."""
    maps = {
        "wp-sitemap-posts-post-1.xml": [(url_of(p), gmt(p.modified or p.published)) for p in posts],
        "wp-sitemap-posts-page-1.xml": [(f"{BASE}/", None)]
        + [(BASE + path, gmt(bodykit.local(changed))) for path, _t, changed, _x in PAGES],
        "wp-sitemap-taxonomies-category-1.xml": [
            (f"{BASE}/category/{slug}/", None) for slug in SITE.categories
        ],
        "wp-sitemap-taxonomies-post_tag-1.xml": [
            (f"{BASE}/tag/{wp.slugify(tag)}/", None) for tag in tag_names(posts)
        ],
        "wp-sitemap-users-1.xml": [(f"{BASE}/author/{slug}/", None) for slug in AUTHORS.values()],
    }
    for name, entries in maps.items():
        mirrorkit.write(SITE_DIR / name, mirrorkit.urlset(entries))
    mirrorkit.write(
        SITE_DIR / "wp-sitemap.xml", mirrorkit.sitemap_index([f"{BASE}/{name}" for name in maps])
    )
    mirrorkit.write(SITE_DIR / "robots.txt", mirrorkit.robots([f"{BASE}/wp-sitemap.xml"]))


def tag_names(posts: Sequence[wp.Post]) -> list[str]:
    return sorted({tag for p in posts for tag in p.tags})


def write_api_root() -> None:
    """The REST index of a site without Yoast or Polylang Pro: core namespaces only."""
    root = {
        "name": SITE.name,
        "description": SITE.tagline,
        "url": BASE,
        "home": BASE,
        "gmt_offset": 1,
        "timezone_string": "Europe/Stockholm",
        "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "wp-block-editor/v1"],
        "routes": {
            "/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/pages": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/categories": {"namespace": "wp/v2", "methods": ["GET"]},
        },
        "_links": {"help": [{"href": "https://developer.wordpress.org/rest-api/"}]},
    }
    mirrorkit.write(SITE_DIR / "wp-json/index.json", json.dumps(root, ensure_ascii=False, indent=1))


NOT_FOUND_MAIN = """<header class="page-header alignwide"><h1 class="page-title">Det finns inget här</h1></header>
<div class="page-content default-max-width"><p>Det verkar som om ingenting hittades på den här platsen. Prova kanske en sökning?</p></div>"""


# --- expected.json ------------------------------------------------------------------------------


def expected_post(post: wp.Post, posts: Sequence[wp.Post]) -> dict:
    other = translation(post, posts)
    return {
        "url": url_of(post),
        "lang": post.lang,
        "title": post.title,
        "published": bodykit.iso(post.published),
        "modified": bodykit.iso(post.modified or post.published),
        "authors": [post.author],
        "tags": list(post.tags),
        "summary": bodykit.first_paragraph(post.blocks),
        **bodykit.expected_body(post.blocks),
        "translations": {other.lang: url_of(other)} if other else {},
        "duplicate_of": None,
    }


def absent() -> list[str]:
    visible = ("skip", "menu", "prev", "next", "continue", "recent", "recent_comments", "leave")
    visible += ("notes", "required", "cookies", "powered", "cats")
    strings = [SITE.tagline, T["sv"]["older"]]  # only the Swedish archives are long enough to page
    strings += [T[lang][key] for lang in ("sv", "en") for key in visible]
    return strings + [text for p in POSTS for _name, _when, text in p["comments"]]


def build() -> None:
    posts = make_posts()
    mirrorkit.reset(SITE_DIR)
    for post in posts:
        mirrorkit.write_page(SITE_DIR, url_of(post).removeprefix(BASE), post_page(post, posts))
    listings = write_archive("/", "", posts, posts, "home blog")
    for slug, name in SITE.categories.items():
        chosen = [p for p in posts if slug in p.categories]
        listings += write_archive(
            f"/category/{slug}/", name, chosen, posts, f"archive category category-{slug}"
        )
    for tag in tag_names(posts):
        chosen = [p for p in posts if tag in p.tags]
        listings += write_archive(f"/tag/{wp.slugify(tag)}/", tag, chosen, posts, "archive tag")
    for name, slug in AUTHORS.items():
        chosen = [p for p in posts if p.author == name]
        listings += write_archive(f"/author/{slug}/", name, chosen, posts, "archive author")
    for page_id, (path, title, _changed, text) in enumerate(PAGES, start=2):
        write_static(page_id, path, title, text, posts)

    routes = wp.Routes(
        site=SITE,
        posts=posts,
        url_of=url_of,
        content_of=content_of,
        pages=[(BASE + path, bodykit.local(changed)) for path, _t, changed, _x in PAGES],
        tag_names=tag_names(posts),
        feed_language="sv-SE",
        feed_label="Flöde",
    )
    wp.write_rest(SITE_DIR, routes)
    write_api_root()
    wp.write_feed(SITE_DIR, routes, "/feed/", posts, SITE.name)
    write_sitemaps(posts)
    not_found = document(
        "sv", head("Sidan hittades inte", f"{BASE}/404/", "sv"), "error404", NOT_FOUND_MAIN, posts
    )
    mirrorkit.write(SITE_DIR / "404.html", not_found)

    mirrorkit.write_expected(
        HERE,
        {
            "node": "unknown-wp",
            "canonical_base": BASE,
            "mirror_path": "",
            "absent": absent(),
            "not_articles": [BASE + path for path, *_rest in PAGES] + listings,
            "articles": [expected_post(p, posts) for p in posts],
        },
    )


if __name__ == "__main__":
    build()
