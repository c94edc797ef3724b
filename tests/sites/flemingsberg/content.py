"""Flemingsberg Science (flemingsbergscience.se): site settings, posts and pages of the mirror.

The English 2022-02-15 article is the real one from the project's example page; the rest is written
for the mirror in the foundation's voice. Titles and bodies hold HTML as WordPress prints it
(wptexturize entities such as &#8217; and &#8211;).
"""

from __future__ import annotations

from avada import Category, Page, Post, Site

BASE = "https://flemingsbergscience.se"
CAMPUS = "https://campusflemingsberg.se"
HUBS_EN = f"{BASE}/en/2023/03/14/stockholm-innovation-hubs-build-knowledge-and-attractiveness"
HUBS_SV_CAMPUS = f"{CAMPUS}/sv/2023/03/15/stockholms-innovationsarenor-samlar-kunskap-och-bygger-attraktionskraft/"

SITE = Site(
    name="Flemingsberg Science",
    base=BASE,
    tagline="Stiftelsen Flemingsberg Science – en nod för innovation i Stockholmsregionen",
    logo_alt="Flemingsberg Science Logo",
    footer_logo="CF_logo_neg",
    categories={
        "sv": Category(3, "news-eng", "Nyheter"),
        "en": Category(5, "news", "News"),
    },
    menus={
        "sv": [
            ("Om oss", f"{BASE}/sv/om-oss/"),
            ("Nyheter", f"{BASE}/sv/category/news-eng/"),
            ("Så utvecklas Campus Flemingsberg", f"{BASE}/sv/sa-utvecklas-campus-flemingsberg/"),
            ("10 år", f"{BASE}/sv/10years/"),
            ("Nyhetsbrev", "/sv/nyhetsbrev/"),
        ],
        "en": [
            ("About us", f"{BASE}/en/about-us/"),
            ("News", f"{BASE}/en/category/news/"),
            ("Campus development", f"{BASE}/en/campus-development/"),
            ("Stockholm Life Tech", f"{BASE}/en/stockholm-life-tech-2/"),
            ("10 years", f"{BASE}/en/10-years/"),
            ("Newsletter", "/en/newsletter/"),
        ],
    },
    home={"sv": f"{BASE}/", "en": f"{BASE}/en/start_en/"},
    newsletter={
        "sv": ("Vill du veta mer?", "Prenumerera på vårt nyhetsbrev.", f"{BASE}/sv/nyhetsbrev/"),
        "en": (
            "Do you want to know more?",
            "Subscribe to our newsletter.",
            f"{BASE}/en/newsletter/",
        ),
    },
    cookie={
        "sv": "Vi använder cookies för att ge dig en bättre upplevelse av vår webbplats. "
        "Genom att fortsätta godkänner du att vi använder cookies.",
        "en": "We use cookies to give you a better experience of our website. "
        "By continuing to browse you agree to our use of cookies.",
    },
    footer_about={
        "sv": "Stiftelsen Flemingsberg Science<br />Flemingsberg, Huddinge<br />"
        '<a href="mailto:info@flemingsbergscience.se">info@flemingsbergscience.se</a>',
        "en": "The Flemingsberg Science Foundation<br />Flemingsberg, Huddinge, Sweden<br />"
        '<a href="mailto:info@flemingsbergscience.se">info@flemingsbergscience.se</a>',
    },
    copyright="© Copyright 2012 - 2025 | Stiftelsen Flemingsberg Science",
    per_page=4,
    author_ids={"Maria Lindqvist": 4, "Erik Sandberg": 6, "Anna Holm": 2},
)

NEWS_EN = f"{BASE}/en/category/news/"

