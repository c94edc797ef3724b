"""Södertälje Science Park's posts (sscp.se), written for the mirror in the site's voice.

Flags:
- "no-yoast": an older post whose page has no Yoast block (no meta description, no article times,
  no JSON-LD); only the visible "Publicerad:" date tells when it was published;
- "promo-inside": the editors pasted the "Ta del av framtiden" promo into the post itself, so it
  sits inside the content container (and in the REST/feed content).

The Mynewsdesk newsroom (../sscp-newsroom) republishes some of these; it imports POSTS from here.
"""

from __future__ import annotations

from bodykit import local
from wordpress_theme import Post

AKTUELLT = "aktuellt"
SCIENCE_WEEK = "science-week"

POSTS = [
    Post(
        id=2602,
        slug="tre-nya-foretag-flyttar-in-i-science-park-huset",
        title="Tre nya företag flyttar in i Science Park-huset",
        lang="sv",
        published=local("2025-02-18 08:30"),
        modified=local("2025-02-18 08:30"),
        author="Maja Grönlund",
        categories=(AKTUELLT,),
        tags=("Företag", "Science Park-huset"),
        description=(
            "Tre bolag inom batterier, automation och AI flyttar in i Science Park-huset i "
            "Södertälje under våren."
        ),
        body="""
Tre nya bolag flyttar in i Science Park-huset i Södertälje under våren. Med dem är huset nu fullt uthyrt för första gången sedan starten.

De nya hyresgästerna arbetar inom batteriåtervinning, automation för små verkstäder och AI för kvalitetskontroll i produktionen.

## Närhet till industrin lockar

Samtliga tre bolag lyfter fram närheten till stora industriföretag och till KTH Södertälje som skäl att välja Science Park-huset.

> ”Här kan vi testa våra lösningar på riktiga produktionslinjer redan veckan efter att vi skrivit kod”, säger Elin Rask, grundare av ett av bolagen.

Den som är intresserad av att hyra kontor eller labb i huset kan ställa sig i kö via receptionen.
""",
    ),
    Post(
        id=2534,
        slug="rekordintresse-for-science-week-2024-sodertalje-visar-vagen",
        title="Rekordintresse för Science Week 2024 – ”Södertälje visar vägen”",
        lang="sv",
        published=local("2024-12-04 13:00"),
        modified=local("2024-12-05 09:41:17"),
        author="Maja Grönlund",
        categories=(AKTUELLT, SCIENCE_WEEK),
        tags=("Science Week",),
        description=(
            "Över 6 000 besökare tog del av Science Week 2024 i Södertälje – fler än någonsin "
            "tidigare."
        ),
        flags=frozenset({"promo-inside"}),
        body="""
Över 6&nbsp;000 besökare tog del av Science Week 2024 i Södertälje, fler än någonsin tidigare. Veckan bjöd på föreläsningar, utställningar och workshoppar för alla åldrar.

Temat i år var ”Hållbar framtid – på riktigt” och programmet byggdes tillsammans med företag, skolor och föreningar i kommunen.

## Veckan i siffror

- 6&nbsp;200 besökare på plats
- 48 programpunkter
- 31 medverkande företag och organisationer
- 12 000 visningar på SWPlay

– Science Week visar att Södertälje är en stad där framtiden skapas. Intresset från både skolor och näringsliv har aldrig varit större, säger Karin Eklund, projektledare för Science Week.

Arbetet med Science Week 2025 har redan börjat.
""",
    ),
    Post(
        id=2488,
        slug="sodertalje-science-park-med-och-arrangerar-seminarium-om-testbaddar",
        title="Södertälje Science Park med och arrangerar regionalt seminarium om testbäddar",
        lang="sv",
        published=local("2024-11-12 13:30"),
        modified=local("2024-11-12 13:30"),
        author="Maja Grönlund",
        categories=(AKTUELLT,),
        tags=("Testbäddar", "Samverkan"),
        description=(
            "Tillsammans med Kista Science City och Stockholm Science City bjuder vi in till ett "
            "seminarium om testbäddar i hela regionen."
        ),
        body="""
Södertälje Science Park är en av arrangörerna när regionens innovationsnoder möts i Kista i november.

Den 26 november samlas regionens innovationsnoder till seminariet ”Testbäddar som bär – så samverkar Stockholmsregionen” på Electrum i Kista. Bakom seminariet står Kista Science City, Södertälje Science Park och Stockholm Science City, som under året har byggt upp ett gemensamt nätverk för testbäddar inom elektronik, produktion och life science.

Under eftermiddagen berättar företag som har testat sina lösningar hos fler än en nod om vad samarbetet har gett, och forskare från KTH och Karolinska Institutet visar hur akademins labb kan öppnas för fler bolag. Region Stockholm presenterar den regionala utvecklingsstrategins nya satsning på testmiljöer.

## Nästa steg: en gemensam ingång

Seminariet avslutas med ett samtal mellan nodernas vd:ar om nästa steg: en gemensam ingång för bolag som söker en testbädd, oavsett var i regionen den finns. Målet är att ett bolag ska kunna ställa en fråga en gång och få svar från alla tre noderna.

Seminariet är kostnadsfritt och öppet för företag, forskare och offentliga aktörer. Anmälan görs senast den 19 november.

Från Södertälje medverkar bland annat bolag från Science Park-huset som har testat sina lösningar i produktionsmiljöer hos Scania.
""",
    ),
    Post(
        id=2455,
        slug="vi-visar-elektrifierade-transporter-pa-kistamassan",
        title="Vi visar elektrifierade transporter på Kistamässan",
        lang="sv",
        published=local("2024-10-02 10:00"),
        modified=local("2024-10-02 10:00"),
        author="Maja Grönlund",
        categories=(AKTUELLT,),
        tags=("Elektrifiering", "Mässa"),
        description=(
            "På höstens stora industrimässa i norra Stockholm visar vi testlabbet för "
            "elektrifierade transporter."
        ),
        body="""
Nästa vecka finns Södertälje Science Park på plats på Kistamässan, där höstens stora mässa för industri och automation samlar fler än 200 utställare.

I vår monter visar vi testlabbet för elektrifierade transporter och berättar hur små och medelstora företag kan boka tid i labbet för egna prov.

## Kom förbi och prova

Besökarna kan själva styra en av labbets eldrivna truckar på en bana i montern. Våra projektledare finns på plats alla tre mässdagarna och svarar på frågor om labbet.

Välkommen till monter C:14!
""",
    ),
    Post(
        id=2210,
        slug="ny-forskningsmiljo-for-cirkular-produktion-invigs-i-sodertalje",
        title="Ny forskningsmiljö för cirkulär produktion invigs i Södertälje",
        lang="sv",
        published=local("2023-10-12 10:00"),
        modified=local("2023-10-12 14:22:08"),
        author="Peter Lind",
        categories=(AKTUELLT,),
        tags=("Cirkulär produktion", "KTH"),
        description=(
            "En ny forskningsmiljö där företag och forskare tillsammans utvecklar cirkulära "
            "produktionsprocesser invigs i Södertälje."
        ),
        body="""
I dag invigs en ny forskningsmiljö för cirkulär produktion i Södertälje. Här ska företag och forskare tillsammans utveckla processer där material och komponenter används om och om igen.

Miljön drivs av Södertälje Science Park tillsammans med KTH och tre industriföretag. Den rymmer en demonstrationslina, ett materiallabb och ytor för workshoppar.

## Från idé till industri

Företag kan boka tid i miljön för att testa egna idéer, till exempel demontering av komponenter eller nya sätt att spåra material genom produktionen.

– Omställningen till cirkulär produktion är en av industrins största utmaningar. Vi vill att den ska ske här, i Södertälje, säger Johan Berg, vd för Södertälje Science Park.

Invigningen sker klockan 13.00 och är öppen för alla intresserade.
""",
    ),
    Post(
        id=1899,
        slug="sommarjobb-med-innovation-40-ungdomar-loste-framtidens-utmaningar",
        title="Sommarjobb med innovation: 40 ungdomar löste framtidens utmaningar",
        lang="sv",
        published=local("2022-06-21 15:45"),
        modified=local("2022-06-22 08:10:00"),
        author="Maja Grönlund",
        categories=(AKTUELLT,),
        tags=("Unga", "Sommarjobb"),
        description=(
            "40 ungdomar har sommarjobbat som innovatörer och tagit fram lösningar på verkliga "
            "utmaningar från företag i Södertälje."
        ),
        flags=frozenset({"promo-inside"}),
        body="""
Under tre veckor har 40 ungdomar sommarjobbat som innovatörer hos Södertälje Science Park. I team har de tagit fram lösningar på verkliga utmaningar från företag och kommunen.

Uppdragen handlade bland annat om säkrare cykelvägar, mindre matsvinn i skolköken och hur fler unga ska välja tekniska utbildningar.

På fredagen presenterade lagen sina idéer för en jury med representanter från Scania, AstraZeneca och Södertälje kommun.

> ”Det bästa var att få jobba med något som faktiskt kan bli verklighet”, säger Amira, 17 år, som var med i det vinnande laget.

Sommarjobben genomförs i samarbete med Södertälje kommun och finansieras delvis av Vinnova.
""",
    ),
    Post(
        id=1618,
        slug="sodertalje-science-park-och-kth-forlanger-samarbetet-kring-produktionsteknik",
        title="Södertälje Science Park och KTH förlänger samarbetet kring produktionsteknik",
        lang="sv",
        published=local("2021-03-09 09:00"),
        modified=local("2021-03-09 11:32:45"),
        author="Peter Lind",
        categories=(AKTUELLT,),
        tags=("KTH", "Hållbar produktion"),
        description=(
            "Södertälje Science Park och KTH förlänger sitt samarbete kring forskning och "
            "utbildning inom hållbar produktionsteknik till 2025."
        ),
        body="""
Södertälje Science Park och KTH förlänger sitt samarbete kring forskning och utbildning inom hållbar produktionsteknik. Det nya avtalet gäller till och med 2025.

Samarbetet omfattar gemensamma forskningsprojekt, examensarbeten hos företag i regionen och vidareutbildning för yrkesverksamma ingenjörer.

Sedan starten 2017 har fler än 200 studenter gjort examensarbeten i samarbete med företag knutna till Södertälje Science Park.

– Förlängningen ger oss långsiktighet. Företagen vet att de kan räkna med kompetens och forskning av hög klass här i Södertälje, säger Johan Berg, vd för Södertälje Science Park.
""",
    ),
    Post(
        id=1432,
        slug="science-week-blir-digital-hela-programmet-sands-pa-swplay",
        title="Science Week blir digital – hela programmet sänds på SWPlay",
        lang="sv",
        published=local("2020-05-14 16:00"),
        modified=local("2020-05-14 16:00"),
        author="Annelie Svensson",
        categories=(AKTUELLT, SCIENCE_WEEK),
        tags=("Science Week", "SWPlay"),
        description=(
            "Årets Science Week genomförs digitalt. Hela programmet sänds på den nya "
            "videoplattformen SWPlay."
        ),
        body="""
Årets Science Week genomförs helt digitalt. Föreläsningar, samtal och workshoppar sänds på den nya videoplattformen SWPlay, där de också finns kvar efteråt.

Beslutet togs i samråd med Södertälje kommun och Folkhälsomyndighetens rekommendationer om att undvika större sammankomster.

## Så fungerar det

- Programmet sänds live måndag till fredag vecka 46
- Alla sändningar är gratis och kräver ingen inloggning
- Skolor kan boka interaktiva lektioner med forskare

– Vi ser det här som en möjlighet att nå ännu fler. Nu kan hela Sverige ta del av Science Week, säger Karin Eklund, projektledare.
""",
    ),
    Post(
        id=1190,
        slug="science-week-2019-a-week-of-innovation-in-sodertalje",
        title="Science Week 2019: a week of innovation in Södertälje",
        lang="en",
        published=local("2019-11-18 11:20"),
        modified=local("2019-11-19 09:03:30"),
        author="Annelie Svensson",
        categories=(AKTUELLT, SCIENCE_WEEK),
        tags=("Science Week",),
        description=(
            "Science Week 2019 brought researchers, companies and the public together in "
            "Södertälje for a week of talks and workshops."
        ),
        body="""
Science Week 2019 brought researchers, companies and the public together in Södertälje for a week of talks, exhibitions and workshops.

This year, the programme included several sessions in English for international students and employees at the large companies in the region.

Highlights included a panel on the future of heavy transport, a hands-on robotics workshop and an evening lecture on the chemistry of everyday medicines.

Recordings of selected talks are available on the Science Week website.
""",
    ),
    Post(
        id=1045,
        slug="nytt-testlabb-for-elektrifierade-transporter-oppnar-i-sodertalje",
        title="Nytt testlabb för elektrifierade transporter öppnar i Södertälje",
        lang="sv",
        published=local("2019-01-29 10:30"),
        modified=local("2019-02-01 13:15:00"),
        author="Annelie Svensson",
        categories=(AKTUELLT,),
        tags=("Elektrifiering", "Testbädd"),
        description=(
            "Ett nytt testlabb för elektrifierade transporter öppnar i Södertälje – öppet för "
            "både små och stora företag."
        ),
        flags=frozenset({"promo-inside"}),
        body="""
Ett nytt testlabb för elektrifierade transporter öppnar i Södertälje. Labbet ska hjälpa både små och stora företag att testa laddning, batterier och styrsystem.

Labbet ligger i anslutning till Science Park-huset och har plats för tunga fordon. Där finns laddstationer med olika effekt och utrustning för mätning av energiförbrukning.

– Elektrifieringen av transporter går snabbt, och företagen behöver en plats där de kan testa i full skala utan att bygga allt själva, säger Johan Berg, vd för Södertälje Science Park.

Labbet är öppet för bokning från och med mars. Mer information finns på <a href="/om-oss/">vår om oss-sida</a>.
""",
    ),
    Post(
        id=833,
        slug="narings-och-innovationsministern-besokte-sodertalje-science-park",
        title="Närings och innovationsministern besökte Södertälje Science Park",
        lang="sv",
        published=local("2018-09-10 14:05"),
        modified=None,
        author="Annelie Svensson",
        categories=(AKTUELLT,),
        tags=(),
        flags=frozenset({"no-yoast"}),
        body="""
I dag besökte närings- och innovationsministern Södertälje Science Park för att höra mer om hur företag, akademi och kommun arbetar tillsammans för hållbar produktion.

Under besöket visades bland annat det nya lärcentret för produktionsteknik och flera projekt där studenter från KTH arbetar direkt med industrins utmaningar.

Ministern betonade vikten av regionala innovationsmiljöer för Sveriges konkurrenskraft och lyfte fram Södertälje som ett gott exempel på samverkan.

– Det var ett värdefullt besök. Vi fick visa hur vi arbetar och vilka möjligheter som finns här, säger Annelie Svensson, kommunikationsansvarig.
""",
    ),
    Post(
        id=612,
        slug="sodertalje-science-park-satsar-pa-hallbar-produktion",
        title="Södertälje Science Park satsar på hållbar produktion",
        lang="sv",
        published=local("2017-04-24 09:15"),
        modified=None,
        author="Annelie Svensson",
        categories=(AKTUELLT,),
        tags=("Hållbar produktion",),
        flags=frozenset({"no-yoast"}),
        body="""
Styrelsen för Södertälje Science Park beslutade vid sitt möte den 19 april att göra hållbar produktion till parkens huvudsakliga fokusområde de kommande åren.

Beslutet bygger på en kartläggning av behoven hos företagen i regionen. Många efterfrågar stöd i omställningen till fossilfri och resurssnål produktion.

## Tre satsningar

- Ett lärcenter för produktionsteknik tillsammans med KTH
- Testmiljöer för små och medelstora företag
- Fler examensarbeten och praktikplatser i industrin

Arbetet startar redan under hösten 2017.
""",
    ),
]

PAGES = {
    "om-oss": (
        "Om oss",
        local("2024-01-15 10:12"),
        """
Södertälje Science Park är en mötesplats för företag, akademi och samhälle inom hållbar produktion. Vi ägs av Södertälje kommun, KTH, Scania och AstraZeneca.

Vi driver testbäddar, utbildningar och Science Week – Södertäljes stora vetenskapsfestival.
""",
    ),
    "nyhetsbrev": (
        "Nyhetsbrev",
        local("2022-03-01 11:30"),
        """
Vårt nyhetsbrev kommer ut en gång i månaden med nyheter om projekt, evenemang och företagen i parken.

Fyll i din e-postadress nedan för att börja prenumerera.
""",
    ),
    "scienceweek": (
        "Science Week",
        local("2024-09-02 08:00"),
        """
Science Week är en vecka full av vetenskap, teknik och framtidstro i Södertälje. Programmet är gratis och öppet för alla.

Se tidigare föreläsningar på SWPlay.
""",
    ),
    "scienceweek/english": (
        "Science Week – in English",
        local("2024-09-02 08:05"),
        """
Science Week is a week of science, technology and innovation in Södertälje, open to everyone and free of charge.

Several sessions are held in English every year. Welcome!
""",
    ),
}
