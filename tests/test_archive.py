import pytest

from archive import Archive, ArchiveError, ArchiveMissing
from archive.schema import MIGRATIONS, _m1_initial, _m9_node_groups, _m11_browsing, schema_version

FETCHED = "2024-05-02T06:00:00+00:00"
LATER = "2024-05-09T06:00:00+00:00"


def article(**overrides) -> dict:
    return {
        "url": "https://kista.com/gemensam-handlingsplan/",
        "node": "kista",
        "lang": "sv",
        "title": "Gemensam handlingsplan för Kista",
        "published": "2021-09-27T09:00:00+02:00",
        "modified": None,
        "authors": ["Kista Science City"],
        "summary": "Kista som kreativt nav och tillväxtmotor i norra Stockholm.",
        "body": "Kommunen, akademin och näringslivet har enats om en handlingsplan.",
        "tags": ["Kista Science City"],
        "translations": {},
        "sources": {"title": "og:title", "published": "article:published_time"},
        "discovered_by": "feed",
    } | overrides


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        yield archive


def test_fresh_file_is_migrated_and_reopening_keeps_it(tmp_path):
    path = tmp_path / "nodenews.db"
    with Archive(path) as archive:
        assert schema_version(archive.db) == len(MIGRATIONS)
        assert {
            "nodes",
            "articles",
            "article_history",
            "crawl_runs",
            "boilerplate_lines",
            "articles_fts",
        } <= set(archive.db.table_names())
        assert archive.upsert_article(article(), fetched_at=FETCHED) == "new"

    with Archive(path, create=False) as archive:
        assert schema_version(archive.db) == len(MIGRATIONS)
        assert [a["url"] for a in archive.articles()] == [article()["url"]]


def test_migrations_are_safe_to_run_twice(archive):
    _m1_initial(archive.db)
    assert archive.upsert_article(article(), fetched_at=FETCHED) == "new"
    assert len(list(archive.db.query("select * from articles_fts"))) == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "nodenews.db"
    Archive(path).db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(ArchiveError, match="upgrade nodenews"):
        Archive(path)


def test_missing_archive_is_a_clear_error_and_creates_nothing(tmp_path):
    path = tmp_path / "nowhere.db"
    with pytest.raises(ArchiveMissing, match=r"no archive at .*nowhere\.db") as raised:
        Archive(path, create=False)
    assert "\n" not in str(raised.value)
    assert not path.exists()


def test_new_article_is_stored_with_json_columns_decoded(archive):
    assert archive.upsert_article(article(), fetched_at=FETCHED) == "new"
    [stored] = archive.articles()
    assert stored | {"content_hash": None} == article() | {
        "duplicate_of": None,
        "content_hash": None,
        "first_seen": FETCHED,
        "last_seen": FETCHED,
        "fetched_at": FETCHED,
        # what built it: no page and no extractor when stored straight through the API
        "page_url": None,
        "page_hash": None,
        "extractor": None,
        "gone_at": None,
        "gone_run": None,
        "node_group": "kista",  # no node of its own known: its own group
        "published_year": 2021,
        "published_month": "2021-09",
        "tags_normalised": ["kista science city"],
    }


def test_missing_list_fields_are_stored_empty(archive):
    sparse = {"url": "https://sscp.se/aktuellt/", "node": "sscp", "title": "Aktuellt"}
    assert archive.upsert_article(sparse, fetched_at=FETCHED) == "new"
    stored = archive.article(sparse["url"])
    assert (stored["authors"], stored["tags"], stored["translations"], stored["sources"]) == (
        [],
        [],
        {},
        {},
    )
    assert archive.upsert_article(sparse, fetched_at=LATER) == "unchanged"


def test_unchanged_article_only_moves_last_seen(archive):
    archive.upsert_article(article(), fetched_at=FETCHED)
    before = archive.article(article()["url"])
    assert archive.upsert_article(article(), fetched_at=LATER) == "unchanged"
    after = archive.article(article()["url"])
    assert after == before | {"last_seen": LATER, "fetched_at": LATER}
    assert archive.history(article()["url"]) == []


