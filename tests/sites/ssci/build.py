"""Build the mirror of ssci.se (Stockholm Science City): a Drupal 9 site with a custom theme.

What a crawler meets, as Drupal prints it: root-relative links in menus and teasers, absolute URLs in
head tags and editor-written bodies; `/sv/aktuellt/<slug>` and `/en/news/<slug>` without a trailing
slash; `?page=N` pagers counting from 0 on `/sv/aktuellt`, `/en/news` and the front listing
`/en/node`; core `/rss.xml` (newest 10 rows); simple_sitemap `/sitemap.xml` with hreflang alternates.
Run: python tests/sites/ssci/build.py
"""

from __future__ import annotations

import json
import runpy
import sys
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402

# run_path, not import: every mirror has a content.py, and one process may build several.
_CONTENT = runpy.run_path(str(HERE / "content.py"))
ARTICLES, EVENTS, STATIC_PAGES = _CONTENT["ARTICLES"], _CONTENT["EVENTS"], _CONTENT["STATIC_PAGES"]

BASE = "https://ssci.se"
SITE = HERE / "site"
SECTION = {"sv": "/sv/aktuellt", "en": "/en/news"}
PER_PAGE = 5  # the news views
FRONT_PER_PAGE = 10  # Drupal's /node front page
BY_KEY = {a["key"]: a for a in ARTICLES}

T = {
    "sv": {
        "skip": "Hoppa till huvudinnehåll",
        "crumb": "Du är här",
        "home": "Hem",
        "news": "Aktuellt",
        "activities": "Aktiviteter",
        "about": ("Om oss", "/sv/om-stockholm-science-city"),
        "tags": "Taggar",
        "more": "Läs mer",
        "more_about": "om",
        "more_news": "Fler nyheter",
        "calendar": "Kalendarium",
        "next": "nästa ›",
        "prev": "‹ föregående",
        "next_hidden": "Nästa sida",
        "newsletter": "Prenumerera på vårt nyhetsbrev",
        "newsletter_lead": "Få de senaste nyheterna från Hagastaden direkt i din inkorg.",
        "newsletter_button": "Prenumerera",
        "foundation": "Stiftelsen Stockholm Science City",
        "follow": "Följ oss på LinkedIn",
        "cookie": "Vi använder cookies på den här webbplatsen för att förbättra din "
        "användarupplevelse",
        "cookie_more": "Genom att klicka på valfri länk på denna sida ger du ditt samtycke till "
        "att vi använder cookies.",
        "cookie_ok": "Jag godkänner",
        "intro": "Stiftelsen Stockholm Science City verkar för att utveckla Hagastaden till ett "
        "världsledande kluster för life science.",
    },
    "en": {
        "skip": "Skip to main content",
        "crumb": "You are here",
        "home": "Home",
        "news": "News",
        "activities": "Activities",
        "about": ("About us", "/en/about-stockholm-science-city-foundation"),
        "tags": "Tags",
        "more": "Read more",
        "more_about": "about",
        "more_news": "More news",
        "calendar": "Calendar",
        "next": "next ›",
        "prev": "‹ previous",
        "next_hidden": "Next page",
        "newsletter": "Subscribe to our newsletter",
        "newsletter_lead": "Get the latest news from Hagastaden straight to your inbox.",
        "newsletter_button": "Subscribe",
        "foundation": "Stockholm Science City Foundation",
        "follow": "Follow us on LinkedIn",
        "cookie": "We use cookies on this site to enhance your user experience",
        "cookie_more": "By clicking any link on this page you are giving your consent for us to "
        "set cookies.",
        "cookie_ok": "OK, I agree",
        "intro": "The Stockholm Science City Foundation works to develop Hagastaden into a "
        "world-leading life science cluster.",
    },
}
FOOTER_ADDRESS = "Solnavägen 4, 113 65 Stockholm"
FOOTER_LOGO_ALT = "ssci_logo_vit"


