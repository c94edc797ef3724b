"""How well nodenews' general main-text layer finds the article body, against plain trafilatura and
readability-lxml on the same pages: the development split of Scrapinghub's article-extraction
benchmark (33 news pages with hand-made bodies).

Prints precision, recall and F1 of each extractor with the benchmark's own scoring, how many pages
gave no text and the time per page of each, measured in the same run; then the five pages where
nodenews does worst, each with a guess why. No assertions: run it and read the figures.
`--quick` scores nodenews alone (what tests/test_quality_maintext.py checks against its baseline).

    .venv/bin/python benchmarks/bench_extraction.py [BENCH_DIR] [--quick]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import mean
from urllib.parse import urlsplit

import trafilatura
from lxml.html import fromstring

from scrapers.extract import extract_article
from scrapers.extract.maintext import main_paragraphs
from scrapers.registry import unknown_node

# Run as a script, the repository's root (where the shared benchmarks.sets is) is not on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.sets import check_set, f1, ground_truth, read_page

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared/bench/aeb-dev"
# The same 33 pages, kept in the repository so that the quality gate runs on a fresh clone.
QUICK_BENCH = ROOT / "tests/quality/aeb-dev"
BASELINE = ROOT / "benchmarks/baselines/aeb.json"  # what tests/test_quality_maintext.py holds
SHINGLE = 4
WORST = 5
# Timed passes after the warm-up one. Time is this process's CPU time, and each page's time its
# fastest pass, so that what other processes on the machine do weighs as little as possible (on
# the shared 2-core machine where this was written, wall-clock times of one run varied by 2×).
TIMED_PASSES = 3

# --- Scoring, as the benchmark defines it ------------------------------------------------------

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter[str]:
    """The multiset of n-word shingles of `\\w+` tokens (a text under n words is one shingle)."""
    words = WORD.findall(text or "")
    return Counter(" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_scores(predicted: str, gold: str) -> tuple[float | None, float | None]:
    """Precision (None for an empty prediction) and recall (None for an empty gold body)."""
    pred, true = shingles(predicted), shingles(gold)
    shared = sum((pred & true).values())
    precision = shared / sum(pred.values()) if pred else None
    recall = shared / sum(true.values()) if true else None
    return precision, recall


def page_f1(predicted: str, gold: str) -> float:
    precision, recall = page_scores(predicted, gold)
    return f1(precision or 0.0, recall or 0.0)


def overall(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Mean precision over pages with a prediction, mean recall over pages with a gold body, and the
    harmonic mean of those two means (not a mean of per-page F1s)."""
    scores = [page_scores(predicted, gold) for predicted, gold in pairs]
    precision = mean([p for p, _ in scores if p is not None] or [0.0])
    recall = mean([r for _, r in scores if r is not None] or [0.0])
    return precision, recall, f1(precision, recall)


# --- The extractors ----------------------------------------------------------------------------


def nodenews(html: str, url: str) -> str:
    """The general layers, as `nodenews extract` reads a page of no known node."""
    return "\n".join(extract_article(html, url, unknown_node(url)).article.paragraphs)


def plain_trafilatura(html: str, url: str) -> str:
    return trafilatura.extract(html) or ""


def readability_lxml(html: str, url: str) -> str:
    from readability import Document  # a test extra: only this benchmark uses it

    summary = Document(html).summary()
    # Newlines between elements, or the last word of one paragraph fuses with the next one's first.
    return "\n".join(fromstring(summary).itertext()).strip()


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "nodenews": nodenews,
    "trafilatura": plain_trafilatura,
    "readability-lxml": readability_lxml,
}


# --- The run -----------------------------------------------------------------------------------


def load_pages(bench: Path) -> list[tuple[str, str, str, str]]:
    """(id, url, html, gold body) of each page."""
    pages = []
    for page_id, record in sorted(ground_truth(bench).items()):
        html = read_page(bench / "html" / f"{page_id}.html.gz")
        pages.append((page_id, record["url"], html, record["articleBody"] or ""))
    return pages


def run(extract: Callable[[str, str], str], pages: list) -> list[str]:
    # Every extractor here runs trafilatura with deduplicate=False (its default, and ours), so no
    # page's text depends on the pages extracted before it in the process.
    return [extract(html, url) for _, url, html, _ in pages]


def time_per_page(
    extractors: dict[str, Callable[[str, str], str]], pages: list
) -> dict[str, float]:
    """Milliseconds per page of each extractor, all timed on each page in turn (so that a busy
    moment of the machine falls on every extractor alike) after the first pass has loaded their
    models and stoplists, which a crawl loads once."""
    fastest = {name: [float("inf")] * len(pages) for name in extractors}
    for _ in range(TIMED_PASSES):
        for i, (_, url, html, _) in enumerate(pages):
            for name, extract in extractors.items():
                start = time.process_time()
                extract(html, url)
                fastest[name][i] = min(fastest[name][i], time.process_time() - start)
    return {name: 1000 * sum(times) / len(pages) for name, times in fastest.items()}