@pytest.mark.parametrize(
    "change",
    [
        {"sources": {"title": "h1"}},
        {"discovered_by": "sitemap"},
    ],
)
def test_provenance_alone_is_not_a_new_version(archive, change):
    archive.upsert_article(article(), fetched_at=FETCHED)
    assert archive.upsert_article(article(**change), fetched_at=LATER) == "unchanged"


@pytest.mark.parametrize(
    "change, derived",
    [
        ({"title": "Gemensam handlingsplan för Kista – uppdaterad"}, {}),
        ({"lang": "en"}, {}),
        ({"published": "2021-09-28T09:00:00+02:00"}, {}),  # the same month
        ({"modified": "2021-10-01T12:00:00+02:00"}, {}),
        ({"authors": ["Kista Science City", "Stockholms stad"]}, {}),
        ({"summary": "Ny ingress."}, {}),
        ({"body": "Kommunen, akademin och näringslivet har enats. Nu börjar arbetet."}, {}),
        (
            {"tags": ["Kista Science City", "Community"]},
            {"tags_normalised": ["kista science city", "community"]},
        ),
        ({"translations": {"en": "https://kista.com/joint-action-plan/"}}, {}),
    ],
)
def test_changed_article_keeps_the_old_version_in_history(archive, change, derived):
    archive.upsert_article(article(), fetched_at=FETCHED)
    old = archive.article(article()["url"])
    assert archive.upsert_article(article(**change), fetched_at=LATER) == "updated"

    new = archive.article(article()["url"])
    assert new | {"content_hash": None} == old | change | derived | {
        "content_hash": None,
        "last_seen": LATER,
        "fetched_at": LATER,
    }
    assert new["content_hash"] != old["content_hash"]
    [history] = archive.history(article()["url"])
    content = ("content_hash", "title", "lang", "published", "modified", "summary", "body")
    assert {k: history[k] for k in content} == {k: old[k] for k in content}
    assert (history["authors"], history["tags"], history["translations"]) == (
        old["authors"],
        old["tags"],
        old["translations"],
    )
    assert history["replaced_at"] == LATER


def test_upsert_never_touches_duplicate_of(archive):
    original = "https://flemingsbergscience.se/sv/2023/03/15/innovationsarenor/"
    archive.upsert_article(article(), fetched_at=FETCHED)
    archive.set_duplicate_of(article()["url"], original)
    archive.upsert_article(article(), fetched_at=LATER)
    archive.upsert_article(article(title="Ny rubrik"), fetched_at=LATER)
    assert archive.article(article()["url"])["duplicate_of"] == original
    archive.set_duplicate_of(article()["url"], None)
    assert archive.article(article()["url"])["duplicate_of"] is None


def test_linking_translations_is_not_a_content_change(archive):
    archive.upsert_article(article(), fetched_at=FETCHED)
    twin = {"en": "https://kista.com/joint-action-plan/"}
    archive.set_translations(article()["url"], twin)
    assert archive.article(article()["url"])["translations"] == twin
    assert archive.history(article()["url"]) == []
    assert archive.upsert_article(article(), fetched_at=LATER) == "unchanged"
    assert archive.article(article()["url"])["translations"] == twin


def test_articles_filters_by_node_newest_first(archive):
    archive.upsert_article(article(url="https://kista.com/a/"), fetched_at=FETCHED)
    archive.upsert_article(
        article(url="https://kista.com/b/", published="2022-01-01"), fetched_at=FETCHED
    )
    archive.upsert_article(article(url="https://sscp.se/c/", node="sscp"), fetched_at=FETCHED)
    assert [a["url"] for a in archive.articles("kista")] == [
        "https://kista.com/b/",
        "https://kista.com/a/",
    ]
    assert len(list(archive.articles())) == 3


def search(archive, query: str) -> list[str]:
    return [row["title"] for row in archive.db["articles"].search(query, order_by="title")]


def test_search_index_follows_updates(archive):
    archive.upsert_article(article(title="Kista växer"), fetched_at=FETCHED)
    assert search(archive, "växer") == ["Kista växer"]
    archive.upsert_article(article(title="Kista krymper"), fetched_at=LATER)
    assert search(archive, "växer") == []
    assert search(archive, "krymper") == ["Kista krymper"]
    archive.upsert_article(article(title="Kista krymper"), fetched_at="2024-06-01T00:00:00Z")
    assert search(archive, "krymper") == ["Kista krymper"]