def path_of(article: dict) -> str:
    return f"{SECTION[article['lang']]}/{article['slug']}"


def url_of(article: dict) -> str:
    return BASE + path_of(article)


def created(article: dict):
    return bodykit.local(article["created"])


def pair_of(article: dict) -> tuple[dict, str] | None:
    if "pair" not in article:
        return None
    key, kind = article["pair"]
    return BY_KEY[key], kind


def newest_first(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=created, reverse=True)


def figure(src: str, caption: str) -> str:
    return (
        '<figure role="group" class="caption caption-img">\n'
        f'<img alt="" data-entity-type="file" src="{src}" width="800" height="533" '
        'loading="lazy" />\n'
        f"<figcaption>{caption}</figcaption>\n</figure>"
    )


def shown_date(article: dict) -> str:
    moment = created(article)
    return bodykit.sv_date(moment) if article["lang"] == "sv" else bodykit.en_date(moment)


def time_tag(article: dict) -> str:
    stamp = bodykit.utc_z(created(article))
    return f'<time datetime="{stamp}" class="datetime">{shown_date(article)}</time>'


# --- the page shell ---------------------------------------------------------------------------


def settings_json(lang: str) -> str:
    """drupalSettings, where EU Cookie Compliance keeps its popup text (rendered by JS)."""
    popup = (
        f'<div class="eu-cookie-compliance-banner"><h2>{T[lang]["cookie"]}</h2>'
        f'<p>{T[lang]["cookie_more"]}</p><button class="agree-button">{T[lang]["cookie_ok"]}'
        "</button></div>"
    )
    data = {
        "path": {"baseUrl": "/", "currentLanguage": lang, "pathPrefix": f"{lang}/"},
        "eu_cookie_compliance": {"popup_html_info": popup, "popup_enabled": True},
    }
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        + json.dumps(data, ensure_ascii=False).replace("/", "\\/")
        + "</script>"
    )


def header(lang: str, other_lang_href: str) -> str:
    t = T[lang]
    other = "en" if lang == "sv" else "sv"
    other_name = "English" if lang == "sv" else "Svenska"
    return f"""<header role="banner" class="site-header">
  <div id="block-ssci-branding" class="block-system-branding-block">
    <a href="/{lang}" rel="home"><img src="/themes/custom/ssci/logo.svg" alt="{t["home"]}" /></a>
  </div>
  <div class="language-switcher-language-url" id="block-languageswitcher" role="navigation">
    <ul class="links"><li hreflang="{other}"><a href="{other_lang_href}" class="language-link"
      hreflang="{other}">{other_name}</a></li></ul>
  </div>
  <nav role="navigation" aria-labelledby="block-ssci-main-menu-menu" id="block-ssci-main-menu">
    <h2 class="visually-hidden" id="block-ssci-main-menu-menu">Main navigation</h2>
    <ul class="menu">
      <li class="menu-item"><a href="/{lang}">{t["home"]}</a></li>
      <li class="menu-item"><a href="{SECTION[lang]}">{t["news"]}</a></li>
      <li class="menu-item menu-item--expanded"><span>{t["activities"]}</span>
        <ul class="menu"><li class="menu-item"><a href="{
        "/sv/aktiviteter/hagastaden" if lang == "sv" else "/en/activities/hagastaden"
    }">Hagastaden</a></li></ul></li>
      <li class="menu-item"><a href="{t["about"][1]}">{t["about"][0]}</a></li>
    </ul>
  </nav>
</header>"""


