"""How well nodenews' general date layers find a page's publication day, against htmldate (extensive
and fast, as htmldate's own evaluation runs them) on the same pages: the development split of
htmldate's evaluation set (`../shared/bench/dates-dev`, see its README).

The score, as that README defines it: a page is found when the predicted calendar day equals the gold
day; no date is a false negative, a wrong date a false positive; accuracy = found / pages with a
gold day. Every extractor runs without the page's URL (many URLs hold the date); nodenews as for a
page of no known node (no selectors, no time zone: a page keeps the offset it states). Prints, per
extractor: accuracy, pages with no date, with a wrong date, how many of those are one day off, and
milliseconds per page (parsing included, after an untimed pass of each). No assertions: run it and read the figures.

    .venv/bin/python benchmarks/bench_pubdates.py [BENCH_DIR] [--with-url] [--modes] [--misses] [--quick]

--with-url gives every extractor the page's URL (as ../shared/bench/meta-dev scores its dates, the
same way otherwise: `bench_pubdates.py ../shared/bench/meta-dev --with-url`); --modes also scores nodenews with each htmldate mode as its last layer; --misses lists the pages
nodenews gets wrong; --quick scores nodenews alone on the subset bundled in tests/quality/dates-dev/,
as the quality gate (tests/test_quality_dates.py) does against benchmarks/baselines/dates.json.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from unittest.mock import patch

import htmldate

from scrapers.extract import dates as date_layers
from scrapers.extract.tree import parse_page

# Run as a script, the repository's root (where the shared benchmarks.sets is) is not on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.sets import check_set, ground_truth, read_page

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPOSITORY.parent / "shared/bench/dates-dev"
QUICK_BENCH = REPOSITORY / "tests/quality/dates-dev"  # 80 pages of it, for a fresh clone's CI
BASELINE = REPOSITORY / "benchmarks/baselines/dates.json"
# The pages are from 2006 to 2023; any later `now` scores them alike.
NOW = datetime.now(UTC)
HTMLDATE_MODES = [
    {"extensive_search": extensive, "original_date": original}
    for extensive in (True, False)
    for original in (True, False)
]


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    gold: str | None  # YYYY-MM-DD


@dataclass(frozen=True)
class Score:
    pages: int  # with a gold day
    found: int
    none: int  # no date
    wrong: int  # a date, not the gold day
    off_by_one: int  # of the wrong ones, a day before or after
    ms_per_page: float

    @property
    def accuracy(self) -> float:
        return self.found / self.pages if self.pages else 0.0


def load_pages(bench: Path) -> list[Page]:
    """The set's pages in the order of their ids."""
    pages = [
        Page(
            id=Path(record["file"]).name.removesuffix(".html.gz"),
            url=record["url"],
            html=read_page(bench / record["file"]),
            gold=record["date"],
        )
        for record in ground_truth(bench).values()
    ]
    return sorted(pages, key=lambda page: page.id)


def nodenews(html: str, url: str | None = None) -> str | None:
    """nodenews' general layers: no node, no time zone (and by default no URL)."""
    return date_layers.published_date(parse_page(html), url, None, NOW)[0]


def htmldate_extensive(html: str, url: str | None = None) -> str | None:
    return htmldate.find_date(html, extensive_search=True, original_date=True, url=url)


def htmldate_fast(html: str, url: str | None = None) -> str | None:
    return htmldate.find_date(html, extensive_search=False, original_date=True, url=url)


EXTRACTORS: dict[str, Callable[[str, str | None], str | None]] = {
    "nodenews": nodenews,
    "htmldate extensive": htmldate_extensive,
    "htmldate fast": htmldate_fast,
}


def predict(
    extract: Callable[[str, str | None], str | None], pages: list[Page], *, with_url: bool = False
) -> tuple[list, float]:
    start = time.perf_counter()
    predicted = [extract(page.html, page.url if with_url else None) for page in pages]
    return predicted, (time.perf_counter() - start) * 1000 / max(1, len(pages))


def score(pages: list[Page], predicted: list[str | None], ms_per_page: float) -> Score:
    found = none = wrong = off_by_one = 0
    for page, value in zip(pages, predicted, strict=True):
        if page.gold is None:
            continue
        if value is None:
            none += 1
        elif value[:10] == page.gold:
            found += 1
        else:
            wrong += 1
            off_by_one += _days_apart(value[:10], page.gold) == 1
    graded = sum(page.gold is not None for page in pages)
    return Score(graded, found, none, wrong, off_by_one, ms_per_page)


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:  # meta-dev has one gold day that is no date ('2022-25-10')
        return None


def quick_score() -> Score:
    """nodenews alone on the bundled subset: the quality gate's figure."""
    pages = load_pages(QUICK_BENCH)
    predicted, ms = predict(nodenews, pages)
    return score(pages, predicted, ms)


HEADER = f"{'':<34} {'accuracy':>8} {'none':>5} {'wrong':>6} {'off by one':>10} {'ms/page':>9}"


def line(name: str, result: Score) -> str:
    return (
        f"{name:<34} {result.accuracy:>8.3f} {result.none:>5} {result.wrong:>6} "
        f"{result.off_by_one:>10} {result.ms_per_page:>9.1f}"
    )


def main(argv: list[str]) -> None:
    options = {arg for arg in argv if arg.startswith("--")}
    folders = [arg for arg in argv if not arg.startswith("--")]
    if "--quick" in options:
        result = quick_score()
        print(f"{QUICK_BENCH}: nodenews found {result.found} of {result.pages}\n")
        print(HEADER)
        print(line("nodenews", result))
        return
    bench = Path(folders[0]) if folders else DEFAULT_BENCH
    check_set(bench)
    with_url = "--with-url" in options
    pages = load_pages(bench)
    graded = sum(page.gold is not None for page in pages)
    shown = "URL given" if with_url else "URL hidden"
    print(f"{bench}: {len(pages)} pages, {graded} with a gold day; {shown}\n")
    print(HEADER)
    # A pass of each, untimed, first: dateparser (htmldate's fallback) compiles each language's
    # patterns on first use, seconds that would go to whichever extractor met the language first.
    for extract in EXTRACTORS.values():
        predict(extract, pages, with_url=with_url)
    predictions = {}
    for name, extract in EXTRACTORS.items():
        predicted, ms = predict(extract, pages, with_url=with_url)
        predictions[name] = predicted
        print(line(name, score(pages, predicted, ms)))
    if "--modes" in options:
        print("\nnodenews with each htmldate mode as its last layer:")
        for mode in HTMLDATE_MODES:
            with patch.dict(date_layers.HTMLDATE_OPTIONS, mode):
                predicted, ms = predict(nodenews, pages, with_url=with_url)
            name = "  " + ", ".join(f"{key}={value}" for key, value in mode.items())
            print(line(name, score(pages, predicted, ms)))
    if "--misses" in options:
        print("\npages nodenews gets wrong (gold, nodenews, htmldate extensive):")
        for index, page in enumerate(pages):
            ours = predictions["nodenews"][index]
            if page.gold and (ours or "")[:10] != page.gold:
                theirs = predictions["htmldate extensive"][index]
                print(f"  {page.id}  {page.gold}  {ours}  {theirs}")


if __name__ == "__main__":
    main(sys.argv[1:])
