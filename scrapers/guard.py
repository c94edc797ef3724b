"""Whether a page's new version of an article is worse than the one stored: the build keeps the stored
version and holds the candidate back (its page flagged `held`) rather than replace good with bad.

Pure: the stored article and the candidate as the archive's records (`body` one text, paragraphs
apart by a blank line). Each reason is a code, a colon and what was seen, e.g.
"body-shrank: 96 of 2,140 characters"; the code alone is what tests and queries match on.
"""

from __future__ import annotations

import re

from scrapers.normalise import clean_text

# What an error, maintenance, consent or bot-check page says in place of a post, in the languages
# the nodes publish in (WordPress's own maintenance and error texts, the commonest CDN and consent
# walls). Matched case-folded anywhere in the title or a paragraph of a short body.
ERROR_PAGE_PHRASES = (
    "underhåll pågår",
    "sidan är under underhåll",
    "webbplatsen är under underhåll",
    "vi genomför underhåll",
    "briefly unavailable for scheduled maintenance",
    "under maintenance",
    "maintenance mode",
    "scheduled maintenance",
    "service unavailable",
    "temporarily unavailable",
    "tillfälligt otillgänglig",
    "tillfälligt ur funktion",
    "page not found",
    "sidan kunde inte hittas",
    "sidan hittades inte",
    "404 not found",
    "internal server error",
    "bad gateway",
    "error establishing a database connection",
    "there has been a critical error on this website",
    "det har uppstått ett kritiskt fel",
    "access denied",
    "åtkomst nekad",
    "just a moment",
    "checking your browser",
    "enable javascript",
    "aktivera javascript",
    "javascript is required",
    "javascript krävs",
    "we use cookies",
    "vi använder cookies",
    "accept all cookies",
    "acceptera alla cookies",
)
# An error page is short (WordPress's maintenance page says 9 words, a cookie wall some 50); none of
# the mirrors' 93 articles nor the article-extraction set's 33 says any phrase above (their
# shortest bodies: 38 and 93 words). So a phrase in a body of at most this many words is the page,
# and a longer post that mentions maintenance or cookies is a post.
ERROR_PAGE_MAX_WORDS = 80
# "Most of its body" lost (the words): the candidate keeps less than half of the stored
# body's characters. In tests/test_guard.py's cases the faults keep 0.00-0.12 of it ("x", a
# maintenance paragraph, a menu), genuine edits 0.96-1.10 (a paragraph rewritten or added), and
# one of three paragraphs cut 0.66: the line falls between, on the side of keeping edits.
BODY_KEPT_MIN_SHARE = 0.5
# "Replaced by something else": the candidate holds less than this share of the stored body's
# distinct words. Two different articles of one node share up to 0.47 of theirs (the mirrors'
# 93 articles, every pair of a node: the prepositions, the node's name), so this does not tell a
# post from another post; it tells a post from what is no prose at all: a navigation menu in its
# place keeps 0.02 of them, one of three paragraphs rewritten 0.82 (tests/test_guard.py).
BODY_WORDS_KEPT_MIN_SHARE = 0.3
# Below this many distinct words a stored body is too short for the share of words kept to say
# anything (a one-line post rewritten shares few by chance).
BODY_WORDS_MIN = 20

WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def error_page(title: str | None, body: str) -> str | None:
    """The phrase by which a short page says it is an error, maintenance or consent page."""
    if len(_words(body)) > ERROR_PAGE_MAX_WORDS:
        return None
    text = clean_text(f"{title or ''}\n{body}").casefold()
    return next((phrase for phrase in ERROR_PAGE_PHRASES if phrase in text), None)


def worse(stored: dict | None, candidate: dict) -> str | None:
    """Why `candidate` must not replace `stored` (None: it may). Without a stored version only
    an error page is refused; a missing title, body or date is the build's `dropped`."""
    body = candidate.get("body") or ""
    if phrase := error_page(candidate.get("title"), body):
        return f"error-page: {phrase!r}"
    if stored is None:
        return None
    old = stored.get("body") or ""
    for field in ("title", "body", "published", "lang"):
        if stored.get(field) and not candidate.get(field):
            return f"{_LOST[field]}: no {field} where the stored version has one"
    if old and len(body) < BODY_KEPT_MIN_SHARE * len(old):
        return f"body-shrank: {len(body):,} of {len(old):,} characters"
    old_words = set(_words(old))
    if len(old_words) >= BODY_WORDS_MIN:
        kept = len(old_words & set(_words(body))) / len(old_words)
        if kept < BODY_WORDS_KEPT_MIN_SHARE:
            return f"body-replaced: {kept:.0%} of the stored body's words kept"
    return None


_LOST = {"title": "title-lost", "body": "body-lost", "published": "date-lost", "lang": "lang-lost"}
