"""The columns an article is browsed by, derived from its stored fields: the year and month it was
published (the publisher's calendar, as `published` is stored in the node's time zone) and its tags
normalised, so that "Stadsutveckling" and "stadsutveckling " are one facet value. Pure functions;
the store writes their results on every upsert and migration 11 on the rows before it."""

import re
import unicodedata
from collections.abc import Iterable

# An ISO 8601 date's year and month at the start of `published` ("2024-05-02T06:00:00+02:00").
_YEAR_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
# The columns browse_columns fills, in the articles table.
BROWSE_COLUMNS = ("published_year", "published_month", "tags_normalised")


def published_year(published: str | None) -> int | None:
    found = _YEAR_MONTH.match(published or "")
    return int(found.group(1)) if found else None


def published_month(published: str | None) -> str | None:
    """'YYYY-MM', which sorts as the calendar does."""
    found = _YEAR_MONTH.match(published or "")
    return f"{found.group(1)}-{found.group(2)}" if found else None


def normalise_tag(tag: str) -> str:
    """One spelling per tag: Unicode composed (NFC), case folded, runs of whitespace (non-breaking
    spaces too) one space, none at the ends."""
    return " ".join(unicodedata.normalize("NFC", tag).casefold().split())


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """The tags normalised, each once, in the site's order; empty ones dropped."""
    return [tag for tag in dict.fromkeys(normalise_tag(t) for t in tags) if tag]


def browse_columns(published: str | None, tags: Iterable[str]) -> dict:
    """The browsing columns of an article with this `published` and these (decoded) tags; the
    normalised tags as a list, to be stored as JSON like the site's own."""
    return {
        "published_year": published_year(published),
        "published_month": published_month(published),
        "tags_normalised": normalise_tags(tags),
    }
