"""WordPress + Avada + Polylang mirror pages, shared by the Flemingsberg sister sites.

flemingsbergscience.se and campusflemingsberg.se run the same stack, so one renderer writes both:
Avada's page shell (header menu, page title bar with breadcrumbs, featured-image slider, post meta
line, share box, paginated "recent posts" element, footer widgets, privacy bar, hidden rich-snippet
timestamp, "Go to Top"), Yoast's `<head>`, Polylang's `hreflang` links, and WordPress's discovery
routes (REST API, Yoast sitemaps, RSS feeds, category archives). It also turns the same post data
into the node's expected.json entries, so pages and expectations cannot drift apart.

Post bodies are lists of small block strings: `## text` is an h2, `- text` a list item, `> text` a
blockquote, `!img alt|caption` an image element whose caption is boilerplate, `!video id` a YouTube
embed, anything else a paragraph (inline HTML and entities allowed).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import escape, unescape
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

import mirrorkit

STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")
RECENT_PER_PAGE = 3  # the Avada recent-posts element under each article
SV_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
LOCALES = {"sv": "sv_SE", "en": "en_GB"}
LANG_ATTR = {"sv": "sv-SE", "en": "en-GB"}
WORDS = {
    "sv": {
        "by": "Av",
        "categories": "Kategorier:",
        "tags": "Taggar:",
        "home": "Hem",
        "older": "Äldre inlägg",
        "newer": "Nyare inlägg",
        "read_more": "Läs mer",
        "recent": "Senaste nytt",
        "next": "Nästa",
        "previous": "Föregående",
        "accept": "Acceptera",
        "language": "Svenska",
        "not_found": "Sidan kunde inte hittas",
        "feed": "Webbflöde",
    },
    "en": {
        "by": "By",
        "categories": "Categories:",
        "tags": "Tags:",
        "home": "Home",
        "older": "Older posts",
        "newer": "Newer posts",
        "read_more": "Read more",
        "recent": "Latest news",
        "next": "Next",
        "previous": "Previous",
        "accept": "Accept",
        "language": "English",
        "not_found": "Page not found",
        "feed": "Feed",
    },
}
SHARE_HEADING = "Share This Story, Choose Your Platform!"  # a global Avada option, not translated
GO_TO_TOP = "Go to Top"


@dataclass(frozen=True)
class Category:
    id: int
    slug: str
    name: str


@dataclass(frozen=True)
class Site:
    """What differs between the two sister sites."""

    name: str
    base: str  # https://host, no trailing slash
    tagline: str
    logo_alt: str
    footer_logo: str  # file name stem, which is also its alt text ("CF_logo_neg")
    categories: dict[str, Category]  # lang -> the news category
    menus: dict[str, list[tuple[str, str]]]  # lang -> (label, url)
    home: dict[str, str]  # lang -> home URL
    newsletter: dict[str, tuple[str, str, str]]  # lang -> (question, prompt, url)
    cookie: dict[str, str]
    footer_about: dict[str, str]
    copyright: str
    per_page: int  # posts per category archive page
    author_ids: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Post:
    id: int
    lang: str
    date: str  # local wall time, "2022-02-15T16:02:11"
    slug: str
    title: str  # as WordPress prints it (texturized, entities)
    excerpt: str  # the editor's manual excerpt: listings, feeds, recent-posts teasers
    blocks: tuple[str, ...]
    author: str
    modified: str | None = None  # local wall time; defaults to `date`
    tags: tuple[str, ...] = ()
    description: str | None = None  # Yoast meta description
    yoast: bool = True  # False: a page saved before Yoast, with Avada's old date line
    group: str | None = None  # posts sharing a group are translations of each other
    cross: dict[str, str] = field(default_factory=dict)  # translations on the sister site
    image: str | None = None  # featured image name, shown as a stray caption before the title
    newsletter_in_body: bool = False  # an Avada text block with the newsletter prompt
    duplicate_of: str | None = None

    def url(self, site: Site) -> str:
        return f"{site.base}/{self.lang}/{self.date[:10].replace('-', '/')}/{self.slug}/"

    @property
    def published_at(self) -> datetime:
        return datetime.fromisoformat(self.date).replace(tzinfo=STOCKHOLM)

    @property
    def modified_at(self) -> datetime:
        return datetime.fromisoformat(self.modified or self.date).replace(tzinfo=STOCKHOLM)


@dataclass(frozen=True)
class Page:
    """A WordPress page (not a post): menus, about, jubilee, legacy pages. Never an article."""

    id: int
    path: str  # "/en/10-years/"
    lang: str
    title: str
    blocks: tuple[str, ...]
    modified: str
    translations: dict[str, str] = field(default_factory=dict)  # lang -> path
    date_line: str | None = None  # legacy pages show a date in Avada's meta line
    extra_html: str = ""  # buttons and widgets that belong to this page only
    listing: bool = False  # a start page: shows the newest posts

    def url(self, site: Site) -> str:
        return site.base + self.path


# ---------------------------------------------------------------- text and dates


def clean(fragment: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    spaced = re.sub(r"<br\s*/?>", " ", fragment)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", spaced)).split())


def sv_date(dt: datetime) -> str:
    return f"{dt.day} {SV_MONTHS[dt.month - 1]} {dt.year}"


def en_date(dt: datetime) -> str:
    return f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"


def en_ordinal_date(dt: datetime) -> str:
    suffix = "th" if 11 <= dt.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dt.day % 10, "th")
    return f"{EN_MONTHS[dt.month - 1]} {dt.day}{suffix}, {dt.year}"


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat()


def rest_time(dt: datetime, gmt: bool = False) -> str:
    return (dt.astimezone(UTC) if gmt else dt).strftime("%Y-%m-%dT%H:%M:%S")


def is_text_block(block: str) -> bool:
    return not block.startswith("!")


def block_text(block: str) -> str:
    for marker in ("### ", "## ", "- ", "> "):
        if block.startswith(marker):
            return clean(block[len(marker) :])
    return clean(block)


# ---------------------------------------------------------------- post bodies


def _text_html(blocks: list[str]) -> str:
    out, in_list = [], False
    for block in blocks:
        if block.startswith("- ") != in_list:
            out.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        if block.startswith("### "):
            out.append(f"<h3>{block[4:]}</h3>")
        elif block.startswith("## "):
            out.append(f"<h2>{block[3:]}</h2>")
        elif block.startswith("- "):
            out.append(f"<li>{block[2:]}</li>")
        elif block.startswith("> "):
            out.append(f"<blockquote>{block[2:]}</blockquote>")
        else:
            out.append(f"<p>{block}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _media_html(site: Site, post: Post, block: str, builder: bool) -> str:
    kind, _, arg = block.partition(" ")
    if kind == "!video":
        return (
            '<div class="fusion-video fusion-youtube" style="max-width:600px;max-height:360px;">'
            '<div class="video-shortcode"><iframe title="YouTube video player" '
            f'src="https://www.youtube.com/embed/{arg}?wmode=transparent&amp;autoplay=0" '
            'width="600" height="360" allowfullscreen></iframe></div></div>'
        )
    alt, _, caption = arg.partition("|")
    src = f"{site.base}/wp-content/uploads/{post.date[:4]}/{post.date[5:7]}/{alt}.jpg"
    if builder:
        return (
            '<div class="fusion-image-element in-legacy-container">'
            '<span class="fusion-imageframe imageframe-none imageframe-1 hover-type-none">'
            f'<img decoding="async" width="1200" height="800" src="{src}" alt="{escape(alt)}" '
            f'class="img-responsive wp-image-{post.id + 7}"/></span>'
            '<div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption">'
            f'<h2 class="awb-imageframe-caption-title">{caption}</h2></div></div></div>'
        )
    return (
        f'<figure id="attachment_{post.id + 7}" class="wp-caption aligncenter" style="width:800px">'
        f'<img decoding="async" src="{src}" alt="{escape(alt)}" width="800" height="533"/>'
        f'<figcaption class="wp-caption-text">{caption}</figcaption></figure>'
    )


def newsletter_html(site: Site, lang: str) -> str:
    question, prompt, url = site.newsletter[lang]
    return f'<p><strong>{question}</strong><br />\n<a href="{url}">{prompt}</a></p>'


def content_html(site: Site, post: Post) -> str:
    """The post content as WordPress renders it (also REST `content.rendered`)."""
    builder = post.yoast  # posts saved before Yoast were written in the classic editor
    parts: list[str] = []
    pending: list[str] = []
    texts = 0  # Avada numbers its text elements in page order

    def flush() -> None:
        nonlocal texts
        if pending:
            html = _text_html(pending)
            texts += 1
            parts.append(
                f'<div class="fusion-text fusion-text-{texts}">{html}</div>' if builder else html
            )
            pending.clear()

    for block in post.blocks:
        if is_text_block(block):
            pending.append(block)
        else:
            flush()
            parts.append(_media_html(site, post, block, builder))
    flush()
    if post.newsletter_in_body:
        parts.append(
            f'<div class="fusion-text fusion-text-{texts + 1}">{newsletter_html(site, post.lang)}</div>'
        )
    inner = "\n".join(parts)
    if not builder:
        return inner
    return (
        '<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 nonhundred-percent-fullwidth '
        'non-hundred-percent-height-scrolling"><div class="fusion-builder-row fusion-row">'
        '<div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 '
        'fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last">'
        f'<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy">\n{inner}\n'
        "</div></div></div></div>"
    )


# ---------------------------------------------------------------- page shell


def _head(
    site: Site,
    lang: str,
    title: str,
    canonical: str,
    alternates: dict[str, str],
    yoast: str,
    extra: str = "",
) -> str:
    # Polylang prints alternates only when the page has a translation
    hreflang = "".join(
        f'<link rel="alternate" href="{url}" hreflang="{code}" />\n'
        for code, url in sorted(alternates.items())
        if len(alternates) > 1
    )
    feed = f"{site.base}/{lang}/feed/"
    return f"""<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
{yoast or f'<title>{title}</title>{chr(10)}<link rel="canonical" href="{canonical}" />'}
<link rel="alternate" type="application/rss+xml" title="{site.name} &raquo; {WORDS[lang]["feed"]}" href="{feed}" />
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{site.base}/wp-content/uploads/fusion-styles/5b1c0d2f.min.css?ver=3.11.3' type='text/css' media='all' />
<script type="text/javascript" src="{site.base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{site.base}/wp-json/" />
{extra}<meta name="generator" content="WordPress 6.4.3" />
{hreflang}<link rel="icon" href="{site.base}/wp-content/uploads/2019/03/cropped-favicon-32x32.png" sizes="32x32" />
</head>"""


def _yoast_head(
    site: Site,
    lang: str,
    title: str,
    canonical: str,
    description: str | None,
    og_type: str,
    alternates: dict[str, str],
    post: Post | None = None,
    extra: str = "",
) -> str:
    lines = [
        "<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - https://yoast.com/wordpress/plugins/seo/ -->",
        f"<title>{title} - {site.name}</title>",
    ]
    if description:
        lines.append(f'<meta name="description" content="{escape(description)}" />')
    lines += [
        f'<link rel="canonical" href="{canonical}" />',
        extra.rstrip("\n"),
        f'<meta property="og:locale" content="{LOCALES[lang]}" />',
        *(
            f'<meta property="og:locale:alternate" content="{LOCALES[code]}" />'
            for code in sorted(alternates)
            if code != lang
        ),
        f'<meta property="og:type" content="{og_type}" />',
        f'<meta property="og:title" content="{title} - {site.name}" />',
    ]
    if description:
        lines.append(f'<meta property="og:description" content="{escape(description)}" />')
    lines += [
        f'<meta property="og:url" content="{canonical}" />',
        f'<meta property="og:site_name" content="{site.name}" />',
    ]
    graph: list[dict] = [
        {
            "@type": "WebPage" if post is None else ["WebPage"],
            "@id": canonical,
            "url": canonical,
            "name": f"{unescape(title)} - {site.name}",
            "isPartOf": {"@id": f"{site.base}/#website"},
            "inLanguage": LANG_ATTR[lang],
        },
        {
            "@type": "WebSite",
            "@id": f"{site.base}/#website",
            "url": f"{site.base}/",
            "name": site.name,
            "description": site.tagline,
            "publisher": {"@id": f"{site.base}/#organization"},
            "inLanguage": LANG_ATTR[lang],
        },
        {
            "@type": "Organization",
            "@id": f"{site.base}/#organization",
            "name": site.name,
            "url": f"{site.base}/",
        },
    ]
    if post is not None:
        published, modified = utc_iso(post.published_at), utc_iso(post.modified_at)
        person = f"{site.base}/#/schema/person/{site.author_ids.get(post.author, 1):032x}"
        lines += [
            f'<meta property="article:published_time" content="{published}" />',
            f'<meta property="article:modified_time" content="{modified}" />',
        ]
        if post.image:
            lines.append(f'<meta property="og:image" content="{_image_url(site, post)}" />')
        lines += [
            f'<meta name="author" content="{post.author}" />',
            '<meta name="twitter:card" content="summary_large_image" />',
            f'<meta name="twitter:label1" content="{"Skriven av" if lang == "sv" else "Written by"}" />',
            f'<meta name="twitter:data1" content="{post.author}" />',
        ]
        graph[0].update(datePublished=published, dateModified=modified)
        graph.insert(
            0,
            {
                "@type": "Article",
                "@id": f"{canonical}#article",
                "isPartOf": {"@id": canonical},
                "author": {"name": post.author, "@id": person},
                "headline": clean(post.title),
                "datePublished": published,
                "dateModified": modified,
                "mainEntityOfPage": {"@id": canonical},
                "publisher": {"@id": f"{site.base}/#organization"},
                "articleSection": [site.categories[lang].name],
                "inLanguage": LANG_ATTR[lang],
            },
        )
        graph.append(
            {
                "@type": "Person",
                "@id": person,
                "name": post.author,
                "url": f"{site.base}/author/{slugify(post.author)}/",
            }
        )
    schema = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    lines.append(f'<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>')
    lines.append("<!-- / Yoast SEO plugin. -->")
    return "\n".join(line for line in lines if line)


def slugify(name: str) -> str:
    table = str.maketrans("åäöéÅÄÖ", "aaoeaao")
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(table)).strip("-")


def _image_url(site: Site, post: Post) -> str:
    return f"{site.base}/wp-content/uploads/{post.date[:4]}/{post.date[5:7]}/{post.image}.jpg"


def _header(site: Site, lang: str, alternates: dict[str, str]) -> str:
    items = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-post_type menu-item-{100 + i}">'
        f'<a href="{url}" class="fusion-top-level-link fusion-flex-link"><span class="menu-text">'
        f"{label}</span></a></li>"
        for i, (label, url) in enumerate(site.menus[lang])
    )
    for code in ("sv", "en"):
        if code != lang:
            target = alternates.get(code, site.home[code])
            items += (
                f'<li class="lang-item lang-item-{code} menu-item menu-item-type-custom">'
                f'<a href="{target}" hreflang="{LANG_ATTR[code]}" lang="{LANG_ATTR[code]}" '
                f'class="fusion-top-level-link"><span class="menu-text">{WORDS[code]["language"]}'
                "</span></a></li>"
            )
    return f"""<header class="fusion-header-wrapper">
