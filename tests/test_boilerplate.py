"""scrapers.extract.boilerplate: the line rules, one row per boilerplate line seen on the node
sites, and the article sentences that merely contain the same words, which must stay."""

from __future__ import annotations

import pytest

from scrapers.extract.boilerplate import clean_paragraphs, learn_repeated_lines
from scrapers.registry import load_registry

TITLE = "Strong co-operation between the region’s innovation nodes"
BODY = "The innovation nodes met at Novum to compare notes on a shared agenda."


@pytest.mark.parametrize(
    "raw",
    [
        "Till toppen",
        "2022-02-15T16:11:13+01:00",  # the hidden 'updated' timestamp, printed bare
        "2018-06-28T10:39:01+00:00",
        "2024-03-12T11:00:00Z",
        "2019-02-18T09:38",
        # the newsletter prompts, as two paragraphs or one
        "Vill du veta mer?",
        "Prenumerera på vårt nyhetsbrev.",
        "Vill du veta mer? Prenumerera på vårt nyhetsbrev.",
        "Do you want to know more?",
        "Subscribe to our newsletter.",
        "Do you want to know more? Subscribe to our newsletter.",
        "Subscribe to Stockholm Science City's newsletter",
        # Jetpack (Kista) and sscp
        "Share this:",
        "Click to share on LinkedIn (Opens in new window)",
        "Like this:",
        "Related",
        "Publicerad: 10 september 2018",
        "Publicerat 21 november 2017",
        # ssci (Drupal): breadcrumbs and translation links
        "Du är här",
        "You are here:",
        # navigation and teaser labels
        "Meny",
        "Gå direkt till innehåll",
        "Skip to main content",
        "Läs mer »",
        "Read more",
        "Läs mer Läs mer",
        "Dela:",
        # a post's tag and category lines, as classic themes label them
        "Tags: AI, Kista, testbäddar",
        "Etiketter: labb, Kista",
        "Kategorier: Nyheter",
        "Posted in News",
        "Filed under Events, Kista",
        "Kategoriserat som Nyheter",
        "   ",
        "",
    ],
)
def test_default_boilerplate_is_dropped(raw):
    assert clean_paragraphs([BODY, raw]) == ([BODY], 1)


@pytest.mark.parametrize(
    "slug, raw",
    [
        # the Avada theme's (scrapers/themes.toml), inherited by both Flemingsberg sites
        ("flemingsberg", "Published On: 9 January 2023"),
        ("flemingsberg", "Go to Top"),
        ("flemingsberg", "GO TO TOP"),
        ("flemingsberg", "Go to Top\u00a0"),
        ("flemingsberg", "Share This Story, Choose Your Platform!"),
        ("campus-flemingsberg", "Published On: 9 January 2023"),
        ("campus-flemingsberg", "Go to Top"),
        # the sites' own (scrapers/nodes.toml)
        ("kista", "Article written by Kista Science City"),
        ("ssci", "Swedish version >>"),
        ("ssci", "Swedish version\u00a0>>"),
        ("ssci", "English version>>"),
        ("ssci", "Svensk version >>"),
    ],
)
def test_a_sites_boilerplate_is_dropped_with_its_rules(slug, raw):
    rules = load_registry()[slug].boilerplate
    kept = clean_paragraphs([BODY, raw], phrases=rules.phrases, patterns=rules.patterns)
    assert kept == ([BODY], 1)


@pytest.mark.parametrize(
    "raw", ["Published On: 9 January 2023", "Go to Top", "Article written by Kista Science City"]
)
def test_a_themes_or_sites_boilerplate_is_not_every_sites(raw):
    assert clean_paragraphs([BODY, raw]) == ([BODY, raw], 0)


@pytest.mark.parametrize(
    "raw",
    [
        "Click Go to Top to return to the programme.",
        "Vill du veta mer? Kontakta Angela Hoyer på stiftelsen.",
        "Do you want to know more about the seminar? Watch the recording.",
        "The English version of the report is published in May.",
        "The article written by our CEO was published on 9 January 2023.",
        "It was published on: 9 January 2023, a week after the board met.",
        "Meny och program för dagen finns på plats i Novum.",
        "Läs mer om Science Week på scienceweek.se.",
        "Read more about the Karolinska ATMP Center below.",
        "Related research from Karolinska Institutet shows the same thing.",
        "Du är här för att bygga framtidens Flemingsberg, sa Johnny Högberg.",
        "The agreement was signed at 2022-02-15T16:11:13+01:00 in Flemingsberg.",
        "Dela: så heter den nya plattformen för delade labb.",
        "Prenumerera på vårt nyhetsbrev, sa ingen, men alla gjorde det ändå.",
        "Tags are what the archive's search is built on.",
        "Kategorier av företag: startups, scaleups och etablerade bolag i Kista.",
        "Posted in 2019, the report was read by the whole region's municipalities, and it "
        "still guides the nodes' work on testbeds and on housing for researchers today.",
    ],
)
def test_article_sentences_with_the_same_words_are_kept(raw):
    assert clean_paragraphs([BODY, raw]) == ([BODY, raw], 0)


