"""Södertälje Science Park's Mynewsdesk newsroom: the materials only published here, and which
sscp.se posts the newsroom republishes (same title and text, the first paragraph as the lead).

Each material: kind ("pressrelease" or "news"), Mynewsdesk id, title, publication time (Stockholm),
lead, bodykit source of the rest, subjects, and an image (file, caption) for the media box.
"""

from __future__ import annotations

from bodykit import local

# sscp.se post id -> (Mynewsdesk id, publication time on the newsroom, subjects, image)
REPUBLISHED = {
    1432: (
        2984117,
        local("2020-05-15 09:00"),
        ("Science Week", "Digitalisering"),
        ("swplay-studio.jpg", "SWPlay-studion i Science Park-huset"),
    ),
    1618: (3071542, local("2021-03-09 10:30"), ("Forskning", "Produktion"), None),
    2210: (
        3262890,
        local("2023-10-12 10:05"),
        ("Forskning", "Hållbarhet"),
        ("cirkular-produktion.jpg", "Demonstrationslinan för cirkulär produktion"),
    ),
    2534: (
        3358021,
        local("2024-12-05 08:00"),
        ("Science Week",),
        ("sw2024-publik.jpg", "Publik på Science Week 2024. Foto: Södertälje Science Park"),
    ),
}

ONLY_HERE = [
    {
        "kind": "pressrelease",
        "id": 3401775,
        "title": "Ny vd för Södertälje Science Park",
        "published": local("2025-03-25 07:30"),
        "lead": "Styrelsen för Södertälje Science Park har utsett Sofia Nyström till ny vd. Hon tillträder den 1 juni och kommer närmast från en roll som forskningschef inom fordonsindustrin.",
        "subjects": ("Organisation",),
        "image": ("sofia-nystrom.jpg", "Sofia Nyström, tillträdande vd. Foto: Jonas Lind"),
        "body": """
Sofia Nyström har lång erfarenhet av forskning och utveckling inom tung industri och har arbetat nära både akademi och små teknikbolag.

– Södertälje Science Park har byggt en unik plattform för samverkan kring hållbar produktion. Jag ser fram emot att ta den vidare tillsammans med alla parter, säger Sofia Nyström.

Nuvarande vd Johan Berg lämnar efter åtta år för att gå i pension. Han stannar kvar under en övergångsperiod fram till sommaren.

> ”Sofia kombinerar industriell erfarenhet med ett starkt engagemang för innovation. Hon är rätt person att leda parken in i nästa fas”, säger styrelsens ordförande Anders Holm.
""",
    },
    {
        "kind": "news",
        "id": 3219044,
        "title": "Södertälje Science Park på Almedalen 2023",
        "published": local("2023-06-13 14:15"),
        "lead": "Under Almedalsveckan arrangerar Södertälje Science Park ett seminarium om hur industrins kompetensförsörjning kan säkras när produktionen ställer om.",
        "subjects": ("Kompetensförsörjning", "Evenemang"),
        "image": None,
        "body": """
Seminariet äger rum onsdagen den 28 juni klockan 10.00 i Visby och sänds även digitalt.

## Medverkande

- Representanter från Scania och AstraZeneca
- Forskare från KTH Södertälje
- Företrädare för Södertälje kommun

Seminariet är öppet för alla, men antalet platser på plats är begränsat.
""",
    },
    {
        "kind": "pressrelease",
        "id": 3155309,
        "title": "Nytt program ska locka fler tjejer till teknik och naturvetenskap",
        "published": local("2022-02-08 09:00"),
        "lead": "Södertälje Science Park startar tillsammans med fyra gymnasieskolor ett program som ska få fler tjejer att välja tekniska och naturvetenskapliga utbildningar.",
        "subjects": ("Utbildning", "Jämställdhet"),
        "image": ("tjejer-teknik.jpg", "Deltagare i programmets pilotomgång"),
        "body": """
Programmet bygger på mentorskap, studiebesök och projektarbeten tillsammans med företag i regionen. Under våren deltar 120 elever från årskurs ett.

Andelen kvinnor bland de sökande till tekniska utbildningar i Södertälje har legat stilla under flera år. Programmet ska bidra till att bryta den trenden.

– Vi vet att förebilder och egna erfarenheter av teknik gör skillnad. Därför vill vi att eleverna ska få möta ingenjörer och forskare redan på gymnasiet, säger projektledaren Hanna Öberg.

Programmet finansieras av Södertälje kommun och Vinnova och pågår under tre år.
""",
    },
    {
        "kind": "pressrelease",
        "id": 2912346,
        "title": "Succé för årets Science Week i Södertälje – 5 000 besökare",
        "published": local("2020-11-27 10:00"),
        "lead": "Trots ett annorlunda år blev Science Week i Södertälje en succé. Över 5 000 besökare följde veckans program, de flesta digitalt via SWPlay.",
        "subjects": ("Science Week",),
        "image": ("sw2020-sandning.jpg", "Sändning från Science Week 2020"),
        "body": """
Årets Science Week genomfördes för första gången i huvudsak digitalt. Totalt sändes 36 programpunkter, från föreläsningar om rymden till workshoppar i programmering för mellanstadiet.

Särskilt populärt var skolprogrammet, där över 2&nbsp;000 elever deltog i interaktiva lektioner med forskare och ingenjörer.

## Publikens favoriter

- Föreläsningen om framtidens läkemedel
- Robotverkstaden för familjer
- Panelsamtalet om fossilfria transporter

– Vi är otroligt glada över gensvaret. Science Week har visat att det går att skapa engagemang för vetenskap även på distans, säger projektledaren Karin Eklund.

Alla sändningar finns kvar på SWPlay fram till nästa års Science Week.
""",
    },
    {
        "kind": "news",
        "id": 2735118,
        "title": "Öppet hus i Science Park-huset den 17 oktober",
        "published": local("2019-10-03 14:05"),
        "lead": "Den 17 oktober öppnar Science Park-huset dörrarna för alla som vill se hur framtidens produktion utvecklas i Södertälje.",
        "subjects": ("Evenemang",),
        "image": None,
        "body": """
Besökarna kan prova på robotprogrammering, se testlabbet för elektrifierade transporter och träffa företagen som har kontor i huset.

Öppet hus pågår mellan klockan 15.00 och 19.00. Ingen föranmälan krävs, och det bjuds på fika.
""",
    },
    {
        "kind": "pressrelease",
        "id": 2561903,
        "title": "Södertälje Science Park blir nod i nationellt testbäddsnätverk",
        "published": local("2018-05-29 08:00"),
        "lead": "Södertälje Science Park har valts ut som en av sex noder i ett nytt nationellt nätverk av testbäddar för hållbar industriell produktion.",
        "subjects": ("Testbädd", "Produktion"),
        "image": None,
        "body": """
Nätverket finansieras av Vinnova och ska göra det enklare för små och medelstora företag att hitta rätt testmiljö för sina produkter och processer.

Som nod ansvarar Södertälje Science Park för området produktionsteknik och elektrifiering, och blir en av ingångarna för företag som vill testa nya lösningar.

– Det här är ett erkännande av det arbete som gjorts i Södertälje de senaste åren. Nu kan vi hjälpa ännu fler företag att ta sina idéer från labb till fabrik, säger vd Johan Berg.

Nätverket startar sin verksamhet efter sommaren.
""",
    },
]