<div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-1">
<div class="fusion-header"><div class="fusion-row">
<div class="fusion-logo" data-margin-top="31px"><a class="fusion-logo-link" href="{site.home[lang]}">
<img src="{site.base}/wp-content/uploads/2019/03/logo.png" width="240" height="60" alt="{site.logo_alt}" class="fusion-standard-logo" /></a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main-{lang}" class="fusion-menu">{items}</ul></nav>
<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu" aria-expanded="false"></a></div>
<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Main Menu Mobile"></nav>
</div></div></div>
<div class="fusion-clearfix"></div>
</header>"""


def _title_bar(site: Site, lang: str, heading: str, crumbs: list[tuple[str, str | None]]) -> str:
    trail = '<span class="fusion-breadcrumb-sep">/</span>'.join(
        f'<span class="fusion-breadcrumb-item"><a href="{url}" class="fusion-breadcrumb-link">'
        f"<span>{label}</span></a></span>"
        if url
        else f'<span class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{label}</span></span>'
        for label, url in [(WORDS[lang]["home"], site.home[lang]), *crumbs]
    )
    return f"""<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar">
<div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs fusion-page-title-bar-left">
<div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">
<div class="fusion-page-title-captions"><h1 class="entry-title">{heading}</h1></div>
<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb">{trail}</nav></div>
</div></div></div>
</section>"""


def _footer(site: Site, lang: str, updated: str | None) -> str:
    question, prompt, url = site.newsletter[lang]
    logo = f"{site.base}/wp-content/uploads/2019/03/{site.footer_logo}.png"
    snippet = f'<span class="updated rich-snippet-hidden">{updated}</span>\n' if updated else ""
    return f"""<div class="fusion-footer">
