"""Build the mirror of Södertälje Science Park's Mynewsdesk newsroom
(https://www.mynewsdesk.com/se/soedertaelje-science-park): press releases and news, cursor-paged
listings, one RSS feed per material type, no sitemap. Some materials republish sscp.se posts.

Run: .venv/bin/python tests/sites/sscp-newsroom/build.py  (writes site/ and expected.json)
"""

from __future__ import annotations

import base64
import html
import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bodykit  # noqa: E402
import mirrorkit  # noqa: E402
import wordpress_theme as wp  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


content = _load("sscp_newsroom_content", HERE / "content.py")
sscp = _load("sscp_content", HERE.parent / "sscp" / "content.py")

HOST = "https://www.mynewsdesk.com"
ROOT = "/se/soedertaelje-science-park"
BASE = HOST + ROOT
NAME = "Södertälje Science Park"
LISTING_SIZE = 5
IMAGES = "https://mnd-assets.mynewsdesk.com/image/upload/c_fill,dpr_auto,f_auto,g_auto,q_auto:good,w_746/"
KINDS = {
    "pressrelease": ("pressreleases", "Pressmeddelande", "Pressmeddelanden"),
    "news": ("news", "Nyhet", "Nyheter"),
}
SKIP = "Gå direkt till innehåll"
ABOUT_TITLE = "Om Södertälje Science Park"
ABOUT_TEXT = (
    "Södertälje Science Park är en nod för forskning, utbildning och innovation inom hållbar "
    "produktion. Parken ägs av Södertälje kommun, KTH, Scania och AstraZeneca och samlar företag, "
    "akademi och samhälle för att utveckla framtidens industri."
)
CONTACT = ("Lotta Wahlberg", "Kommunikationschef", "+46 8 553 210 40", "press@sscp.se")
COOKIE_TEXT = (
    "Mynewsdesk använder cookies för att ge dig en bättre upplevelse, för statistik och för att "
    "anpassa innehållet."
)
FOLLOW_TEXT = "Få nyheter från Södertälje Science Park direkt i din inkorg."
LOGO_ALT = "soedertaelje-science-park-logo"
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"


@dataclass
class Material:
    kind: str  # "pressrelease" | "news"
    id: int
    title: str
    published: datetime
    lead: str
    blocks: list[bodykit.Block]  # the text after the lead
    subjects: tuple[str, ...]
    image: tuple[str, str] | None
    duplicate_of: str | None = None

    @property
    def path(self) -> str:
        return f"/{KINDS[self.kind][0]}/{slug(self.title)}-{self.id}"

    @property
    def url(self) -> str:
        return BASE + self.path


def slug(title: str) -> str:
    """Mynewsdesk's slugs spell å, ä, ö as aa, ae, oe (as in 'soedertaelje')."""
    table = str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "é": "e"})
    return re.sub(r"[^a-z0-9]+", "-", bodykit.text(title).lower().translate(table)).strip("-")


def materials() -> list[Material]:
    """Newest first: the newsroom's own materials and its copies of sscp.se posts."""
    found = []
    for item in content.ONLY_HERE:
        blocks = bodykit.parse(item["body"])
        fields = {
            k: item[k] for k in ("kind", "id", "title", "published", "lead", "subjects", "image")
        }
        found.append(Material(blocks=blocks, **fields))
    for post in sscp.POSTS:
        if post.id not in content.REPUBLISHED:
            continue
        mnd_id, published, subjects, image = content.REPUBLISHED[post.id]
        lead, *rest = post.blocks
        assert lead.tag == "p", post.slug
        found.append(
            Material(
                kind="pressrelease",
                id=mnd_id,
                title=post.title,
                published=published,
                lead=lead.html,
                blocks=rest,
                subjects=subjects,
                image=image,
                duplicate_of=f"https://sscp.se/{post.slug}/",
            )
        )
    return sorted(found, key=lambda m: m.published, reverse=True)


def shown(moment: datetime) -> str:
    local = moment.astimezone(bodykit.STOCKHOLM)
    return f"{local.day} {MONTHS.split()[local.month - 1]} {local.year} {local:%H:%M}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# ----------------------------------------------------------------------------------- the pages


