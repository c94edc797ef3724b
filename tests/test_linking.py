"""scrapers.linking: republished copies across nodes, and translation links completed from twins."""

from __future__ import annotations

import pytest

from scrapers.linking import body_similarity, completed_translations, republished

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
def test_republished(raw, republishes, expected):
    assert republished(raw, republishes) == expected


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
