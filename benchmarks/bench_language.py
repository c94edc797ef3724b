"""How much text language identification needs to tell Swedish from English: the measurement behind
scrapers/extract/language.py's MIN_CHARS.

The samples are the mirrors' hand-written articles (tests/sites/<node>/, 'lang' as expected.json
says): from the start of each paragraph, the article's text from there on, cut to N characters at a
word boundary. Each is classified as the extraction does (py3langid restricted to sv and en) and the
script prints, per length, the share classified right and, for a few probability cut-offs, the
share of samples that reach the cut-off and how many of those are wrong. No assertions: run it and
read the figures. (The two errors left from 80 characters on are right: they read an English
release's closing paragraph, which is in Swedish, 'Om Stockholm Science City Stiftelsen …'.)

    .venv/bin/python benchmarks/bench_language.py
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from scrapers.extract import extract_article
from scrapers.extract.language import classify
from scrapers.registry import load_registry, unknown_node

SITES = Path(__file__).resolve().parents[1] / "tests/sites"
LENGTHS = (10, 20, 25, 30, 35, 40, 50, 60, 80, 100, 150, 200, 300)
CUTOFFS = (0.9, 0.99, 0.999)
LANGUAGES = ("en", "sv")


def articles() -> list[tuple[str, list[str]]]:
    """(language, paragraphs) of every article the mirrors hold."""
    registry = load_registry()
    found = []
    for expected_file in sorted(SITES.glob("*/expected.json")):
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        for article in expected["articles"]:
            # unknown-wp is no node of the registry: the general layers read it
            node = registry.get(expected["node"]) or unknown_node(article["url"])
            path = urlsplit(article["url"]).path.removeprefix(urlsplit(node.base_url).path)
            page = expected_file.parent / "site" / path.strip("/") / "index.html"
            if not article.get("lang") or not page.is_file():
                continue
            html = page.read_text(encoding="utf-8")
            paragraphs = extract_article(html, article["url"], node).article.paragraphs
            found.append((article["lang"], paragraphs))
    return found


def cut(text: str, length: int) -> str:
    """The text's first `length` characters, ending at a word boundary."""
    if len(text) <= length:
        return text
    head = text[: length + 1]
    return head[: head.rfind(" ")] if " " in head else head[:length]


def main() -> None:
    pages = articles()
    count = {lang: sum(1 for found, _ in pages if found == lang) for lang in LANGUAGES}
    print(f"{len(pages)} mirror articles ({count['sv']} sv, {count['en']} en)\n")
    header = " ".join(f"p≥{c:<5} cover wrong" for c in CUTOFFS)
    print(f"{'chars':>5} {'samples':>7} {'accuracy':>8} {'wrong':>5}   {header}")
    for length in LENGTHS:
        samples = {
            (lang, cut(" ".join(paragraphs[i:]), length))
            for lang, paragraphs in pages
            for i in range(len(paragraphs))
        }
        samples = {(lang, text) for lang, text in samples if len(text) >= length * 0.8}
        results = [(lang, *classify(text, LANGUAGES)) for lang, text in samples]
        wrong = sum(lang != guess for lang, guess, _ in results)
        cells = []
        for cutoff in CUTOFFS:
            sure = [(lang, guess) for lang, guess, p in results if p >= cutoff]
            cells.append(
                f"{' ':<7} {len(sure) / len(results):>5.2f} {sum(a != b for a, b in sure):>5}"
            )
        print(
            f"{length:>5} {len(results):>7} {1 - wrong / len(results):>8.3f} {wrong:>5}   "
            + " ".join(cells)
        )


if __name__ == "__main__":
    main()
