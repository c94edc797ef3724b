"""Build the mirror of barkarbyscience.se: a small Swedish site on an Umbraco-like CMS (not WordPress).

Routes: the home page links to `/nyheter/` and to the newest posts; posts at `/nyheter/<slug>/`; the
list pages by `?sida=N`; `/sitemap.xml` (posts and static pages) named in robots.txt; no feed, no
wp-json. Every page starts with the mobile nav toggle "Meny".
Run: python tests/sites/barkarby/build.py
"""

from __future__ import annotations

import runpy
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402

# run_path, not import: every mirror has a content.py, and one process may build several.
_CONTENT = runpy.run_path(str(HERE / "content.py"))
POSTS, STATIC_PAGES = _CONTENT["POSTS"], _CONTENT["STATIC_PAGES"]

BASE = "https://barkarbyscience.se"
SITE = HERE / "site"
PER_PAGE = 6
NAME = "Barkarby Science"
LOGO_ALT = "Barkarby Science logotyp"
COOKIE = "Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig."
COOKIE_MORE = "Läs mer om hur vi använder kakor"
ADDRESS = "c/o Järfälla kommun, 177 80 Järfälla"
NEWSLETTER = "Anmäl dig till vårt nyhetsbrev"
NEWSLETTER_LEAD = "Få nyheter om testbäddar och evenemang i Barkarbystaden fyra gånger om året."
SHARE = "Dela artikeln"
MORE_NEWS = "Fler nyheter"
BACK = "Tillbaka till nyheter"
CRUMB = "Du är här:"
MENU = [
    ("Nyheter", "/nyheter/"),
    ("Om oss", "/om-oss/"),
    ("Vad vi gör", "/om-oss/vad-vi-gor/"),
    ("Delägare", "/om-oss/delagare/"),
    ("Kontakt", "/kontakt/"),
]


def path_of(post: dict) -> str:
    return f"/nyheter/{post['slug']}/"


def published(post: dict):
    return bodykit.local(post["published"])


def new_template(post: dict) -> bool:
    """Posts written after the 2021 redesign have a preamble field and 'Publicerat:'."""
    return published(post).year >= 2021


def date_line(post: dict) -> str:
    day = bodykit.sv_date(published(post))
    if not new_template(post):
        return f'<p class="article-meta__date">Publicerad {day}</p>'
    line = f'<p class="article-meta__date">Publicerat: <span>{day}</span></p>'
    if post["modified"]:
        changed = bodykit.sv_date(bodykit.local(post["modified"]))
        line += f'\n<p class="article-meta__updated">Senast uppdaterad: {changed}</p>'
    return line


def description(post: dict) -> str | None:
    return bodykit.text(post["preamble"]) if post["preamble"] else None


def post_head(post: dict) -> str:
    url = BASE + path_of(post)
    rows = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
    ]
    rows.append(f'<meta property="og:title" content="{escape(post["title"])}">')
    if desc := description(post):
        rows.insert(0, f'<meta name="description" content="{escape(desc)}">')
        rows.append(f'<meta property="og:description" content="{escape(desc)}">')
    if post["meta_time"]:
        rows.append(
            f'<meta property="article:published_time" content="{published(post).isoformat()}">'
        )
        if post["modified"]:
            modified = bodykit.local(post["modified"]).isoformat()
            rows.append(f'<meta property="article:modified_time" content="{modified}">')
    return "\n".join(rows) + "\n"


def shell(
    title: str,
    canonical: str,
    main: str,
    head: str = "",
    crumbs: list[tuple[str, str]] | None = None,
) -> str:
    menu = "".join(f'<li><a href="{BASE}{href}">{name}</a></li>' for name, href in MENU)
    trail = ""
    if crumbs:
        links = "".join(f'<li><a href="{href}">{escape(name)}</a></li>' for name, href in crumbs)
        trail = f'<nav class="breadcrumbs" aria-label="Brödsmulor"><span>{CRUMB}</span><ol>{links}</ol></nav>'
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title, quote=False)} | {NAME}</title>
{head}<link rel="canonical" href="{canonical}">
<meta property="og:site_name" content="{NAME}">
<meta property="og:locale" content="sv_SE">
<link rel="stylesheet" href="/dist/css/main.4f2a9c.css">
</head>
<body>
<header class="site-header">
  <button class="site-header__toggle" type="button" aria-controls="main-menu" aria-expanded="false">Meny</button>
  <a class="site-header__logo" href="{BASE}/"><img src="/media/1012/barkarby-science-logo.svg" alt="{LOGO_ALT}"></a>
  <nav id="main-menu" class="main-menu" aria-label="Huvudmeny"><ul>{menu}</ul></nav>