CORPUS = {
    "Får betar i Flemingsberg": "Fåren håller landskapet öppet.",
    "Far och son startar företag": "En far och hans son i Kista.",
    "Forskning i Flemingsberg": "Ny forskning om ATMP.",
    "Science Week i Södertälje": "Södertälje Science Park bjuder in.",
    "Innovation in Kista": "A new innovation hub for autonomous vehicles.",
    "Ny innovationsnod i Hagastaden": "Innovationsnoden samlar forskare.",
}


@pytest.mark.parametrize(
    "query, titles",
    [
        # å/ä/ö are letters of their own in Swedish: no folding to a/o
        ("får", ["Får betar i Flemingsberg"]),
        ("far", ["Far och son startar företag"]),
        ("FÅR", ["Får betar i Flemingsberg"]),
        ("forskning", ["Forskning i Flemingsberg"]),
        ("Södertälje", ["Science Week i Södertälje"]),
        ("södertälje", ["Science Week i Södertälje"]),
        ("Sodertalje", []),
        ("innovation", ["Innovation in Kista"]),
        ("innovat*", ["Innovation in Kista", "Ny innovationsnod i Hagastaden"]),
        ("innovationsnod*", ["Ny innovationsnod i Hagastaden"]),
        ('"innovation hub"', ["Innovation in Kista"]),
    ],
)
def test_search_in_swedish_and_english(archive, query, titles):
    for number, (title, body) in enumerate(CORPUS.items()):
        archive.upsert_article(
            article(url=f"https://example.se/{number}/", title=title, body=body, summary=None),
            fetched_at=FETCHED,
        )
    assert search(archive, query) == sorted(titles)


def test_crawl_runs_start_and_finish(archive):
    run = archive.start_run("kista", "run-1", "2024-05-02T06:00:00+00:00")
    assert archive.db["crawl_runs"].get(run)["status"] == "running"
    archive.finish_run(
        run,
        status="ok",
        discovery="feed",
        pages_fetched=12,
        articles_new=3,
        articles_updated=1,
        articles_unchanged=8,
        articles_dropped=2,
        errors=0,
        message=None,
        finished="2024-05-02T06:03:00+00:00",
        routes={"feed": 12, "listing": 11},
    )
    row = archive.db["crawl_runs"].get(run)
    assert row == {
        "id": run,
        "run_id": "run-1",
        "node": "kista",
        "started": "2024-05-02T06:00:00+00:00",
        "finished": "2024-05-02T06:03:00+00:00",
        "status": "ok",
        "discovery": "feed",
        "pages_fetched": 12,
        "articles_new": 3,
        "articles_updated": 1,
        "articles_unchanged": 8,
        "articles_dropped": 2,
        "errors": 0,
        "message": None,
        "routes": '{"feed": 12, "listing": 11}',
        "articles_held": 0,
        "template_change": None,
        "bounds": None,
        "pages_skipped": 0,
    }
    assert archive.last_routes("kista") == {"feed": 12, "listing": 11}
    assert archive.last_routes("ssci") == {}


def finish(archive, node: str, started: str, status: str) -> None:
    run = archive.start_run(node, f"run-{started}", started)
    counts = dict.fromkeys(
        (
            "pages_fetched",
            "articles_new",
            "articles_updated",
            "articles_unchanged",
            "articles_dropped",
            "errors",
        ),
        0,
    )
    archive.finish_run(
        run, status=status, discovery="sitemap", message=None, finished=started + "+done", **counts
    )


def test_node_summaries(archive):
    archive.upsert_node("kista", "Kista Science City", "https://kista.com/", ["sv", "en"], "wp")
    archive.upsert_node("barkarby", "Barkarby Science", "https://barkarbyscience.se/", ["sv"], None)
    archive.upsert_article(article(url="https://kista.com/a/"), fetched_at=FETCHED)
    archive.upsert_article(article(url="https://kista.com/b/"), fetched_at=FETCHED)
    finish(archive, "kista", "2024-05-01", "ok")
    finish(archive, "kista", "2024-05-02", "ok")
    finish(archive, "kista", "2024-05-03", "failed")

    assert archive.node_summaries() == [
        {
            "slug": "barkarby",
            "name": "Barkarby Science",
            "base_url": "https://barkarbyscience.se/",
            "articles": 0,
            "last_success": None,
            "last_status": None,
        },
        {
            "slug": "kista",
            "name": "Kista Science City",
            "base_url": "https://kista.com/",
            "articles": 2,
            "last_success": "2024-05-02+done",
            "last_status": "failed",
        },
    ]


