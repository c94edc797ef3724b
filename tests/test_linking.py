"""scrapers.linking: republished copies across nodes, and translation links completed from twins,
found through the archive's linking index."""

from __future__ import annotations

import pytest
import sqlite_utils

from archive import Archive
from archive.schema import MIGRATIONS, _m5_link_index
from scrapers.linking import body_similarity, candidates, completed_translations, link_articles

FLEM = "https://flemingsbergscience.se"
CAMPUS = "https://campusflemingsberg.se"
SSCI = "https://ssci.se"

ARENAS_SV = "Stockholms innovationsarenor samlar kunskap och bygger attraktionskraft"
ARENAS_BODY = (
    "Fem innovationsnoder i Stockholmsregionen träffades på Novum för att dela erfarenheter. "
    "Barkarby Science, Flemingsberg Science, Kista Science City, Södertälje Science Park och "
    "Stockholm Science City visade hur noderna tillsammans bygger regionens attraktionskraft "
    "och vad som krävs för att samarbetet ska växa de kommande åren."
)
CAMPUS_DECLARES = {"campus-flemingsberg": ["flemingsberg"]}
STORED = "2024-01-01T00:00:00"


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        yield archive


def store(archive, *articles):
    for a in articles:
        archive.upsert_article(a, fetched_at=a.get("first_seen") or STORED)


def copies(archive):
    return {a["url"]: a["duplicate_of"] for a in archive.articles() if a["duplicate_of"]}


def article(url, node, published, title=ARENAS_SV, *, lang="sv", body=None, first_seen=None):
    """An archive record; unless given, a body of its own (no two alike)."""
    return {
        "url": url,
        "node": node,
        "lang": lang,
        "title": title,
        "published": published,
        "body": f"Ett eget inlägg, sparat som {url}." if body is None else body,
        "first_seen": first_seen,
        "translations": {},
    }


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (ARENAS_BODY, ARENAS_BODY, 1.0),
        # case, punctuation and spacing don't count
        ("Kista växer – snabbt!", "kista  VÄXER snabbt", 1.0),
        # one word of five changed: 1 of 3 four-word shingles shared... of 3 in all
        ("ett två tre fyra fem", "ett två tre fyra sex", 1 / 3),
        ("Novum Labs öppnar", "Hydromars landar i Flemingsberg", 0.0),
        ("", ARENAS_BODY, 0.0),
        # no words, nothing alike
        (
            "",
            "",
            0.0,
        ),
        (
            "...",
            "!!!",
            0.0,
        ),
    ],
)
def test_body_similarity(a, b, expected):
    assert body_similarity(a, b) == pytest.approx(expected)


def test_body_similarity_of_a_copy_with_a_new_sign_off():
    copy = ARENAS_BODY + " Johnny Högberg, vd"
    assert body_similarity(ARENAS_BODY, copy) == pytest.approx(41 / 44)  # 44 words, 3 added


