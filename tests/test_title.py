"""The general headline rule (scrapers/extract/title.py): which of a page's headings and titles is
the article's headline, and what of it is the site's name."""

from __future__ import annotations

import pytest

from scrapers.extract.metadata import read_metadata
from scrapers.extract.title import headline
from scrapers.extract.tree import parse_page


def og(title: str, site_name: str = "") -> str:
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return f'<meta property="og:title" content="{title}">{site}'


@pytest.mark.parametrize(
    "head, body, site_names, expected",
    [
        # the headline vs <title> with the site's name; the site's h1 logo (a link home) is no headline
        (
            "<title>Need for Speed – Insubordinantes Denken</title>",
            '<h1 class="site-title"><a href="https://insubordinant.example/" rel="home">'
            "Insubordinantes Denken</a></h1><h1>Need for Speed</h1>",
            [],
            ("Need for Speed", "text"),
        ),
        # a logo h1 that matches the site part of <title>: the h2 that matches the other part wins
        (
            "<title>Sauberer Strom vom Meer | Stiftung Offshore Windenergie</title>",
            '<h1><a href="https://stiftung.example/">Stiftung Offshore Windenergie</a></h1>'
            "<h2>Sauberer Strom vom Meer</h2>",
            [],
            ("Sauberer Strom vom Meer", "text"),
        ),
        # the site's name first: 'Site - Section - Title', the h1 agreeing with the last part
        (
            "<title>BMEL - Ländliche Regionen - 15. Zukunftsforum Ländliche Entwicklung</title>",
            "<h1>Bundesministerium für Ernährung</h1><h1>15. Zukunftsforum Ländliche Entwicklung</h1>",
            [],
            ("15. Zukunftsforum Ländliche Entwicklung", "text"),
        ),
        # a section's h1 agrees with nothing: og:title without og:site_name
        (
            og("Mark Meadows accused of timing retirement - POLITICO", "POLITICO"),
            "<h1>2020 Elections</h1>",
            [],
            ("Mark Meadows accused of timing retirement", "metadata"),
        ),
        # a kicker in the titles only: the heading as the page shows it
        (
            og("Chronik: Lotte Tobisch ist tot"),
            "<h1>Lotte Tobisch ist tot</h1>",
            [],
            ("Lotte Tobisch ist tot", "text"),
        ),
        # a kicker in the heading, marked up or not: without it
        (
            og("Große Aufgaben für die neue Regierung"),
            "<h1><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1>",
            [],
            ("Große Aufgaben für die neue Regierung", "text"),
        ),
        (
            og("Eigentumsvorbehalt: Das sollten Käufer wissen"),
            "<h1>Forderungsausfälle vermeiden Eigentumsvorbehalt: Das sollten Käufer wissen</h1>",
            [],
            ("Eigentumsvorbehalt: Das sollten Käufer wissen", "metadata"),
        ),
        # a heading that goes on where og:title stops (a subtitle in the h1) is the headline
        (
            og("Schneesport mit Rücksicht auf Wildtiere"),
            "<h1>Schneesport mit Rücksicht auf Wildtiere Verhaltenstipps für Skitouren</h1>",
            [],
            ("Schneesport mit Rücksicht auf Wildtiere Verhaltenstipps für Skitouren", "text"),
        ),
        # a screen-reader label inside the heading is not read
        (
            "<title>Energiewende und gesellschaftlicher Wandel | Institut</title>",
            '<h1><span class="visuallyhidden">Headline:</span> Energiewende und gesellschaftlicher'
            " Wandel</h1>",
            [],
            ("Energiewende und gesellschaftlicher Wandel", "text"),
        ),
        # the host's name, however written, is the site's name
        (og("Lagen-Pyramide mit GA2 - SWIM.DE"), "", ["www.swim.de"], ("Lagen-Pyramide mit GA2", "metadata")),
        (
            og("Perturbazione polare al Centro e al Sud - La Stampa"),
            "",
            ["www.lastampa.it"],
            ("Perturbazione polare al Centro e al Sud", "metadata"),
        ),
        # a dash inside the headline stays when no part of it is the site's name
        (
            og("Kista makeover – work with the new structural plan has been initiated!"),
            "",
            ["kista.com"],
            ("Kista makeover – work with the new structural plan has been initiated!", "metadata"),
        ),
        # an h2 agrees when the h1 is the site's; a link to '#' is no link home
        (
            "<title>Office 365 – HBDI – die Dritte | Damian Duchamps' Blog</title>",
            '<h1><a href="https://damian.example/">Damian Duchamps\' Blog</a></h1>'
            '<h2><a href="#">Office 365 – HBDI – die Dritte</a></h2>',
            [],
            ("Office 365 – HBDI – die Dritte", "text"),
        ),
        # nothing agrees and there is no og:title: the h1 before a lone <title>
        ("<title>Anwalt Niemeyer</title>", "<h1>Willkommen!</h1>", [], ("Willkommen!", "text")),
        ("<title>Baumgutachten</title>", "<p>Text.</p>", [], ("Baumgutachten", "text")),
        ("", "<p>Nothing names this page.</p>", [], ("", "")),
    ],
)  # fmt: skip
def test_headline(head, body, site_names, expected):
    tree = parse_page(f"<html><head>{head}</head><body>{body}</body></html>")
    assert headline(tree, read_metadata(tree, "https://example.org/x"), site_names) == expected