def feed_links(kinds: list[str]) -> str:
    return "\n".join(
        f'<link rel="alternate" type="application/rss+xml" title="{NAME} - {KINDS[k][2]}" href="{BASE}/rss/{KINDS[k][0]}">'
        for k in kinds
    )


def document(*, title: str, canonical: str, head: str, body_class: str, main: str) -> str:
    nav = "\n".join(
        f'<li><a href="{ROOT}/{path}">{plural}</a></li>' for path, _, plural in KINDS.values()
    )
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {NAME}</title>
<link rel="canonical" href="{canonical}">
{head}
<link rel="stylesheet" href="https://static-assets.mynewsdesk.com/assets/newsroom-2f6c1d9e.css">
</head>
<body class="{body_class}">
<a class="skip-to-content" href="#main">{SKIP}</a>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite"><p>{COOKIE_TEXT}</p><button class="cookie-banner__accept">Godkänn alla</button> <button class="cookie-banner__settings">Hantera inställningar</button></div>
<header class="newsroom-header">
<a class="newsroom-header__logo" href="{BASE}"><img src="{IMAGES}sscp-logo.png" alt="{LOGO_ALT}"></a>
<nav class="newsroom-nav" aria-label="Nyhetsrum"><ul>
<li><a href="{BASE}">Start</a></li>
{nav}
<li><a href="{ROOT}/contact_people">Kontakter</a></li>
</ul></nav>
<a class="button button--follow" href="{ROOT}/subscribe">Prenumerera</a>
</header>
<main id="main" class="newsroom-main">
{main}
</main>
<footer class="site-footer"><p>Nyhetsrum från Mynewsdesk</p><a href="https://www.mynewsdesk.com/se/about">Om Mynewsdesk</a> <a href="https://www.mynewsdesk.com/se/privacy">Integritetspolicy</a></footer>
</body>
</html>
"""


def json_ld(material: Material) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": material.title,
        "description": bodykit.text(material.lead),
        "datePublished": bodykit.utc_z(material.published),
        "inLanguage": "sv",
        "mainEntityOfPage": material.url,
        "publisher": {"@type": "Organization", "name": NAME, "logo": f"{IMAGES}sscp-logo.png"},
    }
    if material.image:
        data["image"] = IMAGES + material.image[0]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def material_page(material: Material, related: list[Material]) -> str:
    lead = bodykit.text(material.lead)
    head = "\n".join(
        [
            f'<meta name="description" content="{html.escape(lead)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{html.escape(material.title)}">',
            f'<meta property="og:description" content="{html.escape(lead)}">',
            f'<meta property="og:url" content="{material.url}">',
            f'<meta property="og:site_name" content="{NAME}">',
            '<meta property="og:locale" content="sv_SE">',
            *(
                [f'<meta property="og:image" content="{IMAGES}{material.image[0]}">']
                if material.image
                else []
            ),
            feed_links(list(KINDS)),
            json_ld(material),
        ]
    )
    media = ""
    if material.image:
        src, caption = material.image
        media = f"""<section class="material-media"><h2>Bilder &amp; dokument</h2>
<figure><img src="{IMAGES}{src}" alt=""><figcaption>{caption}</figcaption>
<a class="material-media__download" href="{IMAGES}{src}?dl=1">Ladda ner</a></figure>
</section>"""
    subjects = "".join(
        f'<li><a href="{ROOT}/subjects/{slug(s)}">{esc(s)}</a></li>' for s in material.subjects
    )
    name, role, phone, email = CONTACT
    teasers = "\n".join(
        f'<li><a href="{other.url}">{esc(other.title)}</a> <span>{KINDS[other.kind][1]} - {shown(other.published)}</span></li>'
        for other in related
    )
    main = f"""<article class="panel material material--{material.kind}">