@pytest.mark.parametrize(
    "raw, title, expected",
    [
        ([TITLE, BODY], TITLE, [BODY]),
        # case and end punctuation don't make it another title
        (["STRONG CO-OPERATION BETWEEN THE REGION’S INNOVATION NODES!", BODY], TITLE, [BODY]),
        # still the first line once boilerplate before it is gone
        (["Meny", TITLE, BODY], TITLE, [BODY]),
        # the title further down is a quote of it, not a copy
        ([BODY, TITLE], TITLE, [BODY, TITLE]),
        ([TITLE, BODY], None, [TITLE, BODY]),
        ([TITLE, BODY], "Season's Greetings from Stockholm Science City", [TITLE, BODY]),
    ],
)
def test_leading_copy_of_the_title(raw, title, expected):
    assert clean_paragraphs(raw, title=title)[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # captions and headings printed twice by responsive themes
        (["Foto: Anna Rosén", "Foto: Anna Rosén", BODY], (["Foto: Anna Rosén", BODY], 1)),
        (
            ["Tillsammans för att utveckla Kista", "Tillsammans för att utveckla  Kista.", BODY],
            (["Tillsammans för att utveckla Kista", BODY], 1),
        ),
        # not consecutive: both stay
        (
            ["Johnny Högberg", BODY, "Johnny Högberg"],
            (["Johnny Högberg", BODY, "Johnny Högberg"], 0),
        ),
        # consecutive once the prompt between them is gone
        ([BODY, "Vill du veta mer?", BODY], ([BODY], 2)),
    ],
)
def test_consecutive_duplicates(raw, expected):
    assert clean_paragraphs(raw) == expected


SITE_PHRASES = ("CF_logo_neg", "LADDA NED VÅR JUBILEUMSSKRIFT", "Ta del av framtiden")
PROMO_SENTENCE = "Vi vill att fler ska ta del av framtiden i Södertälje."
SITE_PATTERNS = (r"^Annelie Svensson\s*Aktuellt$", r"^SWPlay:")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("CF_logo_neg", []),
        ("Ladda ned vår jubileumsskrift", []),
        ("Ta del av framtiden!", []),
        ("Annelie SvenssonAktuellt", []),
        ("SWPlay: se alla seminarier från Science Week 2024", []),
        # the same words inside a sentence
        (PROMO_SENTENCE, [PROMO_SENTENCE]),
        ("Annelie Svensson, Aktuellt-redaktör.", ["Annelie Svensson, Aktuellt-redaktör."]),
    ],
)  # fmt: skip
def test_site_phrases_and_patterns(raw, expected):
    kept, _ = clean_paragraphs([raw], phrases=SITE_PHRASES, patterns=SITE_PATTERNS)
    assert kept == expected


def test_site_rules_apply_only_when_given():
    assert clean_paragraphs(["CF_logo_neg", "Annelie SvenssonAktuellt"]) == (
        ["CF_logo_neg", "Annelie SvenssonAktuellt"],
        0,
    )


@pytest.mark.parametrize(
    "raw, expected",
    [
        (["Johnny Högberg, vd Stiftelsen Flemingsberg Science", BODY], [BODY]),
        (["JOHNNY HÖGBERG, VD STIFTELSEN FLEMINGSBERG SCIENCE.", BODY], [BODY]),
        (["Johnny Högberg, vd", BODY], ["Johnny Högberg, vd", BODY]),
    ],
)
def test_learned_lines(raw, expected):
    learned = ["Johnny Högberg, vd Stiftelsen Flemingsberg Science"]
    assert clean_paragraphs(raw, learned=learned)[0] == expected


SIGN_OFF = "Johnny Högberg, vd Stiftelsen Flemingsberg Science"


@pytest.mark.parametrize(
    "bodies, options, expected",
    [
        # on 3 of 4 pages: at least half of them, and at least 3
        ([[SIGN_OFF, "a"], [SIGN_OFF, "b"], [SIGN_OFF, "c"], ["d"]], {}, {SIGN_OFF: 3}),
        # too few pages to learn from
        ([[SIGN_OFF], [SIGN_OFF]], {}, {}),
        ([[SIGN_OFF], [SIGN_OFF]], {"min_pages": 2}, {SIGN_OFF: 2}),
        # 4 of 10 is under half; 5 of 10 is not
        ([[SIGN_OFF]] * 4 + [[str(i)] for i in range(6)], {}, {}),
        ([[SIGN_OFF]] * 5 + [[str(i)] for i in range(5)], {}, {SIGN_OFF: 5}),
        ([[SIGN_OFF]] * 4 + [[str(i)] for i in range(6)], {"min_share": 0.4}, {SIGN_OFF: 4}),
        # printed twice on one page still counts as one page
        ([[SIGN_OFF, SIGN_OFF], [SIGN_OFF, SIGN_OFF], ["a"], ["b"]], {}, {}),
        ([], {}, {}),
    ],
)
def test_learn_repeated_lines(bodies, options, expected):
    assert learn_repeated_lines(bodies, **options) == expected