def breadcrumb(lang: str, crumbs: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{escape(name)}</a></li>' for name, href in crumbs)
    return (
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" '
        f'aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb">{T[lang]["crumb"]}</h2>'
        f"<ol>{items}</ol></nav></div>"
    )


def sidebar(lang: str, exclude: str | None = None) -> str:
    t = T[lang]
    events = "".join(f'<li><a href="{href}">{title}</a></li>' for title, href in EVENTS[lang])
    news = [a for a in newest_first(ARTICLES) if a["lang"] == lang and a["key"] != exclude][:3]
    more = "".join(f'<li><a href="{path_of(a)}">{escape(a["title"])}</a></li>' for a in news)
    return f"""<aside class="layout-sidebar-second" role="complementary">
  <div class="views-element-container block-views-block-calendar" id="block-calendar">
    <h2>{t["calendar"]}</h2><ul>{events}</ul>
  </div>
  <div class="views-element-container block-views-block-news-latest" id="block-more-news">
    <h2>{t["more_news"]}</h2><ul>{more}</ul>
  </div>
</aside>"""


def newsletter(lang: str) -> str:
    t = T[lang]
    return f"""<div class="region region-newsletter">
  <div id="block-newsletter" class="block-block-content">
    <h2>{t["newsletter"]}</h2>
    <div class="field--name-body"><p>{t["newsletter_lead"]}</p>
    <p><a class="button" href="https://ssci.createsend1.com/h/r/9B2F1C6A">{
        t["newsletter_button"]
    }</a></p></div>
  </div>
</div>"""


def footer(lang: str) -> str:
    t = T[lang]
    return f"""<footer role="contentinfo" class="site-footer">
  <div class="region region-footer">
    <img src="/themes/custom/ssci/logo-white.svg" alt="{FOOTER_LOGO_ALT}" />
    <p>{t["foundation"]}<br />{FOOTER_ADDRESS}<br />
    <a href="mailto:info@ssci.se">info@ssci.se</a></p>
    <p><a href="https://www.linkedin.com/company/stockholm-science-city">{t["follow"]}</a></p>
  </div>
</footer>"""


def page(
    lang: str,
    title: str,
    canonical: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]],
    body_class: str,
    head: str = "",
    other_lang_href: str | None = None,
    exclude: str | None = None,
) -> str:
    other_lang_href = other_lang_href or ("/en" if lang == "sv" else "/sv")
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
  <head>
    <meta charset="utf-8" />
{head}    <link rel="canonical" href="{canonical}" />
    <meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/ssci/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{escape(title, quote=False)} | Stockholm Science City</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q3nTnXGm0aHx.css" />
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">{T[lang]["skip"]}</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
{header(lang, other_lang_href)}
{breadcrumb(lang, crumbs)}
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div class="layout-content">
    <div class="region region-content">
      <div data-drupal-messages-fallback class="hidden"></div>
{main}
    </div>
  </div>
{sidebar(lang, exclude)}
</main>
{newsletter(lang)}
{footer(lang)}
    </div>
    </div>
    {settings_json(lang)}
    <script src="/sites/default/files/js/js_Hk2x0E4Qz.js"></script>
  </body>
</html>
"""


# --- articles -----------------------------------------------------------------------------------


def swedish_version_link(article: dict) -> str:
    pair = pair_of(article)
    if article["lang"] != "en" or not pair or pair[1] != "link":
        return ""
    return f'<p><a href="{url_of(pair[0])}">Swedish version &gt;&gt;</a></p>'


def article_body(article: dict) -> str:
    body = bodykit.to_html(bodykit.parse(article["body"]), figure)
    link = swedish_version_link(article)
    # The Christmas post carries the link at the top, the Life Tech post at the bottom.
    if link and article["key"] == "jul-en":
        return f"{link}\n{body}"
    return f"{body}\n{link}" if link else body


def article_head(article: dict) -> str:
    url = url_of(article)
    rows = [
        f'<meta name="description" content="{escape(article["summary"])}" />',
        '<meta property="og:site_name" content="Stockholm Science City" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:title" content="{escape(article["title"])}" />',
        f'<meta property="og:description" content="{escape(article["summary"])}" />',
    ]
    pair = pair_of(article)
    if pair and pair[1] == "hreflang":
        versions = sorted([article, pair[0]], key=lambda a: a["lang"], reverse=True)
        rows += [
            f'<link rel="alternate" hreflang="{a["lang"]}" href="{url_of(a)}" />' for a in versions
        ]
    rows.append(f'<link rel="shortlink" href="{BASE}/{article["lang"]}/node/{article["nid"]}" />')
    return "".join(f"    {row}\n" for row in rows)


def tags_field(article: dict) -> str:
    if not article["tags"]:
        return ""
    items = "".join(
        f'<div class="field__item"><a href="/{article["lang"]}/taxonomy/term/{10 + i}" '
        f'hreflang="{article["lang"]}">{escape(tag)}</a></div>'
        for i, tag in enumerate(article["tags"])
    )
    return (
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above">'
        f'<div class="field__label">{T[article["lang"]]["tags"]}</div>'
        f'<div class="field__items">{items}</div></div>'
    )


def article_page(article: dict) -> str:
    lang = article["lang"]
    node_type = "news" if article["dated"] == "time" else "article"
    submitted = (
        f'<div class="node__meta"><span class="field field--name-created">{time_tag(article)}'
        "</span></div>"
        if article["dated"] == "time"
        else ""
    )
    main = f"""      <div id="block-ssci-page-title" class="block-page-title-block">
        <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{
        escape(article["title"], quote=False)
    }</span></h1>
      </div>
      <div id="block-ssci-content" class="block-system-main-block">