<footer class="fusion-footer-widget-area fusion-widget-area">
<div class="fusion-row"><div class="fusion-columns fusion-columns-3 fusion-widget-area">
<div class="fusion-column col-lg-4 col-md-4 col-sm-4">
<section id="media_image-2" class="fusion-footer-widget-column widget widget_media_image"><img width="300" height="90" src="{logo}" class="image wp-image-512 attachment-medium size-medium" alt="{site.footer_logo}" decoding="async" /><div style="clear:both;"></div></section>
<section id="text-3" class="fusion-footer-widget-column widget widget_text"><div class="textwidget"><p>{site.footer_about[lang]}</p></div><div style="clear:both;"></div></section>
</div>
<div class="fusion-column col-lg-4 col-md-4 col-sm-4 fusion-no-small-visibility fusion-no-medium-visibility">
<section id="custom_html-2" class="widget_text fusion-footer-widget-column widget widget_custom_html"><div class="textwidget custom-html-widget"><p><strong>{question}</strong><br />
<a href="{url}">{prompt}</a></p></div><div style="clear:both;"></div></section>
</div>
<div class="fusion-column fusion-column-last col-lg-4 col-md-4 col-sm-4 fusion-no-large-visibility">
<section id="custom_html-3" class="widget_text fusion-footer-widget-column widget widget_custom_html"><div class="textwidget custom-html-widget"><p><strong>{question}</strong><br />
<a href="{url}">{prompt}</a></p></div><div style="clear:both;"></div></section>
</div>
</div></div>
</footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content">
<div class="fusion-copyright-notice"><div>{site.copyright}</div></div>
<div class="fusion-social-links-footer"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-linkedin awb-icon-linkedin" href="https://www.linkedin.com/company/{slugify(site.name)}/" target="_blank" rel="noopener noreferrer" title="LinkedIn"><span class="screen-reader-text">LinkedIn</span></a></div></div></div>
</div></div></footer>
</div>
{snippet}"""


def _privacy_bar(site: Site, lang: str) -> str:
    return f"""<div class="fusion-privacy-bar fusion-privacy-bar-bottom">
