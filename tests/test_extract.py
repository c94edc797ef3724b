"""scrapers.extract: a small hand-written page per row; each field checked with the layer that
gave it."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_article, paragraphs_of
from scrapers.registry import Boilerplate, Node, Selectors

FLEMINGSBERG = Node(
    slug="flemingsberg",
    name="Flemingsberg Science",
    base_url="https://flemingsbergscience.se",
    languages=("sv", "en"),
    article_url=r"^/(sv|en)/\d{4}/\d{2}/\d{2}/[^/]+/?$",
    lang_from_path=r"^/(?P<lang>sv|en)/",
    trailing_slash=True,
    host_aliases=("www.flemingsbergscience.se",),
    site_names=("Stiftelsen Flemingsberg Science",),
    selectors=Selectors(
        title=("h1.entry-title",),
        body=(".post-content",),
        published=(".fusion-meta-info",),
        modified=("span.updated",),
        drop=(".fusion-recent-posts", ".fusion-sharing-box"),
    ),
    boilerplate=Boilerplate(phrases=("CF_logo_neg", "Go to Top")),
)
KISTA = Node(
    slug="kista",
    name="Kista Science City",
    base_url="https://kista.com",
    languages=("en", "sv"),
    trailing_slash=True,
    host_aliases=("www.kista.com",),
    selectors=Selectors(title=("h1.entry-title",), body=(".entry-content",)),
)
SSCI = Node(
    slug="ssci",
    name="Stockholm Science City",
    base_url="https://ssci.se",
    languages=("sv", "en"),
    article_url=r"^/(sv/aktuellt|en/news)/[^/]+$",
    lang_from_path=r"^/(?P<lang>sv|en)/",
    trailing_slash=False,
    selectors=Selectors(title=("h1.page-title",), body=(".field--name-body",)),
)
SSCP = Node(
    slug="sscp", name="Södertälje Science Park", base_url="https://sscp.se", languages=("sv",)
)
# No selectors, no URL rules: every field from the general layers.
GENERIC = Node(
    slug="barkarby",
    name="Barkarby Science",
    base_url="https://barkarbyscience.se",
    languages=("sv", "en"),
)

FLEM_EN = (
    "https://flemingsbergscience.se/en/2022/02/15/strong-co-operation-between-the-regions-nodes/"
)
FLEM_SV = "https://flemingsbergscience.se/sv/2022/02/15/starkt-samarbete-mellan-regionens-noder/"
KISTA_POST = "https://kista.com/setting-the-agenda-semiconductor-arena-launches-in-kista/"
SSCI_EN = "https://ssci.se/en/news/summer-greeting-our-ceo-0"
SSCI_SV = "https://ssci.se/sv/aktuellt/sommarh-lsning-fr-n-stockholm-science-city"

SV_TEXT = (
    "Stiftelsen Flemingsberg Science var på plats under Almedalsveckan i Visby. Tillsammans med "
    "forskare, företagare och politiker samtalade vi om hur life science-klustret i Flemingsberg "
    "kan växa, om nya bostäder vid campus och om hur forskningen snabbare kan nå patienterna."
)
# Short posts, over language.MIN_CHARS (40) and well under the 200 characters it once asked for.
SV_SHORT = "Nu öppnar ansökan till höstens program för unga entreprenörer."
EN_SHORT = "The new lab opens its doors to students on Monday."
EN_TEXT = (
    "The semiconductor industry now has a meeting place of its own in Kista. The new arena brings "
    "together companies, researchers and students who want to design and test chips in Sweden, and "
    "the first projects start this autumn with support from the region and several large companies."
)


def page(body: str = "", head: str = "", *, lang: str | None = "en-US", classes: str = "") -> str:
    html_lang = f' lang="{lang}"' if lang else ""
    return (
        f'<!DOCTYPE html><html{html_lang}><head><meta charset="utf-8">{head}</head>'
        f'<body class="{classes}">{body}</body></html>'
    )


def extract(node: Node, url: str, body: str = "", head: str = "", *, hints=None, **page_options):
    return extract_article(page(body, head, **page_options), url, node, hints=hints)


# --- title ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "node, head, body, hints, expected",
    [
        # the template's heading beats everything
        (
            FLEMINGSBERG,
            '<meta property="og:title" content="Something else - Flemingsberg Science">',
            '<h1 class="entry-title">Stockholm Life Tech är viktigt för utvecklingen av '
            "Flemingsberg</h1>",
            {"title": "From the feed"},
            ("Stockholm Life Tech är viktigt för utvecklingen av Flemingsberg", "selectors"),
        ),
        # og:title, with the site's name after a separator cut off
        (
            FLEMINGSBERG,
            '<meta property="og:title" content="Touchdown Novum Labs for Hydromars! - '
            'Flemingsberg Science"><title>x</title>',
            "<h1>Not the template's heading</h1>",
            {},
            ("Touchdown Novum Labs for Hydromars!", "metadata"),
        ),
        (
            FLEMINGSBERG,
            '<meta property="og:title" content="Stiftelsen Flemingsberg Science – En nationell '
            'resurs för morgondagens behandlingar">',
            "",
            {},
            ("En nationell resurs för morgondagens behandlingar", "metadata"),
        ),
        # JSON-LD headline when there is no og:title
        (
            SSCP,
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": '
            '"Södertälje Science Park satsar på hållbar produktion"}]}</script>',
            "",
            {},
            ("Södertälje Science Park satsar på hållbar produktion", "metadata"),
        ),
        # <title> with the site name as a suffix; a dash that is part of the title stays
        (
            GENERIC,
            "<title>Säsongens hälsningar – Barkarby Science</title>",
            "",
            {},
            ("Säsongens hälsningar", "text"),
        ),
        (
            KISTA,
            "<title>Kista makeover – work with the new structural plan has been initiated! | "
            "Kista Science City</title>",
            "",
            {},
            ("Kista makeover – work with the new structural plan has been initiated!", "text"),
        ),
        # nothing on the page: what discovery said
        (GENERIC, "", "<p>Bara text.</p>", {"title": "Hummeltorp blir delägare"},
         ("Hummeltorp blir delägare", "api")),
    ],
)  # fmt: skip
def test_title(node, head, body, hints, expected):
    article = extract(node, "https://example.se/x/", body, head, hints=hints).article
    assert (article.title, article.sources.get("title")) == expected


# --- dates ----------------------------------------------------------------------------------

SCHEMA_DATE = (
    '<script type="application/ld+json">{"@type": "BlogPosting", '
    '"datePublished": "2021-09-27T07:15:00+00:00"}</script>'
)


@pytest.mark.parametrize(
    "node, url, head, body, hints, expected",
    [
        # metadata in UTC comes out in Stockholm time, winter and summer
        (
            KISTA, KISTA_POST,
            '<meta property="article:published_time" content="2022-02-15T15:02:11+00:00">',
            "", {},
            ("2022-02-15T16:02:11+01:00", "metadata"),
        ),
        (
            KISTA, KISTA_POST,
            '<meta property="article:published_time" content="2024-07-02T08:00:00Z">',
            "", {},
            ("2024-07-02T10:00:00+02:00", "metadata"),
        ),
        (KISTA, KISTA_POST, SCHEMA_DATE, "", {}, ("2021-09-27T09:15:00+02:00", "metadata")),
        (
            KISTA, KISTA_POST, "",
            '<article><time class="entry-date" datetime="2021-11-11T10:00:00+01:00">'
            "november 11, 2021</time></article>",
            {},
            ("2021-11-11T10:00:00+01:00", "metadata"),
        ),
        # the date path
        (
            FLEMINGSBERG, "https://flemingsbergscience.se/sv/2019/10/07/nobelpris/", "", "", {},
            ("2019-10-07", "url"),
        ),
        # visible text: where themes print it, in the sites' own forms
        (
            KISTA, KISTA_POST, "",
            '<article><span class="posted-on">september 27, 2021</span><p>Text.</p></article>',
            {},
            ("2021-09-27", "text"),
        ),
        (
            SSCP, "https://sscp.se/naringsministern-besokte-sodertalje-science-park/", "",
            '<article><div class="post-meta">Publicerad: 10 september 2018</div></article>',
            {},
            ("2018-09-10", "text"),
        ),
        (
            KISTA, KISTA_POST, "",
            "<main><p>Kista får en ny handlingsplan (Pressmeddelande, 2021-11-11).</p></main>",
            {},
            ("2021-11-11", "text"),
        ),
        # the template's plain date, completed by the metadata's time on the same day
        (
            FLEMINGSBERG, FLEM_EN,
            '<meta property="article:published_time" content="2022-02-15T15:02:11+00:00">',
            '<div class="fusion-meta-info">Published On: 15 February 2022</div>',
            {},
            ("2022-02-15T16:02:11+01:00", "selectors+metadata"),
        ),
        # ... but not by a time on another day
        (
            FLEMINGSBERG, FLEM_EN,
            '<meta property="article:published_time" content="2022-02-16T08:00:00+00:00">',
            '<div class="fusion-meta-info">Published On: 15 February 2022</div>',
            {},
            ("2022-02-15", "selectors"),
        ),
        # ... nor by a sitemap's lastmod, which says when the page last changed
        (
            FLEMINGSBERG, FLEM_EN, "", "", {"lastmod": "2022-02-15T18:30:00+01:00"},
            ("2022-02-15", "url"),
        ),
        (
            FLEMINGSBERG, FLEM_EN, "",
            '<div class="fusion-meta-info">Published On: 15 February 2022</div>',
            {"lastmod": "2022-02-15T18:30:00+01:00"},
            ("2022-02-15", "selectors"),
        ),
        # discovery's dates only when the page has none
        (
            KISTA, KISTA_POST, "", "<p>Inget datum här.</p>",
            {"published": "2022-02-15T15:02:11+00:00", "lastmod": "2023-01-01"},
            ("2022-02-15T16:02:11+01:00", "api"),
        ),
        (
            KISTA, KISTA_POST, "", "<p>Inget datum här.</p>", {"lastmod": "2023-01-09T12:00:00Z"},
            ("2023-01-09T13:00:00+01:00", "sitemap"),
        ),
        (
            KISTA, KISTA_POST,
            '<meta property="article:published_time" content="2021-09-27T07:15:00+00:00">',
            "", {"published": "2021-09-28T00:00:00+00:00"},
            ("2021-09-27T09:15:00+02:00", "metadata"),
        ),
        (KISTA, KISTA_POST, "", "<p>Inget datum här.</p>", {}, (None, None)),
    ],
)  # fmt: skip
def test_published(node, url, head, body, hints, expected):
    article = extract(node, url, body, head, hints=hints).article
    assert (article.published, article.sources.get("published")) == expected


@pytest.mark.parametrize(
    "node, head, body, hints, expected",
    [
        # Avada's hidden 'updated' span
        (
            FLEMINGSBERG,
            "",
            '<span class="updated rich-snippet-hidden">2022-02-16T09:05:00+01:00</span>',
            {},
            ("2022-02-16T09:05:00+01:00", "selectors"),
        ),
        (
            KISTA,
            '<meta property="article:modified_time" content="2024-11-02T10:00:00+00:00">',
            "",
            {},
            ("2024-11-02T11:00:00+01:00", "metadata"),
        ),
        # the hAtom microformat WordPress themes print
        (
            KISTA,
            "",
            '<article><time class="updated" datetime="2021-10-01T12:00:00+02:00">1 oktober 2021'
            "</time></article>",
            {},
            ("2021-10-01T12:00:00+02:00", "text"),
        ),
        # only the page's own word: the REST API's modified would differ by route
        (KISTA, "", "", {"modified": "2024-11-02T10:00:00+00:00"}, (None, None)),
    ],
)
def test_modified(node, head, body, hints, expected):
    article = extract(node, FLEM_EN, body, head, hints=hints).article
    assert (article.modified, article.sources.get("modified")) == expected


# --- language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "node, url, head, body, hints, html_lang, expected",
    [
        # the path decides, whatever the slug, <html lang> or the text say
        (
            FLEMINGSBERG,
            "https://flemingsbergscience.se/en/2024/07/02/"
            "stiftelsen-flemingsberg-science-pa-almedalsveckan/",
            "", f"<article><p>{SV_TEXT}</p></article>", {}, "sv-SE",
            ("en", "url"),
        ),
        # an hreflang link to the page itself (spelt with the www. alias)
        (
            KISTA,
            "https://kista.com/gemensam-handlingsplan-for-kista/",
            '<link rel="alternate" hreflang="sv-SE" href="http://www.kista.com/gemensam-handlingsplan-for-kista">'
            '<link rel="alternate" hreflang="en-US" href="https://kista.com/joint-action-plan/">',
            "<p>Kort text.</p>", {}, "en-US",
            ("sv", "metadata"),
        ),
        # what the REST API said
        (KISTA, KISTA_POST, "", "<p>Kort text.</p>", {"lang": "sv"}, "en-US", ("sv", "api")),
        (KISTA, KISTA_POST, "", "<p>Kort text.</p>", {"lang": "de"}, "en-US", ("en", "metadata")),
        # a short post in the other language than <html lang> (WordPress' en-US default): the text,
        # long enough to be sure, wins; and so on the path of a URL-language node, the path wins
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{SV_SHORT}</p></div>", {}, "en-US",
         ("sv", "detection")),
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{EN_SHORT}</p></div>", {}, "sv-SE",
         ("en", "detection")),
        (GENERIC, "https://example.se/x/", "", f"<p>{SV_SHORT}</p>", {}, "en-US", ("sv", "detection")),
        (FLEMINGSBERG, "https://flemingsbergscience.se/en/2024/07/02/x/", "", f"<p>{SV_SHORT}</p>",
         {}, "en-US", ("en", "url")),
        # ... and with nothing declared
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{SV_SHORT}</p></div>", {}, None,
         ("sv", "detection")),
        # under MIN_CHARS the site's word stands, even where the words lean the other way
        (KISTA, KISTA_POST, "", "<div class='entry-content'><p>Kista Science City har</p></div>", {},
         "sv-SE", ("sv", "metadata")),
        # <html lang> when the text agrees, or is too short to say
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{EN_TEXT}</p></div>", {}, "en-US",
         ("en", "metadata")),
        (KISTA, KISTA_POST, "", "<div class='entry-content'><p>Välkommen till Kista!</p></div>", {},
         "en-US", ("en", "metadata")),
        (KISTA, KISTA_POST, '<meta property="og:locale" content="sv_SE">', "<p>Hej.</p>", {}, None,
         ("sv", "metadata")),
        # ... but not when the text is clearly in the node's other language
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{SV_TEXT}</p></div>", {}, "en-US",
         ("sv", "detection")),
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{SV_TEXT}</p></div>", {}, None,
         ("sv", "detection")),
        # a declared language the node does not publish in is no answer
        (KISTA, KISTA_POST, "", f"<div class='entry-content'><p>{EN_TEXT}</p></div>", {}, "de-DE",
         ("en", "detection")),
        # nothing to go on: a one-language node's language, else none
        (SSCP, "https://sscp.se/scienceweek/", "", "<p>Hej.</p>", {}, None, ("sv", "registry")),
        (KISTA, KISTA_POST, "", "<div class='entry-content'><p>Hej.</p></div>", {}, None,
         (None, None)),
    ],
)  # fmt: skip
def test_language(node, url, head, body, hints, html_lang, expected):
    article = extract(node, url, body, head, hints=hints, lang=html_lang).article
    assert (article.lang, article.sources.get("lang")) == expected


# --- page type ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "node, url, head, classes, hints, expected",
    [
        # WordPress body classes
        (KISTA, "https://kista.com/urban-development-projects/", "",
         "page-template-default page page-id-12", {}, "page"),
        (KISTA, "https://kista.com/category/community/", "",
         "archive category category-community", {}, "listing"),
        (KISTA, KISTA_POST, "", "post-template-default single single-post postid-833", {},
         "article"),
        (FLEMINGSBERG, "https://flemingsbergscience.se/sv/category/news-eng/", "",
         "archive category", {}, "listing"),
        # paged listings, by path alone
        (KISTA, "https://kista.com/category/community/page/2/", "", "", {}, "listing"),
        # an article's crawl-trap copy is no listing but the article (dated by its path), which
        # canonical_url maps it to before any fetch
        (FLEMINGSBERG, "https://flemingsbergscience.se/en/2024/07/02/slug/page/51", "", "", {},
         "article"),
        (SSCI, "https://ssci.se/en/tag/life-science", "", "", {}, "listing"),
        # the REST API's type
        (KISTA, "https://kista.com/regional-development-projects/", "", "", {"type": "page"},
         "page"),
        (KISTA, KISTA_POST, "", "", {"type": "post"}, "article"),
        # structured data
        (GENERIC, "https://barkarbyscience.se/nyheter/hummeltorp/",
         '<script type="application/ld+json">{"@type": "NewsArticle"}</script>', "", {},
         "article"),
        # the node's article rule
        (FLEMINGSBERG, FLEM_SV, "", "", {}, "article"),
        (SSCI, SSCI_SV, "", "", {}, "article"),
        # no sign at all: an article only if the page itself is dated
        (GENERIC, "https://barkarbyscience.se/om-oss/vad-vi-gor/", "", "", {}, "page"),
        (GENERIC, "https://barkarbyscience.se/om-oss/vad-vi-gor/",
         '<meta property="article:published_time" content="2023-03-17T08:00:00+00:00">', "", {},
         "article"),
        (GENERIC, "https://barkarbyscience.se/om-oss/vad-vi-gor/", "", "",
         {"lastmod": "2023-03-17"}, "page"),
    ],
)  # fmt: skip
def test_page_type(node, url, head, classes, hints, expected):
    assert (
        extract(node, url, "<p>Text.</p>", head, hints=hints, classes=classes).page_type == expected
    )


# --- translations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "node, url, head, body, hints, expected",
    [
        # hreflang: itself left out, x-default left out, aliases and trailing slash canonical
        (
            FLEMINGSBERG, FLEM_EN,
            f'<link rel="alternate" hreflang="en" href="{FLEM_EN}">'
            '<link rel="alternate" hreflang="sv" href="http://www.flemingsbergscience.se/sv/2022/02/15/'
            'starkt-samarbete-mellan-regionens-noder">'
            '<link rel="alternate" hreflang="x-default" href="https://flemingsbergscience.se/">',
            "", {},
            {"sv": FLEM_SV},
        ),
        # on another site: as given
        (
            FLEMINGSBERG, FLEM_SV,
            '<link rel="alternate" hreflang="en" href="https://campusflemingsberg.se/en/2022/02/15/x/">',
            "", {},
            {"en": "https://campusflemingsberg.se/en/2022/02/15/x/"},
        ),
        # the "Swedish version >>" link of an ssci post
        (
            SSCI, SSCI_EN, "",
            f'<div class="field--name-body"><p>Text.</p><p><a href="{SSCI_SV}">'
            "Swedish version &gt;&gt;</a></p></div>",
            {},
            {"sv": SSCI_SV},
        ),
        # discovery's pairs fill what the page lacks
        (SSCI, SSCI_EN, "", "", {"translations": {"sv": SSCI_SV}}, {"sv": SSCI_SV}),
        (KISTA, KISTA_POST, "", "<p>No twin.</p>", {}, {}),
        pytest.param(
            SSCI, SSCI_EN, "",
            '<div class="field--name-body"><p><a href="/sv/aktuellt/sommarh-lsning-fr-n-stockholm-'
            'science-city">Swedish version &gt;&gt;</a></p></div>',
            {},
            {"sv": SSCI_SV},
        ),
    ],
)  # fmt: skip
def test_translations(node, url, head, body, hints, expected):
    assert extract(node, url, body, head, hints=hints).article.translations == expected


# --- body -----------------------------------------------------------------------------------

AVADA_PAGE = page(
    head=(
        "<title>Strong co-operation – Flemingsberg Science</title>"
        '<meta property="og:title" content="Strong co-operation between the region’s innovation '
        'nodes - Flemingsberg Science">'
        '<meta property="article:published_time" content="2022-02-15T15:02:11+00:00">'
        f'<link rel="canonical" href="{FLEM_EN}">'
        f'<link rel="alternate" hreflang="sv" href="{FLEM_SV}">'
    ),
    classes="post-template-default single single-post",
    body=(
        '<div id="cookie-notice"><p>We use cookies to make the site work.</p></div>'
        "<nav><ul><li>Start</li><li>About us</li></ul></nav>"
        "<main><article>"
        '<h1 class="entry-title">Strong co-operation between the region’s innovation nodes</h1>'
        '<div class="fusion-meta-info">Published On: 15 February 2022</div>'
        '<span class="updated rich-snippet-hidden">2022-02-16T09:05:00+01:00</span>'
        '<div class="post-content">'
        "<p>The five innovation nodes of the region held a joint seminar during Science Week.</p>"
        '<figure><img alt="sommarhalsning" src="a.jpg"><figcaption>Photo: Anna Rosén</figcaption>'
        "</figure>"
        '<p class="wp-caption-text">The panel at Novum</p>'
        "<p>Watch the seminar:<br>it is online until March.</p>"
        "<ul><li>Barkarby Science</li><li>Kista Science City</li></ul>"
        "<div>A loose line of text in a div.</div>"
        "<p>Vill du veta mer?</p><p>Prenumerera på vårt nyhetsbrev.</p>"
        '<div class="fusion-sharing-box"><h4>Share This Story, Choose Your Platform!</h4></div>'
        '<div class="fusion-recent-posts"><h4>Touchdown Novum Labs for Hydromars!</h4>'
        "<p>The lead of another post.</p></div>"
        '<div class="cookie-banner"><p>Accept all cookies</p></div>'
        "<p>CF_logo_neg</p><p>Go to Top</p>"
        "</div></article></main>"
        '<footer><img alt="CF_logo_neg"><p>Hälsovägen 11C</p></footer>'
    ),
)


def test_body_from_the_template_without_its_boilerplate():
    result = extract_article(AVADA_PAGE, FLEM_EN, FLEMINGSBERG)
    assert result.article.paragraphs == [
        "The five innovation nodes of the region held a joint seminar during Science Week.",
        "Watch the seminar: it is online until March.",
        "Barkarby Science",
        "Kista Science City",
        "A loose line of text in a div.",
    ]
    assert result.dropped_paragraphs == 4  # the two prompts, the logo text, Go to Top


def test_every_field_says_which_layer_gave_it():
    article = extract_article(AVADA_PAGE, FLEM_EN, FLEMINGSBERG).article
    assert article.sources == {
        "title": "selectors",
        "published": "selectors+metadata",
        "modified": "selectors",
        "body": "selectors",
        "summary": "body",
        "lang": "url",
    }
    assert (article.title, article.published, article.modified, article.lang) == (
        "Strong co-operation between the region’s innovation nodes",
        "2022-02-15T16:02:11+01:00",
        "2022-02-16T09:05:00+01:00",
        "en",
    )
    assert article.translations == {"sv": FLEM_SV}
    assert article.summary == article.paragraphs[0]


def test_learned_lines_leave_the_body():
    learned = ["A loose line of text in a div."]
    result = extract_article(AVADA_PAGE, FLEM_EN, FLEMINGSBERG, hints={}, learned=learned)
    assert "A loose line of text in a div." not in result.article.paragraphs
    assert result.dropped_paragraphs == 5


GENERIC_ARTICLE = page(
    lang="sv-SE",
    head="<title>Hummeltorp blir delägare i Barkarby Science – Barkarby Science</title>",
    body=(
        "<header><nav><a href='/'>Start</a> <a href='/om-oss/'>Om oss</a></nav></header>"
        '<div class="wrapper"><div class="inner">'
        "<h1>Hummeltorp blir delägare i Barkarby Science</h1>"
        "<p>Fastighetsbolaget Hummeltorp har gått in som delägare i Barkarby Science och är nu ett "
        "av sju bolag som står bakom noden i Järfälla.</p>"
        "<p>Med det nya ägarskapet vill vi bygga ett starkare nätverk mellan företag, kommun och "
        "högskolor i norra Stockholm, säger vd för Barkarby Science.</p>"
        "<p>Under våren planeras flera öppna seminarier om hållbart byggande i Barkarbystaden.</p>"
        "</div></div>"
        "<footer><p>Barkarby Science AB, Järfälla</p><p>Gå direkt till innehåll</p></footer>"
    ),
)


@pytest.mark.parametrize("node", [GENERIC, KISTA])  # no selectors; selectors that match nothing
def test_body_from_maintext_when_no_selector_matches(node):
    article = extract_article(
        GENERIC_ARTICLE, "https://barkarbyscience.se/nyheter/hummeltorp/", node
    ).article
    assert article.sources["body"] == "maintext"
    assert article.paragraphs == [
        "Fastighetsbolaget Hummeltorp har gått in som delägare i Barkarby Science och är nu ett av "
        "sju bolag som står bakom noden i Järfälla.",
        "Med det nya ägarskapet vill vi bygga ett starkare nätverk mellan företag, kommun och "
        "högskolor i norra Stockholm, säger vd för Barkarby Science.",
        "Under våren planeras flera öppna seminarier om hållbart byggande i Barkarbystaden.",
    ]


def test_an_empty_template_container_falls_back_to_maintext():
    html = GENERIC_ARTICLE.replace(
        '<div class="wrapper">', '<div class="entry-content"></div><div>'
    )
    article = extract_article(html, KISTA_POST, KISTA).article
    assert article.sources["body"] == "maintext"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<p>Ett.</p><p>  </p><p>Två&nbsp;tre.</p>", ["Ett.", "Två tre."]),
        ("<p>Rad ett<br>rad två</p>", ["Rad ett rad två"]),
        # innermost blocks only: a list item's paragraph once, a div's own text when it has no block
        ("<ul><li><p>Punkt ett</p></li><li>Punkt två</li></ul>", ["Punkt ett", "Punkt två"]),
        ("<div><div>Inre text</div></div><div>Yttre <b>fet</b> text</div>",
         ["Inre text", "Yttre fet text"]),
        ("<blockquote>Ett citat</blockquote><h2>Mellanrubrik</h2>", ["Ett citat", "Mellanrubrik"]),
        ("<span>Bara en span</span>", []),
    ],
)  # fmt: skip
def test_paragraphs_of(raw, expected):
    from scrapers.extract.tree import first, parse_page

    container = first(parse_page(f"<section>{raw}</section>"), "section")
    assert paragraphs_of(container) == expected


# --- URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, canonical, expected",
    [
        (FLEM_EN, FLEM_EN, FLEM_EN),
        pytest.param(
            "https://sscp.se/?p=833",
            "https://sscp.se/naringsministern-besokte-sodertalje-science-park/",
            "https://sscp.se/naringsministern-besokte-sodertalje-science-park/",
        ),
        pytest.param(
            "https://sscp.se/naringsministern-besokte-sodertalje-science-park-2/",
            "/naringsministern-besokte-sodertalje-science-park/",
            "https://sscp.se/naringsministern-besokte-sodertalje-science-park/",
        ),
    ],
)
def test_rel_canonical_is_the_article_url(url, canonical, expected):
    head = f'<link rel="canonical" href="{canonical}">'
    assert extract(SSCP, url, "<p>Text.</p>", head).article.url == expected
