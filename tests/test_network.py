"""The network analysis: the gazetteer's matching, cross-node stories, edges and their CSV, as pure
functions on hand-written inputs (the mirrors' crawl is checked in test_network_mirrors.py)."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from scrapers.linking import signature
from scrapers.network import (
    BAND_ROWS,
    GazetteerError,
    _candidate_pairs,
    cross_node_stories,
    genitive,
    load_gazetteer,
    mention_rows,
    network_edges,
    write_edges_csv,
)
from scrapers.registry import load_registry

REGISTRY = load_registry()
GAZETTEER = load_gazetteer(REGISTRY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Vi ses på Flemingsbergs campus med forskare från KI.",
            {("flemingsberg", "Flemingsbergs campus"), ("ki", "KI")},
        ),
        ("Mässan hölls på Kistamässan i år.", set()),
        ("Kistas nya torg tar form.", {("kista", "Kistas")}),
        ("Forskare vid Karolinska institutet", {("ki", "Karolinska institutet")}),
        ("Forskare vid Karolinska Institutets labb", {("ki", "Karolinska Institutets")}),
        ("the ki of life and Ki too", set()),
        ("KI:s forskare och KTH:s studenter", {("ki", "KI"), ("kth", "KTH")}),
        ("KI-forskare", {("ki", "KI")}),
        ("Kista Limitless bjuder in", {("kista-limitless", "Kista Limitless")}),
        ("KI Science Park växer", {("ki-science-park", "KI Science Park")}),
        ("Region  Stockholms\nsatsning", {("region-stockholm", "Region Stockholms")}),
        ("The sun will rise over Kista", {("kista", "Kista")}),
        (
            "RISE och Södertälje Science Park",
            {("rise", "RISE"), ("sscp", "Södertälje Science Park")},
        ),
        ("Stockholm och Södertälje", set()),
        (
            "Södertälje kommun och Huddinge",
            {("sodertalje", "Södertälje kommun"), ("huddinge", "Huddinge")},
        ),
        ("Pressrummet för STOCKHOLM SCIENCE CITY", {("ssci", "STOCKHOLM SCIENCE CITY")}),
    ],
)
def test_mentions_on_word_boundaries(text, want):
    assert set(GAZETTEER.mentions(text)) == want


def test_a_form_counts_each_time():
    assert GAZETTEER.mentions("KTH, KTH och Kungliga Tekniska högskolan") == {
        ("kth", "KTH"): 2,
        ("kth", "Kungliga Tekniska högskolan"): 1,
    }


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Kista", "Kistas"),
        ("Flemingsbergs campus", None),
        ("Region Stockholm", "Region Stockholms"),
    ],
)
def test_genitive(name, want):
    assert genitive(name) == want


def test_every_node_entity_is_a_registry_node():
    nodes = {e.node for e in GAZETTEER.entities.values() if e.kind == "node"}
    assert nodes == {"flemingsberg", "kista", "barkarby", "sscp", "ssci"}
    assert nodes <= set(REGISTRY)


def test_registry_organisations_are_listed_by_their_nodes():
    assert GAZETTEER.entities["ericsson"].listed_by == ("kista",)
    assert GAZETTEER.entities["novum"].listed_by == ("flemingsberg",)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            'version = 1\n[entities.x]\nname = "X"\nkind = "company"\nspelling = "x"\n',
            "unknown key",
        ),
        ('[entities.x]\nname = "X"\nkind = "company"\n', "no 'version'"),
        ('version = 1\n[entities.x]\nname = "X"\nkind = "shop"\n', "needs a name and a kind"),
        (
            'version = 1\n[entities.x]\nname = "X"\nkind = "company"\nnames = ["Acme"]\n'
            '[entities.y]\nname = "Y"\nkind = "company"\nnames = ["ACME"]\n',
            "names both x and y",
        ),
        (
            'version = 1\n[entities.x]\nname = "X"\nkind = "company"\nnode = "kista"\n',
            "node entity",
        ),
        ("version = [", "not valid TOML"),
    ],
)
def test_bad_gazetteers_say_what_is_wrong(tmp_path: Path, toml, message):
    path = tmp_path / "gazetteer.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer({}, path)


def test_an_organisation_the_registry_lists_must_be_in_the_gazetteer(tmp_path: Path):
    path = tmp_path / "gazetteer.toml"
    path.write_text('version = 1\n[entities.x]\nname = "X"\nkind = "company"\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"lists organisation 'novum', which gazetteer\.toml"):
        load_gazetteer(REGISTRY, path)


HOMES = {"ssci": "ssci", "ssci-pressroom": "ssci", "kista": "kista", "sscp": "sscp"}
RELEASE = (
    "Den 12 mars samlas regionens innovationsnoder till ett gemensamt seminarium om hur "
    "forskning, näringsliv och offentlig sektor kan arbeta tillsammans för en hållbar "
    "tillväxt i Stockholmsregionen. Seminariet arrangeras av Kista Science City, Södertälje "
    "Science Park och Stockholm Science City och riktar sig till företag, forskare och "
    "kommuner som vill bygga nya samarbeten. Under eftermiddagen presenteras tre exempel på "
    "projekt där noderna redan arbetar ihop, och deltagarna får diskutera nästa steg i mindre "
    "grupper. Anmälan är öppen till den 5 mars."
)


def _article(url, node, published, title, body, **more) -> dict:
    values = signature(body)
    return {
        "url": url,
        "node": node,
        "lang": "sv",
        "title": title,
        "published": published,
        "duplicate_of": None,
        "translations": {},
        "title_key": title.casefold(),
        "signature": values.tobytes(),
        **more,
    }


JOINT = [
    _article(
        "https://kista.com/seminarium/",
        "kista",
        "2024-03-01T09:00:00+01:00",
        "Gemensamt seminarium för regionens innovationsnoder",
        "Kista Science City bjuder in till vår. " + RELEASE + " Välkommen till Kista!",
    ),
    _article(
        "https://sscp.se/seminarium/",
        "sscp",
        "2024-03-02T10:00:00+01:00",
        "Innovationsnoderna bjuder in till gemensamt seminarium",
        RELEASE + " Hör av dig till Södertälje Science Park för frågor om programmet.",
    ),
    _article(
        "https://ssci.se/sv/aktuellt/seminarium",
        "ssci",
        "2024-03-04T08:00:00+01:00",
        "Seminarium: regionens innovationsnoder tillsammans",
        "I Hagastaden märks samarbetet varje dag. " + RELEASE,
    ),
]
OTHER = _article(
    "https://kista.com/torget/",
    "kista",
    "2024-03-02T09:00:00+01:00",
    "Kistas nya torg",
    "Det nya torget i Kista får fler bänkar, träd och en scen för sommarens konserter. "
    "Arbetet börjar i april och ska vara klart till midsommar.",
)


def test_a_joint_story_of_three_nodes_is_one_story():
    assert cross_node_stories([*JOINT, OTHER], HOMES) == [[a["url"] for a in JOINT]]


def test_a_story_told_again_weeks_later_is_another():
    late = dict(JOINT[2], published="2024-04-15T08:00:00+02:00")
    assert cross_node_stories([JOINT[0], late], HOMES) == []


def test_a_press_room_repeating_its_node_is_no_cross_node_story():
    copy = dict(JOINT[2], url="https://pressrum.ssci.se/posts/pressreleases/seminarium")
    copy["node"] = "ssci-pressroom"
    assert cross_node_stories([JOINT[2], copy, OTHER], HOMES) == []


def test_a_translation_is_the_same_story():
    english = _article(
        "https://ssci.se/en/news/seminar",
        "ssci",
        "2024-03-04T08:00:00+01:00",
        "Seminar: the region's innovation nodes together",
        "On 12 March the region's innovation nodes meet for a joint seminar.",
        translations={"sv": JOINT[2]["url"]},
    )
    stories = cross_node_stories([JOINT[0], JOINT[2], english], HOMES)
    # members by publication, then URL
    assert stories == [[JOINT[0]["url"], english["url"], JOINT[2]["url"]]]


def test_the_same_long_title_on_two_nodes_is_one_story():
    first = _article(
        "https://kista.com/a/", "kista", "2024-05-02", "Så bygger vi regionens testbäddar", "Kista."
    )
    second = _article(
        "https://sscp.se/a/",
        "sscp",
        "2024-05-03",
        "Så bygger vi regionens testbäddar",
        "Södertälje.",
    )
    assert cross_node_stories([first, second], HOMES) == [[first["url"], second["url"]]]


ARTICLES = {
    "https://ssci.se/a": {"node": "ssci", "published": "2024-03-04T08:00", "duplicate_of": None},
    "https://pressrum.ssci.se/a": {
        "node": "ssci-pressroom",
        "published": "2024-03-04T09:00",
        "duplicate_of": "https://ssci.se/a",
    },
    "https://kista.com/b/": {"node": "kista", "published": "2023-11-20", "duplicate_of": None},
    "https://kista.com/c/": {"node": "kista", "published": "2024-01-08", "duplicate_of": None},
    "https://sscp.se/c/": {"node": "sscp", "published": "2024-01-09", "duplicate_of": None},
}
MATCHES = [
    ("https://ssci.se/a", "ki", "KI", "body", 2),
    ("https://ssci.se/a", "ssci", "Stockholm Science City", "title", 1),
    ("https://pressrum.ssci.se/a", "ssci", "Stockholm Science City", "body", 1),
    ("https://pressrum.ssci.se/a", "ki", "KI", "body", 2),
    ("https://kista.com/b/", "ssci", "Hagastaden", "body", 1),
    ("https://kista.com/b/", "ssci", "Stockholm Science City", "body", 1),
    ("https://kista.com/c/", "ssci", "Hagastaden", "title", 1),
    ("https://kista.com/c/", "ericsson", "Ericsson", "body", 1),
]


def test_own_mentions_and_repeated_copies_weigh_nothing():
    rows = mention_rows(MATCHES, ARTICLES, GAZETTEER, HOMES)
    flags = [
        (r["url"], r["entity"], r["source"], r["target"], r["own"], r["counted"]) for r in rows
    ]
    assert flags == [
        ("https://ssci.se/a", "ki", "ssci", "ki", 0, 1),
        ("https://ssci.se/a", "ssci", "ssci", "ssci", 1, 0),
        ("https://pressrum.ssci.se/a", "ssci", "ssci", "ssci", 1, 0),
        ("https://pressrum.ssci.se/a", "ki", "ssci", "ki", 0, 0),  # a copy of ssci's own post
        ("https://kista.com/b/", "ssci", "kista", "ssci", 0, 1),
        ("https://kista.com/b/", "ssci", "kista", "ssci", 0, 1),
        ("https://kista.com/c/", "ssci", "kista", "ssci", 0, 1),
        ("https://kista.com/c/", "ericsson", "kista", "ericsson", 0, 1),
    ]


def test_edges_per_year_and_month():
    rows = mention_rows(MATCHES, ARTICLES, GAZETTEER, HOMES)
    stories = [["https://kista.com/c/", "https://sscp.se/c/"]]
    edges = network_edges(rows, stories, ARTICLES, HOMES)
    got = {(e["source"], e["target"], e["kind"], e["period"]): e["weight"] for e in edges}
    assert got == {
        ("kista", "ericsson", "mention", "2024"): 1,
        ("kista", "ericsson", "mention", "2024-01"): 1,
        ("kista", "ssci", "mention", "2023"): 1,  # one article naming it twice
        ("kista", "ssci", "mention", "2023-11"): 1,
        ("kista", "ssci", "mention", "2024"): 1,
        ("kista", "ssci", "mention", "2024-01"): 1,
        ("kista", "sscp", "story", "2024"): 1,
        ("kista", "sscp", "story", "2024-01"): 1,
        ("ssci", "ki", "mention", "2024"): 1,
        ("ssci", "ki", "mention", "2024-03"): 1,
    }


def test_the_edge_csv_loads_in_networkx():
    edges = [
        {"source": "kista", "target": "ssci", "kind": "mention", "period": "2024", "weight": 3},
        {"source": "kista", "target": "sscp", "kind": "story", "period": "2024", "weight": 2},
        {"source": "ssci", "target": "ki", "kind": "mention", "period": "2023", "weight": 5},
    ]
    out = io.StringIO()
    assert write_edges_csv(edges, out) == 3
    out.seek(0)
    lines = out.read().splitlines()
    assert lines[0] == "source,target,weight,period,kind"
    graph = edge_graph(lines[1:])
    assert graph["kista"]["ssci"][0] == {"weight": 3, "period": "2024", "kind": "mention"}
    assert graph["ssci"]["ki"][0]["weight"] == 5
    assert graph.number_of_edges() == 3


def _signature_sharing(article: int, bands: dict[int, int]) -> np.ndarray:
    """A signature of its own for `article`, but for the bands given: band -> the article whose
    values it has there (BAND_ROWS values a band)."""
    values = np.arange(64, dtype="<u4") + 1000 * article
    for band, other in bands.items():
        values[band * BAND_ROWS : (band + 1) * BAND_ROWS] = (
            np.arange(band * BAND_ROWS, (band + 1) * BAND_ROWS) + 1000 * other
        )
    return values


def test_candidates_share_a_band_and_are_at_most_a_week_apart():
    dated = [  # (index, week, signature)
        (0, 100, _signature_sharing(0, {})),
        (1, 100, _signature_sharing(1, {0: 0})),  # band 0 as 0's, the same week
        (2, 102, _signature_sharing(2, {0: 0})),  # ... but two weeks after 0 and 1
        (3, 101, _signature_sharing(3, {5: 0, 6: 0, 3: 2})),  # two bands as 0's, one as 2's
        (7, 101, _signature_sharing(7, {})),
    ]
    assert _candidate_pairs(dated).tolist() == [[0, 1], [0, 3], [2, 3]]


def edge_graph(lines: list[str]) -> nx.MultiDiGraph:
    """The edge CSV's rows (no header) as networkx reads an edge list."""
    return nx.parse_edgelist(
        lines,
        delimiter=",",
        create_using=nx.MultiDiGraph,
        data=[("weight", int), ("period", str), ("kind", str)],
    )
