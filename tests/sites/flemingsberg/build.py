"""Build the Flemingsberg Science mirror: `python tests/sites/flemingsberg/build.py`.

Writes `site/` (the WordPress + Avada + Polylang site as a crawler meets it) and `expected.json`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # mirrorkit, avada
sys.path.insert(0, str(HERE))  # content

import avada  # noqa: E402
import mirrorkit  # noqa: E402
from content import PAGES, POSTS, SITE, TRAPS  # noqa: E402

ABSENT = [
    "Go to Top",
    "CF_logo_neg",
    "Flemingsberg Science Logo",
    "Skip to content",
    "View Larger Image",
    "sommarhalsning",
    "Invigningen",
    "Share This Story, Choose Your Platform!",
    "Vill du veta mer?",
    "Prenumerera på vårt nyhetsbrev.",
    "Do you want to know more?",
    "Subscribe to our newsletter.",
    "LADDA NED VÅR JUBILEUMSSKRIFT",
    "Published On:",
    "Categories:",
    "Kategorier:",
    "Taggar:",
    "Senaste nytt",
    "Latest news",
    "Äldre inlägg",
    "Older posts",
    "© Copyright 2012 - 2025",
    "info@flemingsbergscience.se",
    SITE.cookie["sv"],
    SITE.cookie["en"],
    # recent-posts teasers: the posts' manual excerpts, printed only in that block and listings
    *(avada.clean(post.excerpt) for post in POSTS),
]


def main() -> None:
    posts = sorted(POSTS, key=lambda p: p.published_at, reverse=True)
    not_articles = avada.write_site(HERE, SITE, posts, PAGES, TRAPS)
    articles = [avada.expected_article(SITE, post, posts) for post in posts]
    avada.check_absent(SITE, posts, ABSENT)
    mirrorkit.write_expected(
        HERE,
        {
            "node": "flemingsberg",
            "canonical_base": SITE.base,
            "mirror_path": "",
            "absent": ABSENT,
            "not_articles": not_articles,
            "articles": articles,
        },
    )
    print(f"flemingsberg: {len(articles)} articles, {len(not_articles)} non-article URLs")


if __name__ == "__main__":
    main()
