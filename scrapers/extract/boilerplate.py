"""Boilerplate removal, in the order that is most reliable: by page structure first (containers that are
never the article), then by a site's own phrases, then by lines that repeat across a node's pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from scrapers.normalise import clean_text

# Containers that are never the article, whatever the site (Jetpack's sharedaddy and jp-relatedposts
# included: the commonest WordPress plugin). A theme's own classes belong to scrapers/themes.toml.
STRUCTURAL = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "form",
    "button",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "img",
    "[role=navigation]",
    "[role=complementary]",
    "[aria-hidden=true]",
    ".screen-reader-text",
    "[class*=caption]",
    ".rich-snippet-hidden",
    ".sharedaddy",
    ".jp-relatedposts",
    "#jp-relatedposts",
    ".related-posts",
    ".related",
    ".post-meta",
    ".entry-meta",
    ".entry-footer",
    ".breadcrumb",
    ".breadcrumbs",
    ".comments-area",
    "#comments",
    ".widget",
    "[class*=cookie]",
    "[id*=cookie]",
    "[class*=newsletter]",
    "[class*=share-]",
    "[class*=social]",
)

# Lines that are boilerplate on any node: navigation, prompts and labels in Swedish and English.
PHRASES = (
    "Till toppen",
    "Do you want to know more?",
    "Subscribe to our newsletter.",
    "Vill du veta mer?",
    "Prenumerera på vårt nyhetsbrev.",
    "Du är här",
    "You are here",
    "Meny",
    "Menu",
    "Gå direkt till innehåll",
    "Skip to main content",
    "Skip to content",
    "Läs mer",
    "Read more",
    "Share this:",
    "Dela:",
    "Like this:",
    "Related",
    "Relaterat",
)
PATTERNS = (
    r"^Publicerad:? \d",
    r"^Publicerat:? \d",
    r"^Subscribe to ",
    r"^Click to share on ",
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$",  # a bare timestamp
)


def _key(line: str) -> str:
    return clean_text(line).casefold().strip(" .:!?»>–-")


@lru_cache(maxsize=64)
def compile_rules(
    phrases: tuple[str, ...], patterns: tuple[str, ...]
) -> tuple[re.Pattern, re.Pattern]:
    """A line made only of phrases (one or several: prompts are printed as one paragraph or two),
    and a line matching any pattern. Cached: a node's rules are the same on every page."""
    keys = sorted({_key(p) for p in (*PHRASES, *phrases)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(k) for k in keys)
    only_phrases = re.compile(rf"^(?:[\s.:!?»>–-]*(?:{alternatives}))+[\s.:!?»>–-]*$")
    pattern = re.compile("|".join(f"(?:{p})" for p in (*PATTERNS, *patterns)), re.IGNORECASE)
    return only_phrases, pattern


def is_boilerplate(line: str, only_phrases: re.Pattern, pattern: re.Pattern) -> bool:
    text = clean_text(line)
    return only_phrases.match(text.casefold()) is not None or pattern.search(text) is not None


def clean_paragraphs(
    paragraphs: Sequence[str],
    *,
    phrases: Iterable[str] = (),
    patterns: Iterable[str] = (),
    learned: Iterable[str] = (),
    title: str | None = None,
) -> tuple[list[str], int]:
    """Drop boilerplate paragraphs; returns the rest and how many were dropped.

    Also drops a leading copy of the title and a paragraph that repeats the one before it (captions
    and headings printed twice by responsive themes).
    """
    only_phrases, pattern = compile_rules(tuple(phrases), tuple(patterns))
    learned_keys = {_key(line) for line in learned}
    kept: list[str] = []
    for paragraph in paragraphs:
        text = clean_text(paragraph)
        if not text or is_boilerplate(text, only_phrases, pattern) or _key(text) in learned_keys:
            continue
        if kept and _key(kept[-1]) == _key(text):
            continue
        if not kept and title and _key(text) == _key(title):
            continue
        kept.append(text)
    return kept, len(paragraphs) - len(kept)


# A line is a node's boilerplate when it stands on at least half of the node's pages, and on three.
REPEATED_MIN_PAGES = 3
REPEATED_MIN_SHARE = 0.5


def is_repeated(
    pages: int,
    total: int,
    *,
    min_pages: int = REPEATED_MIN_PAGES,
    min_share: float = REPEATED_MIN_SHARE,
) -> bool:
    """Whether a line standing on `pages` of a node's `total` pages is repeated boilerplate."""
    return total >= min_pages and pages >= max(min_pages, min_share * total)


def learn_repeated_lines(
    bodies: Sequence[Sequence[str]],
    *,
    min_pages: int = REPEATED_MIN_PAGES,
    min_share: float = REPEATED_MIN_SHARE,
) -> dict[str, int]:
    """Paragraphs that stand on at least `min_share` of a node's pages (and at least `min_pages` of
    them): widgets and sign-offs that sit inside the content container on every page."""
    counts = Counter(line for body in bodies for line in set(body))
    return {
        line: n
        for line, n in counts.items()
        if is_repeated(n, len(bodies), min_pages=min_pages, min_share=min_share)
    }
