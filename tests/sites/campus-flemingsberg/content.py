"""Campus Flemingsberg (campusflemingsberg.se): site settings, posts and pages of the mirror.

The sister site of flemingsbergscience.se. Several of its posts republish Flemingsberg Science
posts (same language and title, same or next day, the body copied); they are built from those
posts so the copies stay identical.
"""

from __future__ import annotations

from dataclasses import replace

from avada import Category, Page, Post, Site
from flemingsberg import content as flemingsberg

BASE = "https://campusflemingsberg.se"
FS = flemingsberg.BASE

SITE = Site(
    name="Campus Flemingsberg",
    base=BASE,
    tagline="Campus Flemingsberg – forskning, utbildning och vård i en växande stadsdel",
    logo_alt="Campus Flemingsberg",
    footer_logo="Campus_Flemingsberg_logo_vit",
    categories={
        "sv": Category(2, "nyheter", "Nyheter"),
        "en": Category(4, "news", "News"),
    },
    menus={
        "sv": [
            ("Om Campus Flemingsberg", f"{BASE}/sv/om-campus-flemingsberg/"),
            ("Nyheter", f"{BASE}/sv/category/nyheter/"),
            ("Flemingsbergs historia", f"{BASE}/flemingsbergs-historia-del-7/"),
            ("Nyhetsbrev", "/sv/nyhetsbrev/"),
            ("Flemingsberg Science", f"{FS}/"),
        ],
        "en": [
            ("About Campus Flemingsberg", f"{BASE}/en/about-campus-flemingsberg/"),
            ("News", f"{BASE}/en/category/news/"),
            ("Newsletter", "/en/newsletter/"),
            ("Flemingsberg Science", f"{FS}/en/start_en/"),
        ],
    },
    home={"sv": f"{BASE}/", "en": f"{BASE}/en/"},
    newsletter={
        "sv": ("Vill du veta mer?", "Prenumerera på vårt nyhetsbrev.", f"{BASE}/sv/nyhetsbrev/"),
        "en": (
            "Do you want to know more?",
            "Subscribe to our newsletter.",
            f"{BASE}/en/newsletter/",
        ),
    },
    cookie={
        "sv": "Campus Flemingsberg använder cookies för statistik och för att webbplatsen ska "
        "fungera så bra som möjligt.",
        "en": "Campus Flemingsberg uses cookies for statistics and to make the website work as "
        "well as possible.",
    },
    footer_about={
        "sv": "Campus Flemingsberg drivs av Stiftelsen Flemingsberg Science tillsammans med "
        "lärosätena, sjukhuset och Huddinge kommun.",
        "en": "Campus Flemingsberg is run by the Flemingsberg Science Foundation together with the "
        "universities, the hospital and the Municipality of Huddinge.",
    },
    copyright="© Copyright 2019 - 2025 | Campus Flemingsberg",
    per_page=3,
    author_ids={"Lina Berg": 3, "Johan Ek": 5},
)

_fs = {post.id: post for post in flemingsberg.POSTS}


def republished(original: int, **changes: object) -> Post:
    """A Flemingsberg Science post copied onto the campus site (a new WordPress post there)."""
    source = _fs[original]
    return replace(
        source,
        group=None,
        cross={},
        duplicate_of=source.url(flemingsberg.SITE),
        **changes,
    )