POSTS = [
    # ------------------------------------------------------------------ 2025
    Post(
        id=4523,
        lang="en",
        date="2025-10-14T09:15:00",
        modified="2025-10-14T10:02:41",
        slug="the-flemingsberg-science-foundation-welcomes-angela-hoyer",
        title="The Flemingsberg Science Foundation welcomes Angela Hoyer as the new Networks and Event Manager",
        excerpt="A researcher by training, our new Networks and Event Manager wants Flemingsberg to be "
        "the place where life science collaborations start.",
        description="Angela Hoyer joins the Flemingsberg Science Foundation as Networks and Event "
        "Manager, with a background in research at Karolinska Institutet.",
        author="Maria Lindqvist",
        tags=("Life science", "Network"),
        group="hoyer",
        newsletter_in_body=True,
        blocks=(
            "With a background as a researcher at Karolinska Institutet and experience from academia, "
            "industry, and networking, Angela Hoyer, the new Networks and Event Manager at the "
            "Flemingsberg Science Foundation, is passionate about developing the life science sector.",
            "In her new role, Angela looks forward to creating meeting places where collaborations can "
            "grow, while also contributing to Flemingsberg&#8217;s continued development as a strong "
            "international hub for research and innovation.",
            "## Meeting places that make a difference",
            "Angela will be responsible for the foundation&#8217;s network meetings, breakfast seminars "
            "and study visits, and for our presence at events such as Almedalen Week and Science Week.",
            "> &#8220;Flemingsberg has everything it takes: the university hospital, world-class "
            "research and companies that want to grow. My job is to make sure these people actually "
            "meet,&#8221; says Angela Hoyer.",
            "Angela started on 1&nbsp;October and can be reached through the foundation&#8217;s "
            "regular contact details.",
        ),
    ),
    Post(
        id=4521,
        lang="sv",
        date="2025-10-14T09:12:00",
        modified="2025-10-14T09:58:07",
        slug="stiftelsen-flemingsberg-science-valkomnar-angela-hoyer",
        title="Stiftelsen Flemingsberg Science välkomnar Angela Hoyer som ny nätverks- och eventansvarig",
        excerpt="Forskare i grunden – nu ska vår nya nätverks- och eventansvariga göra Flemingsberg "
        "till platsen där samarbeten inom life science börjar.",
        description="Angela Hoyer blir ny nätverks- och eventansvarig på Stiftelsen Flemingsberg "
        "Science, med bakgrund som forskare vid Karolinska Institutet.",
        author="Maria Lindqvist",
        tags=("Life science", "Nätverk"),
        group="hoyer",
        blocks=(
            "Med en bakgrund som forskare vid Karolinska Institutet och erfarenhet från akademi, "
            "näringsliv och nätverksarbete brinner Angela Hoyer, ny nätverks- och eventansvarig på "
            "Stiftelsen Flemingsberg Science, för att utveckla life science-sektorn.",
            "I sin nya roll vill Angela skapa mötesplatser där samarbeten kan växa, och samtidigt bidra "
            "till att Flemingsberg fortsätter att utvecklas som en stark internationell nod för "
            "forskning och innovation.",
            "## Mötesplatser som gör skillnad",
            "Angela ansvarar för stiftelsens nätverksträffar, frukostseminarier och studiebesök, och "
            "för vår närvaro på bland annat Almedalsveckan och Science Week.",
            "> &#8221;Flemingsberg har allt som behövs: universitetssjukhuset, forskning i världsklass "
            "och företag som vill växa. Mitt jobb är att se till att människorna faktiskt "
            "möts&#8221;, säger Angela Hoyer.",
            "Angela började den 1&nbsp;oktober och nås via stiftelsens vanliga kontaktuppgifter.",
        ),
    ),
    Post(
        id=4492,
        lang="en",
        date="2025-09-26T08:30:00",
        modified="2025-09-29T13:44:20",
        slug="a-national-resource-for-tomorrows-treatments-karolinska-atmp-center-is-now-inaugurated",
        title="A national resource for tomorrow&#8217;s treatments &#8211; Karolinska ATMP Center is "
        "now inaugurated",
        excerpt="Production of advanced therapies moves closer to the patient as the new centre in "
        "Flemingsberg opens its doors.",
        description="The Karolinska ATMP Center in Flemingsberg, a national resource for the "
        "production of advanced therapies, was inaugurated at the end of August.",
        author="Erik Sandberg",
        tags=("ATMP", "Life science"),
        group="atmp",
        image="ATMP",
        newsletter_in_body=True,
        blocks=(
            "With a clear message of hope for the future and a powerful spirit of collaboration, the "
            "Karolinska ATMP Center in Flemingsberg was inaugurated at the end of August.",
            "The center is a collaboration between Karolinska Institutet and Karolinska University "
            "Hospital and will serve as a national resource for the production of advanced therapies "
            "(ATMPs), where research, clinical trials, and treatments work seamlessly together.",
            "!img atmp-invigning|Invigningen",
            "## What are ATMPs?",
            "Advanced therapy medicinal products are medicines based on genes, cells or tissue. They "
            "open up new ways of treating diseases that were previously considered incurable:",
            "- gene therapies that correct or replace faulty genes,",
            "- cell therapies such as CAR-T, where the patient&#8217;s own immune cells are "
            "reprogrammed,",
            "- tissue-engineered products that repair damaged tissue.",
            "The new facility offers around 2&nbsp;000 square metres of clean rooms and laboratories, "
            "and gives academic research groups and companies access to production under GMP.",
            "For Flemingsberg, the centre strengthens the area&#8217;s role as one of Sweden&#8217;s "
            "leading places for clinical research &amp; innovation in life science.",
        ),
    ),
    Post(
        id=4490,
        lang="sv",
        date="2025-09-26T08:25:00",
        modified="2025-09-29T13:40:02",
        slug="en-nationell-resurs-for-morgondagens-behandlingar-nu-ar-karolinska-atmp-centrum-invigt",
        title="En nationell resurs för morgondagens behandlingar &#8211; nu är Karolinska ATMP "
        "Centrum invigt",
        excerpt="Tillverkningen av avancerade terapier flyttar närmare patienten när det nya "
        "centrumet i Flemingsberg öppnar.",
        description="Karolinska ATMP Centrum i Flemingsberg, en nationell resurs för tillverkning av "
        "avancerade terapier, invigdes i slutet av augusti.",
        author="Erik Sandberg",
        tags=("ATMP", "Life science"),
        group="atmp",
        image="ATMP",
        newsletter_in_body=True,
        blocks=(
            "Med ett tydligt budskap om framtidstro och en stark samarbetsanda invigdes Karolinska ATMP "
            "Centrum i Flemingsberg i slutet av augusti.",
            "Centrumet är ett samarbete mellan Karolinska Institutet och Karolinska "
            "Universitetssjukhuset och blir en nationell resurs för tillverkning av avancerade "
            "terapier (ATMP), där forskning, kliniska studier och behandling hänger ihop.",
            "!img atmp-invigning|Invigningen",
            "## Vad är ATMP?",
            "Läkemedel för avancerad terapi bygger på gener, celler eller vävnad. De öppnar för nya "
            "sätt att behandla sjukdomar som tidigare ansetts obotliga:",
            "- genterapier som rättar till eller ersätter felaktiga gener,",
            "- cellterapier som CAR-T, där patientens egna immunceller programmeras om,",
            "- vävnadsteknikprodukter som reparerar skadad vävnad.",
            "Den nya anläggningen har omkring 2&nbsp;000 kvadratmeter renrum och laboratorier och ger "
            "akademiska forskargrupper och företag tillgång till tillverkning enligt GMP.",
            "För Flemingsberg stärker centrumet områdets roll som en av Sveriges ledande platser för "
            "klinisk forskning &amp; innovation inom life science.",
        ),
    ),
    Post(
        id=4482,
        lang="en",
        date="2025-09-25T14:05:00",
        modified="2025-09-25T14:05:00",
        slug="moten-som-bygger-framtiden-flemingsberg-science-pa-almedalen",
        title="Meetings That Shape the Future: Flemingsberg Science at Almedalen",
        excerpt="Two days, four seminars and one message: life science in Flemingsberg is ready "
        "to grow.",
        description="Flemingsberg Science took part in Almedalen Week with a special focus on life "
        "science.",
        author="Maria Lindqvist",
        tags=("Almedalen", "Life science"),
        group="almedalen-2025",
        blocks=(
            "In June this year, the foundation took part in the annual Almedalen Week, the world&#8217;s "
            "largest democratic meeting place for everyone who wants to join the discussions on current "
            "societal issues.",
            "This year, we had a special focus on Life Science, an area and cluster that has long been a "
            "natural part of Flemingsberg, and which is now growing stronger than ever.",
            "!img almedalen-2025|Almedalen",
            "Together with partners from the region we hosted seminars on clinical research, on "
            "attracting international talent and on how new housing and better transport can support "
            "a growing science city.",
            "The discussions continue in Stockholm this autumn. Read more about "
            f'<a href="{HUBS_EN}">how the region&#8217;s innovation hubs work together</a>.',
        ),
    ),
    Post(
        id=4480,
        lang="sv",
        date="2025-09-25T14:00:00",
        modified="2025-09-25T14:00:00",
        slug="moten-som-bygger-framtiden-flemingsberg-science-pa-almedalen-2",
        title="Möten som bygger framtiden &#8211; Flemingsberg Science på Almedalen",
        excerpt="Två dagar, fyra seminarier och ett budskap: life science i Flemingsberg är redo "
        "att växa.",
        description="Flemingsberg Science deltog i Almedalsveckan med särskilt fokus på life science.",
        author="Maria Lindqvist",
        tags=("Almedalen", "Life science"),
        group="almedalen-2025",
        blocks=(
            "I juni deltog stiftelsen i Almedalsveckan, världens största demokratiska mötesplats för "
            "alla som vill vara med och diskutera aktuella samhällsfrågor.",
            "I år hade vi särskilt fokus på life science, ett område och ett kluster som länge varit en "
            "naturlig del av Flemingsberg och som nu växer sig starkare än någonsin.",
            "!img almedalen-2025|Almedalen",
            "Tillsammans med partner från regionen arrangerade vi seminarier om klinisk forskning, om "
            "att locka internationell kompetens och om hur nya bostäder och bättre kommunikationer kan "
            "bära en växande kunskapsstad.",
            "Samtalen fortsätter i Stockholm i höst.",
        ),
    ),
    # ------------------------------------------------------------------ 2024
    Post(
        id=3917,
        lang="en",
        date="2024-07-02T11:20:00",
        modified="2024-07-03T08:12:45",
        slug="stiftelsen-flemingsberg-science-pa-almedalsveckan",
        title="The Flemingsberg Science Foundation at Almedalen Week",
        excerpt="Visby in early July: this is where we spent the week talking about the future of "
        "Flemingsberg.",
        description="The Flemingsberg Science Foundation took part in Almedalen Week 2024 with two "
        "seminars on life science and urban development.",
        author="Erik Sandberg",
        tags=("Almedalen",),
        group="almedalen-2024",
        image="almedalen",
        blocks=(
            "For the third year in a row, the Flemingsberg Science Foundation travelled to Visby for "
            "Almedalen Week, together with partners from academia, the region and the business "
            "community.",
            "## Two seminars",
            "On Monday we discussed how Sweden can keep its clinical trials at home, and on Tuesday how "
            "Flemingsberg can grow into a complete city district with 10&nbsp;000 new homes.",
            "Both seminars were full and the discussions continued long after the panels had finished.",
            "Recordings of the seminars will be published on our website after the summer.",
        ),
    ),
    Post(
        id=3915,
        lang="sv",
        date="2024-07-02T11:15:00",
        modified="2024-07-02T16:30:12",
        slug="flemingsberg-science-pa-almedalsveckan-2024",
        title="Stiftelsen Flemingsberg Science på Almedalsveckan",
        excerpt="Visby i början av juli: här ägnade vi veckan åt samtal om Flemingsbergs framtid.",
        description="Stiftelsen Flemingsberg Science deltog i Almedalsveckan 2024 med två seminarier "
        "om life science och stadsutveckling.",
        author="Erik Sandberg",
        tags=("Almedalen",),
        group="almedalen-2024",
        image="almedalen",
        newsletter_in_body=True,
        blocks=(
            "För tredje året i rad reste Stiftelsen Flemingsberg Science till Visby och Almedalsveckan, "
            "tillsammans med partner från akademin, regionen och näringslivet.",
            "## Två seminarier",
            "På måndagen diskuterade vi hur Sverige kan behålla de kliniska studierna i landet, och på "
            "tisdagen hur Flemingsberg kan växa till en hel stadsdel med 10&nbsp;000 nya bostäder.",
            "Båda seminarierna var fullsatta och samtalen fortsatte långt efter att panelerna avslutats.",
            "Inspelningar från seminarierna publiceras på vår webbplats efter sommaren.",
        ),
    ),
    # ------------------------------------------------------------------ 2023
    Post(
        id=3302,
        lang="en",
        date="2023-03-14T13:40:00",
        modified="2023-03-16T09:05:31",
        slug="stockholm-innovation-hubs-build-knowledge-and-attractiveness",
        title="Stockholm innovation hubs build knowledge and attractiveness",
        excerpt="What do Kista, Flemingsberg and Hagastaden have in common? More than you might "
        "think.",
        description="The innovation hubs of the Stockholm region gather knowledge and make the "
        "region more attractive for companies, researchers and students.",
        author="Maria Lindqvist",
        tags=("Innovation nodes",),
        cross={"sv": HUBS_SV_CAMPUS},
        blocks=(
            "The Stockholm region&#8217;s innovation hubs gather universities, hospitals, companies and "
            "public actors in one place. That concentration of knowledge is what makes them attractive.",
            "At a joint meeting in March, representatives of the hubs compared notes on how they work "
            "with their host municipalities and with Region Stockholm.",
            "## Different profiles, shared goals",
            "Each hub has its own profile: ICT in Kista, life science in Hagastaden and Flemingsberg, "
            "sustainable production in Södertälje and urban development in Barkarby. The goals are "
            "shared: more jobs, more research and a stronger region.",
            "The hubs agreed to meet twice a year and to run at least one joint activity during "
            "Science Week.",
        ),
    ),
    Post(
        id=3240,
        lang="en",
        date="2023-01-09T10:00:00",
        modified="2023-01-09T15:27:03",
        slug="touchdown-novum-labs-for-hydromars",
        title="Touchdown Novum Labs for Hydromars!",
        excerpt="A young start-up finds its lab bench in Novum, a few steps from the university "
        "hospital.",
        description="The start-up Hydromars has moved into Novum Labs in Flemingsberg.",
        author="Erik Sandberg",
        tags=("Novum", "Start-ups"),
        image="novum",
        blocks=(
            "The start-up Hydromars has moved into Novum Labs, the flexible laboratory and office "
            "environment in the Novum building in Flemingsberg.",
            "The company develops water-based growth systems for cell cultures and needed a lab close "
            "to researchers and clinics.",
            "> &#8220;We needed a lab next door to the people who will use our product. In Novum we "
            "found it,&#8221; says the company&#8217;s co-founder.",
            "Novum Labs offers shared laboratories, office space and a community of more than fifty "
            "companies and research groups.",
        ),
    ),
    # ------------------------------------------------------------------ 2022
    Post(
        id=2877,
        lang="en",
        date="2022-02-15T16:02:11",
        modified="2022-02-15T16:11:13",
        slug="strong-co-operation-between-the-regions-innovation-nodes",
        title="Strong co-operation between the region&#8217;s innovation nodes",
        excerpt="Five innovation nodes, one seminar: why the region needs its nodes to work "
        "together.",
        description="The innovation nodes in the Stockholm region are key platforms for "
        "collaboration. Additional resources are now needed to strengthen inter-nodal co-operation.",
        author="Maria Lindqvist",
        tags=("Innovation nodes", "Science Week"),
        group="nodes-2022",
        blocks=(
            "The innovation nodes in the Stockholm region are key platforms for collaboration that "
            "bridge gaps in innovation ecosystems. Additional resources are now needed to strengthen "
            "inter-nodal co-operation.",
            "During this year&#8217;s edition of Science Week, Flemingsberg Science participated as "
            "one of the organizers of the seminar entitled: &#8220;How can an integrated innovation "
            "ecosystem contribute to sustainable growth?&#8221;. Other organizers included Barkarby "
            "Science, Flemingsberg Science, Kista Science City, Södertälje Science Park and Stockholm "
            "Science City.",
            "Watch the seminar:",
            "!video 4k2aTJ9nQ1c",
            "Discussions touched on a number of topics, including the fact that the region&#8217;s "
            "various innovation nodes all have different specialties and different geographical "
            "areas of responsibility. However, these differences are not weaknesses; rather, they "
            "contribute to the nodes&#8217; ability to complement each other, said Ylva Williams, "
            "Stockholm Science City Foundation CEO.",
            "Together, nodes and innovation eco-landscapes have contributed to Stockholm&#8217;s top "
            "rankings as one of the most innovative cities in Europe, with a very strong start-up "
            "scene.",
            "One of the challenges for the future is to further strengthen support for co-operation "
            "between nodes, several participants said.",
            "Gustav Hemming, chair for Growth, Regional Planning and the Archipelago, highlighted work "
            "being done on Stockholm&#8217;s business and growth strategy. Several strengths of the "
            "strategy have been identified and action plans are now being formulated for further "
            "development. Innovation nodes will be a key aspect in developing the region, Hemming "
            "said.",
            "Concrete examples of successful node projects that were highlighted included Kista "
            "Science City&#8217;s initiative to create an innovation hub for autonomous vehicles. And "
            "the Digital Health Days event that brought together technology companies in the area "
            "between ICT and life science to create new collaborations and share experiences with "
            "each other.",
            "Innovation is necessary for more sustainable growth, well-functioning healthcare, "
            "elderly care, and public transport, said Amelie Tarschys Ingre, chair of the Innovation "
            "and Development Committee. So, continued good co-operation between nodes is very "
            "important.",
            '<a href="https://www.scienceweek.se/">More information about the seminar.</a>',
        ),
    ),
    Post(
        id=2879,
        lang="sv",
        date="2022-02-15T16:05:40",
        modified="2022-02-16T08:21:09",
        slug="starkt-samarbete-mellan-regionens-innovationsnoder",
        title="Starkt samarbete mellan regionens innovationsnoder",
        excerpt="Fem innovationsnoder, ett seminarium: därför behöver regionens noder arbeta "
        "tillsammans.",
        description="Innovationsnoderna i Stockholmsregionen är viktiga plattformar för samverkan. "
        "Nu behövs mer resurser för att stärka samarbetet mellan noderna.",
        author="Maria Lindqvist",
        tags=("Innovationsnoder", "Science Week"),
        group="nodes-2022",
        blocks=(
            "Innovationsnoderna i Stockholmsregionen är viktiga plattformar för samverkan som knyter "
            "ihop regionens innovationsekosystem. Nu behövs mer resurser för att stärka samarbetet "
            "mellan noderna.",
            "Under årets Science Week var Flemingsberg Science en av arrangörerna av seminariet "
            "&#8221;Hur kan ett sammanhållet innovationsekosystem bidra till hållbar tillväxt?&#8221;. "
            "Övriga arrangörer var Barkarby Science, Kista Science City, Södertälje Science Park och "
            "Stockholm Science City.",
            "Se seminariet:",
            "!video 4k2aTJ9nQ1c",
            "Samtalet handlade bland annat om att noderna har olika specialiteter och olika geografiska "
            "ansvarsområden. Skillnaderna är ingen svaghet, tvärtom gör de att noderna kompletterar "
            "varandra.",
            "Tillsammans har noderna och deras innovationsmiljöer bidragit till att Stockholm rankas "
            "som en av Europas mest innovativa städer, med en mycket stark startup-scen.",
            "En av framtidens utmaningar är att ytterligare stärka stödet för samarbete mellan "
            "noderna, menade flera av deltagarna.",
            '<a href="https://www.scienceweek.se/">Mer information om seminariet.</a>',
        ),
    ),
    Post(
        id=2871,
        lang="en",
        date="2022-02-15T09:30:00",
        modified="2022-02-15T09:30:00",
        slug="stockholm-life-tech-is-vital-to-flemingsbergs-development",
        title="Stockholm Life Tech is vital to Flemingsberg&#8217;s development",
        excerpt="Halfway through the project, the results are already visible on campus.",
        description="The EU-funded project Stockholm Life Tech helps small companies in medical "
        "technology grow, and Flemingsberg is at its centre.",
        author="Erik Sandberg",
        tags=("Stockholm Life Tech",),
        group="lifetech",
        blocks=(
            "Stockholm Life Tech is a project funded by the European Regional Development Fund that "
            "helps small and medium-sized companies in medical technology to grow.",
            "Companies in the project get access to test beds, clinical expertise and researchers at "
            "KTH, Karolinska Institutet and Karolinska University Hospital in Flemingsberg.",
            "## Results so far",
            "- more than 60 companies have taken part in the project,",
            "- over 30 clinical tests have been carried out in real care settings,",
            "- several products have reached the market.",
            f'Read more about the project on our page <a href="{BASE}/en/stockholm-life-tech-2/">'
            "Stockholm Life Tech</a>.",
        ),
    ),
    Post(
        id=2869,
        lang="sv",
        date="2022-02-15T09:25:00",
        modified="2022-02-15T09:25:00",
        slug="stockholm-life-tech-ar-viktigt-for-utvecklingen-av-flemingsberg",
        title="Stockholm Life Tech är viktigt för utvecklingen av Flemingsberg",
        excerpt="Halvvägs in i projektet syns resultaten redan på campus.",
        description="EU-projektet Stockholm Life Tech hjälper små medicintekniska företag att växa, "
        "och Flemingsberg står i centrum.",
        author="Erik Sandberg",
        tags=("Stockholm Life Tech",),
        group="lifetech",
        newsletter_in_body=True,
        blocks=(
            "Stockholm Life Tech är ett projekt finansierat av Europeiska regionala utvecklingsfonden "
            "som hjälper små och medelstora medicintekniska företag att växa.",
            "Företagen i projektet får tillgång till testbäddar, klinisk expertis och forskare vid KTH, "
            "Karolinska Institutet och Karolinska Universitetssjukhuset i Flemingsberg.",
            "## Resultat hittills",
            "- fler än 60 företag har deltagit i projektet,",
            "- över 30 kliniska tester har genomförts i verklig vårdmiljö,",
            "- flera produkter har nått marknaden.",
            "Projektet är en del av stiftelsens arbete under de senaste tio åren, läs mer på <a "
            'href="/sv/10years/">vår jubileumssida</a>.',
        ),
    ),
    # ------------------------------------------------------------------ 2021
    Post(
        id=2634,
        lang="sv",
        date="2021-11-23T10:45:00",
        modified="2021-11-24T11:02:56",
        slug="ny-motesplats-for-life-science-bolag-oppnar-i-novum",
        title="Ny mötesplats för life science-bolag öppnar i Novum",
        excerpt="Kontor, labb och kaffe under samma tak – snart flyttar de första bolagen in.",
        description="En ny mötesplats för life science-bolag öppnar i forskningshuset Novum i "
        "Flemingsberg.",
        author="Maria Lindqvist",
        tags=("Novum", "Life science"),
        blocks=(
            "I forskningshuset Novum i Flemingsberg öppnar nu en ny mötesplats för unga och växande "
            "life science-bolag.",
            "Här samlas kontorsplatser, delade laboratorier och mötesrum under samma tak, bara några "
            "minuters promenad från Karolinska Universitetssjukhuset och Karolinska Institutet.",
            "Mötesplatsen drivs i samarbete mellan fastighetsägaren, kommunen och stiftelsen. Målet är "
            "att fler bolag ska välja att starta och stanna i Flemingsberg.",
            "De första bolagen flyttar in i januari. Intresserade kan kontakta stiftelsen för en "
            "visning.",
        ),
    ),
    # ------------------------------------------------------------------ 2020
    Post(
        id=2013,
        lang="en",
        date="2020-06-17T15:10:00",
        modified="2020-06-17T15:10:00",
        slug="sommarhalsning-fran-flemingsberg-science-2",
        title="Summer greetings from Flemingsberg Science",
        excerpt="A spring unlike any other is behind us. Our CEO looks back – and ahead.",
        description="Summer greetings from the Flemingsberg Science Foundation after a spring unlike "
        "any other.",
        author="Anna Holm",
        tags=(),
        group="summer-2020",
        image="sommarhalsning",
        blocks=(
            "This spring has been unlike any other. Meetings moved online, laboratories changed their "
            "routines and the hospital in Flemingsberg carried a heavy load.",
            "At the same time, we have seen how quickly researchers, companies and public actors can "
            "work together when it really matters.",
            "In the autumn we will continue to develop Flemingsberg as a place for knowledge, "
            "innovation and good city life.",
            "We wish you all a restful summer!",
        ),
    ),
    Post(
        id=2011,
        lang="sv",
        date="2020-06-17T15:00:00",
        modified="2020-06-18T08:45:19",
        slug="sommarhalsning-fran-flemingsberg-science",
        title="Sommarhälsning från Flemingsberg Science",
        excerpt="En vår olik alla andra ligger bakom oss. Vår vd blickar bakåt – och framåt.",
        description="Sommarhälsning från Stiftelsen Flemingsberg Science efter en vår olik alla andra.",
        author="Anna Holm",
        tags=(),
        group="summer-2020",
        image="sommarhalsning",
        blocks=(
            "Den här våren har varit olik alla andra. Möten flyttade ut på nätet, laboratorierna "
            "ändrade sina rutiner och sjukhuset i Flemingsberg bar en tung last.",
            "Samtidigt har vi sett hur snabbt forskare, företag och offentliga aktörer kan samarbeta "
            "när det verkligen gäller.",
            "I höst fortsätter vi att utveckla Flemingsberg som en plats för kunskap, innovation och "
            "ett gott stadsliv.",
            "Vi önskar er alla en riktigt skön sommar!",
        ),
    ),
    # ------------------------------------------------------------------ 2018-2019, before Yoast
    Post(
        id=1390,
        lang="sv",
        date="2019-10-07T13:22:08",
        modified="2019-10-08T07:51:30",
        slug="flemingsberg-vaxer-arbetet-med-ny-stadsdelsplan-har-startat",
        title="Flemingsberg växer &#8211; arbetet med ny stadsdelsplan har startat",
        excerpt="Bostäder, arbetsplatser och campus ska vävas ihop till en stad.",
        author="Anna Holm",
        tags=("Stadsutveckling",),
        yoast=False,
        blocks=(
            "Huddinge kommun har inlett arbetet med en ny fördjupad översiktsplan för Flemingsberg. "
            "Planen ska visa hur området kan växa med nya bostäder, arbetsplatser och mötesplatser.",
            "Stiftelsen Flemingsberg Science deltar i arbetet tillsammans med akademin, sjukhuset och "
            "fastighetsägarna.",
            "Under hösten bjuds boende och verksamma in till dialogmöten på campus.",
        ),
    ),
    Post(
        id=1104,
        lang="en",
        date="2019-03-21T09:38:35",
        modified="2019-03-21T09:38:35",
        slug="a-busy-spring-ahead-for-flemingsberg",
        title="A busy spring ahead for Flemingsberg",
        excerpt="Seminars, study visits and a new research building: the spring calendar is full.",
        author="Anna Holm",
        tags=(),
        yoast=False,
        blocks=(
            "Spring 2019 is shaping up to be one of the busiest seasons yet for Flemingsberg.",
            "In April, a delegation from the Finnish life science sector visits the campus, and in May "
            "we host a breakfast seminar on housing for researchers and students.",
            "Construction of the new research building next to the hospital continues according to "
            "plan.",
            "Follow our news page for dates and registration.",
        ),
    ),
    Post(
        id=812,
        lang="sv",
        date="2018-06-28T12:39:01",
        modified="2018-06-28T12:39:01",
        slug="valkommen-till-flemingsberg-science-dagen",
        title="Välkommen till Flemingsberg Science-dagen",
        excerpt="En dag om forskning, företag och stadens framtid – i höst på campus.",
        author="Anna Holm",
        tags=(),
        yoast=False,
        blocks=(
            "Den 4 oktober arrangerar Stiftelsen Flemingsberg Science för första gången "
            "Flemingsberg Science-dagen.",
            "Dagen samlar forskare, företag, studenter och politiker kring frågan hur Flemingsberg kan "
            "bli en av Europas ledande kunskapsstäder.",
            "Programmet publiceras i augusti. Anmälan öppnar samtidigt.",
        ),
    ),
]