<div class="fusion-privacy-bar-main"><span>{site.cookie[lang]} <a href="#" class="fusion-privacy-bar-learn-more">{WORDS[lang]["read_more"]} <i class="awb-icon-angle-down" aria-hidden="true"></i></a></span>
<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size" data-alt-text="Update Settings" data-orig-text="{WORDS[lang]["accept"]}">{WORDS[lang]["accept"]}</a></div>
</div>"""


def shell(
    site: Site,
    lang: str,
    head: str,
    body_class: str,
    main: str,
    alternates: dict[str, str],
    updated: str | None = None,
) -> str:
    """A whole Avada page around `main` (the `#content` column)."""
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="{LANG_ATTR[lang]}" prefix="og: https://ogp.me/ns#">
{head}
<body class="{body_class} fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar avada-has-rev-slider-styles fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v1 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-medium avada-blog-archive-layout-medium avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="0">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper">
<div id="wrapper" class="fusion-wrapper">
<div id="home" style="position:relative;top:-1px;"></div>
{_header(site, lang, alternates)}
<div id="sliders-container" class="fusion-slider-visibility"></div>
{main}
{_footer(site, lang, updated)}</div>
</div>
<div class="fusion-top-frame"></div><div class="fusion-bottom-frame"></div><div class="fusion-boxed-shadow"></div>
{_privacy_bar(site, lang)}
<section class="to-top-container to-top-right" aria-labelledby="awb-to-top-label">
<a href="#" id="toTop" class="fusion-top-top-link"><span id="awb-to-top-label" class="screen-reader-text">{GO_TO_TOP}</span></a>
</section>
<script type="text/javascript" src="{site.base}/wp-content/themes/Avada/includes/lib/assets/min/js/library/jquery.toTop.js?ver=1.2" id="jquery-to-top-js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- articles


def translations(site: Site, post: Post, posts: list[Post]) -> dict[str, str]:
    """Other-language versions: same-site twins (Polylang) plus the sister site's."""
    found = {
        p.lang: p.url(site)
        for p in posts
        if post.group and p.group == post.group and p.lang != post.lang
    }
    return {**found, **post.cross}