POSTS = [
    republished(
        4490,
        id=1290,
        date="2025-09-26T13:10:00",
        modified="2025-09-26T13:10:00",
        author="Lina Berg",
        blocks=(
            *_fs[4490].blocks,
            f'Texten publicerades först på <a href="{_fs[4490].url(flemingsberg.SITE)}">'
            "flemingsbergscience.se</a>.",
        ),
    ),
    Post(
        id=1244,
        lang="sv",
        date="2024-11-12T08:00:00",
        modified="2024-11-12T10:14:52",
        slug="nya-cykelstrak-knyter-ihop-campus-och-pendeltaget",
        title="Nya cykelstråk knyter ihop campus och pendeltåget",
        excerpt="Snabbare från perrongen till labbet – på två hjul.",
        description="Två nya cykelstråk gör det enklare att ta sig mellan Flemingsbergs station "
        "och campus.",
        author="Johan Ek",
        tags=("Stadsutveckling", "Cykel"),
        group="cykel",
        image="cykelstrak",
        blocks=(
            "Huddinge kommun har öppnat två nya cykelstråk mellan Flemingsbergs station och campus. "
            "Stråken är belysta och separerade från biltrafiken.",
            "## Fler cykelparkeringar",
            "Samtidigt byggs 300 nya cykelplatser, varav 80 under tak, vid entréerna till "
            "Karolinska Universitetssjukhuset och Södertörns högskola.",
            "> &#8221;Många av våra studenter och medarbetare bor inom fem kilometer. Nu blir "
            "cykeln ett riktigt alternativ&#8221;, säger en av projektledarna.",
            "Arbetet är en del av den fördjupade översiktsplanen för Flemingsberg.",
        ),
    ),
    Post(
        id=1246,
        lang="en",
        date="2024-11-12T08:05:00",
        modified="2024-11-12T10:20:03",
        slug="new-cycle-paths-link-the-campus-with-the-commuter-train",
        title="New cycle paths link the campus with the commuter train",
        excerpt="Faster from the platform to the lab – on two wheels.",
        description="Two new cycle paths make it easier to travel between Flemingsberg station and "
        "the campus.",
        author="Johan Ek",
        tags=("Urban development", "Cycling"),
        group="cykel",
        image="cykelstrak",
        blocks=(
            "The Municipality of Huddinge has opened two new cycle paths between Flemingsberg station "
            "and the campus. The paths are lit and separated from car traffic.",
            "## More bicycle parking",
            "At the same time, 300 new bicycle spaces, 80 of them under cover, are being built at the "
            "entrances to Karolinska University Hospital and Södertörn University.",
            "> &#8220;Many of our students and staff live within five kilometres. Now the bike "
            "becomes a real alternative,&#8221; says one of the project managers.",
            "The work is part of the in-depth comprehensive plan for Flemingsberg.",
        ),
    ),
    republished(
        3917,
        id=1180,
        date="2024-07-03T09:00:00",
        modified="2024-07-03T09:00:00",
        author="Lina Berg",
    ),
    Post(
        id=1012,
        lang="sv",
        date="2023-03-15T10:30:00",
        modified="2023-03-15T11:02:47",
        slug="stockholms-innovationsarenor-samlar-kunskap-och-bygger-attraktionskraft",
        title="Stockholms innovationsarenor samlar kunskap och bygger attraktionskraft",
        excerpt="Vad har Kista, Flemingsberg och Hagastaden gemensamt? Mer än man kan tro.",
        description="Stockholmsregionens innovationsarenor samlar kunskap och gör regionen mer "
        "attraktiv för företag, forskare och studenter.",
        author="Lina Berg",
        tags=("Innovationsnoder",),
        cross={
            "en": f"{FS}/en/2023/03/14/stockholm-innovation-hubs-build-knowledge-and-attractiveness/"
        },
        blocks=(
            "Stockholmsregionens innovationsarenor samlar lärosäten, sjukhus, företag och offentliga "
            "aktörer på ett ställe. Det är den samlade kunskapen som gör dem attraktiva.",
            "Vid ett gemensamt möte i mars jämförde arenorna erfarenheter av samarbetet med "
            'kommunerna och Region Stockholm, <a href="https://flemingsbergscience.se/en/2023/03/'
            '14/stockholm-innovation-hubs-build-knowledge-and-attractiveness">som Flemingsberg '
            "Science har berättat om</a>.",
            "## Olika profiler, gemensamma mål",
            "Varje arena har sin profil: IT i Kista, life science i Hagastaden och Flemingsberg, "
            "hållbar produktion i Södertälje och stadsutveckling i Barkarby. Målen är gemensamma: fler "
            "jobb, mer forskning och en starkare region.",
            "Arenorna ska träffas två gånger om året och genomföra minst en gemensam aktivitet under "
            "Science Week.",
        ),
    ),
    republished(
        3240,
        id=998,
        date="2023-01-10T08:45:00",
        modified="2023-01-10T08:45:00",
        author="Johan Ek",
    ),
    republished(
        2869,
        id=871,
        date="2022-02-16T10:00:00",
        modified="2022-02-16T10:00:00",
        author="Lina Berg",
    ),
    Post(
        id=702,
        lang="sv",
        date="2021-04-20T13:00:00",
        modified="2021-04-21T09:12:40",
        slug="campus-ska-kannas-levande-aven-pa-kvallarna",
        title="&#8221;Campus ska kännas levande även på kvällarna&#8221;",
        excerpt="Caféer, idrott och kultur ska fylla campus när föreläsningssalarna tömts.",
        description="Ett nytt program ska göra Campus Flemingsberg till en levande plats även på "
        "kvällar och helger.",
        author="Johan Ek",
        tags=("Stadsliv",),
        blocks=(
            "När föreläsningarna är slut och laboratorierna släcks blir det tyst på campus. Det vill "
            "lärosätena, kommunen och fastighetsägarna ändra på.",
            "Ett nytt program för kvällar och helger startar i höst. Det innehåller bland annat:",
            "- öppna föreläsningar för allmänheten,",
            "- spontanidrott på den nya aktivitetsytan,",
            "- ett café med förlängda öppettider i Södertörns högskolas bibliotek.",
            "Målet är att fler ska vilja bo, studera och arbeta i Flemingsberg.",
        ),
    ),
    Post(
        id=455,
        lang="en",
        date="2019-12-05T16:20:00",
        modified="2019-12-06T08:03:11",
        slug="campus-flemingsberg-lights-up-for-the-winter",
        title="Campus Flemingsberg lights up for the winter",
        excerpt="New lighting makes the walk from the station safer and brighter.",
        description="New lighting along the main walkways makes Campus Flemingsberg safer and more "
        "welcoming in the dark season.",
        author="Johan Ek",
        tags=("Urban development",),
        image="vinterljus",
        blocks=(
            "Just in time for the darkest weeks of the year, new lighting has been installed along "
            "the main walkways of Campus Flemingsberg.",
            "The lights run from the commuter train station past the university and up to the "
            "hospital, a route that thousands of students and staff walk every day.",
            "The project was carried out together with the property owners and the Municipality of "
            "Huddinge.",
        ),
    ),
]

