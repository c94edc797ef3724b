"""The network's pages in the published archive, served by nodenews' Datasette plugin: the
co-operation graph (/-/network, drawn in the browser with the vendored d3) and a cross-node
story with its members (/-/stories/<id>). Each edge leads to its articles: the canned query
`edge_articles`."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

from datasette import NotFound, Response
from datasette.utils import tilde_encode

STATIC = Path(__file__).with_name("static")
# Files served at /-/nodenews/static/<name>: d3 7.9.0 as the npm registry ships it
# (dist/d3.min.js; ISC licence in d3.LICENSE), so the graph draws offline, without a CDN.
STATIC_FILES = {"d3.min.js": "text/javascript; charset=utf-8", "d3.LICENSE": "text/plain"}
YEAR = 4  # a year's period is 'YYYY'


def edge_articles_path(datasette, database: str, edge: dict) -> str:
    """The canned query listing the articles behind an edge (period '' for every year)."""
    params = {key: edge[key] for key in ("source", "target", "kind", "period")}
    return f"{datasette.urls.database(database)}/edge_articles?{urlencode(params)}"


async def network_page(datasette, request):
    db = datasette.get_database()
    entities = await db.execute("select id, name, kind, node from entities order by id")
    edges = await db.execute(
        "select source, target, kind, period, weight from edges where length(period) = ? "
        "order by period, source, target, kind",
        [YEAR],
    )
    names = {row["node"] or row["id"]: (row["name"], row["kind"]) for row in entities.rows}
    used = {row["source"] for row in edges.rows} | {row["target"] for row in edges.rows}
    nodes = [
        {"id": key, "name": name, "kind": kind}
        for key, (name, kind) in sorted(names.items())
        if kind == "node" or key in used
    ]
    nodes += [{"id": key, "name": key, "kind": "node"} for key in sorted(used - names.keys())]
    graph = {
        "nodes": nodes,
        "edges": [
            dict(row) | {"href": edge_articles_path(datasette, db.name, dict(row))}
            for row in edges.rows
        ],
        "all": datasette.urls.database(db.name) + "/edge_articles?",
        "years": sorted({row["period"] for row in edges.rows}),
    }
    html = await datasette.render_template(
        "nodenews_network.html",
        {
            "database": db.name,
            "graph_json": json.dumps(graph, ensure_ascii=False).replace("</", "<\\/"),
        },
        request=request,
    )
    return Response.html(html)


async def story_page(datasette, request):
    db = datasette.get_database()
    story_id = request.url_vars["story"]
    found = await db.execute("select * from stories where id = ?", [story_id])
    if not found.rows:
        raise NotFound(f"no cross-node story {story_id}")
    members = await db.execute(
        """select articles.url, articles.title, articles.node, articles.lang, articles.published,
            articles.duplicate_of, nodes.name as node_name
        from story_members join articles on articles.url = story_members.url
        left join nodes on nodes.slug = articles.node
        where story_members.story = ? order by articles.published, articles.url""",
        [story_id],
    )
    story = dict(found.rows[0])
    story["nodes"] = json.loads(story["nodes"])
    html = await datasette.render_template(
        "nodenews_story.html",
        {
            "story": story,
            "members": [
                dict(row)
                | {"path": datasette.urls.row(db.name, "articles", tilde_encode(row["url"]))}
                for row in members.rows
            ],
        },
        request=request,
    )
    return Response.html(html)


async def static_file(request):
    name = request.url_vars["name"]
    if name not in STATIC_FILES:
        raise NotFound(name)
    return Response(
        (STATIC / name).read_text(encoding="utf-8"),
        content_type=STATIC_FILES[name],
        headers={"Cache-Control": "max-age=86400"},
    )


ROUTES = [
    (r"^/-/network$", network_page),
    (r"^/-/stories/(?P<story>[0-9a-f]+)$", story_page),
    (r"^/-/nodenews/static/(?P<name>[\w.-]+)$", static_file),
]