def _meta_line(site: Site, post: Post) -> str:
    words = WORDS[post.lang]
    author = (
        f'<span class="vcard"><span class="fn"><a href="{site.base}/author/{slugify(post.author)}/" '
        f'title="{escape(post.author)}" rel="author">{post.author}</a></span></span>'
    )
    cat = site.categories[post.lang]
    cat_link = (
        f'<a href="{site.base}/{post.lang}/category/{cat.slug}/" rel="category tag">{cat.name}</a>'
    )
    tags = ", ".join(
        f'<a href="{site.base}/{post.lang}/tag/{slugify(tag)}/" rel="tag">{tag}</a>'
        for tag in post.tags
    )
    sep = '<span class="fusion-inline-sep">|</span>'
    if post.lang == "en" and post.yoast:
        # Avada's layout-builder meta element, as on the newer English pages
        parts = [
            f'<span class="fusion-tb-author">{words["by"]} {author}</span>',
            f'<span class="fusion-tb-published-date">Published On: {en_date(post.published_at)}</span>',
            f'<span class="fusion-tb-categories">{words["categories"]} {cat_link}</span>',
        ]
        if tags:
            parts.append(f'<span class="fusion-tb-tags">{words["tags"]} {tags}</span>')
        return (
            '<div class="fusion-meta-tb fusion-meta-tb-1 floated">'
            + '<span class="fusion-meta-tb-sep"></span>'.join(parts)
            + "</div>"
        )
    date = sv_date(post.published_at) if post.lang == "sv" else en_ordinal_date(post.published_at)
    parts = [f"{words['by']} {author}", f"<span>{date}</span>", f"{words['categories']} {cat_link}"]
    if tags:
        parts.append(f'<span class="meta-tags">{words["tags"]} {tags}</span>')
    return (
        '<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">'
        + sep.join(parts)
        + "</div></div>"
    )


def _featured(site: Site, post: Post) -> str:
    if not post.image:
        return ""
    return f"""<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow">
<ul class="slides"><li>
<a href="{_image_url(site, post)}" data-rel="iLightbox[gallery{post.id}]" title="" data-title="{post.image}" data-caption="" aria-label="{post.image}">
<span class="screen-reader-text">View Larger Image</span>
<img width="1200" height="675" src="{_image_url(site, post)}" class="attachment-full size-full wp-post-image" alt="" decoding="async" /></a>
<p class="flex-caption">{post.image}</p>
</li></ul>
</div>"""


def _share_box(post: Post, url: str) -> str:
    title, url = quote(clean(post.title)), quote(url, safe="")
    return f"""<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box share-box">
<h4>{SHARE_HEADING}</h4>
<div class="fusion-social-networks"><div class="fusion-social-networks-wrapper">
<a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" href="https://www.facebook.com/sharer.php?u={url}&amp;t={title}" target="_blank" rel="noreferrer" title="Facebook"><span class="screen-reader-text">Facebook</span></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-twitter awb-icon-twitter" href="https://twitter.com/share?url={url}&amp;text={title}" target="_blank" rel="noopener noreferrer" title="X"><span class="screen-reader-text">X</span></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-linkedin awb-icon-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}&amp;title={title}" target="_blank" rel="noopener noreferrer" title="LinkedIn"><span class="screen-reader-text">LinkedIn</span></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-mail awb-icon-mail" href="mailto:?body={url}&amp;subject={title}" target="_self" title="Email"><span class="screen-reader-text">Email</span></a>
</div></div>
</div>"""


def _same_lang_others(site_posts: list[Post], post: Post) -> list[Post]:
    return [p for p in site_posts if p.lang == post.lang and p.id != post.id]


def recent_pages(site_posts: list[Post], post: Post) -> int:
    return max(1, math.ceil(len(_same_lang_others(site_posts, post)) / RECENT_PER_PAGE))


def _recent_posts(site: Site, post: Post, site_posts: list[Post], n: int) -> str:
    """Avada's recent-posts element; its pagination walks the post's own URL + /page/N/."""
    others = _same_lang_others(site_posts, post)
    pages = recent_pages(site_posts, post)
    start = ((n - 1) * RECENT_PER_PAGE) % (pages * RECENT_PER_PAGE)
    teasers = "\n".join(
        '<article class="post fusion-column column col col-lg-4 col-md-4 col-sm-4">'
        f'<div class="recent-posts-content"><h4 class="entry-title"><a href="{p.url(site)}">'
        f"{p.title}</a></h4><p>{p.excerpt}</p></div></article>"
        for p in others[start : start + RECENT_PER_PAGE]
    )
    url = post.url(site)

    def page_url(k: int) -> str:
        return url if k == 1 else f"{url}page/{k}/"

    links = []
    if 1 < n <= pages:
        links.append(
            f'<a class="pagination-prev" href="{page_url(n - 1)}"><span class="page-prev"></span>'
            f'<span class="page-text">{WORDS[post.lang]["previous"]}</span></a>'
        )
    for k in range(1, pages + 1):
        links.append(
            f'<span class="current">{k}</span>'
            if k == n
            else f'<a href="{page_url(k)}" class="inactive">{k}</a>'
        )
    if n < pages:
        links.append(
            f'<a class="pagination-next" href="{page_url(n + 1)}"><span class="page-text">'
            f'{WORDS[post.lang]["next"]}</span><span class="page-next"></span></a>'
        )
    return f"""<div class="fusion-fullwidth fullwidth-box fusion-builder-row-2 awb-recent-news">
<div class="fusion-title title fusion-title-1 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="fusion-title-heading title-heading-left">{WORDS[post.lang]["recent"]}</h3></div>
<div class="fusion-recent-posts fusion-recent-posts-1 avada-container layout-default layout-columns-3">
<section class="fusion-columns columns fusion-columns-3 columns-3">
{teasers}
</section>
<div class="pagination clearfix">{"".join(links)}</div>
</div>
</div>"""