@pytest.mark.parametrize(
    "raw, republishes, expected",
    [
        # the same title a day later on the sister site that declares it republishes
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14"),
                article(f"{CAMPUS}/sv/2023/03/15/arenor/", "campus-flemingsberg", "2023-03-15"),
            ],
            CAMPUS_DECLARES,
            {f"{CAMPUS}/sv/2023/03/15/arenor/": f"{FLEM}/sv/2023/03/14/arenor/"},
        ),
        # ... a day earlier: the declared original wins even when the copy came out first
        (
            [
                article(f"{CAMPUS}/sv/2023/03/14/arenor/", "campus-flemingsberg", "2023-03-14"),
                article(f"{FLEM}/sv/2023/03/15/arenor/", "flemingsberg", "2023-03-15"),
            ],
            CAMPUS_DECLARES,
            {f"{CAMPUS}/sv/2023/03/14/arenor/": f"{FLEM}/sv/2023/03/15/arenor/"},
        ),
        # the title spelt differently (case, apostrophe, punctuation) is the same title
        (
            [
                article(f"{FLEM}/en/2022/02/15/nodes/", "flemingsberg", "2022-02-15T16:11:13+01:00",
                        "Strong co-operation between the region’s innovation nodes", lang="en"),
                article(f"{CAMPUS}/en/2022/02/16/nodes/", "campus-flemingsberg", "2022-02-16",
                        "STRONG CO-OPERATION BETWEEN THE REGIONS INNOVATION NODES!", lang="en"),
            ],
            CAMPUS_DECLARES,
            {f"{CAMPUS}/en/2022/02/16/nodes/": f"{FLEM}/en/2022/02/15/nodes/"},
        ),
        # between undeclared nodes a shared title is not enough: each wrote its own report
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14"),
                article(f"{SSCI}/sv/aktuellt/arenor", "ssci", "2023-03-14"),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # ... a near-identical body is: the earlier published is the original
        (
            [
                article(f"{SSCI}/sv/aktuellt/arenor", "ssci", "2023-03-15", body=ARENAS_BODY),
                article(f"{FLEM}/sv/2023/03/14/noder/", "flemingsberg", "2023-03-14",
                        "Innovationsnoderna möttes på Novum", body=ARENAS_BODY + " Välkomna!"),
            ],
            {},
            {f"{SSCI}/sv/aktuellt/arenor": f"{FLEM}/sv/2023/03/14/noder/"},
        ),
        # ... and of one day, the earlier stored
        (
            [
                article(f"{SSCI}/sv/aktuellt/arenor", "ssci", "2023-03-14", body=ARENAS_BODY,
                        first_seen="2024-01-02T00:00:00"),
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14",
                        body=ARENAS_BODY, first_seen="2024-01-03T00:00:00"),
            ],
            {},
            {f"{FLEM}/sv/2023/03/14/arenor/": f"{SSCI}/sv/aktuellt/arenor"},
        ),
        # a near-identical body under a reworded title, on the declaring node
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14",
                        body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/2023/03/14/noder/", "campus-flemingsberg", "2023-03-14",
                        "Innovationsnoderna möttes på Novum", body=ARENAS_BODY + " Välkomna!"),
            ],
            CAMPUS_DECLARES,
            {f"{CAMPUS}/sv/2023/03/14/noder/": f"{FLEM}/sv/2023/03/14/arenor/"},
        ),
        # different titles, different bodies: two stories
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14",
                        body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/2023/03/14/bostader/", "campus-flemingsberg", "2023-03-14",
                        "Nya bostäder vid campus", body="Huddinge bygger 400 nya studentbostäder."),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # a translation is not a copy, even with the same title and body
        (
            [
                article(f"{FLEM}/sv/2023/03/14/week/", "flemingsberg", "2023-03-14",
                        "Science Week", body=ARENAS_BODY),
                article(f"{CAMPUS}/en/2023/03/14/week/", "campus-flemingsberg", "2023-03-14",
                        "Science Week", lang="en", body=ARENAS_BODY),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # one node's own two posts are never copies of each other
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14",
                        body=ARENAS_BODY),
                article(f"{FLEM}/sv/2023/03/15/arenor-2/", "flemingsberg", "2023-03-15",
                        body=ARENAS_BODY),
            ],
            {"flemingsberg": ["flemingsberg"]},
            {},
        ),
        # more than a day apart: a new post with an old title
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14",
                        body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/2023/03/16/arenor/", "campus-flemingsberg", "2023-03-16",
                        body=ARENAS_BODY),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # undated: never linked
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14"),
                article(f"{CAMPUS}/sv/arenor/", "campus-flemingsberg", None),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # two untitled posts don't share a title
        (
            [
                article(f"{FLEM}/sv/2023/03/14/a/", "flemingsberg", "2023-03-14", None),
                article(f"{CAMPUS}/sv/2023/03/14/b/", "campus-flemingsberg", "2023-03-14", None),
            ],
            CAMPUS_DECLARES,
            {},
        ),
        # nor do two body-less posts share a body
        (
            [
                article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14", body=""),
                article(f"{SSCI}/sv/aktuellt/bostader", "ssci", "2023-03-14",
                        "Nya bostäder i Hagastaden", body=""),
            ],
            {},
            {},
        ),
        # of one day, the earlier published by time (before the URL order)
        (
            [
                article(f"{FLEM}/sv/2023/03/15/a/", "flemingsberg", "2023-03-15T09:00:00+01:00",
                        body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/2023/03/15/b/", "campus-flemingsberg",
                        "2023-03-15T16:00:00+01:00", body=ARENAS_BODY),
            ],
            {},
            {f"{CAMPUS}/sv/2023/03/15/b/": f"{FLEM}/sv/2023/03/15/a/"},
        ),
    ],
)  # fmt: skip
@pytest.mark.parametrize("order", ["all at once", "one at a time", "one at a time, reversed"])
def test_republished(archive, raw, republishes, expected, order):
    if order == "all at once":
        store(archive, *raw)
        link_articles(archive, republishes)
    else:
        for a in raw if order == "one at a time" else reversed(raw):
            store(archive, a)
            link_articles(archive, republishes, urls=[a["url"]])
    assert copies(archive) == expected


def with_translations(url, lang, translations):
    return {"url": url, "lang": lang, "translations": translations}


