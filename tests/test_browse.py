"""archive.browse: the columns an article is browsed by, from its stored fields."""

import pytest

from archive.browse import normalise_tags, published_month, published_year


@pytest.mark.parametrize(
    "published, year, month",
    [
        ("2024-05-02T06:00:00+02:00", 2024, "2024-05"),
        ("2021-12-31", 2021, "2021-12"),
        ("2021-13-01", None, None),  # no such month
        ("2021", None, None),  # a year alone is not a month
        ("maj 2021", None, None),
        ("", None, None),
        (None, None, None),
    ],
)
def test_year_and_month(published, year, month):
    assert (published_year(published), published_month(published)) == (year, month)


@pytest.mark.parametrize(
    "tags, expected",
    [
        (["Stadsutveckling", "stadsutveckling"], ["stadsutveckling"]),
        (["  Life   Science ", "life\u00a0science"], ["life science"]),
        (
            ["Innovationsnoder", "Innovation nodes", "innovation"],
            ["innovationsnoder", "innovation nodes", "innovation"],
        ),
        (["Södertälje", "So\u0308derta\u0308lje"], ["södertälje"]),  # composed and decomposed ö, ä
        (["ÅRSSTÄMMA"], ["årsstämma"]),
        (["", "  "], []),
        ([], []),
    ],
)
def test_normalise_tags(tags, expected):
    assert normalise_tags(tags) == expected