<header class="material-header">
<p class="material-header__meta">{KINDS[material.kind][1]} - <time datetime="{bodykit.utc_z(material.published)}">{shown(material.published)}</time></p>
<h1 class="material-header__title">{esc(material.title)}</h1>
</header>
<div class="material-body">
<p class="material-body__summary"><strong>{material.lead}</strong></p>
{bodykit.to_html(material.blocks, lambda src, caption: "")}
<h3>{ABOUT_TITLE}</h3>
<p>{ABOUT_TEXT}</p>
</div>
{media}
<section class="material-subjects"><h2>Ämnen</h2><ul>{subjects}</ul></section>
</article>
<aside class="contact-people"><h2>Presskontakt</h2>
<div class="contact-person"><p class="contact-person__name">{name}</p><p class="contact-person__title">{role}</p>
<a href="mailto:{email}">{email}</a> <a href="tel:{phone.replace(" ", "")}">{phone}</a></div></aside>
<aside class="follow-box"><h2>Prenumerera</h2><p>{FOLLOW_TEXT}</p><a class="button" href="{ROOT}/subscribe">Prenumerera</a></aside>
<section class="related-materials"><h2>Relaterat innehåll</h2><ul>
{teasers}
</ul></section>"""
    return document(
        title=material.title,
        canonical=material.url,
        head=head,
        body_class=f"newsroom material-page material-page--{material.kind}",
        main=main,
    )


def card(material: Material) -> str:
    return f"""<article class="material-card">
<p class="material-card__meta">{KINDS[material.kind][1]} - <time datetime="{bodykit.utc_z(material.published)}">{shown(material.published)}</time></p>
<h2 class="material-card__title"><a href="{material.url}">{esc(material.title)}</a></h2>
<p class="material-card__summary">{material.lead}</p>
</article>"""


def cursor(material: Material) -> str:
    """Mynewsdesk's opaque 'after' cursor: here, the last shown material's id, base64-encoded."""
    raw = json.dumps({"id": material.id, "published_at": bodykit.utc_z(material.published)})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def listing_pages(kind: str, items: list[Material]) -> list[tuple[dict[str, str] | None, str, str]]:
    """(query, canonical URL, html) for each page of a material type's list."""
    path, _, plural = KINDS[kind]
    chunks = wp.paginate(items, LISTING_SIZE)
    pages = []
    query: dict[str, str] | None = None
    for number, chunk in enumerate(chunks, start=1):
        url = f"{BASE}/{path}" + (f"?after={query['after']}" if query else "")
        next_query = {"after": cursor(chunk[-1])} if number < len(chunks) else None
        more = (
            f'<a class="button button--load-more" rel="next" href="{ROOT}/{path}?after={next_query["after"]}">Visa fler</a>'
            if next_query
            else ""
        )
        main = f'<h1 class="newsroom-title">{plural}</h1>\n<section class="material-list">\n{"".join(map(card, chunk))}\n</section>\n{more}'
        head = feed_links([kind])
        page = document(
            title=plural, canonical=url, head=head, body_class="newsroom listing-page", main=main
        )
        pages.append((query, url, page))
        query = next_query
    return pages


def home_page(items: list[Material]) -> str:
    sections = []
    for kind, (path, _, plural) in KINDS.items():
        chosen = [m for m in items if m.kind == kind][:3]
        sections.append(
            f'<section class="newsroom-section"><h2>{plural}</h2>\n{"".join(map(card, chosen))}\n'
            f'<a class="show-all" href="{BASE}/{path}">Visa alla {plural.lower()}</a></section>'
        )
    head = (
        f'<meta name="description" content="Nyheter och pressmeddelanden från {NAME}.">\n'
        + feed_links(list(KINDS))
    )
    main = f'<h1 class="newsroom-title">{NAME}</h1>\n' + "\n".join(sections)
    return document(
        title="Nyhetsrum", canonical=BASE, head=head, body_class="newsroom start-page", main=main
    )


def subject_page(subject: str, items: list[Material]) -> tuple[str, str]:
    """A subject's page lists every material tagged with it: (canonical URL, html)."""
    url = f"{BASE}/subjects/{slug(subject)}"
    chosen = [m for m in items if subject in m.subjects]
    main = f'<h1 class="newsroom-title">{esc(subject)}</h1>\n<section class="material-list">\n{"".join(map(card, chosen))}\n</section>'
    return url, document(
        title=subject, canonical=url, head="", body_class="newsroom subject-page", main=main
    )


def contacts_page() -> str:
    name, role, phone, email = CONTACT
    main = f"""<h1 class="newsroom-title">Kontakter</h1>
<div class="contact-person"><p class="contact-person__name">{name}</p><p class="contact-person__title">{role}</p>
<a href="mailto:{email}">{email}</a> <a href="tel:{phone.replace(" ", "")}">{phone}</a></div>"""
    url = f"{BASE}/contact_people"
    return document(
        title="Kontakter", canonical=url, head="", body_class="newsroom contacts-page", main=main
    )