<article role="article" about="{path_of(article)}" class="node node--type-{
        node_type
    } node--promoted node--view-mode-full">
  {submitted}
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{article_body(article)}
    </div>
    {tags_field(article)}
  </div>
</article>
      </div>"""
    pair = pair_of(article)
    other = path_of(pair[0]) if pair and pair[1] == "hreflang" else None
    return page(
        lang,
        article["title"],
        url_of(article),
        main,
        crumbs=[(T[lang]["home"], f"/{lang}"), (T[lang]["news"], SECTION[lang])],
        body_class=f"path-node page-node-type-{node_type}",
        head=article_head(article),
        other_lang_href=other,
        exclude=article["key"],
    )


# --- listings -----------------------------------------------------------------------------------


def teaser(article: dict) -> str:
    lang = article["lang"]
    title = escape(article["title"], quote=False)
    submitted = (
        f'<div class="node__meta">{time_tag(article)}</div>' if article["dated"] == "time" else ""
    )
    return f"""<article role="article" class="node node--view-mode-teaser" lang="{lang}">
  <h2><a href="{path_of(article)}" rel="bookmark"><span class="field--name-title">{
        title
    }</span></a></h2>
  {submitted}
  <div class="field--name-body"><p>{escape(article["summary"], quote=False)}</p></div>
  <ul class="links inline"><li class="node-readmore"><a href="{path_of(article)}" rel="tag" title="{
        escape(article["title"])
    }" hreflang="{lang}">{T[lang]["more"]}<span class="visually-hidden"> om {
        title
    }</span></a></li></ul>