def article_page(site: Site, post: Post, site_posts: list[Post], n: int = 1) -> str:
    """The single-post page; n > 1 is the /page/N/ variant (same post, another teaser page)."""
    url = post.url(site)
    alternates = {post.lang: url, **translations(site, post, site_posts)}
    api_links = (
        f'<link rel="alternate" type="application/json" href="{site.base}/wp-json/wp/v2/posts/{post.id}" />\n'
        f"<link rel='shortlink' href='{site.base}/?p={post.id}' />\n"
    )
    if post.yoast:
        head = _head(
            site,
            post.lang,
            post.title,
            url,
            alternates,
            _yoast_head(
                site,
                post.lang,
                post.title,
                url,
                post.description,
                "article",
                alternates,
                post,
            ),
            api_links,
        )
        updated = post.modified_at.isoformat()
    else:
        # saved before Yoast: WordPress core title and canonical; Avada then printed UTC times
        head = _head(
            site, post.lang, f"{post.title} &#8211; {site.name}", url, alternates, "", api_links
        )
        updated = utc_iso(post.modified_at)
    cat = site.categories[post.lang]
    crumbs = [(cat.name, f"{site.base}/{post.lang}/category/{cat.slug}/"), (post.title, None)]
    body_class = (
        f"post-template-default single single-post postid-{post.id} single-format-standard "
        f"{'paged-' + str(n) + ' single-paged-' + str(n) if n > 1 else ''}"
    )
    tag_classes = " ".join(f"tag-{slugify(t)}" for t in post.tags)
    main = f"""{_title_bar(site, post.lang, post.title, crumbs)}
<main id="main" class="clearfix width-100">
<div class="fusion-row" style="max-width:100%;">
<section id="content" style="width: 100%;">
<article id="post-{post.id}" class="post post-{post.id} type-post status-publish format-standard {"has-post-thumbnail " if post.image else ""}hentry category-{cat.slug} {tag_classes}">
{_featured(site, post)}
<h2 class="entry-title fusion-post-title">{post.title}</h2>
{_meta_line(site, post)}
<div class="post-content">
{content_html(site, post)}
</div>
{_share_box(post, url)}
</article>
{_recent_posts(site, post, site_posts, n)}
</section>
</div>
</main>"""
    return shell(site, post.lang, head, body_class.strip(), main, alternates, updated)


# ---------------------------------------------------------------- listings and pages


def listing_pages(site: Site, lang: str, site_posts: list[Post]) -> dict[str, str]:
    """The news category archive of one language: URL path -> page HTML."""
    cat = site.categories[lang]
    posts = [p for p in site_posts if p.lang == lang]
    pages = max(1, math.ceil(len(posts) / site.per_page))
    root = f"/{lang}/category/{cat.slug}/"
    out = {}
    for n in range(1, pages + 1):
        path = root if n == 1 else f"{root}page/{n}/"
        canonical = site.base + path
        extra = ""
        if n > 1:
            prev = root if n == 2 else f"{root}page/{n - 1}/"
            extra += f'<link rel="prev" href="{site.base}{prev}" />\n'
        if n < pages:
            extra += f'<link rel="next" href="{site.base}{root}page/{n + 1}/" />\n'
        title = cat.name if n == 1 else f"{cat.name} - Sida {n} av {pages}"
        if lang == "en" and n > 1:
            title = f"{cat.name} - Page {n} of {pages}"
        yoast = _yoast_head(site, lang, title, canonical, None, "article", {}, None, extra)
        cards = "\n".join(
            _archive_card(site, p) for p in posts[(n - 1) * site.per_page :][: site.per_page]
        )
        nav = []
        if n > 1:
            prev = root if n == 2 else f"{root}page/{n - 1}/"
            nav.append(
                f'<a class="pagination-prev" rel="prev" href="{site.base}{prev}">{WORDS[lang]["newer"]}</a>'
            )
        for k in range(1, pages + 1):
            target = root if k == 1 else f"{root}page/{k}/"
            nav.append(
                f'<span class="current">{k}</span>'
                if k == n
                else f'<a href="{site.base}{target}" class="inactive">{k}</a>'
            )
        if n < pages:
            nav.append(
                f'<a class="pagination-next" rel="next" href="{site.base}{root}page/{n + 1}/">'
                f'<span class="page-text">{WORDS[lang]["older"]}</span></a>'
            )
        main = f"""{_title_bar(site, lang, cat.name, [(cat.name, None)])}
<main id="main" class="clearfix">
<div class="fusion-row" style="">
<section id="content" class="" style="float: left;">
<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-medium-wrapper fusion-clearfix">
<div class="fusion-posts-container fusion-blog-layout-medium fusion-blog-pagination fusion-blog-rollover" data-pages="{pages}">
{cards}
</div>
<div class="pagination clearfix">{"".join(nav)}</div>
</div>
</section>
</div>
</main>"""
        body_class = f"archive category category-{cat.slug} category-{cat.id}" + (
            f" paged paged-{n} category-paged-{n}" if n > 1 else ""
        )
        out[path] = shell(
            site, lang, _head(site, lang, title, canonical, {}, yoast), body_class, main, {}
        )
    return out


def _archive_card(site: Site, post: Post) -> str:
    date = sv_date(post.published_at) if post.lang == "sv" else en_date(post.published_at)
    return f"""<article id="post-{post.id}" class="fusion-post-medium post-{post.id} post type-post status-publish format-standard hentry">
<div class="fusion-post-content post-content">
<h2 class="entry-title fusion-post-title"><a href="{post.url(site)}">{post.title}</a></h2>
<p class="fusion-single-line-meta">{WORDS[post.lang]["by"]} <span class="vcard"><span class="fn"><a href="{site.base}/author/{slugify(post.author)}/" rel="author">{post.author}</a></span></span><span class="fusion-inline-sep">|</span><span>{date}</span></p>
<div class="fusion-post-content-container"><p>{post.excerpt} [&hellip;]</p></div>
</div>
<div class="fusion-clearfix"></div>
<div class="fusion-meta-info"><div class="fusion-alignright"><a href="{post.url(site)}" class="fusion-read-more" aria-label="{WORDS[post.lang]["read_more"]}: {escape(clean(post.title))}">{WORDS[post.lang]["read_more"]}</a></div></div>
</article>"""


