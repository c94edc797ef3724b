"""Nothing good is replaced by something worse: what makes a new version worse (scrapers/guard.py),
and the build that holds such a version back, keeps the stored one byte for byte and says so."""

from __future__ import annotations

import pytest

from archive import Archive
from scrapers.build import build
from scrapers.guard import worse
from scrapers.registry import Node
from tests.conftest import nodenews

P1 = (
    "Kista Science City och Stockholms stad har enats om en gemensam handlingsplan för "
    "innovationsområdet, med fokus på digitalisering, hållbarhet och kompetensförsörjning."
)
P2 = (
    "Planen tar sikte på de kommande fem åren och omfattar bland annat ett nytt testbädds"
    "program, fler mötesplatser för små bolag och ett samarbete med KTH om studentprojekt."
)
P3 = (
    "Arbetet leds av en styrgrupp där kommunen, akademin och näringslivet finns med, och den "
    "första rapporten väntas redan i höst när de första projekten har kommit i gång."
)
STORED = {
    "title": "Gemensam handlingsplan för Kista",
    "body": f"{P1}\n\n{P2}\n\n{P3}",
    "published": "2024-05-02T08:00:00+02:00",
    "lang": "sv",
}
MENU = "Hem\n\nOm oss\n\nNyheter\n\nEvenemang\n\nKontakt\n\nEnglish\n\nSök\n\nMeny"
REWRITTEN_P2 = (
    "Planen gäller till 2029 och rymmer ett testbäddsprogram, mötesplatser för små bolag och "
    "studentprojekt tillsammans med KTH, som kommunen finansierar."
)


# Each row: the candidate's changes from the stored version, and the reason's code (None: applied).
@pytest.mark.parametrize(
    "changes, reason",
    [
        ({}, None),
        # genuine edits: a paragraph added, one rewritten, the title reworded, a date corrected
        ({"body": STORED["body"] + "\n\nUppdatering: planen antogs i fullmäktige i juni."}, None),
        ({"body": f"{P1}\n\n{REWRITTEN_P2}\n\n{P3}"}, None),
        ({"title": "Ny handlingsplan för Kista antagen"}, None),
        ({"published": "2024-05-03T08:00:00+02:00"}, None),
        ({"body": f"{P1}\n\n{P3}"}, None),  # a paragraph of three cut: 0.66 of it kept
        # a maintenance page, in the title or in the body's one paragraph
        (
            {"title": "Underhåll pågår", "body": "Vi är snart tillbaka. Tack för ditt tålamod."},
            "error-page",
        ),
        (
            {"body": "Briefly unavailable for scheduled maintenance. Check back in a minute."},
            "error-page",
        ),
        (
            {
                "title": "Just a moment...",
                "body": "Checking your browser before accessing kista.com.",
            },
            "error-page",
        ),
        (
            {
                "body": "Vi använder cookies för att ge dig en bättre upplevelse. Acceptera alla cookies"
            },
            "error-page",
        ),
        # content moved to JavaScript: nothing, or the navigation menu
        ({"body": ""}, "body-lost"),
        ({"body": MENU}, "body-shrank"),
        ({"body": "\n\n".join([MENU] * 8)}, "body-replaced"),  # a long menu: as long, no words kept
        ({"body": "x"}, "body-shrank"),  # a 50 MB junk page
        ({"body": P1}, "body-shrank"),  # most of it lost
        ({"published": None}, "date-lost"),
        ({"lang": None}, "lang-lost"),
        ({"title": None}, "title-lost"),
    ],
)
def test_worse(changes, reason):
    got = worse(STORED, STORED | changes)
    assert (got.split(":")[0] if got else None) == reason, got


# A post that only mentions maintenance, and is long enough to be a post, is a post.
POST_ON_MAINTENANCE = (
    "Underhåll pågår på tunnelbanans blå linje i sommar, och resenärer till Kista får räkna med "
    "ersättningsbussar mellan Västra skogen och Akalla från den 20 juni till den 15 augusti. "
    + P2
    + P3
)


@pytest.mark.parametrize(
    "stored, candidate, reason",
    [
        (None, {"title": "Underhåll pågår", "body": "Vi är snart tillbaka."}, "error-page"),
        (None, {"title": "Sommarens arbeten", "body": POST_ON_MAINTENANCE}, None),
        (None, {"title": "Kort notis", "body": "x"}, None),  # new: nothing stored to lose
        (STORED, {**STORED, "title": "Sommarens arbeten", "body": POST_ON_MAINTENANCE}, None),
    ],
)
def test_worse_for_new_articles_and_posts_about_maintenance(stored, candidate, reason):
    got = worse(stored, candidate)
    assert (got.split(":")[0] if got else None) == reason, got


# -- the build: held back, stored byte for byte, flagged, counted ---------------------------------

NODE = Node(slug="x", name="X", base_url="https://x.example", languages=("sv",))
FIRST, LATER = "2024-05-02T06:00:00+00:00", "2024-05-09T06:00:00+00:00"
TITLES = ("Nytt labb", "Tre bolag flyttar in", "Pris till forskare", "Skolor besöker labbet")