</header>
{trail}
<main id="main" class="site-main">
{main}
</main>
<footer class="site-footer">
  <section class="newsletter"><h2>{NEWSLETTER}</h2><p>{NEWSLETTER_LEAD}</p>
    <form action="/umbraco/surface/newsletter/subscribe" method="post"><label>E-post <input type="email" name="email"></label><button type="submit">Anmäl</button></form></section>
  <div class="site-footer__contact"><p><strong>{NAME} AB</strong><br>{ADDRESS}<br><a href="mailto:info@barkarbyscience.se">info@barkarbyscience.se</a></p>
  <p><a href="https://www.linkedin.com/company/barkarby-science">Följ oss på LinkedIn</a></p></div>
</footer>
<div class="cookie-banner" role="region" aria-label="Kakor"><p>{COOKIE} <a href="/kakor/">{COOKIE_MORE}</a></p>
  <button type="button" data-consent="all">Godkänn alla</button> <button type="button" data-consent="necessary">Endast nödvändiga</button></div>
<script src="/dist/js/main.4f2a9c.js"></script>
</body>
</html>
"""


def figure(src: str, caption: str) -> str:
    return f'<figure class="rte-image"><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def post_page(post: dict, others: list[dict]) -> str:
    url = BASE + path_of(post)
    preamble = f'<p class="preamble">{post["preamble"]}</p>\n' if post["preamble"] else ""
    author = f'<p class="article-meta__author">Text: {post["author"]}</p>' if post["author"] else ""
    body = bodykit.to_html(bodykit.parse(post["body"]), figure)
    share = (
        f'<div class="share"><span>{SHARE}</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
        f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a> '
        f'<a href="mailto:?subject={escape(post["title"])}&amp;body={url}">E-post</a></div>'
    )
    related = "".join(
        f'<li><a href="{path_of(o)}">{escape(o["title"], quote=False)}</a></li>' for o in others[:3]
    )
    main = f"""<article class="article">
  <header class="article__header">
    <h1 class="article__title">{escape(post["title"], quote=False)}</h1>
    <div class="article-meta">
{date_line(post)}
{author}
    </div>
  </header>
  <div class="article__body">
{preamble}{body}
  </div>
  {share}
  <p class="article__back"><a href="{BASE}/nyheter/">{BACK}</a></p>
</article>
<aside class="related-news"><h2>{MORE_NEWS}</h2><ul>{related}</ul></aside>"""
    crumbs = [("Start", f"{BASE}/"), ("Nyheter", f"{BASE}/nyheter/"), (post["title"], url)]
    return shell(post["title"], url, main, post_head(post), crumbs)


def card(post: dict) -> str:
    lead = description(post) or bodykit.first_paragraph(bodykit.parse(post["body"]))
    short = bodykit.head(lead, 140) + ("…" if len(lead) > 140 else "")
    return f"""<li class="news-card"><a href="{BASE}{path_of(post)}">
  <span class="news-card__date">{bodykit.sv_date(published(post))}</span>
  <h3 class="news-card__title">{escape(post["title"], quote=False)}</h3>
  <p class="news-card__lead">{escape(short, quote=False)}</p></a></li>"""


def write_listing(posts: list[dict]) -> None:
    chunks = [posts[i : i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        pager = ""
        if number > 1:
            pager += f'<a class="pager__prev" href="/nyheter/?sida={number - 1}">Nyare nyheter</a>'
        if number < len(chunks):
            pager += f'<a class="pager__next" href="/nyheter/?sida={number + 1}">Äldre nyheter</a>'
        main = f"""<h1>Nyheter</h1>
<ul class="news-list">
{"".join(card(p) for p in chunk)}
</ul>
<nav class="pager" aria-label="Sidnumrering">{pager}</nav>"""
        canonical = f"{BASE}/nyheter/" + (f"?sida={number}" if number > 1 else "")
        html = shell(
            "Nyheter", canonical, main, crumbs=[("Start", f"{BASE}/"), ("Nyheter", canonical)]
        )
        mirrorkit.write_page(SITE, "/nyheter/", html, {"sida": str(number)} if number > 1 else None)


def write_home(posts: list[dict]) -> None:
    main = f"""<section class="hero"><h1>Vi bygger framtidens stad i Barkarby</h1>