def static_page(site: Site, page: Page, site_posts: list[Post]) -> str:
    url = page.url(site)
    alternates = {code: site.base + path for code, path in page.translations.items()}
    if alternates:
        alternates[page.lang] = url
    if page.date_line is None:
        yoast = _yoast_head(site, page.lang, page.title, url, None, "article", alternates)
        head = _head(site, page.lang, page.title, url, alternates, yoast)
        meta = ""
    else:
        # a legacy page kept from the 2019 site: no Yoast, Avada's old dated meta line
        head = _head(site, page.lang, f"{page.title} &#8211; {site.name}", url, alternates, "")
        meta = (
            '<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">'
            f"<span>{page.date_line}</span></div></div>"
        )
    updated = datetime.fromisoformat(page.modified).replace(tzinfo=STOCKHOLM)
    updated_iso = utc_iso(updated) if page.date_line else updated.isoformat()
    body = _text_html([b for b in page.blocks])
    teasers = ""
    if page.listing:
        teasers = "\n".join(
            _archive_card(site, p) for p in [p for p in site_posts if p.lang == page.lang][:4]
        )
        teasers = f'<div class="fusion-blog-shortcode fusion-blog-shortcode-1 fusion-blog-layout-medium">{teasers}</div>'
    main = f"""{_title_bar(site, page.lang, page.title, [(page.title, None)])}
<main id="main" class="clearfix width-100">
<div class="fusion-row" style="max-width:100%;">
<section id="content" style="width: 100%;">
<div id="post-{page.id}" class="post-{page.id} page type-page status-publish hentry">
<span class="entry-title rich-snippet-hidden">{page.title}</span>
{meta}
<div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1"><div class="fusion-builder-row fusion-row">
<div class="fusion-text fusion-text-1">{body}</div>
{page.extra_html}
{teasers}
</div></div>
</div>
</div>
</section>
</div>
</main>"""
    body_class = f"page-template-default page page-id-{page.id}"
    return shell(site, page.lang, head, body_class, main, alternates, updated_iso)


def not_found_page(site: Site) -> str:
    lang = "sv"
    main = f"""{_title_bar(site, lang, WORDS[lang]["not_found"], [])}
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" class="full-width">
<div id="post-404page"><div class="post-content"><div class="fusion-title"><h2>Oops, sidan du söker finns inte.</h2></div>
<p>Det verkar som att sidan har flyttats eller tagits bort. Prova att söka eller gå till <a href="{site.home[lang]}">startsidan</a>.</p></div></div>
</section></div></main>"""
    head = _head(site, lang, f"{WORDS[lang]['not_found']} - {site.name}", site.home[lang], {}, "")
    return shell(site, lang, head, "error404", main, {})


# ---------------------------------------------------------------- WordPress routes


def rest_post(site: Site, post: Post, site_posts: list[Post], tag_ids: dict[str, int]) -> dict:
    """One post as /wp-json/wp/v2/posts returns it (with Polylang's lang and translations)."""
    twins = {p.lang: p.id for p in site_posts if post.group and p.group == post.group}
    return {
        "id": post.id,
        "date": rest_time(post.published_at),
        "date_gmt": rest_time(post.published_at, gmt=True),
        "guid": {"rendered": f"{site.base}/?p={post.id}"},
        "modified": rest_time(post.modified_at),
        "modified_gmt": rest_time(post.modified_at, gmt=True),
        "slug": post.slug,
        "status": "publish",
        "type": "post",
        "link": post.url(site),
        "title": {"rendered": post.title},
        "content": {"rendered": content_html(site, post) + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{post.excerpt}</p>\n", "protected": False},
        "author": site.author_ids[post.author],
        "featured_media": post.id + 7 if post.image else 0,
        "comment_status": "closed",
        "format": "standard",
        "categories": [site.categories[post.lang].id],
        "tags": [tag_ids[t] for t in post.tags],
        "lang": post.lang,
        "translations": twins or {post.lang: post.id},
    }


def dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def write_wordpress_routes(out: Path, site: Site, posts: list[Post], pages: list[Page]) -> None:
    """REST API, Yoast sitemaps, robots.txt and RSS feeds (site-wide and per language)."""
    tags = sorted({t for p in posts for t in p.tags})
    tag_ids = {t: 40 + i for i, t in enumerate(tags)}
    lang_of_tag = {t: p.lang for p in posts for t in p.tags}
    api = {
        "name": site.name,
        "description": site.tagline,
        "url": site.base,
        "home": site.base,
        "gmt_offset": "1",
        "timezone_string": "Europe/Stockholm",
        "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1", "yoast/v1", "pll/v1"],
        "authentication": [],
        "routes": {
            "/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/pages": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/categories": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/tags": {"namespace": "wp/v2", "methods": ["GET"]},
            "/wp/v2/users": {"namespace": "wp/v2", "methods": ["GET"]},
        },
    }
    mirrorkit.write(out / "wp-json/index.json", dump(api))
    mirrorkit.write(
        out / "wp-json/wp/v2/posts.json",
        dump([rest_post(site, p, posts, tag_ids) for p in posts]),
    )
    mirrorkit.write(
        out / "wp-json/wp/v2/tags/index.json",
        dump(
            [
                {
                    "id": tag_ids[t],
                    "name": t,
                    "slug": slugify(t),
                    "taxonomy": "post_tag",
                    "link": f"{site.base}/{lang_of_tag[t]}/tag/{slugify(t)}/",
                }
                for t in tags
            ]
        ),
    )
    mirrorkit.write(
        out / "wp-json/wp/v2/categories/index.json",
        dump(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "slug": c.slug,
                    "taxonomy": "category",
                    "link": f"{site.base}/{lang}/category/{c.slug}/",
                    "lang": lang,
                }
                for lang, c in site.categories.items()
            ]
        ),
    )
    mirrorkit.write(
        out / "wp-json/wp/v2/users/index.json",
        dump(
            [
                {
                    "id": uid,
                    "name": name,
                    "slug": slugify(name),
                    "link": f"{site.base}/author/{slugify(name)}/",
                }
                for name, uid in site.author_ids.items()
            ]
        ),
    )

    def lastmod(dt: datetime) -> str:
        return utc_iso(dt)

    sitemaps = ["post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml"]
    mirrorkit.write(out / "robots.txt", mirrorkit.robots([f"{site.base}/sitemap_index.xml"]))
    mirrorkit.write(
        out / "sitemap_index.xml", mirrorkit.sitemap_index([f"{site.base}/{s}" for s in sitemaps])
    )
    mirrorkit.write(
        out / "post-sitemap.xml",
        mirrorkit.urlset([(p.url(site), lastmod(p.modified_at)) for p in reversed(posts)]),
    )
    page_rows = [
        (pg.url(site), lastmod(datetime.fromisoformat(pg.modified).replace(tzinfo=STOCKHOLM)))
        for pg in pages
    ]
    mirrorkit.write(out / "page-sitemap.xml", mirrorkit.urlset(page_rows))
    mirrorkit.write(
        out / "category-sitemap.xml",
        mirrorkit.urlset(
            [
                (
                    f"{site.base}/{lang}/category/{c.slug}/",
                    lastmod(max(p.modified_at for p in posts if p.lang == lang)),
                )
                for lang, c in site.categories.items()
            ]
        ),
    )

    def feed(folder: str, chosen: list[Post], title: str, link: str) -> None:
        # one page past the end too: WordPress answers it with an empty channel
        for n in range(1, max(1, math.ceil(len(chosen) / 10)) + 2):
            items = [
                {
                    "title": clean(p.title),
                    "link": p.url(site),
                    "published": p.published_at,
                    "description": clean(p.excerpt) + " […]",
                }
                for p in chosen[(n - 1) * 10 : n * 10]
            ]
            name = "index.xml" if n == 1 else f"index@paged={n}.xml"
            mirrorkit.write(out / folder / name, mirrorkit.rss(title, link, items))

    feed("feed", posts, site.name, site.base)
    for lang in site.categories:
        feed(
            f"{lang}/feed",
            [p for p in posts if p.lang == lang],
            f"{site.name} - {WORDS[lang]['language']}",
            site.home[lang],
        )


