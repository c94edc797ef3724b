"""scrapers.discovery: WordPress REST, robots.txt, sitemaps, feeds and listing pages, one row per
shape seen (or to be expected) on the node sites."""

from __future__ import annotations

import gzip
import json

import pytest

from scrapers.discovery import (
    Found,
    feed,
    page_links,
    rest_posts,
    rest_total_pages,
    robots_sitemaps,
    sitemap,
)

KISTA_POST = {
    "id": 833,
    "type": "post",
    "link": "https://kista.com/kista-makeover-work-new-structural-plan-initiated/",
    "date": "2022-02-15T16:02:11",
    "date_gmt": "2022-02-15T15:02:11",
    "modified": "2022-03-01T09:00:00",
    "modified_gmt": "2022-03-01T08:00:00",
    "title": {"rendered": "Kista makeover &#8211; work with the new structural plan has begun!"},
    "excerpt": {"rendered": "<p>The structural plan&nbsp;for <em>Kista</em> [&hellip;]</p>\n"},
}


@pytest.mark.parametrize(
    "raw, expected",
    [
        # date_gmt is UTC without an offset; excerpt and title are HTML
        (
            [KISTA_POST],
            [
                (
                    "https://kista.com/kista-makeover-work-new-structural-plan-initiated/",
                    {
                        "type": "post",
                        "published": "2022-02-15T15:02:11+00:00",
                        "modified": "2022-03-01T08:00:00+00:00",
                        "title": "Kista makeover – work with the new structural plan has begun!",
                        "summary": "The structural plan for Kista […]",
                        "rest_id": 833,
                    },
                )
            ],
        ),
        # Polylang's fields; a *_gmt that already says UTC is left alone
        (
            [
                {
                    "id": 12,
                    "link": "https://flemingsbergscience.se/sv/2022/02/15/stockholm-life-tech/",
                    "date_gmt": "2022-02-15T15:02:11Z",
                    "lang": "sv",
                    "translations": {"en": 13},
                }
            ],
            [
                (
                    "https://flemingsbergscience.se/sv/2022/02/15/stockholm-life-tech/",
                    {
                        "published": "2022-02-15T15:02:11Z",
                        "lang": "sv",
                        "rest_id": 12,
                        "rest_translations": {"en": 13},
                    },
                )
            ],
        ),
        # the WPML REST API plugin's fields: a list, or (2.0) a mapping keyed by locale
        (
            [
                {
                    "id": 40,
                    "link": "https://kista.com/sv/nyhet/",
                    "wpml_current_locale": "sv_SE",
                    "wpml_translations": [
                        {"locale": "en_US", "id": 41, "href": "https://kista.com/en/news/"}
                    ],
                },
                {
                    "id": 41,
                    "link": "https://kista.com/en/news/",
                    "wpml_current_locale": "en_US",
                    "wpml_translations": {
                        "sv_SE": {
                            "locale": "sv_SE",
                            "id": 40,
                            "href": "https://kista.com/sv/nyhet/",
                        }
                    },
                },
            ],
            [
                (
                    "https://kista.com/sv/nyhet/",
                    {
                        "lang": "sv",
                        "rest_id": 40,
                        "translations": {"en": "https://kista.com/en/news/"},
                    },
                ),
                (
                    "https://kista.com/en/news/",
                    {
                        "lang": "en",
                        "rest_id": 41,
                        "translations": {"sv": "https://kista.com/sv/nyhet/"},
                    },
                ),
            ],
        ),
        # no date_gmt: the local date as given; empty title and excerpt give no hint
        (
            [
                {
                    "id": 7,
                    "link": "https://sscp.se/?p=7",
                    "date": "2018-09-10T10:00:00",
                    "date_gmt": None,
                    "title": {"rendered": ""},
                    "excerpt": None,
                }
            ],
            [("https://sscp.se/?p=7", {"published": "2018-09-10T10:00:00", "rest_id": 7})],
        ),
        # a post without a link, and a stray non-object, are skipped
        ([{"id": 834, "title": {"rendered": "Utan länk"}}, "junk", 5], []),
        ([], []),
        # an error object instead of the list of posts
        ({"code": "rest_no_route", "message": "No route was found"}, []),
        ({"code": "rest_post_invalid_page_number", "data": {"status": 400}}, []),
    ],
)
def test_rest_posts(raw, expected):
    assert rest_posts(json.dumps(raw)) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ({"X-WP-TotalPages": "4", "X-WP-Total": "37"}, 4),
        ({}, 1),
        ({"X-WP-TotalPages": ""}, 1),
        ({"X-WP-TotalPages": "many"}, 1),
        # header names are case-insensitive: Scrapy title-cases them, HTTP/2 sends lower case
        ({"X-Wp-Totalpages": "4"}, 4),
        ({"x-wp-totalpages": "4"}, 4),
        ({"X-WP-TotalPages": "0"}, 1),
    ],
)
def test_rest_total_pages(raw, expected):
    assert rest_total_pages(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            "Sitemap: https://kista.com/wp-sitemap.xml\n",
            ["https://kista.com/wp-sitemap.xml"],
        ),
        (
            "sitemap:https://sscp.se/sitemap_index.xml\r\nSITEMAP: https://sscp.se/news.xml \r\n",
            ["https://sscp.se/sitemap_index.xml", "https://sscp.se/news.xml"],
        ),
        ("User-agent: *\nDisallow:\nSitemap:\n", []),
        ("<html><body>Sidan hittades inte</body></html>", []),
        ("", []),
    ],
)
def test_robots_sitemaps(raw, expected):
    assert robots_sitemaps(raw) == expected


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://kista.com/wp-sitemap-posts-post-1.xml</loc><lastmod>2024-11-02</lastmod></sitemap>
<sitemap><loc>https://kista.com/wp-sitemap-posts-page-1.xml</loc></sitemap>
<sitemap><loc>https://kista.com/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
<sitemap><loc>https://kista.com/wp-sitemap-users-1.xml</loc></sitemap>
<sitemap><loc>https://sscp.se/post_tag-sitemap.xml</loc></sitemap>
<sitemap><loc>https://sscp.se/category-sitemap.xml</loc></sitemap>
<sitemap><loc>https://sscp.se/author-sitemap.xml</loc></sitemap>
<sitemap><loc>https://sscp.se/page-sitemap.xml</loc></sitemap>
<sitemap><loc>https://sscp.se/post-sitemap.xml</loc></sitemap>
</sitemapindex>"""

# Drupal's: a stylesheet, a comment, xhtml:link alternates, spaces around the loc.
DRUPAL_URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="//ssci.se/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
<!-- Generated by Simple XML Sitemap -->
<url>
  <loc> https://ssci.se/sv/aktuellt/sommarh-lsning-fr-n-stockholm-science-city </loc>
  <xhtml:link rel="alternate" hreflang="en" href="https://ssci.se/en/news/summer-greeting-our-ceo-0"/>
  <lastmod>2020-06-24T09:12:00+02:00</lastmod>
  <changefreq>monthly</changefreq>
</url>
<url><loc>https://ssci.se/en/news/summer-greeting-our-ceo-0</loc></url>
<url><lastmod>2020-01-01</lastmod></url>
</urlset>"""