</article>"""


def pager(lang: str, number: int, last: int) -> str:
    t = T[lang]
    items = []
    if number > 0:
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={number - 1}" '
            f'rel="prev"><span aria-hidden="true">{t["prev"]}</span></a></li>'
        )
    items.append(
        f'<li class="pager__item is-active"><a href="?page={number}">{number + 1}</a></li>'
    )
    if number < last:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={number + 1}" rel="next">'
            f'<span class="visually-hidden">{t["next_hidden"]}</span>'
            f'<span aria-hidden="true">{t["next"]}</span></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
        f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
    )


def write_listing(lang: str, path: str, title: str, articles: list[dict], per_page: int) -> None:
    chunks = [articles[i : i + per_page] for i in range(0, len(articles), per_page)]
    for number, chunk in enumerate(chunks):
        rows = "\n".join(teaser(a) for a in chunk)
        main = f"""      <h1 class="page-title">{title}</h1>
      <div class="views-element-container"><div class="view view-news view-display-id-page_1">
{rows}
{pager(lang, number, len(chunks) - 1)}
      </div></div>"""
        html = page(
            lang,
            title,
            BASE + path + (f"?page={number}" if number else ""),
            main,
            crumbs=[(T[lang]["home"], f"/{lang}")],
            body_class="path-" + path.strip("/").replace("/", "-"),
        )
        mirrorkit.write_page(SITE, path, html, {"page": str(number)} if number else None)


def write_home(lang: str) -> str:
    t = T[lang]
    latest = [a for a in newest_first(ARTICLES) if a["lang"] == lang][:3]
    main = f"""      <div class="hero"><h1 class="page-title">Stockholm Science City</h1>
      <p>{t["intro"]}</p></div>
      <h2><a href="{SECTION[lang]}">{t["news"]}</a></h2>
{"".join(teaser(a) for a in latest)}"""
    html = page(lang, t["home"], f"{BASE}/{lang}", main, crumbs=[], body_class="path-frontpage")
    mirrorkit.write_page(SITE, f"/{lang}", html)
    return html


STATIC_TEXT = {
    "/sv/om-stockholm-science-city": "Stiftelsen Stockholm Science City bildades 2008 av Karolinska "
    "Institutet, KTH, Stockholms universitet, Region Stockholm och Stockholms stad.",
    "/en/about-stockholm-science-city-foundation": "The Stockholm Science City Foundation was "
    "founded in 2008 by Karolinska Institutet, KTH, Stockholm University, Region Stockholm and the "
    "City of Stockholm.",
    "/sv/aktiviteter/hagastaden": "Hagastaden är en ny stadsdel mellan Solna och Stockholm, där "
    "life science, bostäder och parker möts.",
    "/en/activities/hagastaden": "Hagastaden is a new district between Solna and Stockholm, where "
    "life science, housing and parks meet.",
}


def write_static(lang: str, path: str, title: str) -> None:
    main = f"""      <h1 class="page-title"><span class="field--name-title">{title}</span></h1>
<article role="article" class="node node--type-page node--view-mode-full">
  <div class="node__content"><div class="field field--name-body"><p>{STATIC_TEXT[path]}</p></div></div>
</article>"""
    html = page(
        lang,
        title,
        BASE + path,
        main,
        crumbs=[(T[lang]["home"], f"/{lang}")],
        body_class="path-node page-node-type-page",
    )
    mirrorkit.write_page(SITE, path, html)


# --- feeds, sitemap, robots ---------------------------------------------------------------------


def rss_xml() -> str:
    items = []
    for article in newest_first(ARTICLES)[:10]:
        description = escape(f"<p>{escape(article['summary'], quote=False)}</p>")
        items.append(f"""  <item>
    <title>{escape(article["title"], quote=False)}</title>
    <link>{url_of(article)}</link>
    <description>{description}</description>
    <pubDate>{format_datetime(created(article))}</pubDate>
    <dc:creator>redaktionen</dc:creator>
    <guid isPermaLink="false">{article["nid"]} at https://ssci.se</guid>
  </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="https://ssci.se/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Stockholm Science City</title>
    <link>https://ssci.se/</link>
    <description></description>
    <language>sv</language>
    <atom:link href="https://ssci.se/rss.xml" rel="self" type="application/rss+xml" />
{chr(10).join(items)}
  </channel>
</rss>
"""


def sitemap_xml() -> str:
    rows = []

    def row(loc: str, lastmod: str, alternates: list[tuple[str, str]], priority: str) -> None:
        links = "".join(
            f'<xhtml:link rel="alternate" hreflang="{lang}" href="{href}"/>'
            for lang, href in alternates
        )
        rows.append(
            f"<url><loc>{loc}</loc>{links}<lastmod>{lastmod}</lastmod>"
            f"<changefreq>weekly</changefreq><priority>{priority}</priority></url>"
        )

    for lang in ("sv", "en"):
        row(f"{BASE}/{lang}", "2025-05-22T08:41:00+02:00", [], "1.0")
        row(BASE + SECTION[lang], "2025-05-22T08:41:00+02:00", [], "0.8")
    for _lang, path, _title, changed in STATIC_PAGES:
        row(BASE + path, bodykit.local(changed).isoformat(), [], "0.5")
    for article in newest_first(ARTICLES):
        pair = pair_of(article)
        alternates = []
        if pair and pair[1] == "hreflang":
            versions = sorted([article, pair[0]], key=lambda a: a["lang"], reverse=True)
            alternates = [(a["lang"], url_of(a)) for a in versions]
        row(url_of(article), bodykit.local(article["changed"]).isoformat(), alternates, "0.5")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(rows) + "\n</urlset>\n"
    )


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
"""


