"""Titles, publication days and main-text snippets of nodenews' general layers against trafilatura,
readability-lxml and htmldate on the same pages: the development split of trafilatura's evaluation
set (`../shared/bench/meta-dev`, see its README, which defines every score used here).

- title: exact match after NFKC + casefold + `\\w+` tokenising, and bag-of-words token F1 (mean over
  the pages with a gold title; no title scores 0);
- snippets: a `with` snippet found in the extracted text is a true positive, missed a false
  negative; a `without` snippet found is a false positive (whitespace-normalised substring
  matching, counts summed over pages); precision, recall, F1 from those sums;
- date: the predicted calendar day against the gold day (no date a false negative, a wrong one a
  false positive), accuracy = found / pages with a gold day, the page's URL given;
- CPU ms/page of each extractor (parsing included).

nodenews runs as for a page of no known node (general layers only) with the URL given when it is an
http(s) URL (a few of the set's keys are labels such as `hard::dw.com...`; every extractor then gets
no URL). No assertions: run it and read the figures.

    .venv/bin/python benchmarks/bench_meta.py [BENCH_DIR] [--quick] [--misses]

--quick scores nodenews alone (tests/test_quality_meta.py does so on a bundled subset against
benchmarks/baselines/meta.json); --misses lists the pages whose title nodenews gets wrong.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

import htmldate
import lxml.html
import trafilatura
from readability import Document

from scrapers.extract import extract_article
from scrapers.registry import unknown_node

# Run as a script, the repository's root (where the shared benchmarks.sets is) is not on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.sets import check_set, f1, ground_truth, read_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared/bench/meta-dev"
QUICK_BENCH = ROOT / "tests/quality/meta-dev"  # its first 60 pages, for a fresh clone's CI
BASELINE = ROOT / "benchmarks/baselines/meta.json"  # what tests/test_quality_meta.py holds
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None  # None when the set's key is no http(s) URL
    html: str
    title: str | None
    date: str | None  # YYYY-MM-DD
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass(frozen=True)
class Output:
    title: str | None
    text: str | None  # None: the extractor does not give text
    date: str | None


def load_pages(bench: Path) -> list[Page]:
    """The set's pages in the order of their file names."""
    pages = [
        Page(
            id=Path(record["file"]).name.removesuffix(".html.gz"),
            url=key if key.startswith(("http://", "https://")) else None,
            html=read_page(bench / record["file"]),
            title=record["title"],
            date=record["date"],
            with_=tuple(record.get("with", [])),
            without=tuple(record.get("without", [])),
        )
        for key, record in ground_truth(bench).items()
    ]
    return sorted(pages, key=lambda page: page.id)


# --- Scores, as the README defines them -------------------------------------------------------


def title_tokens(title: str | None) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFKC", title or "").casefold())


def title_f1(predicted: str | None, gold: str) -> float:
    pred, true = Counter(title_tokens(predicted)), Counter(title_tokens(gold))
    shared = sum((pred & true).values())
    if not shared:
        return 0.0
    return f1(shared / sum(pred.values()), shared / sum(true.values()))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(text: str, page: Page) -> tuple[int, int, int]:
    """(true positives, false negatives, false positives) of the page's snippets in `text`."""
    haystack = _spaced(text)
    found = [_spaced(snippet) in haystack for snippet in page.with_]
    false_positives = sum(_spaced(snippet) in haystack for snippet in page.without)
    return sum(found), len(found) - sum(found), false_positives


@dataclass(frozen=True)
class Score:
    titled: int  # pages with a gold title
    title_exact: float
    title_f1: float
    tp: int
    fn: int
    fp: int
    dated: int  # pages with a gold day
    date_found: int
    date_none: int
    ms_per_page: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def date_accuracy(self) -> float:
        return self.date_found / self.dated if self.dated else 0.0