def rss(kind: str, items: list[Material]) -> str:
    path, _, plural = KINDS[kind]
    entries = [
        {
            "title": m.title,
            "link": m.url,
            "published": m.published,
            "description": bodykit.text(m.lead),
        }
        for m in items
        if m.kind == kind
    ]
    return mirrorkit.rss(f"{NAME} - {plural}", f"{BASE}/{path}", entries)


def not_found() -> str:
    main = (
        "<h1>Sidan kunde inte hittas</h1><p>Sidan du letar efter finns inte eller har flyttats.</p>"
    )
    return document(
        title="Sidan kunde inte hittas",
        canonical=BASE,
        head="",
        body_class="newsroom error-page",
        main=main,
    )


# -------------------------------------------------------------------------------- expected.json


def expected(material: Material) -> dict:
    texts = [bodykit.text(material.lead), *bodykit.paragraphs(material.blocks)]
    return {
        "url": material.url,
        "lang": "sv",
        "title": material.title,
        "published": bodykit.iso(material.published),
        "modified": None,
        "authors": [],
        "tags": list(material.subjects),
        "summary": bodykit.text(material.lead),
        "body_start": bodykit.head(texts[0]),
        "body_end": bodykit.tail(texts[-1]),
        "paragraphs": len(texts),
        "translations": {},
        "duplicate_of": material.duplicate_of,
    }


ABSENT = [
    SKIP,
    "Pressmeddelande -",
    "Nyhet -",
    ABOUT_TITLE,
    ABOUT_TEXT,
    "Ladda ner",
    "Bilder & dokument",
    "Presskontakt",
    CONTACT[0],
    CONTACT[2],
    CONTACT[3],
    COOKIE_TEXT,
    "Godkänn alla",
    "Prenumerera",
    FOLLOW_TEXT,
    "Relaterat innehåll",
    "Visa fler",
    "Nyhetsrum från Mynewsdesk",
    LOGO_ALT,
]


def build() -> None:
    site = HERE / "site"
    mirrorkit.reset(site)
    items = materials()
    for index, material in enumerate(items):
        related = [m for m in items if m is not material][index % 3 : index % 3 + 3]
        mirrorkit.write_page(site, ROOT + material.path, material_page(material, related))
    listing_urls = []
    for kind, (path, _, _) in KINDS.items():
        for query, url, page in listing_pages(kind, [m for m in items if m.kind == kind]):
            mirrorkit.write_page(site, f"{ROOT}/{path}", page, query)
            listing_urls.append(url)
        mirrorkit.write(site / ROOT.strip("/") / "rss" / path / "index.xml", rss(kind, items))
    mirrorkit.write_page(site, ROOT, home_page(items))
    mirrorkit.write_page(site, f"{ROOT}/contact_people", contacts_page())
    other_pages = [f"{BASE}/contact_people"]
    for subject in sorted({s for m in items for s in m.subjects}):
        url, page = subject_page(subject, items)
        mirrorkit.write_page(site, url.removeprefix(HOST), page)
        other_pages.append(url)
    mirrorkit.write(site / "404.html", not_found())
    # mynewsdesk.com offers no sitemap for a newsroom.
    mirrorkit.write(
        site / "robots.txt", "User-agent: *\nDisallow: /*/search\nDisallow: /*/subscribe\n"
    )

    articles = [expected(m) for m in items]
    wp.check_absent(
        site,
        ABSENT,
        {
            a["url"]: [
                a["title"],
                a["summary"],
                bodykit.text(m.lead),
                *bodykit.paragraphs(m.blocks),
            ]
            for a, m in zip(articles, items, strict=True)
        },
    )
    mirrorkit.write_expected(
        HERE,
        {
            "node": "sscp-newsroom",
            "canonical_base": BASE,
            "mirror_path": ROOT,
            "absent": ABSENT,
            "not_articles": [BASE, *listing_urls, *other_pages],
            "articles": articles,
        },
    )


if __name__ == "__main__":
    build()