def quick_score(bench: Path) -> tuple[float, float, float]:
    """nodenews' precision, recall and F1 on the pages in `bench`, nothing else: the quality gate."""
    pages = load_pages(bench)
    outputs = run(nodenews, pages)
    return overall(list(zip(outputs, [gold for *_, gold in pages], strict=True)))


# How an embedded tweet or post reads once flattened to text.
EMBED = re.compile(r"pic\.twitter\.com/|https://t\.co/|^— .*\(@\w+\)")


def tokens(text: str) -> str:
    """The text's words, space-separated and space-padded, for whole-line containment checks."""
    return f" {' '.join(WORD.findall(text))} "


def lines_not_in(text: str, other: str) -> list[str]:
    """The lines of `text` whose words do not stand, in order, in `other`."""
    haystack = tokens(other)
    return [line for line in text.split("\n") if WORD.search(line) and tokens(line) not in haystack]


def guess(ours: str, plain: str, gold: str, html: str, url: str) -> str:
    """A one-line guess at why nodenews scores low on a page: which stage lost or added text."""
    if not ours:
        if plain:
            return "our trafilatura settings found nothing; plain trafilatura did"
        return "no text at all: trafilatura found nothing article-like"
    raw = "\n".join(main_paragraphs(html, url))
    not_gold = lines_not_in(raw, gold)
    if dropped := [line for line in lines_not_in(raw, ours) if line not in not_gold]:
        return f"our cleaning dropped {len(dropped)} gold line(s), e.g. {dropped[0][:70]!r}"
    precision, recall = page_scores(ours, gold)
    plain_recall = page_scores(plain, gold)[1] or 0.0
    if plain_recall > recall + 0.05:
        return f"our trafilatura settings lost text (recall {recall:.2f}, plain {plain_recall:.2f})"
    extra, missing = lines_not_in(ours, gold), lines_not_in(gold, ours)
    if recall < precision and not extra:
        short = sum(len(WORD.findall(line)) < 12 for line in missing)
        if short > len(missing) / 2:
            return (
                f"all our text is in the gold, which also holds {len(missing)} lines we leave out,"
                f" mostly short (inline headlines, captions?), e.g. {missing[0][:50]!r}"
            )
    if recall < precision and sum(EMBED.search(line) is not None for line in missing) > 2:
        return f"the gold keeps embedded posts that trafilatura drops, e.g. {missing[0][:50]!r}"
    if recall < precision:
        longest = max(missing, key=len, default="")
        return (
            f"missed {len(missing)} gold paragraphs (trafilatura took only part of the body),"
            f" e.g. {longest[:50]!r}"
        )
    longest = max(extra, key=len, default="")
    return f"kept {len(extra)} line(s) that are not in the gold body, e.g. {longest[:60]!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", nargs="?", type=Path, help=f"default: {DEFAULT_BENCH}")
    parser.add_argument("--quick", action="store_true", help="nodenews alone: P, R, F1")
    args = parser.parse_args()
    bench = args.bench or (DEFAULT_BENCH if DEFAULT_BENCH.is_dir() else QUICK_BENCH)
    check_set(bench)
    if args.quick:
        precision, recall, score = quick_score(bench)
        print(f"nodenews on {bench}: precision {precision:.3f} recall {recall:.3f} F1 {score:.3f}")
        return
    pages = load_pages(bench)
    golds = [gold for *_, gold in pages]
    outputs = {name: run(extract, pages) for name, extract in EXTRACTORS.items()}
    ms = time_per_page(EXTRACTORS, pages)

    print(f"{len(pages)} pages from {bench}\n")
    print(f"{'extractor':<17} {'precision':>9} {'recall':>7} {'F1':>6} {'empty':>6} {'ms/page':>8}")
    for name in EXTRACTORS:
        precision, recall, score = overall(list(zip(outputs[name], golds, strict=True)))
        empty = sum(not text.strip() for text in outputs[name])
        figures = f"{precision:>9.3f} {recall:>7.3f} {score:>6.3f} {empty:>6} {ms[name]:>8.1f}"
        print(f"{name:<17} {figures}")
    ratio = ms["nodenews"] / ms["trafilatura"]
    print(f"\nnodenews takes {ratio:.2f}× trafilatura's time per page (CPU time, the fastest of")
    print(f"{TIMED_PASSES} passes on each page, after a warm-up pass)")

    print(
        f"\nThe {WORST} pages where nodenews scores lowest (page F1, P, R; plain trafilatura's F1):"
    )
    ranked = sorted(range(len(pages)), key=lambda i: page_f1(outputs["nodenews"][i], golds[i]))
    for i in ranked[:WORST]:
        page_id, url, html, gold = pages[i]
        ours, plain = outputs["nodenews"][i], outputs["trafilatura"][i]
        precision, recall = page_scores(ours, gold)
        scores = f"F1 {page_f1(ours, gold):.2f}  P {precision or 0:.2f} R {recall or 0:.2f}"
        print(f"  {page_id[:10]} {urlsplit(url).netloc:<24} {scores}  ({page_f1(plain, gold):.2f})")
        print(f"      {guess(ours, plain, gold, html, url)}")


if __name__ == "__main__":
    main()