PAGES = [
    Page(
        id=2,
        path="/",
        lang="sv",
        title="Start",
        translations={"en": "/en/start_en/"},
        modified="2025-10-14T10:10:00",
        listing=True,
        blocks=(
            "Flemingsberg Science arbetar för att Flemingsberg ska bli en attraktiv kunskapsstad med "
            "forskning, företag och bostäder i världsklass.",
            "## Senaste nyheterna",
        ),
    ),
    Page(
        id=7,
        path="/en/start_en/",
        lang="en",
        title="Start EN",
        translations={"sv": "/"},
        modified="2025-10-14T10:11:00",
        listing=True,
        blocks=(
            "Flemingsberg Science works to make Flemingsberg an attractive science city with "
            "world-class research, companies and housing.",
            "## Latest news",
        ),
    ),
    Page(
        id=11,
        path="/sv/om-oss/",
        lang="sv",
        title="Om oss",
        translations={"en": "/en/about-us/"},
        modified="2024-01-12T10:00:00",
        blocks=(
            "Stiftelsen Flemingsberg Science bildades 2012 av Huddinge kommun, Region Stockholm, "
            "akademin och näringslivet i Flemingsberg.",
            "Vi samlar aktörerna i området och arbetar för fler företag, bättre kommunikationer och "
            "en levande stadsmiljö.",
        ),
    ),
    Page(
        id=13,
        path="/en/about-us/",
        lang="en",
        title="About us",
        translations={"sv": "/sv/om-oss/"},
        modified="2024-01-12T10:05:00",
        blocks=(
            "The Flemingsberg Science Foundation was founded in 2012 by the Municipality of Huddinge, "
            "Region Stockholm, academia and businesses in Flemingsberg.",
            "We bring the actors in the area together and work for more companies, better transport "
            "and a lively urban environment.",
        ),
    ),
    Page(
        id=15,
        path="/sv/10years/",
        lang="sv",
        title="10 år",
        translations={"en": "/en/10-years/"},
        modified="2022-11-30T14:00:00",
        blocks=(
            "Stiftelsen Flemingsberg Science fyller tio år. Vi firar med en jubileumsskrift om "
            "resan från forskningsområde till kunskapsstad.",
        ),
        extra_html='<div class="fusion-button-wrapper"><a class="fusion-button button-flat '
        'button-large button-default" target="_blank" href="'
        f'{BASE}/wp-content/uploads/2022/11/jubileumsskrift.pdf"><span class="fusion-button-text">'
        "LADDA NED VÅR JUBILEUMSSKRIFT</span></a></div>"
        '<div class="fusion-text fusion-text-2"><p>Vill du veta mer om de kommande tio åren? '
        '<a href="/sv/nyhetsbrev/">Prenumerera på vårt nyhetsbrev.</a></p></div>',
    ),
    Page(
        id=17,
        path="/en/10-years/",
        lang="en",
        title="10 years",
        translations={"sv": "/sv/10years/"},
        modified="2022-11-30T14:05:00",
        blocks=(
            "The Flemingsberg Science Foundation turns ten. We celebrate with an anniversary "
            "publication about the journey from research area to science city.",
        ),
        extra_html='<div class="fusion-button-wrapper"><a class="fusion-button button-flat '
        'button-large button-default" target="_blank" href="'
        f'{BASE}/wp-content/uploads/2022/11/jubileumsskrift.pdf"><span class="fusion-button-text">'
        "LADDA NED VÅR JUBILEUMSSKRIFT</span></a></div>",
    ),
    Page(
        id=19,
        path="/sv/sa-utvecklas-campus-flemingsberg/",
        lang="sv",
        title="Så utvecklas Campus Flemingsberg",
        translations={"en": "/en/campus-development/"},
        modified="2023-05-04T09:00:00",
        blocks=(
            "Campus Flemingsberg växer med nya forskningshus, studentbostäder och stråk. "
            f'Följ utvecklingen på <a href="{CAMPUS}/">campusflemingsberg.se</a>.',
        ),
    ),
    Page(
        id=21,
        path="/en/campus-development/",
        lang="en",
        title="Campus development",
        translations={"sv": "/sv/sa-utvecklas-campus-flemingsberg/"},
        modified="2024-07-05T09:00:00",
        blocks=(
            "Campus Flemingsberg is growing with new research buildings, student housing and "
            f'walkways. Follow the development on <a href="{CAMPUS}/en/">campusflemingsberg.se</a>.',
            f'Read about <a href="{HUBS_EN}">the region&#8217;s innovation hubs</a> and about <a '
            f'href="{BASE}/en/2024/07/02/stiftelsen-flemingsberg-science-pa-almedalsveckan/page/51">'
            "our week at Almedalen</a>.",
        ),
    ),
    Page(
        id=23,
        path="/en/stockholm-life-tech-2/",
        lang="en",
        title="Stockholm Life Tech",
        modified="2023-06-01T09:00:00",
        blocks=(
            "Stockholm Life Tech (2020 &#8211; spring 2023) helped small medtech companies test and "
            "develop their products together with healthcare and academia.",
        ),
    ),
    Page(
        id=25,
        path="/sv/nyhetsbrev/",
        lang="sv",
        title="Nyhetsbrev",
        translations={"en": "/en/newsletter/"},
        modified="2021-02-01T09:00:00",
        blocks=("Fyll i din e-postadress så skickar vi vårt nyhetsbrev fyra gånger om året.",),
    ),
    Page(
        id=27,
        path="/en/newsletter/",
        lang="en",
        title="Newsletter",
        translations={"sv": "/sv/nyhetsbrev/"},
        modified="2021-02-01T09:05:00",
        blocks=(
            "Enter your e-mail address and we will send you our newsletter four times a year.",
        ),
    ),
    Page(
        id=301,
        path="/language/en/all-go-at-flemingsberg/",
        lang="en",
        title="All go at Flemingsberg",
        modified="2019-02-18T10:38:35",
        date_line="February 18th, 2019",
        blocks=(
            "There is a lot happening in Flemingsberg right now: new research facilities, new homes "
            "and a new travel centre are all in the pipeline.",
            "This page describes the focus areas of the foundation as they stood in early 2019.",
        ),
    ),
]

# /page/N/ links to the real site that point past the recent-posts range (seen in old links)
TRAPS = {3917: [51]}
