"""Boilerplate learning that cannot be poisoned: lines count once per distinct article, a learned
line never empties an article, and a person can list, forget and unforget what was learned."""

from __future__ import annotations

import pytest

from archive import Archive
from scrapers.build import build, forget_line
from scrapers.registry import Node
from tests.conftest import nodenews

NODE = Node(slug="x", name="X", base_url="https://x.example", languages=("sv",))
FIRST = "2024-05-02T06:00:00+00:00"
SIGN_OFF = "Kontakt: Anna Berg, anna@x.example"
POSTS = {
    "labb": ("Nytt labb", ["Ett nytt labb öppnar i Kista i mars för små bolag och forskare."]),
    "bolag": ("Tre bolag", ["Tre unga bolag flyttar in i huset vid torget i april i år."]),
    "pris": ("Pris", ["Forskaren Eva Lind får årets pris för sitt arbete med batterier."]),
    "skola": ("Skolor", ["Fyra skolor i kommunen besöker labbet under maj och juni."]),
}
# The post whose paragraphs a trap repeats: two paragraphs of its own.
OWN = ["Kommunen och akademin har enats om en plan för området.", "Den gäller i fem år."]


def html(title: str, paragraphs: list[str], canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="sv"><head><title>{title} | X</title>{link}'
        '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00"></head>'
        f'<body class="single-post"><article><h1>{title}</h1>{body}</article></body></html>'
    ).encode()


def fetch(archive: Archive, path: str, body: bytes) -> str:
    url = f"https://x.example{path}"
    archive.store_page(url, node="x", kind="article", status=200, body=body, run_id=FIRST,
                       content_type="text/html; charset=utf-8", seen_at=FIRST)  # fmt: skip
    return url


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        yield archive


PLAN = "https://x.example/plan/"


# Each row: the variants of /plan/ a trap or a tracker offers (stored as pages of their own, as an
# older crawl or another route may have), with or without their rel=canonical.
@pytest.mark.parametrize(
    "variants, canonical",
    [
        ([f"/plan/page/{n}/" for n in range(2, 8)], True),
        ([f"/plan/page/{n}/" for n in range(2, 8)], False),
        ([f"/plan/?utm_source=nyhetsbrev&utm_medium={n}" for n in range(6)], False),
        ([f"/plan/?share=linkedin&n={n}" for n in range(6)], True),
        # a copy of the post republished under other addresses on the node's own site
        ([f"/arkiv/2024/plan-{n}/" for n in range(6)], False),
    ],
)
def test_copies_of_an_article_count_once(archive, variants, canonical):
    for slug, (title, paragraphs) in POSTS.items():
        fetch(archive, f"/{slug}/", html(title, paragraphs))
    fetch(archive, "/plan/", html("Plan", OWN))
    for path in variants:
        fetch(archive, path, html("Plan", OWN, canonical=PLAN if canonical else None))
    build(archive, [NODE])
    # 7 of 11 pages hold the post's paragraphs, but one of 5 distinct articles does
    assert archive.boilerplate_lines("x") == set()
    assert archive.article(PLAN)["body"] == "\n\n".join(OWN)
    assert build(archive, [NODE])["x"]["updated"] == 0  # and a build of everything agrees


def test_a_line_on_most_distinct_articles_is_still_learned(archive):
    for slug, (title, paragraphs) in POSTS.items():
        fetch(archive, f"/{slug}/", html(title, [*paragraphs, SIGN_OFF]))
    build(archive, [NODE])
    assert archive.boilerplate("x") == [
        {"line": SIGN_OFF, "pages": 4, "learned_at": archive.boilerplate("x")[0]["learned_at"]}
    ]
    assert SIGN_OFF not in archive.article("https://x.example/labb/")["body"]


def test_a_learned_line_that_is_most_of_an_article_is_left_on_it(archive):
    for slug, (title, paragraphs) in POSTS.items():
        fetch(archive, f"/{slug}/", html(title, [*paragraphs, SIGN_OFF]))
    short = fetch(archive, "/kort/", html("Kort", ["Välkomna!", SIGN_OFF]))
    build(archive, [NODE])
    assert archive.boilerplate_lines("x") == {SIGN_OFF}
    assert archive.article(short)["body"] == f"Välkomna!\n\n{SIGN_OFF}"
    assert archive.article("https://x.example/pris/")["body"] == POSTS["pris"][1][0]


def test_a_forgotten_line_comes_back_to_its_articles_and_stays_forgotten(archive):
    for slug, (title, paragraphs) in POSTS.items():
        fetch(archive, f"/{slug}/", html(title, [*paragraphs, SIGN_OFF]))
    build(archive, [NODE])
    assert forget_line(archive, [NODE], "x", SIGN_OFF) == 4
    assert archive.article("https://x.example/labb/")["body"].endswith(SIGN_OFF)
    assert forget_line(archive, [NODE], "x", SIGN_OFF) is None  # no longer learned
    # neither a build of everything nor a new page with the line learns it again
    fetch(archive, "/ny/", html("Ny", ["En ny post om något helt annat i dag.", SIGN_OFF]))
    build(archive, [NODE])
    assert archive.boilerplate_lines("x") == set()
    assert [row["line"] for row in archive.forgotten_lines("x")] == [SIGN_OFF]
    # unforgotten, the next build that counts it learns it again
    assert archive.unforget_line("x", SIGN_OFF)
    build(archive, [NODE])
    assert archive.boilerplate_lines("x") == {SIGN_OFF}


def test_the_boilerplate_command_lists_forgets_and_refuses_in_one_line(tmp_path):
    db = tmp_path / "nodenews.db"
    kista = Node(slug="kista", name="Kista", base_url="https://kista.com", languages=("sv",))
    with Archive(db) as archive:
        for slug, (title, paragraphs) in POSTS.items():
            archive.store_page(f"https://kista.com/{slug}/", node="kista", kind="article",
                               status=200, body=html(title, [*paragraphs, SIGN_OFF]), run_id=FIRST,
                               content_type="text/html", seen_at=FIRST)  # fmt: skip
        archive.upsert_node("kista", "Kista", "https://kista.com", ["sv"], None)
        build(archive, [kista])
    listed = nodenews("boilerplate", "--db", str(db), "--node", "kista")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[1].split()[0] == "4"
    assert listed.stdout.splitlines()[1].endswith(SIGN_OFF)
    forgot = nodenews("boilerplate", "--db", str(db), "--node", "kista", "--forget", SIGN_OFF)
    assert forgot.returncode == 0, forgot.stderr
    assert forgot.stdout.strip().endswith(": 4 articles built again")
    listed = nodenews("boilerplate", "--db", str(db), "--node", "kista")
    assert "forgotten" in listed.stdout.splitlines()[1]
    again = nodenews("boilerplate", "--db", str(db), "--node", "kista", "--forget", SIGN_OFF)
    assert again.returncode == 1
    assert again.stderr.strip() == f"Error: not a learned line of kista: {SIGN_OFF!r}"
    unknown = nodenews("boilerplate", "--db", str(db), "--node", "nowhere")
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