SV = f"{SSCI}/sv/aktuellt/johan-christenson-r-stiftelsens-nya-styrelseordf-rande"
EN = f"{SSCI}/en/news/johan-christenson-foundations-new-chairman-board"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # the English post links "Swedish version >>"; the Swedish one links nothing
        (
            [with_translations(EN, "en", {"sv": SV}), with_translations(SV, "sv", {})],
            {SV: {"en": EN}},
        ),
        (
            [with_translations(EN, "en", {"sv": SV}), with_translations(SV, "sv", None)],
            {SV: {"en": EN}},
        ),
        # both sides already know each other
        ([with_translations(EN, "en", {"sv": SV}), with_translations(SV, "sv", {"en": EN})], {}),
        # a twin declared by its own link is kept, not overwritten
        (
            [
                with_translations(EN, "en", {"sv": SV}),
                with_translations(SV, "sv", {"en": f"{SSCI}/en/news/other"}),
            ],
            {},
        ),
        # the twin is not stored (yet)
        ([with_translations(EN, "en", {"sv": SV})], {}),
        # a declaring article of unknown language gives its twin nothing
        ([with_translations(EN, None, {"sv": SV}), with_translations(SV, "sv", {})], {}),
    ],
)
def test_completed_translations(raw, expected):
    assert completed_translations(raw) == expected


OTHER_BODY = (
    "Huddinge kommun bygger 400 nya studentbostäder vid campus. Inflyttningen börjar om två år, "
    "och bostäderna ligger nära pendeltåget och universitetssjukhuset."
)


@pytest.mark.parametrize(
    "raw, probe, expected",
    [
        # the same body under another title, the same day: through a band bucket
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-14", body=ARENAS_BODY),
                article(f"{SSCI}/sv/b", "ssci", "2023-03-14", "Noderna möttes", body=ARENAS_BODY),
            ],
            f"{SSCI}/sv/b",
            {f"{FLEM}/sv/a/"},
        ),
        # ... with a sign-off, a day later and a day earlier
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-13", body=ARENAS_BODY),
                article(f"{SSCI}/sv/b", "ssci", "2023-03-14T09:00:00+01:00", "Noderna möttes",
                        body=ARENAS_BODY + " Johnny Högberg, vd"),
                article(f"{CAMPUS}/sv/c/", "campus-flemingsberg", "2023-03-15",
                        "Noderna på Novum", body=ARENAS_BODY),
            ],
            f"{SSCI}/sv/b",
            {f"{FLEM}/sv/a/", f"{CAMPUS}/sv/c/"},
        ),
        # the same title over another body: through the title key (the rules decide whether a
        # title is enough)
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-14", body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/b/", "campus-flemingsberg", "2023-03-15",
                        ARENAS_SV.upper() + "!", body=OTHER_BODY),
            ],
            f"{CAMPUS}/sv/b/",
            {f"{FLEM}/sv/a/"},
        ),
        # nothing beyond a day, by body or by title
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-12", body=ARENAS_BODY),
                article(f"{SSCI}/sv/b", "ssci", "2023-03-16", body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/c/", "campus-flemingsberg", "2023-03-14", body=ARENAS_BODY),
            ],
            f"{CAMPUS}/sv/c/",
            set(),
        ),
        # another title and another body: not a candidate
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-14", body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/b/", "campus-flemingsberg", "2023-03-14",
                        "Nya bostäder vid campus", body=OTHER_BODY),
            ],
            f"{CAMPUS}/sv/b/",
            set(),
        ),
        # undated: no candidates
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-14", body=ARENAS_BODY),
                article(f"{CAMPUS}/sv/b/", "campus-flemingsberg", None, body=ARENAS_BODY),
            ],
            f"{CAMPUS}/sv/b/",
            set(),
        ),
        # body-less and untitled: nothing in common with another such
        (
            [
                article(f"{FLEM}/sv/a/", "flemingsberg", "2023-03-14", None, body=""),
                article(f"{CAMPUS}/sv/b/", "campus-flemingsberg", "2023-03-14", None, body=""),
            ],
            f"{CAMPUS}/sv/b/",
            set(),
        ),
    ],
)  # fmt: skip
def test_candidates_come_from_the_index(archive, raw, probe, expected):
    store(archive, *raw)
    link_articles(archive, {}, urls=[])  # indexes what was stored
    assert candidates(archive, [probe]) == {probe: expected}


COPY = article(f"{SSCI}/sv/aktuellt/arenor", "ssci", "2023-03-15", "Noderna", body=ARENAS_BODY)
ORIGINAL = article(f"{FLEM}/sv/2023/03/14/arenor/", "flemingsberg", "2023-03-14", body=ARENAS_BODY)
ORIGINAL_2 = article(f"{CAMPUS}/sv/2023/03/14/arenor/", "campus-flemingsberg",
                     "2023-03-14T18:00:00+01:00", "Arenorna", body=ARENAS_BODY)  # fmt: skip