def score(pages: list[Page], outputs: list[Output], seconds: float) -> Score:
    titled = [(page, out) for page, out in zip(pages, outputs, strict=True) if page.title]
    exact = [title_tokens(out.title) == title_tokens(page.title) for page, out in titled]
    counts = [
        snippet_counts(out.text or "", page) for page, out in zip(pages, outputs, strict=True)
    ]
    dated = [(page, out) for page, out in zip(pages, outputs, strict=True) if page.date]
    return Score(
        titled=len(titled),
        title_exact=mean(exact) if exact else 0.0,
        title_f1=mean(title_f1(out.title, page.title) for page, out in titled) if titled else 0.0,
        tp=sum(c[0] for c in counts),
        fn=sum(c[1] for c in counts),
        fp=sum(c[2] for c in counts),
        dated=len(dated),
        date_found=sum((out.date or "")[:10] == page.date for page, out in dated),
        date_none=sum(not out.date for _, out in dated),
        ms_per_page=1000 * seconds / len(pages) if pages else 0.0,
    )


# --- The extractors ---------------------------------------------------------------------------


def nodenews(page: Page) -> Output:
    article = extract_article(page.html, page.url, unknown_node(page.url)).article
    return Output(article.title, article.body, article.published)


def plain_trafilatura(page: Page) -> Output:
    document = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if document is None:
        return Output(None, "", None)
    return Output(document.title, document.text or "", document.date)


def readability_lxml(page: Page) -> Output:
    document = Document(page.html)
    summary = document.summary()
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return Output(document.short_title(), text, None)


def htmldate_extensive(page: Page) -> Output:
    found = htmldate.find_date(page.html, url=page.url, extensive_search=True, original_date=True)
    return Output(None, None, found)


EXTRACTORS: dict[str, Callable[[Page], Output]] = {
    "nodenews": nodenews,
    "trafilatura": plain_trafilatura,
    "readability-lxml": readability_lxml,
    "htmldate extensive": htmldate_extensive,
}


def run(extract: Callable[[Page], Output], pages: list[Page]) -> tuple[list[Output], float]:
    extract(pages[0])  # warm up: first calls load models and language data
    # CPU time, not wall-clock: on a shared machine the latter varies by 2x between runs.
    start = time.process_time()
    outputs = [extract(page) for page in pages]
    return outputs, time.process_time() - start


def quick_score(bench: Path) -> Score:
    """nodenews' figures alone, for the quality gate."""
    pages = load_pages(bench)
    return score(pages, *run(nodenews, pages))


def _row(name: str, result: Score, *, titles: bool, text: bool, dates: bool) -> str:
    def cell(show: bool, value: str) -> str:
        return value if show else "-".rjust(len(value))

    return (
        f"{name:<19}"
        + cell(titles, f"{result.title_exact:>6.3f} {result.title_f1:>6.3f}")
        + cell(text, f" {result.tp:>4} {result.fn:>4} {result.fp:>4}")
        + cell(text, f" {result.precision:>6.3f} {result.recall:>6.3f} {result.f1:>6.3f}")
        + cell(dates, f" {result.date_accuracy:>6.3f} {result.date_none:>5}")
        + f" {result.ms_per_page:>8.1f}"
    )


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    bench = Path(args[0]) if args else DEFAULT_BENCH
    check_set(bench)
    pages = load_pages(bench)
    names = ["nodenews"] if "--quick" in sys.argv else list(EXTRACTORS)
    titled = sum(bool(p.title) for p in pages)
    dated = sum(bool(p.date) for p in pages)
    print(f"{len(pages)} pages from {bench}: {titled} with a title, {dated} with a date\n")
    print(
        f"{'extractor':<19}{'exact':>6} {'tokF1':>6} {'TP':>4} {'FN':>4} {'FP':>4}"
        f" {'P':>6} {'R':>6} {'F1':>6} {'date':>6} {'none':>5} {'ms/page':>8}"
    )
    outputs = {}
    for name in names:
        outputs[name], seconds = run(EXTRACTORS[name], pages)
        result = score(pages, outputs[name], seconds)
        shown = outputs[name][0]
        print(
            _row(
                name,
                result,
                titles=name != "htmldate extensive",
                text=shown.text is not None,
                dates=name in ("nodenews", "trafilatura", "htmldate extensive"),
            )
        )
    if "--misses" in sys.argv:
        print("\npages whose title nodenews gets wrong (gold | nodenews):")
        for page, out in zip(pages, outputs["nodenews"], strict=True):
            if page.title and title_tokens(out.title) != title_tokens(page.title):
                print(f"  {page.id}  {page.title!r} | {out.title!r}")


if __name__ == "__main__":
    main()