def test_upsert_node_replaces_and_stores_languages_as_json(archive):
    archive.upsert_node("ssci", "Stockholm Science City", "https://ssci.se/", ["sv"], "drupal")
    archive.upsert_node(
        "ssci", "Stockholm Science City", "https://ssci.se/", ["sv", "en"], "drupal"
    )
    [node] = archive.db["nodes"].rows
    assert (node["languages"], node["cms"]) == ('["sv", "en"]', "drupal")


def groups(archive) -> dict[str, str]:
    return {row["url"]: row["node_group"] for row in archive.db["articles"].rows}


def test_a_nodes_group_is_stored_on_it_and_on_its_articles(archive):
    campus = "https://campusflemingsberg.se/sv/2024/05/02/nyhet/"
    archive.upsert_article(article(url=campus, node="campus-flemingsberg"), fetched_at=FETCHED)
    assert groups(archive) == {campus: "campus-flemingsberg"}  # before the node is known

    archive.upsert_node(
        "campus-flemingsberg",
        "Campus Flemingsberg",
        "https://campusflemingsberg.se",
        ["sv"],
        "wp",
        part_of="flemingsberg",
    )
    archive.upsert_node("flemingsberg", "Flemingsberg Science", "https://fs.se", ["sv"], "wp")
    later = "https://campusflemingsberg.se/sv/2024/05/09/senare/"
    archive.upsert_article(article(url=later, node="campus-flemingsberg"), fetched_at=LATER)
    assert groups(archive) == {campus: "flemingsberg", later: "flemingsberg"}
    nodes = {row["slug"]: (row["part_of"], row["node_group"]) for row in archive.db["nodes"].rows}
    assert nodes == {
        "campus-flemingsberg": ("flemingsberg", "flemingsberg"),
        "flemingsberg": (None, "flemingsberg"),
    }

    # the registry no longer ties it: its articles count on their own again
    archive.upsert_node(
        "campus-flemingsberg", "Campus Flemingsberg", "https://campusflemingsberg.se", ["sv"], "wp"
    )
    assert groups(archive) == {campus: "campus-flemingsberg", later: "campus-flemingsberg"}


def test_node_groups_are_filled_in_an_archive_from_before_them(tmp_path):
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com", ["sv"], "wp")
        archive.upsert_article(article(), fetched_at=FETCHED)
        archive.upsert_article(article(url="https://sscp.se/a/", node="sscp"), fetched_at=FETCHED)
        archive.db.execute("update articles set node_group = null")
        archive.db.execute("update nodes set node_group = null")
        archive.db.execute(f"PRAGMA user_version = {MIGRATIONS.index(_m9_node_groups)}")
    with Archive(path) as archive:
        assert groups(archive) == {article()["url"]: "kista", "https://sscp.se/a/": "sscp"}
        assert [row["node_group"] for row in archive.db["nodes"].rows] == ["kista"]


def test_boilerplate_lines_per_node(archive):
    archive.add_boilerplate_lines("flemingsberg", {"Go to Top": 40, "Vill du veta mer?": 38})
    archive.add_boilerplate_lines("kista", {"Article written by Kista Science City": 12})
    archive.add_boilerplate_lines("flemingsberg", {"Go to Top": 55})
    assert archive.boilerplate_lines("flemingsberg") == {"Go to Top", "Vill du veta mer?"}
    assert archive.boilerplate_lines("sscp") == set()
    assert archive.db["boilerplate_lines"].get(("flemingsberg", "Go to Top"))["pages"] == 55


def summary(archive, table: str) -> set[tuple]:
    return {tuple(row.values()) for row in archive.db[table].rows}