PAGES = [
    Page(
        id=2,
        path="/",
        lang="sv",
        title="Campus Flemingsberg",
        translations={"en": "/en/"},
        modified="2025-09-26T13:20:00",
        listing=True,
        blocks=(
            "Campus Flemingsberg är en av Sveriges största samlingar av forskning, utbildning och "
            "vård, mitt i en stadsdel som växer.",
            "## Senaste nyheterna",
        ),
    ),
    Page(
        id=4,
        path="/en/",
        lang="en",
        title="Campus Flemingsberg",
        translations={"sv": "/"},
        modified="2025-09-26T13:21:00",
        listing=True,
        blocks=(
            "Campus Flemingsberg is one of Sweden&#8217;s largest concentrations of research, "
            "education and healthcare, in the middle of a growing city district.",
            "## Latest news",
        ),
    ),
    Page(
        id=6,
        path="/sv/om-campus-flemingsberg/",
        lang="sv",
        title="Om Campus Flemingsberg",
        translations={"en": "/en/about-campus-flemingsberg/"},
        modified="2023-02-01T09:00:00",
        blocks=(
            "På campus finns Karolinska Institutet, KTH, Södertörns högskola, Röda Korsets Högskola "
            "och Karolinska Universitetssjukhuset.",
        ),
    ),
    Page(
        id=8,
        path="/en/about-campus-flemingsberg/",
        lang="en",
        title="About Campus Flemingsberg",
        translations={"sv": "/sv/om-campus-flemingsberg/"},
        modified="2023-02-01T09:05:00",
        blocks=(
            "The campus is home to Karolinska Institutet, KTH, Södertörn University, the Swedish Red "
            "Cross University and Karolinska University Hospital.",
        ),
    ),
    Page(
        id=31,
        path="/flemingsbergs-historia-del-6/",
        lang="sv",
        title="Flemingsbergs historia del 6",
        modified="2020-05-12T10:00:00",
        blocks=(
            "På 1970-talet växte miljonprogrammet fram på höjderna ovanför Flemingsbergsviken.",
            'Fortsättning följer i <a href="/flemingsbergs-historia-del-7/">del 7</a>.',
        ),
    ),
    Page(
        id=33,
        path="/flemingsbergs-historia-del-7/",
        lang="sv",
        title="Flemingsbergs historia del 7",
        modified="2020-06-02T10:00:00",
        blocks=(
            "Med Huddinge sjukhus och Karolinska Institutets nya institutioner blev Flemingsberg på "
            "1980-talet en plats för forskning och vård.",
            f'Läs <a href="{BASE}/flemingsbergs-historia-del-6/">del 6</a>.',
        ),
    ),
    Page(
        id=35,
        path="/sv/nyhetsbrev/",
        lang="sv",
        title="Nyhetsbrev",
        translations={"en": "/en/newsletter/"},
        modified="2021-02-01T09:00:00",
        blocks=("Anmäl dig till nyhetsbrevet om Campus Flemingsberg.",),
    ),
    Page(
        id=37,
        path="/en/newsletter/",
        lang="en",
        title="Newsletter",
        translations={"sv": "/sv/nyhetsbrev/"},
        modified="2021-02-01T09:05:00",
        blocks=("Sign up for the Campus Flemingsberg newsletter.",),
    ),
]