def write_site(
    folder: Path, site: Site, posts: list[Post], pages: list[Page], traps: dict[int, list[int]]
) -> list[str]:
    """Write the whole mirror under folder/site; return the not-article URLs it serves.

    `traps` adds /page/N/ variants beyond the recent-posts range (post id -> [N, ...]), as seen in
    old links to the real site.
    """
    out = folder / "site"
    mirrorkit.reset(out)
    posts = sorted(posts, key=lambda p: p.published_at, reverse=True)
    not_articles = []
    for post in posts:
        url = post.url(site)
        path = url.removeprefix(site.base)
        mirrorkit.write_page(out, path, article_page(site, post, posts))
        extra = traps.get(post.id, [])
        for n in [*range(2, recent_pages(posts, post) + 1), *extra]:
            mirrorkit.write_page(out, f"{path}page/{n}/", article_page(site, post, posts, n))
            not_articles.append(f"{url}page/{n}/")
    for lang in site.categories:
        for path, html in listing_pages(site, lang, posts).items():
            mirrorkit.write_page(out, path, html)
            not_articles.append(site.base + path)
    for page in pages:
        mirrorkit.write_page(out, page.path, static_page(site, page, posts))
        not_articles.append(page.url(site))
    mirrorkit.write(out / "404.html", not_found_page(site))
    write_wordpress_routes(out, site, posts, pages)
    return sorted(set(not_articles))


# ---------------------------------------------------------------- expected.json


def expected_article(site: Site, post: Post, site_posts: list[Post]) -> dict:
    """What a careful reader takes from the post's page."""
    paragraphs = [block_text(b) for b in post.blocks if is_text_block(b)]
    # pages saved before Yoast show only a date (URL path, meta line)
    published = post.published_at.isoformat() if post.yoast else post.date[:10]
    return {
        "url": post.url(site),
        "lang": post.lang,
        "title": clean(post.title),
        "published": published,
        "modified": post.modified_at.isoformat(),
        "authors": [post.author],
        "tags": list(post.tags),
        "summary": clean(post.description) if post.yoast and post.description else paragraphs[0],
        # cut inside the first and last paragraph, so the joiner between blocks doesn't matter
        "body_start": paragraphs[0][:50].rstrip(),
        "body_end": paragraphs[-1][-50:].lstrip(),
        "paragraphs": len(paragraphs),
        "translations": translations(site, post, site_posts),
        "duplicate_of": post.duplicate_of,
    }


def check_absent(site: Site, posts: list[Post], absent: list[str]) -> None:
    """Fail the build if a boilerplate string is part of what a crawl must store."""
    for post in posts:
        entry = expected_article(site, post, posts)
        body = " ".join(block_text(b) for b in post.blocks if is_text_block(b))
        stored = " ".join([entry["title"], entry["summary"], body]).lower()
        for phrase in absent:
            assert phrase.lower() not in stored, (entry["url"], phrase)
