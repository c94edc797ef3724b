"""How fast parse_date reads dates, against plain dateparser.parse on the same strings.

Prints dates/second for each over 2,000 mixed strings of the forms the node sites print (plus a few
that no pattern knows and some that are no date). No assertions: run it and read the figures.

    .venv/bin/python benchmarks/bench_parse_date.py
"""

import random
import time
from collections.abc import Callable

import dateparser

from scrapers.normalise import parse_date

FORMS = [
    "15 februari 2022",
    "Publicerad: 10 september 2018",
    "Publicerat 21 november 2017",
    "Published On: 9 January 2023",
    "February 18th, 2019",
    "september 27, 2021",
    "oktober 5, 2022",
    "Feb 15, 2022",
    "March 12, 2024",
    "12 mars 2024",
    "2022-02-15T16:11:13+01:00",
    "2019-02-18T09:38:35+00:00",
    "2024-03-12T11:00:00Z",
    "2021-11-11",
    "2014-09-22 10:30",
    "20230317",
    "Tue, 15 Feb 2022 15:02:11 +0000",
    "Tue, 15 Feb 2022 15:02:11 GMT",
    "15.02.2022",
    "15/02/2022",
    "5th of March 2021",  # only dateparser knows this one
    "Go to Top",  # no date
]
FALLBACK = {"5th of March 2021", "Go to Top"}
COUNT = 2000


def rate(parse: Callable[[str], object], strings: list[str]) -> tuple[float, int]:
    """Dates per second, and how many strings gave a date."""
    start = time.perf_counter()
    found = sum(parse(text) is not None for text in strings)
    return len(strings) / (time.perf_counter() - start), found


def main() -> None:
    strings = random.Random(2022).choices(FORMS, k=COUNT)
    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}
    # Warm up both: dateparser loads its language data on first use.
    parse_date("5th of March 2021")
    dateparser.parse("15 februari 2022", languages=["sv", "en"], settings=settings)
    for name, parse in [
        ("parse_date", parse_date),
        (
            "dateparser.parse",
            lambda t: dateparser.parse(t, languages=["sv", "en"], settings=settings),
        ),
    ]:
        per_second, found = rate(parse, strings)
        print(f"{name:<18} {per_second:>10,.0f} dates/s   ({found} of {COUNT} strings gave a date)")
    # The share of the first figure that dateparser's fallback costs.
    known = [text for text in strings if text not in FALLBACK]
    per_second, found = rate(parse_date, known)
    print(f"{'  known forms only':<18} {per_second:>10,.0f} dates/s   ({found} of {len(known)})")


if __name__ == "__main__":
    main()