@pytest.mark.parametrize(
    "raw, edited, before, after",
    [
        # the copy is rewritten: no longer a copy
        (
            [ORIGINAL, COPY],
            COPY | {"body": OTHER_BODY},
            {COPY["url"]: ORIGINAL["url"]},
            {},
        ),
        # the original is rewritten: its copy is un-marked
        (
            [ORIGINAL, COPY],
            ORIGINAL | {"body": OTHER_BODY},
            {COPY["url"]: ORIGINAL["url"]},
            {},
        ),
        # ... and when another original is left, the copy points to it
        (
            [ORIGINAL, ORIGINAL_2, COPY],
            ORIGINAL | {"body": OTHER_BODY},
            {COPY["url"]: ORIGINAL["url"], ORIGINAL_2["url"]: ORIGINAL["url"]},
            {COPY["url"]: ORIGINAL_2["url"]},
        ),
        # the copy's date is corrected to three days later: out of the window
        (
            [ORIGINAL, COPY],
            COPY | {"published": "2023-03-17"},
            {COPY["url"]: ORIGINAL["url"]},
            {},
        ),
        # an edit that makes two stories one
        (
            [ORIGINAL, COPY | {"body": OTHER_BODY}],
            COPY,
            {},
            {COPY["url"]: ORIGINAL["url"]},
        ),
    ],
)
def test_an_edit_relinks(archive, raw, edited, before, after):
    store(archive, *raw)
    link_articles(archive, {}, urls=[a["url"] for a in raw])
    assert copies(archive) == before
    archive.upsert_article(edited, fetched_at="2024-02-01T00:00:00")
    link_articles(archive, {}, urls=[edited["url"]])
    assert copies(archive) == after


def test_articles_stored_but_never_linked_are_linked_next_time(archive):
    store(archive, ORIGINAL, COPY)  # a run stopped before linking
    link_articles(archive, {}, urls=[])
    assert copies(archive) == {COPY["url"]: ORIGINAL["url"]}
    assert archive.link_pending() == []


def test_a_translation_stored_after_its_twin_gets_the_twins_link(archive):
    archive.upsert_article(with_translations(EN, "en", {"sv": SV}), fetched_at=STORED)
    link_articles(archive, {}, urls=[EN])
    archive.upsert_article(with_translations(SV, "sv", {}), fetched_at=STORED)
    assert link_articles(archive, {}, urls=[SV]) == (0, 1)
    assert archive.article(SV)["translations"] == {"en": EN}
    assert archive.article(EN)["translations"] == {"sv": SV}


def test_links_gained_are_completed_in_turn(archive):
    # EN names SV under another language than SV's: SV gains EN, and then EN gains SV as Swedish
    archive.upsert_article(with_translations(EN, "en", {"de": SV}), fetched_at=STORED)
    archive.upsert_article(with_translations(SV, "sv", {}), fetched_at=STORED)
    assert link_articles(archive, {}, urls=[EN, SV]) == (0, 2)
    assert archive.article(SV)["translations"] == {"en": EN}
    assert archive.article(EN)["translations"] == {"de": SV, "sv": SV}


def test_linking_an_unchanged_archive_changes_nothing(archive):
    store(archive, ORIGINAL, COPY, with_translations(EN, "en", {"sv": SV}),
          with_translations(SV, "sv", {}))  # fmt: skip
    assert link_articles(archive, {}) == (1, 1)
    assert link_articles(archive, {}) == (0, 0)
    assert link_articles(archive, {}, urls=[COPY["url"], SV]) == (0, 0)


def test_an_archive_from_before_the_index_is_linked_whole_on_its_first_linking(tmp_path):
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        store(archive, ORIGINAL, COPY, with_translations(EN, "en", {"sv": SV}),
              with_translations(SV, "sv", {}))  # fmt: skip
    old = sqlite_utils.Database(path)  # back to what an archive from before the index holds
    for trigger in ("link_insert", "link_update", "translations_update", "link_delete"):
        old.execute(f"drop trigger articles_{trigger}")
    for table in ("link_keys", "link_bands", "link_pending", "translation_links"):
        old[table].drop()
    old.execute(f"PRAGMA user_version = {MIGRATIONS.index(_m5_link_index)}")
    old.close()
    with Archive(path) as archive:
        assert archive.link_pending() == sorted([ORIGINAL["url"], COPY["url"], EN, SV])
        link_articles(archive, {}, urls=[])
        assert copies(archive) == {COPY["url"]: ORIGINAL["url"]}
        assert archive.article(SV)["translations"] == {"en": EN}