def test_summaries_count_every_article_whatever_changes_it(archive):
    archive.upsert_node("campus", "Campus", "https://campus.se", ["sv"], None, part_of="fs")
    first = article(url="https://campus.se/a/", node="campus", tags=["Forskning", "Life science"])
    second = article(url="https://campus.se/b/", node="campus", lang="en", tags=["forskning"])
    archive.upsert_article(first, fetched_at=FETCHED)
    archive.upsert_article(second, fetched_at=FETCHED)
    # (node, node_group, lang, published_year, published_month, copy, articles)
    assert summary(archive, "article_counts") == {
        ("campus", "fs", "sv", 2021, "2021-09", 0, 1),
        ("campus", "fs", "en", 2021, "2021-09", 0, 1),
    }
    # (node, node_group, lang, published_year, copy, tag, articles)
    assert summary(archive, "tag_counts") == {
        ("campus", "fs", "sv", 2021, 0, "forskning", 1),
        ("campus", "fs", "sv", 2021, 0, "life science", 1),
        ("campus", "fs", "en", 2021, 0, "forskning", 1),
    }

    archive.upsert_article(second | {"lang": "sv", "published": None}, fetched_at=LATER)
    archive.set_duplicate_of(first["url"], "https://fs.se/original/")
    assert summary(archive, "article_counts") == {
        ("campus", "fs", "sv", 2021, "2021-09", 1, 1),
        ("campus", "fs", "sv", "", "", 0, 1),  # no date: counted, under ''
    }
    assert summary(archive, "tag_counts") == {
        ("campus", "fs", "sv", 2021, 1, "forskning", 1),
        ("campus", "fs", "sv", 2021, 1, "life science", 1),
        ("campus", "fs", "sv", "", 0, "forskning", 1),
    }

    archive.upsert_node("campus", "Campus", "https://campus.se", ["sv"], None)  # on its own
    archive.db["articles"].delete(first["url"])
    assert summary(archive, "article_counts") == {("campus", "campus", "sv", "", "", 0, 1)}
    assert summary(archive, "tag_counts") == {("campus", "campus", "sv", "", 0, "forskning", 1)}


def test_browsing_columns_are_filled_in_an_archive_from_before_them(tmp_path):
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        archive.upsert_article(
            article(tags=[" Stadsutveckling", "stadsutveckling"]), fetched_at=FETCHED
        )
        archive.db.execute(
            "update articles set published_year = null, published_month = null, "
            "tags_normalised = null"
        )
        archive.db.execute("delete from article_counts")
        archive.db.execute(f"PRAGMA user_version = {MIGRATIONS.index(_m11_browsing)}")
    with Archive(path) as archive:
        [row] = archive.db.query(
            "select published_year, published_month, tags_normalised from articles"
        )
        assert row == {
            "published_year": 2021,
            "published_month": "2021-09",
            "tags_normalised": '["stadsutveckling"]',
        }
        assert summary(archive, "article_counts") == {
            ("kista", "kista", "sv", 2021, "2021-09", 0, 1)
        }


@pytest.mark.parametrize(
    "where",
    [
        "1",
        "(published < :p or published is null or (published = :p and url > :u))",  # page 2
        "lang = :v",
        "node = :v",
        "node_group = :v and (published < :p or (published = :p and url > :u))",
        "published_year = :v",
        "published_month = :v",
    ],
)
def test_the_articles_list_is_read_in_its_order_not_sorted(archive, where):
    # Datasette's query for a page of the articles table, newest first (metadata.yml's sort_desc).
    sql = f"select * from articles where {where} order by published desc, url limit 101"
    plan = " ".join(
        row[3]
        for row in archive.db.execute(f"explain query plan {sql}", {"p": "", "u": "", "v": ""})
    )
    assert "TEMP B-TREE" not in plan and "INDEX" in plan, plan


@pytest.mark.parametrize(
    "where",
    [
        "node_group = :v and published_year = :v",
        "node = :v and lang = :v",
        "published_year = :v and lang = :v and duplicate_of is null",
        "node_group = :v and published_month = :v and duplicate_of is null",
    ],
)
def test_the_articles_list_narrowed_by_two_facets_is_counted_from_an_index(archive, where):
    # Datasette counts a filtered page's rows itself: from an index alone, no article's row read.
    sql = f"select count(*) from articles where {where}"
    plan = " ".join(row[3] for row in archive.db.execute(f"explain query plan {sql}", {"v": ""}))
    assert "COVERING INDEX" in plan, plan
