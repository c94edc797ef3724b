"""The network on the mirrors, crawled for real: the joint story three nodes published, the
mentions of a Swedish article, Kistamässan, a press room naming its own node, the edge CSV in
networkx, the rebuild after a gazetteer change, and the archive's pages of the network."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from archive import Archive
from scrapers.network import GAZETTEER, analyse, load_gazetteer
from scrapers.registry import load_registry
from tests.conftest import crawl_mirrors, datasette_get, nodenews
from tests.test_network import edge_graph

pytestmark = pytest.mark.slow

NODES = ["kista", "sscp", "ssci", "ssci-pressroom"]
JOINT = [
    "https://kista.com/innovationsnoderna-bjuder-in-till-seminarium-om-testbaddar/",
    "https://sscp.se/sodertalje-science-park-med-och-arrangerar-seminarium-om-testbaddar/",
    "https://ssci.se/sv/aktuellt/seminarium-s-samverkar-stockholmsregionen-kring-testb-ddar",
]
VISIT = (
    "https://ssci.se/sv/aktuellt/studiebes-k-p-flemingsbergs-campus-st-rker-life-science-n-tverket"
)
FAIR = "https://sscp.se/vi-visar-elektrifierade-transporter-pa-kistamassan/"
PRESS_ROOM = (
    "https://pressrum.ssci.se/posts/pressreleases/ny-vd-for-stiftelsen-stockholm-science-city"
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("network") / "nodenews.db"
    result = crawl_mirrors(db, NODES)
    assert result.returncode == 0, result.stderr
    return db


def _rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    return [tuple(row) for row in sqlite_utils.Database(db).execute(sql, params or []).fetchall()]


def test_a_joint_story_of_three_nodes_is_one_cross_node_story(crawled):
    stories = _rows(crawled, "select id, nodes, members from stories")
    joint = [s for s in stories if s[1] == '["kista", "ssci", "sscp"]']
    assert [s[2] for s in joint] == [3]
    members = _rows(crawled, "select url from story_members where story = ?", [joint[0][0]])
    assert sorted(m[0] for m in members) == sorted(JOINT)
    # The three tell it in their own words: no one's post is a republished copy of another's.
    copies = _rows(crawled, "select duplicate_of from articles where url in (?, ?, ?)", JOINT)
    assert copies == [(None,)] * 3


def test_flemingsbergs_campus_and_ki_are_mentioned(crawled):
    mentions = _rows(
        crawled, "select entity, form, field, own from mentions where url = ?", [VISIT]
    )
    assert ("flemingsberg", "Flemingsbergs campus", "body", 0) in mentions
    assert ("ki", "KI", "body", 0) in mentions
    assert {m[0] for m in mentions} == {"flemingsberg", "ki", "ssci", "huddinge", "kista"}


def test_kistamassan_is_not_kista_science_city(crawled):
    entities = _rows(crawled, "select entity from mentions where url = ?", [FAIR])
    assert ("kista",) not in entities
    assert ("sscp",) in entities  # the park names itself: own
    assert _rows(
        crawled, "select weight from edges where source = 'sscp' and target = 'kista'"
    ) == [
        (1,),  # the joint story's "Kista" only, in 2024 ...
        (1,),  # ... and in November 2024
    ]


def test_a_press_rooms_mention_of_its_own_node_is_no_edge(crawled):
    own = _rows(
        crawled,
        "select source, own, counted from mentions where url = ? and entity = 'ssci'",
        [PRESS_ROOM],
    )
    assert own and set(own) == {("ssci", 1, 0)}
    assert _rows(crawled, "select * from edges where source = target") == []
    assert _rows(crawled, "select * from edges where source = 'ssci-pressroom'") == []


def test_the_edge_csv_loads_in_networkx_with_the_weights(crawled, tmp_path):
    out = tmp_path / "edges.csv"
    result = nodenews("analyse", "--db", str(crawled), "--edges-csv", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "source,target,weight,period,kind"
    graph = edge_graph(lines[1:])

    def weight(source: str, target: str, period: str, kind: str) -> int:
        edges = graph.get_edge_data(source, target) or {}
        found = [e["weight"] for e in edges.values() if (e["period"], e["kind"]) == (period, kind)]
        return sum(found)

    # The joint story, once between each pair of its nodes.
    assert weight("kista", "sscp", "2024", "story") == 1
    assert weight("kista", "ssci", "2024", "story") == 1
    assert weight("ssci", "sscp", "2024", "story") == 1  # source first alphabetically
    # ssci's 2024 articles naming Flemingsberg: the visit to its campus, the interview from
    # Flemingsberg ("In Flemingsberg, we cure diseases ...").
    assert weight("ssci", "flemingsberg", "2024", "mention") == 2
    # Per month: the visit in September 2024, the interview in October.
    result = nodenews("analyse", "--db", str(crawled), "--edges-csv", str(out), "--period", "month")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    months = edge_graph(lines[1:])
    by_month = {
        e["period"]: e["weight"] for e in months.get_edge_data("ssci", "flemingsberg").values()
    }
    assert by_month["2024-09"] == 1 and by_month["2024-10"] == 1
    # The press room's releases name Stockholm Science City: its own node, no edge.
    assert not graph.has_edge("ssci", "ssci")


def test_analysis_is_idempotent_and_follows_the_gazetteer(crawled, tmp_path):
    db = tmp_path / "copy.db"
    db.write_bytes(crawled.read_bytes())
    registry = load_registry()
    tables = "select * from mentions order by 1, 2, 3, 4; select * from edges order by 1, 2, 3, 4"
    with Archive(db) as archive:
        analyse(archive, registry)
        before = [_rows(db, sql) for sql in tables.split(";")]
        analyse(archive, registry)
        assert [_rows(db, sql) for sql in tables.split(";")] == before
        # A build that changed no article leaves the network, and its last analysis, as they are.
        runs = _rows(db, "select id from analysis_runs")
        assert analyse(archive, registry, urls=[])["mentions"] == len(
            _rows(db, "select * from mentions")
        )
        assert _rows(db, "select id from analysis_runs") == runs
        # The gazetteer says Kistamässan is Kista after all, in a new version.
        text = GAZETTEER.read_text(encoding="utf-8").replace("version = 1", "version = 2")
        text = text.replace(
            '"Kista Science City AB", "Kista"]', '"Kista Science City AB", "Kista", "Kistamässan"]'
        )
        changed = tmp_path / "gazetteer.toml"
        changed.write_text(text, encoding="utf-8")
        analyse(archive, registry, urls=[], gazetteer=load_gazetteer(registry, changed))
        assert ("kista", "Kistamässan") in _rows(
            db, "select entity, form from mentions where url = ?", [FAIR]
        )
        assert _rows(
            db, "select gazetteer_version from analysis_runs order by id desc limit 1"
        ) == [("2",)]


def test_the_archive_shows_the_story_and_the_graph(crawled):
    (story,) = _rows(crawled, "select story from story_members where url = ?", [JOINT[0]])
    name = crawled.stem
    story_page, graph, edge = datasette_get(
        crawled,
        f"/-/stories/{story[0]}",
        "/-/network",
        f"/{name}/edge_articles?source=kista&target=sscp&kind=story&period=2024",
    )
    assert story_page.text.count('class="story-member"') == 3
    assert "Seminarium: så samverkar Stockholmsregionen kring testbäddar" in story_page.text
    assert '"name": "Kista Science City"' in graph.text
    assert "/-/nodenews/static/d3.min.js" in graph.text
    for url in JOINT:
        assert url in edge.text
