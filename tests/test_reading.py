"""The archive as a reader sees it in Datasette: facets by node group, year, month, language and
normalised tag; the articles list; an article's page and its links both ways; the home page; and
stored text shown escaped, however hostile."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from datasette.utils import tilde_encode

from archive import Archive, search
from tests.conftest import datasette_get

FETCHED = "2024-06-01T06:00:00+00:00"
FS = "https://flemingsbergscience.se"
CAMPUS = "https://campusflemingsberg.se"
SV = f"{FS}/sv/2024/05/02/ny-forskning/"
EN = f"{FS}/en/2024/05/02/new-research/"
COPY = f"{CAMPUS}/sv/2024/05/03/ny-forskning/"
HOSTILE = "https://kista.com/hostile/"
HOSTILE_TITLE = "<script>alert('title')</script>Kista"
HOSTILE_BODY = '<img src=x onerror="alert(1)">\n\nAndra stycket <b>fet</b>'
ARTICLES = [
    {
        "url": SV,
        "node": "flemingsberg",
        "lang": "sv",
        "title": "Ny forskning i Flemingsberg",
        "published": "2024-05-02T09:00:00+02:00",
        "authors": ["Anna Andersson"],
        "summary": "Forskare möts.",
        "body": "Första stycket.\n\nAndra stycket.",
        "tags": ["Stadsutveckling", "Forskning"],
        "translations": {"en": EN},
        "sources": {"title": "selectors", "body": "selectors"},
    },
    {
        "url": EN,
        "node": "flemingsberg",
        "lang": "en",
        "title": "New research in Flemingsberg",
        "published": "2024-05-02T09:00:00+02:00",
        "tags": ["Research"],
    },
    {
        "url": COPY,
        "node": "campus-flemingsberg",
        "lang": "sv",
        "title": "Ny forskning i Flemingsberg",
        "published": "2024-05-03T10:00:00+02:00",
        "tags": ["stadsutveckling "],
    },
    {
        "url": HOSTILE,
        "node": "kista",
        "lang": "sv",
        "title": HOSTILE_TITLE,
        "published": "2023-11-20T10:00:00+01:00",
        "authors": ["<script>alert('author')</script>"],
        "summary": "<i onmouseover=alert(3)>lead</i>",
        "body": HOSTILE_BODY,
        "tags": ["<svg onload=alert(4)>"],
        "sources": {"title": "<script>alert('source')</script>"},
    },
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reading") / "nodenews-demo.db"
    with Archive(path) as archive:
        archive.upsert_node("flemingsberg", "Flemingsberg Science", FS, ["sv", "en"], "wordpress")
        archive.upsert_node(
            "campus-flemingsberg",
            "Campus Flemingsberg",
            CAMPUS,
            ["sv", "en"],
            "wordpress",
            part_of="flemingsberg",
        )
        archive.upsert_node("kista", "Kista Science City", "https://kista.com", ["sv"], None)
        for article in ARTICLES:
            archive.upsert_article(article, fetched_at=FETCHED)
        archive.set_duplicate_of(COPY, SV)
        run = archive.start_run("kista", "run-1", "2024-06-01T06:00:00+00:00")
        counts = dict.fromkeys(
            ("pages_fetched", "articles_new", "articles_updated", "articles_unchanged"), 1
        )
        archive.finish_run(
            run,
            status="ok",
            discovery="sitemap",
            articles_dropped=0,
            errors=0,
            message=None,
            finished="2024-06-01T06:05:00+00:00",
            **counts,
        )
    return path


def page_path(url: str) -> str:
    return f"/nodenews-demo/articles/{tilde_encode(url)}"


def facets(db_path: Path, query: str = "") -> dict[str, list[tuple]]:
    [response] = datasette_get(db_path, f"/nodenews-demo/articles.json?_size=1{query}")
    return {
        name: [(value["value"], value["label"], value["count"]) for value in facet["results"]]
        for name, facet in response.json()["facet_results"].items()
    }


def test_facets_count_a_node_with_its_sources_and_split_them(db_path):
    found = facets(db_path)
    assert found["node_group"] == [
        ("flemingsberg", "Flemingsberg Science", 3),
        ("kista", "Kista Science City", 1),
    ]
    assert found["node"] == [
        ("flemingsberg", "Flemingsberg Science", 2),
        ("campus-flemingsberg", "Campus Flemingsberg", 1),
        ("kista", "Kista Science City", 1),
    ]
    assert found["lang"] == [("sv", "sv", 3), ("en", "en", 1)]
    # newest first, whatever the counts
    assert found["published_year"] == [(2024, 2024, 3), (2023, 2023, 1)]
    assert found["published_month"] == [("2024-05", "2024-05", 3), ("2023-11", "2023-11", 1)]
    assert found["tags_normalised"] == [
        ("stadsutveckling", "stadsutveckling", 2),
        ("<svg onload=alert(4)>", "<svg onload=alert(4)>", 1),
        ("forskning", "forskning", 1),
        ("research", "research", 1),
    ]


@pytest.mark.parametrize(
    "query, facet, expected",
    [
        ("&node_group=flemingsberg", "node", [("flemingsberg", 2), ("campus-flemingsberg", 1)]),
        ("&published_year=2024&lang=sv", "node", [("campus-flemingsberg", 1), ("flemingsberg", 1)]),
        ("&duplicate_of__isnull=1", "node_group", [("flemingsberg", 2), ("kista", 1)]),
        ("&published_month=2023-11", "tags_normalised", [("<svg onload=alert(4)>", 1)]),
        (
            "&tags_normalised__arraycontains=stadsutveckling",
            "node",
            [("campus-flemingsberg", 1), ("flemingsberg", 1)],
        ),
        ("&_search=forskning", "published_month", [("2024-05", 2)]),
        # a search's facets count its matches (from search_filters when its filters allow)
        ("&_search=forskning", "node", [("campus-flemingsberg", 1), ("flemingsberg", 1)]),
        ("&_search=forskning&duplicate_of__isnull=1", "node_group", [("flemingsberg", 1)]),
        ("&_search=flemingsberg&node_group=flemingsberg", "lang", [("sv", 2), ("en", 1)]),
        ("&_search=flemingsberg&published_year=2024&lang=en", "node", [("flemingsberg", 1)]),
        ("&_search=kista", "published_year", [(2023, 1)]),
        ("&_search=kista&published_month=2024-05", "node", []),
    ],
)
def test_filtered_facets(db_path, query, facet, expected):
    assert [(value, count) for value, _, count in facets(db_path, query)[facet]] == expected


@pytest.mark.parametrize(
    "query",
    [
        "",
        "&node_group=flemingsberg",
        "&published_year=2024&lang=sv",
        "&node=kista",
        "&_search=forskning",
        "&_search=flemingsberg&node_group=flemingsberg&duplicate_of__isnull=1",
        "&_search=flemingsberg&published_month=2024-05&lang=sv",
        "&_search=research OR kista&published_year=2023",
    ],
)
def test_facets_from_summaries_agree_with_the_rows(db_path, query):
    # A filter no summary or search_filters knows (here one that keeps every row) makes every
    # facet count the page's rows instead.
    assert facets(db_path, query) == facets(db_path, query + "&_where=1")


def test_a_search_with_many_matches_counts_its_newest_and_says_so(db_path, monkeypatch):
    monkeypatch.setattr(search, "MANY_MATCHES", 1)
    query = "/nodenews-demo/articles{}?_search=flemingsberg"
    [data, listing, narrowed] = datasette_get(
        db_path, query.format(".json"), query.format(""), query.format(".json") + "&lang=en"
    )
    # SV, EN and COPY match; COPY was stored last
    node = data.json()["facet_results"]["node"]
    assert ([(v["value"], v["count"]) for v in node["results"]], node["among"]) == (
        [("campus-flemingsberg", 1)],
        1,
    )
    assert "Counted among the newest 1 matches" in listing.text
    node = narrowed.json()["facet_results"]["node"]
    assert ([(v["value"], v["count"]) for v in node["results"]], node["among"]) == (
        [("flemingsberg", 1)],
        None,
    )


@pytest.mark.parametrize("query, count", [("_search=flemingsberg", 3), ("_search=forskning", 2)])
def test_a_search_with_many_matches_lists_the_same_rows_walking_the_list_order(
    db_path, monkeypatch, query, count
):
    path = f"/nodenews-demo/articles.json?{query}"
    [looked_up] = datasette_get(db_path, path)
    monkeypatch.setattr(search, "MANY_MATCHES", 1)
    [walked] = datasette_get(db_path, path)
    assert "+rowid in (select rowid from" not in looked_up.json()["query"]["sql"]
    assert "+rowid in (select rowid from" in walked.json()["query"]["sql"]
    # the same rows, newest first (SV and EN were published at the same minute: either first)
    rows = [sorted(response.json()["rows"]) for response in (walked, looked_up)]
    assert rows[0] == rows[1] and len(rows[0]) == count
    published = [row[4] for row in walked.json()["rows"]]
    assert published == sorted(published, reverse=True)


def test_articles_list_shows_a_line_per_article_linked_to_its_page(db_path):
    [page] = datasette_get(db_path, "/nodenews-demo/articles")
    text = page.text
    for article in ARTICLES:
        assert f'href="{page_path(article["url"])}"' in text
    assert "Campus Flemingsberg" in text and "2023-11-20" in text and "Forskare möts." in text
    assert '<th class="title" scope="col">Title</th>' in text
    rows = text.split('class="nodenews-articles"')[1].split("</table>")[0].split("<tbody>")[1]
    assert rows.count("<tr>") == len(ARTICLES)
    assert "Första stycket." not in rows  # the body is on the article's page


def test_an_article_page_reads_as_an_article(db_path):
    [page] = datasette_get(db_path, page_path(SV))
    text = page.text
    assert "<h1>Ny forskning i Flemingsberg</h1>" in text
    assert "<p>Första stycket.</p>" in text and "<p>Andra stycket.</p>" in text
    assert f'<a href="{SV}" rel="noopener noreferrer">' in text  # the original
    assert "Anna Andersson" in text and "Stadsutveckling, Forskning" in text
    assert '<details class="provenance">' in text and "<dt>title</dt><dd>selectors</dd>" in text


@pytest.mark.parametrize(
    "url, translations, original, copies",
    [
        (SV, [EN], None, [COPY]),
        (EN, [SV], None, []),  # named as a translation by SV only: found the other way
        (COPY, [], SV, []),
    ],
)
def test_an_article_links_its_other_versions_both_ways(
    db_path, url, translations, original, copies
):
    [page] = datasette_get(db_path, page_path(url))
    text = page.text

    def links(css_class: str) -> list[str]:
        if f'class="{css_class}"' not in text:
            return []
        part = text.split(f'class="{css_class}"')[1].split("</dd>")[0]
        return [chunk.split('"')[0] for chunk in part.split('href="')[1:]]

    assert links("translations") == [page_path(u) for u in translations]
    assert links("original") == ([page_path(original)] if original else [])
    assert links("copies") == [page_path(u) for u in copies]


@pytest.mark.parametrize(
    "path",
    ["/", "/nodenews-demo/articles", page_path(HOSTILE), "/nodenews-demo/articles?node=kista"],
)
def test_stored_text_is_shown_escaped(db_path, path):
    [page] = datasette_get(db_path, path)
    text = page.text
    for hostile in (
        "<script>alert(",
        "<img src=x onerror",
        "<i onmouseover",
        "<svg onload",
        "<b>fet",
    ):
        assert hostile not in text
    if path == page_path(HOSTILE):
        assert "<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Kista</h1>" in text
        assert "<p>&lt;img src=x onerror=&#34;alert(1)&#34;&gt;</p>" in text


def test_home_page_says_what_is_here(db_path):
    [page] = datasette_get(db_path, "/")
    text = " ".join(page.text.split())
    assert "<strong>4 articles</strong> published from 2023-11-20 to 2024-05-03" in text
    assert "last successful crawl 2024-06-01T06:05:00+00:00" in text
    flemingsberg = text.split(">Flemingsberg Science</a>")[1].split("</li> </ul>")[0]
    assert flemingsberg.startswith(
        ' — 3 articles (<a href="/nodenews-demo/articles.atom?node=flemingsberg">feed</a>)'
    )
    assert "its own site</a> — 2" in flemingsberg and "Campus Flemingsberg</a> — 1" in flemingsberg
    assert ">Kista Science City</a> — 1 article (" in text
    hrefs = {urlsplit(chunk.split('"')[0]).path for chunk in text.split('href="')[1:]}
    assert {
        "/nodenews-demo/search",
        "/nodenews-demo/articles",
        "/-/dashboards/activity",
        "/nodenews-demo/articles.atom",
    } <= hrefs
    assert "https://github.com/nodenews/nodenews#exporting" in text
    assert "how to cite" in text.lower()


def test_the_next_page_continues_the_list(db_path):
    [first] = datasette_get(db_path, "/nodenews-demo/articles.json?_size=3&_nofacet=1")
    following = first.json()["next"]
    [second, page] = datasette_get(
        db_path,
        f"/nodenews-demo/articles.json?_size=3&_nofacet=1&_next={following}",
        f"/nodenews-demo/articles?_size=3&_next={following}",
    )
    urls = [row[0] for row in first.json()["rows"] + second.json()["rows"]]
    assert urls == [COPY, EN, SV, HOSTILE]  # newest first; the same moment by URL
    assert f'href="{page_path(HOSTILE)}"' in page.text


def test_the_lists_csv_link_exports_what_it_shows(db_path):
    # republished copies included: the list shows them
    [page] = datasette_get(
        db_path, "/nodenews-demo/articles?node_group=flemingsberg&_facet_summary=discovered_by"
    )
    link = html.unescape(page.text.split('">CSV</a>')[0].rsplit('href="', 1)[1])
    [csv_page] = datasette_get(db_path, link)
    rows = list(csv.DictReader(io.StringIO(csv_page.text.lstrip("\ufeff"))))
    assert sorted(row["url"] for row in rows) == [COPY, EN, SV]


def test_the_list_links_to_the_feed_of_what_it_shows(db_path):
    [page] = datasette_get(db_path, "/nodenews-demo/articles?node_group=flemingsberg")
    assert (
        'href="/nodenews-demo/articles.atom?node=flemingsberg">Atom feed: node flemingsberg</a>'
        in page.text
    )


def test_an_address_that_is_no_web_address_is_no_link(tmp_path):
    path = tmp_path / "nodenews-demo.db"
    url = "javascript:alert(1)//"
    with Archive(path) as archive:
        archive.upsert_article({"url": url, "node": "kista", "title": "Odd"}, fetched_at=FETCHED)
    [page] = datasette_get(path, page_path(url))
    assert "<h1>Odd</h1>" in page.text
    assert 'href="javascript:' not in page.text.lower()