@pytest.mark.parametrize(
    "raw, expected",
    [
        # an index: further sitemaps, never those of taxonomies, tags, authors or static pages
        (
            SITEMAP_INDEX,
            Found(
                more=[
                    "https://kista.com/wp-sitemap-posts-post-1.xml",
                    "https://sscp.se/post-sitemap.xml",
                ]
            ),
        ),
        (
            DRUPAL_URLSET,
            Found(
                candidates=[
                    (
                        "https://ssci.se/sv/aktuellt/sommarh-lsning-fr-n-stockholm-science-city",
                        {"lastmod": "2020-06-24T09:12:00+02:00"},
                    ),
                    ("https://ssci.se/en/news/summer-greeting-our-ceo-0", {}),
                ]
            ),
        ),
        # a urlset without a namespace
        (
            b"<urlset><url><loc>https://barkarbyscience.se/nyheter/hummeltorp/</loc>"
            b"<lastmod>2023-03-17</lastmod></url></urlset>",
            Found(candidates=[("https://barkarbyscience.se/nyheter/hummeltorp/",
                               {"lastmod": "2023-03-17"})]),
        ),
        # a truncated download: what arrived whole is used
        (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>https://sscp.se/a/</loc></url><url><loc>https://sscp.se/b/",
            Found(candidates=[("https://sscp.se/a/", {}), ("https://sscp.se/b/", {})]),
        ),
        # not a sitemap at all
        (b"", Found()),
        (b"Sidan hittades inte", Found()),
        (b"<html><body><p>404 Not Found</p></body></html>", Found()),
        (b'{"code": "rest_no_route"}', Found()),
        # a .xml.gz sitemap served without Content-Encoding, and a broken one
        (
            gzip.compress(b'<urlset><url><loc>https://sscp.se/a/</loc></url></urlset>'),
            Found(candidates=[("https://sscp.se/a/", {})]),
        ),
        (b"\x1f\x8b\x08broken", Found()),
    ],
)  # fmt: skip
def test_sitemap(raw, expected):
    assert sitemap(raw) == expected


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kista Science City</title><link>https://kista.com</link>
<item>
  <title>Setting the agenda: Semiconductor Arena launches in Kista</title>
  <link>https://kista.com/setting-the-agenda-semiconductor-arena-launches-in-kista/</link>
  <pubDate>Tue, 15 Oct 2024 06:30:00 +0000</pubDate>
  <description><![CDATA[<p>A new arena for the chip industry&nbsp;opens in Kista [&#8230;]</p>]]>
  </description>
</item>
<item><title>No link at all</title><pubDate>Tue, 15 Oct 2024 06:30:00 +0000</pubDate></item>
<item><link>https://kista.com/utan-rubrik/</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Stockholm Science City</title>
<entry>
  <title type="html">S&#228;songens h&#228;lsningar fr&#229;n Stockholm Science City</title>
  <link rel="alternate" href="https://ssci.se/sv/aktuellt/sasongens-halsningar"/>
  <updated>2020-12-18T10:00:00Z</updated>
  <summary type="html">&lt;p&gt;God jul &lt;b&gt;och&lt;/b&gt; gott nytt &#229;r&lt;/p&gt;</summary>
</entry>
<entry>
  <title>Johan Christenson is the Foundation's new Chairman of the Board</title>
  <link href="https://ssci.se/en/news/johan-christenson-chairman"/>
  <published>2024-03-12T08:00:00Z</published><updated>2024-03-13T08:00:00Z</updated>
</entry>
</feed>"""


@pytest.mark.parametrize(
    "raw, expected",
    [
        (
            RSS,
            [
                (
                    "https://kista.com/setting-the-agenda-semiconductor-arena-launches-in-kista/",
                    {
                        "published": "Tue, 15 Oct 2024 06:30:00 +0000",
                        "title": "Setting the agenda: Semiconductor Arena launches in Kista",
                        "summary": "A new arena for the chip industry opens in Kista […]",
                    },
                ),
                ("https://kista.com/utan-rubrik/", {}),
            ],
        ),
        (
            ATOM,
            [
                (
                    "https://ssci.se/sv/aktuellt/sasongens-halsningar",
                    {
                        "published": "2020-12-18T10:00:00Z",  # only <updated>: taken for it
                        "title": "Säsongens hälsningar från Stockholm Science City",
                        "summary": "God jul och gott nytt år",
                    },
                ),
                (
                    "https://ssci.se/en/news/johan-christenson-chairman",
                    {
                        "published": "2024-03-12T08:00:00Z",
                        "title": "Johan Christenson is the Foundation's new Chairman of the Board",
                    },
                ),
            ],
        ),
        (b"<html><body>Sidan hittades inte</body></html>", []),
        (b"", []),
    ],
)
def test_feed(raw, expected):
    assert feed(raw) == expected


LISTING = "https://flemingsbergscience.se/sv/category/news-eng/"


@pytest.mark.parametrize(
    "page_url, raw, expected",
    [
        # links: absolute, fragment dropped, once each; assets and non-web links skipped
        (
            LISTING,
            '<a href="/sv/2022/02/15/stockholm-life-tech/#respond">1 kommentar</a>'
            '<a href="/sv/2022/02/15/stockholm-life-tech/">Stockholm Life Tech</a>'
            '<a href=" https://flemingsbergscience.se/sv/2023/03/15/innovationsarenor/ ">x</a>'
            '<a href="/wp-content/uploads/2022/02/rapport.PDF">Rapport</a>'
            '<a href="/wp-content/uploads/2022/02/novum.jpg">Bild</a>'
            '<a href="mailto:info@flemingsbergscience.se">E-post</a>'
            '<a href="tel:+4686000000">Ring</a><a href="#top">Go to Top</a><a>no href</a>',
            (
                [
                    "https://flemingsbergscience.se/sv/2022/02/15/stockholm-life-tech/",
                    "https://flemingsbergscience.se/sv/2023/03/15/innovationsarenor/",
                    LISTING,  # '#top' is the page itself
                ],
                [],
            ),
        ),
        # next by rel, on <a> and on <link>
        (
            "https://ssci.se/en/node?page=1",
            '<link rel="next" href="/en/node?page=2"><a rel="next" href="/en/node?page=2">›</a>',
            (["https://ssci.se/en/node?page=2"], ["https://ssci.se/en/node?page=2"]),
        ),
        # next by label
        (
            LISTING,
            '<a href="/sv/category/news-eng/page/2/">Äldre inlägg</a>',
            (
                ["https://flemingsbergscience.se/sv/category/news-eng/page/2/"],
                ["https://flemingsbergscience.se/sv/category/news-eng/page/2/"],
            ),
        ),
        (
            "https://kista.com/category/community/",
            '<a href="https://kista.com/category/community/?older=1">next ›</a>',
            (
                ["https://kista.com/category/community/?older=1"],
                ["https://kista.com/category/community/?older=1"],
            ),
        ),
        (
            "https://www.mynewsdesk.com/se/soedertaelje-science-park/subjects/science-week",
            '<a href="?after=MjAyMC0wNi0wMQ&amp;subjects_tab=stories">Visa fler</a>',
            (
                [
                    "https://www.mynewsdesk.com/se/soedertaelje-science-park/subjects/"
                    "science-week?after=MjAyMC0wNi0wMQ&subjects_tab=stories"
                ],
                [
                    "https://www.mynewsdesk.com/se/soedertaelje-science-park/subjects/"
                    "science-week?after=MjAyMC0wNi0wMQ&subjects_tab=stories"
                ],
            ),
        ),
        # numbered pages of the same listing, from its first page and from a later one
        (
            LISTING,
            '<a href="/sv/category/news-eng/page/2/">2</a>'
            '<a href="/sv/category/news-eng/page/3/">3</a>'
            '<a href="/sv/category/evenemang/page/2/">2</a>',
            (
                [
                    "https://flemingsbergscience.se/sv/category/news-eng/page/2/",
                    "https://flemingsbergscience.se/sv/category/news-eng/page/3/",
                    "https://flemingsbergscience.se/sv/category/evenemang/page/2/",
                ],
                [
                    "https://flemingsbergscience.se/sv/category/news-eng/page/2/",
                    "https://flemingsbergscience.se/sv/category/news-eng/page/3/",
                ],
            ),
        ),
        (
            "https://ssci.se/en/node?page=3",
            '<a href="/en/node?page=4">5</a><a href="/en/news?page=4">News</a>',
            (
                ["https://ssci.se/en/node?page=4", "https://ssci.se/en/news?page=4"],
                ["https://ssci.se/en/node?page=4"],
            ),
        ),
        (
            LISTING,
            '<a href="/a/">Nästa sida</a><a href="/b/">Older posts</a><a href="/c/">»</a>'
            '<a href="/d/">Fler nyheter ›</a><a href="/e/"><img src="/logo.png"></a>',
            (
                [f"https://flemingsbergscience.se/{x}/" for x in "abcde"],
                [f"https://flemingsbergscience.se/{x}/" for x in "abcd"],
            ),
        ),
        # the newer direction and an article are not "next"
        (
            "https://kista.com/category/community/page/2/",
            '<a href="/category/community/">« Nyare inlägg</a>'
            '<a href="/kista-makeover-work-new-structural-plan-initiated/">Kista makeover</a>',
            (
                [
                    "https://kista.com/category/community/",
                    "https://kista.com/kista-makeover-work-new-structural-plan-initiated/",
                ],
                [],
            ),
        ),
        # a teaser whose title starts like a next label is no next link
        (
            LISTING,
            '<a href="/sv/2024/05/02/aldreomsorgen-testar-ny-teknik/">'
            "Äldreomsorgen i Huddinge testar ny teknik</a>",
            (["https://flemingsbergscience.se/sv/2024/05/02/aldreomsorgen-testar-ny-teknik/"], []),
        ),
        (
            "https://kista.com/",
            '<a href="/next-generation-sequencing-comes-to-kista/">'
            "Next generation sequencing comes to Kista</a>",
            (["https://kista.com/next-generation-sequencing-comes-to-kista/"], []),
        ),
    ],
)  # fmt: skip
def test_page_links(page_url, raw, expected):
    assert page_links(f"<html><body>{raw}</body></html>", page_url) == expected
