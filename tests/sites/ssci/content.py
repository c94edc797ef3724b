"""Stockholm Science City (ssci.se): the news items of the mirror, in the foundation's voice.

Slugs are what Drupal's pathauto makes of the titles with transliteration off: å/ä/ö become a
hyphen, English filler words ("from", "the", "is", "of", "in", "that") are dropped, and a second
node with the same title gets "-0". `pair` names the other-language version of the story: `hreflang`
when it is a translation of the same Drupal node (same nid), `link` when the English post is a node
of its own that only links "Swedish version >>".

`dated`: "time" for news nodes whose submitted line carries <time datetime>; "body" for the older,
migrated articles whose only date is typed at the start of the body.
"""

ARTICLES = [
    {
        "key": "labb",
        "nid": 431,
        "lang": "sv",
        "title": "Nya labb i Hagastaden ger life science-bolagen plats att växa",
        "slug": "nya-labb-i-hagastaden-ger-life-science-bolagen-plats-att-v-xa",
        "created": "2025-05-20 10:00",
        "changed": "2025-05-22 08:41",
        "dated": "time",
        "tags": ["Hagastaden", "Life science"],
        "summary": "Under hösten öppnar nya flexibla laboratorier i Hagastaden. Stiftelsen Stockholm "
        "Science City har samlat fastighetsägare, akademi och bolag för att korta vägen från idé "
        "till labbänk.",
        "body": """
Under hösten öppnar 4&nbsp;000 kvadratmeter nya flexibla laboratorier i Hagastaden. Lokalerna
riktar sig till unga life science-bolag som har vuxit ur inkubatorn men ännu inte är redo att
teckna egna långa hyresavtal.

– Bristen på labbyta har länge varit den största flaskhalsen för bolagen här. Nu kan de stanna
kvar i klustret i stället för att flytta utomlands, säger Ylva Williams, vd för Stiftelsen
Stockholm Science City.

![/sites/default/files/inline-images/labb-hagastaden.jpg|De nya labben ligger ett stenkast från Karolinska Institutet. Foto: Stockholm Science City]

## Delade resurser sänker tröskeln

Bolagen hyr bänkar, skrivplatser och tid i gemensamma instrumentrum. I avtalet ingår bland annat:

- tillgång till cellodlingslabb och kylrum dygnet runt
- gemensam service för avfall, gaser och säkerhet
- rådgivning från <a href="https://ssci.se/sv/aktiviteter/hagastaden">nätverket i Hagastaden</a>

Satsningen är ett samarbete mellan fastighetsägare, Karolinska Institutet, KTH och Region
Stockholm. De första hyresgästerna flyttar in i oktober.

Intresserade bolag kan redan nu anmäla sig till en visning via stiftelsens kansli.
""",
    },
    {
        "key": "testbaddar",
        "nid": 424,
        "lang": "sv",
        "title": "Seminarium: så samverkar Stockholmsregionen kring testbäddar",
        "slug": "seminarium-s-samverkar-stockholmsregionen-kring-testb-ddar",
        "created": "2024-11-13 08:30",
        "changed": "2024-11-13 08:30",
        "dated": "time",
        "tags": ["Innovationsnoder", "Testbäddar"],
        "summary": "Stockholm Science City, Kista Science City och Södertälje Science Park bjuder in "
        "till ett gemensamt seminarium om regionens testbäddar.",
        "body": """
Stiftelsen Stockholm Science City arrangerar tillsammans med Kista Science City och Södertälje Science Park ett seminarium om regionens testbäddar.

Den 26 november samlas regionens innovationsnoder till seminariet ”Testbäddar som bär – så samverkar Stockholmsregionen” på Electrum i Kista. Bakom seminariet står Kista Science City, Södertälje Science Park och Stockholm Science City, som under året har byggt upp ett gemensamt nätverk för testbäddar inom elektronik, produktion och life science.

Under eftermiddagen berättar företag som har testat sina lösningar hos fler än en nod om vad samarbetet har gett, och forskare från KTH och Karolinska Institutet visar hur akademins labb kan öppnas för fler bolag. Region Stockholm presenterar den regionala utvecklingsstrategins nya satsning på testmiljöer.

## Nästa steg: en gemensam ingång

Seminariet avslutas med ett samtal mellan nodernas vd:ar om nästa steg: en gemensam ingång för bolag som söker en testbädd, oavsett var i regionen den finns. Målet är att ett bolag ska kunna ställa en fråga en gång och få svar från alla tre noderna.

Seminariet är kostnadsfritt och öppet för företag, forskare och offentliga aktörer. Anmälan görs senast den 19 november.

Från Hagastaden medverkar forskare och bolag från life science-klustret, som berättar om de nya labben för unga bolag.
""",
    },
    {
        "key": "studiebesok",
        "nid": 421,
        "lang": "sv",
        "title": "Studiebesök på Flemingsbergs campus stärker life science-nätverket",
        "slug": "studiebes-k-p-flemingsbergs-campus-st-rker-life-science-n-tverket",
        "created": "2024-09-18 10:00",
        "changed": "2024-09-18 10:00",
        "dated": "time",
        "tags": ["Life science", "Nätverk"],
        "summary": "Ett trettiotal bolag från Hagastaden besökte Flemingsbergs campus för att träffa "
        "forskare och vårdens innovatörer.",
        "body": """
Ett trettiotal bolag från Hagastaden besökte i veckan Flemingsbergs campus för att träffa forskare
från KI och innovatörer från universitetssjukhuset i Huddinge.

Dagen började med en rundvandring i de nya labben för cell- och genterapi och avslutades med
korta presentationer där bolagen berättade vad de söker för samarbeten.

– Avståndet mellan Hagastaden och Flemingsberg är kort, men vi möts för sällan. Nu har flera
bolag redan bokat uppföljande möten med forskargrupper från KI, säger en av deltagarna.

Nästa studiebesök går till Kista i vår.
""",
    },
    {
        "key": "flemingsberg",
        "nid": 418,
        "lang": "en",
        "title": "“In Flemingsberg, we cure diseases that were previously considered incurable”",
        "slug": "flemingsberg-we-cure-diseases-were-previously-considered-incurable",
        "created": "2024-10-08 09:30",
        "changed": "2024-10-08 14:02",
        "dated": "time",
        "tags": ["Innovation nodes", "Life science"],
        "summary": "In our series on the region’s innovation nodes, we visit Flemingsberg, where "
        "researchers, clinicians and companies work side by side on advanced therapies.",
        "body": """
In our series on the region’s innovation nodes, we visit Flemingsberg, where researchers,
clinicians and companies work side by side on advanced therapies. Hospital, university and
industry share one campus south of the city.

“What makes Flemingsberg special is how short the distance is between the lab and the patient.
A finding in the morning can be discussed with a clinician over lunch,” says Dr. Sara Nyqvist,
who leads a research group in cell therapy.

## From rare diseases to routine care

Several treatments developed on the campus are now in clinical trials. Some target diseases that
only a decade ago had no treatment at all &#8211; rare metabolic disorders and certain forms of
blood cancer among them.

> “We cure diseases that were previously considered incurable. That changes how young researchers
see their own work.”

Stockholm Science City and Flemingsberg Science cooperate on matchmaking events and on a shared
programme for international recruitment. The nodes complement each other: Hagastaden brings the
density of the inner city, Flemingsberg the space to grow.

Next in the series: Kista Science City and the meeting of ICT and life science.
""",
    },
    {
        "key": "christenson-sv",
        "nid": 402,
        "lang": "sv",
        "title": "Johan Christenson är stiftelsens nya styrelseordförande",
        "slug": "johan-christenson-r-stiftelsens-nya-styrelseordf-rande",
        "created": "2024-03-12 12:00",
        "changed": "2024-03-13 09:15",
        "dated": "time",
        "pair": ("christenson-en", "hreflang"),
        "tags": ["Stiftelsen"],
        "summary": "Johan Christenson har utsetts till ny ordförande i styrelsen för Stiftelsen "
        "Stockholm Science City.",
        "body": """
Johan Christenson har utsetts till ny ordförande i styrelsen för Stiftelsen Stockholm Science
City. Beslutet fattades av stiftelsens huvudmän 2024-03-12.

![/sites/default/files/inline-images/johan-christenson.jpg|Johan Christenson. Foto: Stockholm Science City]

Johan Christenson har lång erfarenhet av life science som läkare, forskare och investerare. Han
har byggt upp och lett flera bolag och har suttit i styrelser för både noterade och privata
företag.

– Hagastaden har alla förutsättningar att bli en av världens ledande platser för life science.
Jag ser fram emot att tillsammans med stiftelsens huvudmän och partner ta nästa steg, säger Johan
Christenson.

## Stiftelsens uppdrag

Stiftelsen Stockholm Science City verkar för att Hagastaden ska bli en levande stadsdel där
forskning, vård och företag möts. Huvudmän är Karolinska Institutet, KTH, Stockholms universitet,
Region Stockholm och Stockholms stad.

Johan Christenson efterträder den avgående ordföranden, som tackas varmt för sina år i styrelsen.
""",
    },
    {
        "key": "christenson-en",
        "nid": 402,
        "lang": "en",
        "title": "Johan Christenson is the Foundation's new Chairman of the Board",
        "slug": "johan-christenson-foundations-new-chairman-board",
        "created": "2024-03-12 12:00",
        "changed": "2024-03-13 09:20",
        "dated": "time",
        "pair": ("christenson-sv", "hreflang"),
        "tags": ["The Foundation"],
        "summary": "Johan Christenson has been appointed Chairman of the Board of the Stockholm "
        "Science City Foundation.",
        "body": """
Johan Christenson has been appointed Chairman of the Board of the Stockholm Science City
Foundation. The decision was taken by the Foundation’s principals on March 12, 2024.

![/sites/default/files/inline-images/johan-christenson.jpg|Johan Christenson. Photo: Stockholm Science City]

Johan Christenson has long experience of life science as a physician, researcher and investor. He
has founded and led several companies and has served on the boards of listed and private
companies alike.

“Hagastaden has every opportunity to become one of the world’s leading places for life science. I
look forward to taking the next step together with the Foundation’s principals and partners,”
says Johan Christenson.

## The Foundation’s mission

The Stockholm Science City Foundation works to make Hagastaden a vibrant district where research,
healthcare and business meet. Its principals are Karolinska Institutet, KTH, Stockholm University,
Region Stockholm and the City of Stockholm.

Johan Christenson succeeds the outgoing chair, whom we warmly thank for the years on the board.
""",
    },
    {
        "key": "barkarby",
        "nid": 377,
        "lang": "sv",
        "title": "Barkarby Science bidrar till ett mer hållbart samhälle",
        "slug": "barkarby-science-bidrar-till-ett-mer-h-llbart-samh-lle",
        "created": "2023-11-15 08:45",
        "changed": "2023-11-15 08:45",
        "dated": "time",
        "tags": ["Innovationsnoder", "Hållbarhet"],
        "summary": "I vår serie om regionens innovationsnoder har turen kommit till Barkarby "
        "Science i Järfälla, där hållbar stadsutveckling och testbäddar står i centrum.",
        "body": """
I vår serie om regionens innovationsnoder har turen kommit till Barkarby Science i Järfälla. Här
växer Barkarbystaden fram, och med den en ny nod för hållbar stadsutveckling.

Vad gör Barkarby Science?

– Vi samlar kommunen, fastighetsägare, akademi och företag kring en gemensam idé: att en ny
stadsdel kan vara en testbädd för framtidens lösningar. Det handlar om energi, mobilitet och
cirkulärt byggande, berättar Barkarby Sciences vd.

## Testbäddar mitt i staden

I Veddesta och Barkarbystaden prövas bland annat:

- lokala energisystem där byggnader delar överskottsvärme
- nya sätt att samla in och återbruka byggmaterial
- smarta laddlösningar i anslutning till tunnelbanan

Samarbetet med KTH är en viktig del. Studenter och forskare använder stadsdelen som ett levande
laboratorium, och företagen får snabb återkoppling på sina idéer.

> – En innovationsnod ska vara en plats där det är lätt att pröva och lätt att misslyckas i liten
skala, innan man gör det stort.

Hur ser samarbetet med de andra noderna ut?

– Vi kompletterar varandra. Hagastaden har life science, Kista har ICT och vi har
stadsbyggandet. Tillsammans blir regionen starkare.
""",
    },
    {
        "key": "summer-2023-sv",
        "nid": 355,
        "lang": "sv",
        "title": "Sommarhälsning från Stockholm Science City",
        "slug": "sommarh-lsning-fr-n-stockholm-science-city",
        "created": "2023-06-21 15:00",
        "changed": "2023-06-21 15:30",
        "dated": "time",
        "pair": ("summer-2023-en", "hreflang"),
        "tags": [],
        "summary": "Ett intensivt vårhalvår går mot sitt slut. Vår vd Ylva Williams summerar "
        "terminen och önskar alla en skön sommar.",
        "body": """
Ett intensivt vårhalvår går mot sitt slut, och det är dags att se tillbaka på allt vi har gjort
tillsammans i Hagastaden.

Under våren har vi arrangerat tolv mötesplatser med över 1&nbsp;200 deltagare. Vi har välkomnat
nya bolag till området och fördjupat samarbetet med de andra innovationsnoderna i regionen.

## Till hösten

Efter sommaren fortsätter vi arbetet med Life Science-klustrets nya strategi, och vi bjuder in
till Hagastadens dag i september.

Tack för ett fantastiskt halvår. Vi önskar er alla en skön och vilsam sommar!

Ylva Williams, vd
""",
    },
    {
        "key": "summer-2023-en",
        "nid": 355,
        "lang": "en",
        "title": "Summer greeting from our CEO",
        "slug": "summer-greeting-our-ceo-0",
        "created": "2023-06-21 15:00",
        "changed": "2023-06-21 15:40",
        "dated": "time",
        "pair": ("summer-2023-sv", "hreflang"),
        "tags": [],
        "summary": "An intense spring term is coming to an end. Our CEO Ylva Williams looks back "
        "on the term and wishes everyone a lovely summer.",
        "body": """
An intense spring term is coming to an end, and it is time to look back on everything we have
done together in Hagastaden.

This spring we hosted twelve meeting places with more than 1,200 participants. We welcomed new
companies to the district and deepened our cooperation with the other innovation nodes in the
region.

## This autumn

After the summer we continue the work on the life science cluster’s new strategy, and we invite
you to Hagastaden Day in September.

Thank you for a fantastic spring. We wish you all a relaxing summer!

Ylva Williams, CEO
""",
    },
    {
        "key": "summer-2022",
        "nid": 301,
        "lang": "en",
        "title": "Summer greeting from our CEO",
        "slug": "summer-greeting-our-ceo",
        "created": "2022-06-22 11:00",
        "changed": "2022-06-22 11:00",
        "dated": "body",
        "tags": [],
        "summary": "Hagastaden is filling up with people again. Our CEO looks back on a spring of "
        "reunions and new collaborations.",
        "body": """
<strong>June 22, 2022</strong> &#8211; Hagastaden is filling up with people again. After two years
of digital meetings, this spring has been one of reunions.

We have welcomed researchers, entrepreneurs and students back to our breakfast seminars, and the
Science Week seminar on the region’s innovation nodes drew a full house.

Many of you have asked how Stockholm can keep its place among Europe’s most innovative regions.
Our answer is cooperation: between the nodes, between academia and industry, and between the
region and the city.

Have a wonderful summer &#8211; see you in August!

Ylva Williams, CEO
""",
    },
    {
        "key": "innovationsnoder",
        "nid": 288,
        "lang": "sv",
        "title": "Starkt samarbete mellan regionens innovationsnoder",
        "slug": "starkt-samarbete-mellan-regionens-innovationsnoder",
        "created": "2022-02-15 14:00",
        "changed": "2022-02-16 10:05",
        "dated": "body",
        "tags": [],
        "summary": "Regionens innovationsnoder är viktiga plattformar för samverkan. Under Science "
        "Week diskuterades hur samarbetet mellan noderna kan stärkas.",
        "body": """
<strong>2022-02-15</strong> Regionens innovationsnoder är viktiga plattformar för samverkan. Under
årets Science Week arrangerade Barkarby Science, Flemingsberg Science, Kista Science City,
Södertälje Science Park och Stockholm Science City ett gemensamt seminarium.

Noderna har olika styrkor och olika geografiska ansvarsområden. Det är ingen svaghet, tvärtom,
menade Ylva Williams, vd för Stiftelsen Stockholm Science City.

## Behov av långsiktiga resurser

Flera deltagare lyfte att samarbetet mellan noderna behöver mer stöd för att kunna växa. Bland
förslagen fanns:

- gemensamma program för internationell rekrytering
- delade testbäddar mellan noderna
- en samlad ingång för företag som söker samarbetspartner

Seminariet finns att se i efterhand på Science Weeks webbplats.
""",
    },
    {
        "key": "lifetech-sv",
        "nid": 240,
        "lang": "sv",
        "title": "Stockholm Life Tech öppnar vården för små företag",
        "slug": "stockholm-life-tech-ppnar-v-rden-f-r-sm-f-retag",
        "created": "2021-09-30 09:00",
        "changed": "2021-09-30 09:00",
        "dated": "body",
        "pair": ("lifetech-en", "link"),
        "tags": [],
        "summary": "Projektet Stockholm Life Tech hjälper små och medelstora företag att testa sina "
        "lösningar tillsammans med vården.",
        "body": """
<strong>2021-09-30</strong> Projektet Stockholm Life Tech hjälper små och medelstora företag att
testa sina lösningar tillsammans med vården. Nu söker projektet fler bolag till hösten.

Stockholm Life Tech drivs av Region Stockholm med stöd från Europeiska regionala
utvecklingsfonden. Stockholm Science City, Flemingsberg Science och Kista Science City är
partner.

Företagen får hjälp med behovsanalys, kontakter med kliniker och tillgång till testmiljöer. Målet
är att fler innovationer ska nå patienterna snabbare.

Läs mer och anmäl intresse på <a href="https://ssci.se/sv/aktiviteter/hagastaden">vår sida om
Hagastaden</a>.
""",
    },
    {
        "key": "lifetech-en",
        "nid": 241,
        "lang": "en",
        "title": "Stockholm Life Tech opens the door to healthcare for small companies",
        "slug": "stockholm-life-tech-opens-door-healthcare-small-companies",
        "created": "2021-09-30 09:10",
        "changed": "2021-09-30 09:10",
        "dated": "body",
        "pair": ("lifetech-sv", "link"),
        "tags": [],
        "summary": "The Stockholm Life Tech project helps small and medium-sized companies test "
        "their solutions together with healthcare providers.",
        "body": """
<strong>September 30, 2021</strong> &#8211; The Stockholm Life Tech project helps small and
medium-sized companies test their solutions together with healthcare providers. The project is
now looking for more companies this autumn.

Stockholm Life Tech is run by Region Stockholm with support from the European Regional
Development Fund. Stockholm Science City, Flemingsberg Science and Kista Science City are
partners.

Companies get help with needs analysis, contacts with clinicians and access to test
environments. The aim is for more innovations to reach patients sooner.
""",
    },
    {
        "key": "jul-sv",
        "nid": 198,
        "lang": "sv",
        "title": "God jul och gott nytt år från Stockholm Science City",
        "slug": "god-jul-och-gott-nytt-r-fr-n-stockholm-science-city",
        "created": "2020-12-18 10:00",
        "changed": "2020-12-18 10:00",
        "dated": "body",
        "pair": ("jul-en", "link"),
        "tags": [],
        "summary": "Ett år som inget annat går mot sitt slut. Vi tackar alla partner och vänner i "
        "Hagastaden för ett gott samarbete.",
        "body": """
<strong>2020-12-18</strong> Ett år som inget annat går mot sitt slut. Pandemin har ställt allt
på ända, och samtidigt har life science-sektorn aldrig varit viktigare.

Vi har flyttat våra mötesplatser till nätet och sett hur forskare, vård och företag i Hagastaden
har ställt om på rekordtid.

I stället för julkort skänker stiftelsen i år ett bidrag till Stockholms Stadsmission.

Vi önskar er alla en fridfull jul och ett gott nytt år!
""",
    },
    {
        "key": "jul-en",
        "nid": 199,
        "lang": "en",
        "title": "Season's Greetings from Stockholm Science City",
        "slug": "seasons-greetings-stockholm-science-city",
        "created": "2020-12-18 10:20",
        "changed": "2020-12-18 10:20",
        "dated": "body",
        "pair": ("jul-sv", "link"),
        "tags": [],
        "summary": "A year like no other is coming to an end. We thank all our partners and "
        "friends in Hagastaden for the good cooperation.",
        "body": """
<strong>December 18, 2020</strong> &#8211; A year like no other is coming to an end. The
pandemic has turned everything upside down, and at the same time the life science sector has
never been more important.

We moved our meeting places online and saw researchers, healthcare and companies in Hagastaden
adapt in record time.

Instead of Christmas cards, the Foundation makes a donation to the Stockholm City Mission this
year.

We wish you all a peaceful holiday season and a happy New Year!
""",
    },
    {
        "key": "hagastaden",
        "nid": 121,
        "lang": "sv",
        "title": "Hagastaden tar form – ett nytt kvarter för life science",
        "slug": "hagastaden-tar-form-ett-nytt-kvarter-f-r-life-science",
        "created": "2019-04-10 13:30",
        "changed": "2019-04-11 08:00",
        "dated": "body",
        "tags": [],
        "summary": "Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram. Här ska "
        "forskning, vård, företag och bostäder mötas.",
        "body": """
<strong>2019-04-10</strong> Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram.
När Hagastaden står klar ska 6&nbsp;000 bostäder och 50&nbsp;000 arbetsplatser rymmas här.

Nya Karolinska Solna, Biomedicum och forskningsanläggningar inom Karolinska Institutet och KTH
utgör redan en unik koncentration av life science.

## Mer än forskning

Stiftelsen Stockholm Science City vill att Hagastaden ska bli en levande stadsdel med caféer,
parker och kultur &#8211; en plats där människor vill vara även efter arbetsdagen.

> Hagastaden ska vara en stadsdel där det är lika naturligt att gå på bio som att besöka ett labb.

Under 2019 startar arbetet med överdäckningen av Norrtull, och Hagaparken knyts samman med
staden.
""",
    },
]

# Events in the sidebar calendar block: not news, so their titles must never be stored.
EVENTS = {
    "sv": [
        ("Frukostseminarium: Framtidens labbmiljöer", "/sv/kalendarium/frukostseminarium"),
        ("Hagastadens dag 2025", "/sv/kalendarium/hagastadens-dag-2025"),
    ],
    "en": [
        ("Breakfast seminar: Labs of the future", "/en/calendar/breakfast-seminar"),
        ("Hagastaden Day 2025", "/en/calendar/hagastaden-day-2025"),
    ],
}

STATIC_PAGES = [
    ("sv", "/sv/om-stockholm-science-city", "Om Stockholm Science City", "2023-01-20 10:00"),
    (
        "en",
        "/en/about-stockholm-science-city-foundation",
        "About Stockholm Science City Foundation",
        "2023-01-20 10:05",
    ),
    ("sv", "/sv/aktiviteter/hagastaden", "Hagastaden", "2022-11-02 16:20"),
    ("en", "/en/activities/hagastaden", "Hagastaden", "2022-11-02 16:25"),
]
