"""Arninge Innovationsnod (innovationsnod-exempel.se): an invented regional innovation node.

A test fixture for a site no code knows about: the crawler gets only its name, base URL and
languages. Swedish and English posts; Polylang (free) sets the language from the content, so URLs
carry no language code and each page says its language in <html lang>. `pair` names the slug of
the other-language version (linked by hreflang). `modified` is set where the post was edited.
"""

POSTS = [
    {
        "id": 412,
        "slug": "testbadd-for-fossilfria-transporter-invigd-i-arninge",
        "title": "Testbädd för fossilfria transporter invigd i Arninge",
        "lang": "sv",
        "published": "2025-04-09 10:15:00",
        "modified": "2025-04-10 08:02:41",
        "author": "Anna Berg",
        "categories": ("nyheter", "testbaddar"),
        "tags": ("Transporter", "Testbädd"),
        "pair": "fossil-free-transport-test-bed-opens-in-arninge",
        "comments": [
            (
                "Lars Pettersson",
                "2025-04-09 18:40:00",
                "Spännande! Kommer testbädden vara öppen för mindre åkerier också?",
            ),
            (
                "Anna Berg",
                "2025-04-10 08:10:00",
                "Hej Lars, ja, vi återkommer med en ansökningsomgång i höst.",
            ),
        ],
        "body": """
I dag invigdes Arninge Innovationsnods testbädd för fossilfria transporter vid Arninge
resecentrum. Här kan företag pröva elektriska lastcyklar, laddning för tunga fordon och nya sätt
att samordna leveranser.

Testbädden är ett samarbete mellan Täby kommun, fastighetsägare i Arninge och tre logistikföretag.
Under det första året deltar ett tiotal företag.

## Det här prövas

- samlastning av leveranser till handeln i Arninge centrum
- snabbladdning för ellastbilar nattetid
- lastcyklar för de sista kilometrarna

> – Arninge ligger där E18 möter lokaltrafiken. Det gör platsen perfekt för att pröva hur
godset kan nå staden utan utsläpp, säger Anna Berg, verksamhetsledare.

Resultaten följs upp av forskare och redovisas på en öppen konferens våren 2026.
""",
    },
    {
        "id": 413,
        "slug": "fossil-free-transport-test-bed-opens-in-arninge",
        "title": "Fossil-free transport test bed opens in Arninge",
        "lang": "en",
        "published": "2025-04-09 10:30:00",
        "modified": None,
        "author": "Anna Berg",
        "categories": ("news",),
        "tags": ("Transport",),
        "pair": "testbadd-for-fossilfria-transporter-invigd-i-arninge",
        "comments": [],
        "body": """
Today Arninge Innovation Node opened its test bed for fossil-free transport at the Arninge travel
centre. Companies can try out electric cargo bikes, charging for heavy vehicles and new ways of
coordinating deliveries.

The test bed is a collaboration between the Municipality of Täby, property owners in Arninge and
three logistics companies. Around ten companies take part in the first year.

“Arninge lies where the E18 motorway meets local public transport. That makes it the perfect
place to test how goods can reach the city without emissions,” says Anna Berg, operations
manager.

The results will be evaluated by researchers and presented at an open conference in spring 2026.
""",
    },
    {
        "id": 398,
        "slug": "foretagsfrukost-om-ai-i-sma-foretag",
        "title": "Företagsfrukost: ”AI är inte bara för de stora”",
        "lang": "sv",
        "published": "2024-11-21 07:30:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("nyheter", "evenemang"),
        "tags": ("AI", "Företagsfrukost"),
        "pair": None,
        "comments": [
            (
                "Maja Holm",
                "2024-11-22 09:05:00",
                "Tack för en bra frukost! Finns presentationerna att ladda ner?",
            ),
        ],
        "body": """
Över 80 företagare kom till novembers företagsfrukost i Arninge, där temat var hur små företag
kan använda AI i vardagen.

Tre lokala företag berättade om sina erfarenheter &#8211; från automatiska offerter till
bildanalys i en byggfirma.

– Man behöver inte vara stor för att komma igång. Börja med ett konkret problem och pröva i liten
skala, sa Erik Sandberg, innovationsrådgivare på noden.

Nästa frukost hålls i januari och handlar om cybersäkerhet.
""",
    },
    {
        "id": 377,
        "slug": "arninge-innovation-node-joins-regional-network",
        "title": "Arninge Innovation Node joins the region’s network of innovation nodes",
        "lang": "en",
        "published": "2024-06-12 13:00:00",
        "modified": "2024-06-13 09:30:00",
        "author": "Anna Berg",
        "categories": ("news",),
        "tags": ("Innovation nodes",),
        "pair": "arninge-innovationsnod-blir-del-av-regionens-natverk",
        "comments": [],
        "body": """
Arninge Innovation Node has become part of the Stockholm region’s network of innovation nodes,
alongside established science parks and science cities.

The network exchanges experience, runs joint programmes and gives companies one entry point to
the region’s test beds.

## What it means for companies

Companies in north-eastern Stockholm get easier access to the other nodes’ labs, test beds and
investor networks.

“We are a young node, and being part of the network lets us learn from those who have done this
for twenty years,” says Anna Berg.
""",
    },
    {
        "id": 376,
        "slug": "arninge-innovationsnod-blir-del-av-regionens-natverk",
        "title": "Arninge Innovationsnod blir del av regionens nätverk av innovationsnoder",
        "lang": "sv",
        "published": "2024-06-12 12:45:00",
        "modified": None,
        "author": "Anna Berg",
        "categories": ("nyheter",),
        "tags": ("Innovationsnoder",),
        "pair": "arninge-innovation-node-joins-regional-network",
        "comments": [],
        "body": """
Arninge Innovationsnod är nu en del av Stockholmsregionens nätverk av innovationsnoder,
tillsammans med etablerade science parks och science cities.

Nätverket utbyter erfarenheter, driver gemensamma program och ger företagen en gemensam ingång
till regionens testbäddar.

## Vad betyder det för företagen?

Företag i nordöstra Stockholm får lättare tillgång till de andra nodernas labb, testbäddar och
investerarnätverk.

– Vi är en ung nod, och genom nätverket kan vi lära av dem som har gjort det här i tjugo år,
säger Anna Berg.
""",
    },
    {
        "id": 350,
        "slug": "hackathon-om-framtidens-centrum",
        "title": "Hackathon om framtidens centrum samlade 60 deltagare",
        "lang": "sv",
        "published": "2023-10-02 16:20:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("nyheter", "evenemang"),
        "tags": ("Hackathon",),
        "pair": None,
        "comments": [],
        "body": """
Under helgen samlades 60 studenter, utvecklare och designers för att ta fram idéer om hur Arninge
centrum kan utvecklas.

Vinnande bidrag blev en app som visar lediga lokaler för pop-up-butiker och föreningar. Laget får
stöd från noden för att ta fram en prototyp.

Hackathonet arrangerades tillsammans med Täby kommun och KTH.
""",
    },
    {
        "id": 331,
        "slug": "new-incubator-programme-for-health-tech",
        "title": "New incubator programme for health tech start-ups",
        "lang": "en",
        "published": "2023-02-14 09:00:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("news",),
        "tags": ("Health tech", "Incubator"),
        "pair": None,
        "comments": [],
        "body": """
Arninge Innovation Node launches a six-month incubator programme for health tech start-ups in
north-eastern Stockholm.

The programme offers coaching, office space in Arninge and introductions to healthcare providers
in the region. Up to eight companies will be admitted.

Applications close on March 31, 2023.
""",
    },
    {
        "id": 310,
        "slug": "ny-verksamhetsledare-for-arninge-innovationsnod",
        "title": "Ny verksamhetsledare för Arninge Innovationsnod",
        "lang": "sv",
        "published": "2022-08-15 08:00:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("nyheter",),
        "tags": (),
        "pair": None,
        "comments": [],
        "body": """
Anna Berg blir ny verksamhetsledare för Arninge Innovationsnod. Hon tillträder den 1 september.

Anna kommer närmast från en tjänst som affärsutvecklare inom fastighetsbranschen och har lång
erfarenhet av samverkan mellan kommuner och näringsliv.

– Arninge växer snabbt, och här finns alla förutsättningar att pröva nya lösningar för handel,
transporter och boende, säger Anna Berg.
""",
    },
    {
        "id": 288,
        "slug": "smarta-hem-testas-i-nya-kvarteret",
        "title": "Smarta hem testas i det nya kvarteret vid Arninge",
        "lang": "sv",
        "published": "2021-12-06 10:00:00",
        "modified": None,
        "author": "Anna Berg",
        "categories": ("nyheter", "testbaddar"),
        "tags": ("Testbädd", "Bostäder"),
        "pair": None,
        "comments": [],
        "body": """
I det nya bostadskvarteret vid Arninge testas lösningar för smarta hem. Hyresgästerna kan följa
sin energianvändning och styra värme och belysning via en app.

Testet pågår i två år och följs av forskare som undersöker om de boende ändrar sina vanor.

![https://innovationsnod-exempel.se/wp-content/uploads/2021/12/kvarteret.jpg|Det nya kvarteret vid Arninge.]

Fastighetsägaren räknar med att energianvändningen kan minska med upp till 15 procent.
""",
    },
    {
        "id": 250,
        "slug": "arninge-innovationsnod-startar",
        "title": "Arninge Innovationsnod startar",
        "lang": "sv",
        "published": "2021-03-01 09:00:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("nyheter",),
        "tags": (),
        "pair": None,
        "comments": [],
        "body": """
Nu startar Arninge Innovationsnod, en mötesplats för företag, forskning och offentlig sektor i
nordöstra Stockholm.

Noden ska hjälpa företag att pröva nya idéer i verklig miljö och bidra till att Arninge utvecklas
till en hållbar regional stadskärna.

## Tre fokusområden

- hållbara transporter
- smarta och resurssnåla bostäder
- digitalisering i små företag

Välkommen att höra av dig om du vill vara med!
""",
    },
    {
        "id": 221,
        "slug": "forstudie-visar-behov-av-innovationsnod",
        "title": "Förstudie visar behov av innovationsnod i nordost",
        "lang": "sv",
        "published": "2020-09-10 11:00:00",
        "modified": None,
        "author": "Erik Sandberg",
        "categories": ("nyheter",),
        "tags": ("Förstudie",),
        "pair": None,
        "comments": [],
        "body": """
En förstudie från Täby kommun visar att företagen i nordöstra Stockholm saknar en gemensam
mötesplats för innovation.

Förstudien bygger på intervjuer med 45 företag. Många efterfrågar testmiljöer och kontakter med
högskolor.

Nästa steg är att ta fram en plan för hur en innovationsnod kan organiseras och finansieras.
""",
    },
    {
        "id": 205,
        "slug": "study-visit-from-finland",
        "title": "Study visit from Finland explores Arninge’s plans",
        "lang": "en",
        "published": "2020-01-28 14:00:00",
        "modified": None,
        "author": "Anna Berg",
        "categories": ("news",),
        "tags": (),
        "pair": None,
        "comments": [],
        "body": """
A delegation from Espoo visited Täby to learn about the plans for Arninge as a regional urban
centre.

The visitors were especially interested in how the municipality involves property owners and
companies early in the planning process.

A return visit to Espoo is planned for the autumn.
""",
    },
]

PAGES = [
    (
        "/om-oss/",
        "Om oss",
        "2024-06-13 09:00:00",
        "Arninge Innovationsnod är en mötesplats för företag, forskning och offentlig sektor i nordöstra Stockholm. Vi drivs av Täby kommun tillsammans med fastighetsägare i Arninge.",
    ),
    (
        "/kontakt/",
        "Kontakt",
        "2022-08-15 08:30:00",
        "Välkommen att kontakta oss på hej@innovationsnod-exempel.se.",
    ),
]