<p>Barkarby Science är innovationsnoden i nordvästra Stockholm. Vi gör Barkarbystaden och Veddesta till testbäddar för hållbar stadsutveckling.</p></section>
<section class="latest-news"><h2>Senaste nyheterna</h2><ul>
{"".join(card(p) for p in posts[:3])}
</ul><p><a href="{BASE}/nyheter/">Alla nyheter</a></p></section>"""
    mirrorkit.write_page(SITE, "/", shell("Start", f"{BASE}/", main))


def write_static(path: str, title: str, text: str) -> None:
    main = f'<article class="page"><h1>{title}</h1><div class="page__body"><p>{text}</p></div></article>'
    crumbs = [("Start", f"{BASE}/"), (title, BASE + path)]
    mirrorkit.write_page(SITE, path, shell(title, BASE + path, main, crumbs=crumbs))


def sitemap(posts: list[dict]) -> str:
    entries = [
        (f"{BASE}/", posts[0]["published"][:10]),
        (f"{BASE}/nyheter/", posts[0]["published"][:10]),
    ]
    entries += [(BASE + path, changed) for path, _title, changed, _text in STATIC_PAGES]
    entries += [(BASE + path_of(p), (p["modified"] or p["published"])[:10]) for p in posts]
    return mirrorkit.urlset(entries)


NOT_FOUND = shell(
    "Sidan kunde inte hittas",
    f"{BASE}/404/",
    '<h1>Sidan kunde inte hittas</h1><p>Sidan du söker finns inte. Gå till <a href="/">startsidan</a>.</p>',
)
ROBOTS = f"User-agent: *\nDisallow: /umbraco/\n\nSitemap: {BASE}/sitemap.xml\n"


def expected_post(post: dict) -> dict:
    blocks = bodykit.parse(post["body"])
    if post["preamble"]:
        blocks = [bodykit.Block("p", post["preamble"]), *blocks]
    day = post["published"][:10]
    modified = bodykit.local(post["modified"]) if post["modified"] else None
    return {
        "url": BASE + path_of(post),
        "lang": "sv",
        "title": post["title"],
        "published": bodykit.iso(published(post)) if post["meta_time"] else day,
        "modified": (bodykit.iso(modified) if post["meta_time"] else post["modified"][:10])
        if modified
        else None,
        "authors": [post["author"]] if post["author"] else [],
        "tags": [],
        "summary": description(post) or bodykit.first_paragraph(blocks),
        **bodykit.expected_body(blocks),
        "translations": {},
        "duplicate_of": None,
    }


def build() -> None:
    posts = sorted(POSTS, key=published, reverse=True)
    mirrorkit.reset(SITE)
    for post in posts:
        others = [p for p in posts if p is not post]
        mirrorkit.write_page(SITE, path_of(post), post_page(post, others))
    write_listing(posts)
    write_home(posts)
    for path, title, _changed, text in STATIC_PAGES:
        write_static(path, title, text)
    mirrorkit.write(SITE / "sitemap.xml", sitemap(posts))
    mirrorkit.write(SITE / "robots.txt", ROBOTS)
    mirrorkit.write(SITE / "404.html", NOT_FOUND)
    absent = ["Meny", LOGO_ALT, COOKIE, COOKIE_MORE, "Godkänn alla", "Endast nödvändiga", ADDRESS]
    absent += [NEWSLETTER, NEWSLETTER_LEAD, SHARE, MORE_NEWS, BACK, CRUMB, "Följ oss på LinkedIn"]
    absent += ["info@barkarbyscience.se", "Senaste nyheterna"]
    mirrorkit.write_expected(
        HERE,
        {
            "node": "barkarby",
            "canonical_base": BASE,
            "mirror_path": "",
            "absent": absent,
            "not_articles": [f"{BASE}/", f"{BASE}/nyheter/", f"{BASE}/nyheter/?sida=2"]
            + [BASE + path for path, *_rest in STATIC_PAGES],
            "articles": [expected_post(p) for p in posts],
        },
    )


if __name__ == "__main__":
    build()