def html(title: str, paragraphs: list[str], *, date: bool = True) -> bytes:
    meta = '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="sv"><head><title>{title} | X</title>{meta if date else ""}</head>'
        f'<body class="single-post"><article><h1>{title}</h1>{body}</article></body></html>'
    ).encode()


def good(number: int) -> bytes:
    return html(TITLES[number], [f"{TITLES[number]}: {P1}", P2, P3])


def fetch(archive: Archive, number: int, body: bytes, at: str = FIRST) -> str:
    url = f"https://x.example/post-{number}/"
    archive.store_page(url, node="x", kind="article", status=200, body=body, run_id=at,
                       content_type="text/html; charset=utf-8", seen_at=at)  # fmt: skip
    return url


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "nodenews.db") as archive:
        for number in range(len(TITLES)):
            fetch(archive, number, good(number))
        assert build(archive, [NODE])["x"]["new"] == len(TITLES)
        yield archive


def snapshot(archive: Archive) -> dict[str, tuple]:
    return {row["url"]: tuple(row.values()) for row in archive.db["articles"].rows}


MAINTENANCE = html("Underhåll pågår", ["Vi är snart tillbaka. Tack för ditt tålamod."])
# content moved to JavaScript: the post's shell, its text fetched by a script
JS_SHELL = html("Nytt labb", []).replace(
    b"<article>", b'<article><div id="app"></div><script src="/app.js"></script>'
)
JUNK = b"x" * 100_000


@pytest.mark.parametrize(
    "fault, held, reason",
    [
        (lambda n: MAINTENANCE, 4, "error-page"),
        (lambda n: JS_SHELL, 4, "body-lost"),
        (lambda n: html(TITLES[n], MENU.split("\n\n")), 4, "body-shrank"),
        (lambda n: JUNK, 4, "not-an-article"),
        (lambda n: html(TITLES[n], [f"{TITLES[n]}: {P1}", P2, P3], date=False), 4, "date-lost"),
    ],
)
def test_a_worse_version_is_held_back_and_the_stored_one_stays(archive, fault, held, reason):
    before = snapshot(archive)
    for number in range(len(TITLES)):
        fetch(archive, number, fault(number), at=LATER)
    counts = build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]
    assert (counts["held"], counts["updated"], counts["new"]) == (held, 0, 0)
    assert snapshot(archive) == before
    flagged = archive.held_pages("x")
    assert len(flagged) == held and {f["held"].split(":")[0] for f in flagged} == {reason}
    # the candidates stay in pages, and a build of everything holds them back again
    assert archive.page("https://x.example/post-0/")["body"] == fault(0)
    assert archive.unbuilt_pages(["x"]) == []
    assert build(archive, [NODE])["x"]["held"] == held
    assert snapshot(archive) == before
    assert "template change?" in counts["template_change"]


def test_a_genuine_edit_updates_and_the_site_recovering_clears_the_flag(archive):
    fetch(archive, 0, MAINTENANCE, at=LATER)
    assert build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]["held"] == 1
    edited = html(TITLES[0], [f"{TITLES[0]}: {P1}", REWRITTEN_P2, P3, "Planen antogs i juni."])
    fetch(archive, 0, edited, at=LATER)
    counts = build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]
    assert (counts["updated"], counts["held"], counts["template_change"]) == (1, 0, None)
    assert archive.article("https://x.example/post-0/")["body"].endswith("Planen antogs i juni.")
    assert archive.held_pages("x") == []


def test_one_odd_page_is_no_template_change(archive):
    fetch(archive, 0, MAINTENANCE, at=LATER)
    fetch(archive, 1, html(TITLES[1], [f"{TITLES[1]}: {P1}", P2, P3, "Tillägg."]), at=LATER)
    counts = build(archive, [NODE])["x"]
    assert (counts["held"], counts["updated"], counts["template_change"]) == (1, 1, None)


def test_a_held_version_a_person_accepts_applies(archive):
    url = fetch(archive, 0, html(TITLES[0], [f"{TITLES[0]}: {P1}"]), at=LATER)  # a real cut
    assert build(archive, [NODE], urls=archive.unbuilt_pages(["x"]))["x"]["held"] == 1
    counts = build(archive, [NODE], urls=[url], accept=[url])["x"]
    assert (counts["updated"], counts["held"]) == (1, 0)
    assert archive.article(url)["body"] == f"{TITLES[0]}: {P1}"
    assert archive.held_pages("x") == []
    assert [h["reason"] for h in archive.history(url)] == ["site"]


def test_accept_refuses_a_page_not_held_in_one_line(tmp_path):
    Archive(tmp_path / "nodenews.db").close()
    result = nodenews(
        "build", "--db", str(tmp_path / "nodenews.db"), "--accept", "https://x.example/a/"
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: not a held-back page: https://x.example/a/"