NOT_FOUND = """<!DOCTYPE html>
<html lang="sv" dir="ltr"><head><meta charset="utf-8" />
<title>Sidan kunde inte hittas | Stockholm Science City</title></head>
<body class="path-system"><main role="main"><h1 class="page-title">Sidan kunde inte hittas</h1>
<p>Den begärda sidan kunde inte hittas.</p></main></body></html>
"""


# --- expected.json ------------------------------------------------------------------------------


def expected_article(article: dict) -> dict:
    blocks = bodykit.parse(article["body"])
    pair = pair_of(article)
    published = (
        bodykit.iso(created(article)) if article["dated"] == "time" else article["created"][:10]
    )
    return {
        "url": url_of(article),
        "lang": article["lang"],
        "title": article["title"],
        "published": published,
        "modified": None,
        "authors": [],
        "tags": article["tags"],
        "summary": article["summary"],
        **bodykit.expected_body(blocks),
        "translations": {pair[0]["lang"]: url_of(pair[0])} if pair else {},
        "duplicate_of": None,
    }


def absent() -> list[str]:
    strings = ["Swedish version >>", FOOTER_ADDRESS, FOOTER_LOGO_ALT, "info@ssci.se"]
    for lang in ("sv", "en"):
        t = T[lang]
        strings += [t["skip"], t["crumb"], t["newsletter"], t["newsletter_lead"], t["calendar"]]
        strings += [t["more_news"], t["cookie"], t["cookie_more"], t["follow"], t["next"]]
        strings += [title for title, _href in EVENTS[lang]]
    return strings


def build() -> None:
    mirrorkit.reset(SITE)
    for article in ARTICLES:
        mirrorkit.write_page(SITE, path_of(article), article_page(article))
    for lang in ("sv", "en"):
        news = newest_first([a for a in ARTICLES if a["lang"] == lang])
        write_listing(lang, SECTION[lang], T[lang]["news"], news, PER_PAGE)
    write_listing(
        "en", "/en/node", "Stockholm Science City", newest_first(ARTICLES), FRONT_PER_PAGE
    )
    mirrorkit.write(SITE / "index.html", write_home("sv"))
    write_home("en")
    for lang, path, title, _changed in STATIC_PAGES:
        write_static(lang, path, title)
    mirrorkit.write(SITE / "rss.xml", rss_xml())
    mirrorkit.write(SITE / "sitemap.xml", sitemap_xml())
    mirrorkit.write(SITE / "robots.txt", ROBOTS)
    mirrorkit.write(SITE / "404.html", NOT_FOUND)

    listings = [
        f"{BASE}/sv",
        f"{BASE}/en",
        BASE + "/sv/aktuellt",
        BASE + "/en/news",
        BASE + "/en/node",
    ]
    listings += [BASE + "/sv/aktuellt?page=1", BASE + "/en/news?page=1", BASE + "/en/node?page=1"]
    mirrorkit.write_expected(
        HERE,
        {
            "node": "ssci",
            "canonical_base": BASE,
            "mirror_path": "",
            "absent": absent(),
            "not_articles": [BASE + path for _lang, path, _t, _c in STATIC_PAGES] + listings,
            "articles": [expected_article(a) for a in newest_first(ARTICLES)],
        },
    )


if __name__ == "__main__":
    build()
