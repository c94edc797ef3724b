"""Kista Science City's posts (kista.com), written for the mirror in the site's voice.

English and Swedish posts sit side by side. Flags:
- "undated": an older post whose template prints no date (only meta, JSON-LD and sitemap have it);
- "default-lang": a Swedish post whose page still says `<html lang="en-US">` (the site default);
- "google-plus": the old Jetpack share bar that still has the Google+ button;
- "www-links": the body links to other posts as http://www.kista.com/... (old absolute links).
"""

from __future__ import annotations

from bodykit import local
from wordpress_theme import Post

KISTA = "Kista Science City"
UPLOADS = "https://kista.com/wp-content/uploads"

POSTS = [
    Post(
        id=2671,
        slug="setting-the-agenda-semiconductor-arena-launches-in-kista",
        title="Setting the agenda: Semiconductor Arena launches in Kista",
        lang="en",
        published=local("2025-05-20 09:30"),
        modified=local("2025-05-21 13:05:12"),
        author="Maria Lindqvist",
        categories=("kista-science-city",),
        tags=("semiconductors", "Electrum"),
        description=(
            "Semiconductor Arena gathers industry, academia and the public sector in Kista to "
            "strengthen Sweden’s position in chip design and advanced electronics."
        ),
        body="""
![2025/05/semiconductor-arena-opening.jpg|]

Semiconductor Arena opened its doors in Kista on Tuesday, gathering more than 150 people from industry, academia and the public sector around one question: how can Sweden secure its place in the global semiconductor value chain?

The arena is a neutral meeting place hosted by Kista Science City together with RISE, KTH and Electrum Kista. It will run a programme of seminars, matchmaking days and test-bed visits over the coming three years.

## Why Kista?

Kista has been home to radio, microwave and photonics research for more than four decades. Companies such as Ericsson, Silex Microsystems and a growing number of chip-design start-ups already work within walking distance of each other.

> “Chips are the backbone of everything from 6G to electric vehicles. Kista has the competence – now we need the meeting place,” said Anna Ek, programme manager at Semiconductor Arena.

The first activities this autumn include:

- a chip-design bootcamp for master’s students
- an open test-bed day at Electrum’s cleanroom
- a policy breakfast on the EU Chips Act

Companies that want to take part can contact Kista Science City for more information.
""",
    ),
    Post(
        id=2598,
        slug="forskning-och-foretag-mots-i-electrums-nya-innovationshub",
        title="Forskning & företag möts i Electrums nya innovationshub",
        lang="sv",
        published=local("2024-12-03 10:00"),
        modified=local("2024-12-03 10:00"),
        author=KISTA,
        categories=("kista-science-city", "community"),
        tags=("Electrum", "innovation"),
        description=(
            "I Electrum öppnar en ny innovationshub där forskare, start-ups och etablerade "
            "företag delar labb och kontor."
        ),
        body="""
I Electrum öppnar nu en ny innovationshub där forskare, start-ups och etablerade företag delar labb, kontor och verkstad. Målet är att korta vägen från idé till färdig produkt.

Hubben har plats för ett trettiotal team och drivs gemensamt av Kista Science City, Electrum Kista och KTH. Redan vid starten flyttar åtta bolag in, de flesta inom elektronik, fotonik och AI.

## Öppet för fler

Fler bolag kan söka plats löpande under våren. Ansökan görs via Kista Science Citys webbplats och bedöms av en jury med representanter från näringsliv och akademi.

– Vi vill att Kista ska vara den självklara platsen att utveckla hårdvara på. Här finns kompetensen, och nu finns även lokalerna, säger Lena Sundberg, vd för Kista Science City.

Invigningen sker den 15 januari med öppet hus för alla som är nyfikna på verksamheten.
""",
    ),
    Post(
        id=2571,
        slug="innovationsnoderna-bjuder-in-till-seminarium-om-testbaddar",
        title="Innovationsnoderna bjuder in till seminarium om testbäddar i Kista",
        lang="sv",
        published=local("2024-11-12 09:00"),
        modified=local("2024-11-12 09:00"),
        author=KISTA,
        categories=("community",),
        tags=("testbäddar", "samverkan"),
        description=(
            "Kista Science City, Södertälje Science Park och Stockholm Science City bjuder in "
            "till ett gemensamt seminarium om regionens testbäddar."
        ),
        body="""
Kista Science City är värd när regionens innovationsnoder bjuder in till höstens stora samverkansseminarium.

Den 26 november samlas regionens innovationsnoder till seminariet ”Testbäddar som bär – så samverkar Stockholmsregionen” på Electrum i Kista. Bakom seminariet står Kista Science City, Södertälje Science Park och Stockholm Science City, som under året har byggt upp ett gemensamt nätverk för testbäddar inom elektronik, produktion och life science.

Under eftermiddagen berättar företag som har testat sina lösningar hos fler än en nod om vad samarbetet har gett, och forskare från KTH och Karolinska Institutet visar hur akademins labb kan öppnas för fler bolag. Region Stockholm presenterar den regionala utvecklingsstrategins nya satsning på testmiljöer.

## Nästa steg: en gemensam ingång

Seminariet avslutas med ett samtal mellan nodernas vd:ar om nästa steg: en gemensam ingång för bolag som söker en testbädd, oavsett var i regionen den finns. Målet är att ett bolag ska kunna ställa en fråga en gång och få svar från alla tre noderna.

Seminariet är kostnadsfritt och öppet för företag, forskare och offentliga aktörer. Anmälan görs senast den 19 november.

– Kista har alltid vuxit genom samarbete. Nu tar vi nästa steg tillsammans med Södertälje och Hagastaden, säger Lena Sundberg, vd för Kista Science City.
""",
    ),
    Post(
        id=2455,
        slug="tech-talent-in-focus-at-kista-career-day-2024",
        title="Tech talent in focus at Kista Career Day 2024",
        lang="en",
        published=local("2024-02-08 08:45"),
        modified=local("2024-02-12 16:20:40"),
        author=KISTA,
        categories=("community",),
        tags=("talent", "Kista Career Day"),
        description=(
            "More than 2 000 students and 60 employers met at Kista Career Day – the largest "
            "edition so far."
        ),
        body="""
More than 2&nbsp;000 students and 60 employers met at Kista Career Day on Wednesday, making this year’s event the largest so far.

Students from KTH, Stockholm University and several vocational programmes spent the day at Kista Entré, meeting companies ranging from global telecom operators to five-person start-ups.

## A shortage that concerns everyone

The tech sector in the Stockholm region will need tens of thousands of new engineers and developers in the coming decade. Kista Career Day is one way for the companies in the area to meet that need together rather than competing alone.

“We hired three of our current developers after last year’s Career Day. For a small company, that is a huge difference,” said Omar Haddad, co-founder of a Kista-based cybersecurity firm.

The next Kista Career Day will take place in February 2025.
""",
    ),
    Post(
        id=2301,
        slug="kista-is-where-the-future-is-tested-new-report",
        title="“Kista is where the future is tested” – new report on the district’s innovation climate",
        lang="en",
        published=local("2023-03-16 11:00"),
        modified=local("2023-03-20 09:14:02"),
        author="Johan Ek",
        categories=("kista-science-city",),
        tags=("report", "innovation"),
        description=(
            "A new report maps the innovation climate in Kista and finds a district that is "
            "strong in tech but needs more meeting places."
        ),
        body="""
A new report commissioned by Kista Science City maps the innovation climate in Kista and finds a district that is strong in technology but needs more meeting places.

The report is based on interviews with 45 companies, researchers and public actors, as well as statistics on start-ups, patents and employment in Kista between 2012 and 2022.

## Key findings

- Kista hosts more than 1&nbsp;000 ICT companies and around 25&nbsp;000 people work in the sector.
- The number of start-ups has grown by 30 percent in ten years.
- Many respondents ask for more informal meeting places in the evenings.

> “Kista is where the future is tested. But a test bed also needs a café,” as one of the interviewees put it.

Kista Science City will use the report as a basis for its work with the new action plan for the district.
""",
    ),
    Post(
        id=2150,
        slug="kistas-nya-torg-sa-blir-motesplatsen-for-framtidens-stadsdel",
        title="Kistas nya torg – så blir mötesplatsen för framtidens stadsdel",
        lang="sv",
        published=local("2022-10-05 13:30"),
        modified=local("2022-10-06 08:02:51"),
        author=KISTA,
        categories=("community",),
        tags=("stadsutveckling",),
        description=(
            "Stockholms stad har presenterat förslaget till ett nytt torg i Kista centrum – en "
            "mötesplats för boende, studenter och företag."
        ),
        body="""
![2022/10/kista-torg-forslag.jpg|Förslaget till nya Kista torg. Illustration: Stockholms stad]

Stockholms stad har presenterat förslaget till ett nytt torg i centrala Kista. Torget ska bli en mötesplats för boende, studenter och de tusentals människor som arbetar i stadsdelen.

Förslaget bygger på en dialog under våren där fler än 800 personer lämnade synpunkter. Många efterfrågade mer grönska, fler sittplatser och aktiviteter även på kvällstid.

## Vad händer nu?

Förslaget visas i Kista bibliotek fram till den 31 oktober. Därefter tar stadsbyggnadsnämnden ställning till hur arbetet ska gå vidare, och byggstart kan ske tidigast 2024.

Kista Science City har deltagit i dialogen och ser torget som en viktig del av arbetet med att göra Kista mer levande efter kontorstid.
""",
    ),
    Post(
        id=1987,
        slug="kista-limitless-och-kista-science-city-i-nytt-partnerskap",
        title="Kista Limitless och Kista Science City i nytt partnerskap",
        lang="sv",
        published=local("2021-11-11 14:30"),
        modified=local("2021-11-11 15:02:33"),
        author=KISTA,
        categories=("kista-science-city", "community"),
        tags=("Kista Limitless", "samverkan"),
        description=(
            "Fastighetsägarnas bolag Kista Limitless och Kista Science City inleder ett "
            "partnerskap för att utveckla Kista som stadsdel."
        ),
        body="""
(Pressmeddelande, 2021-11-11) Fastighetsägarnas gemensamma bolag Kista Limitless och Kista Science City inleder ett långsiktigt partnerskap för att utveckla Kista som stadsdel och innovationsmiljö.

Partnerskapet innebär att organisationerna samordnar sitt arbete med platsutveckling, evenemang och kommunikation. Tillsammans når de över 1&nbsp;200 företag och fler än 40&nbsp;000 anställda.

– Kista har allt som krävs för att vara en av Europas mest attraktiva innovationsmiljöer. Med Kista Limitless får vi en stark partner i fastighetssidan, säger Lena Sundberg, vd för Kista Science City.

Det första gemensamma projektet blir en ny evenemangsserie under våren 2022 på temat hållbar stadsutveckling.
""",
    ),
    Post(
        id=1942,
        slug="gemensam-handlingsplan-for-kista-som-kreativt-nav-och-tillvaxtmotor-i-norra-stockholm",
        title=(
            "Gemensam handlingsplan för Kista som kreativt nav och tillväxtmotor i norra Stockholm"
        ),
        lang="sv",
        published=local("2021-09-27 10:15"),
        modified=local("2021-10-01 09:12:44"),
        author=KISTA,
        categories=("kista-science-city",),
        tags=("handlingsplan", "stadsutveckling"),
        description=(
            "Stockholms stad, näringslivet och akademin har tagit fram en gemensam handlingsplan "
            "för Kistas utveckling."
        ),
        body="""
Stockholms stad, näringslivet och akademin har tagit fram en gemensam handlingsplan för Kista. Planen ska stärka stadsdelen som kreativt nav och tillväxtmotor i norra Stockholm.

Handlingsplanen är resultatet av ett års arbete med workshoppar och intervjuer. Den pekar ut fyra områden där parterna ska göra gemensamma insatser fram till 2025.

## Fyra fokusområden

- Attraktiva mötesplatser och levande stråk
- Kompetensförsörjning och utbildning
- Testbäddar för smarta och hållbara lösningar
- Internationell synlighet

> ”Ingen aktör kan ensam göra Kista till en bättre plats. Därför behövs en gemensam plan”, säger Lena Sundberg, vd för Kista Science City.

Handlingsplanen följs upp årligen av styrgruppen för Kista Science City.
""",
    ),
    Post(
        id=1604,
        slug="autonomous-buses-to-roll-through-kista-this-autumn",
        title="Autonomous buses to roll through Kista this autumn",
        lang="en",
        published=local("2020-09-10 07:50"),
        modified=local("2020-09-10 07:50"),
        author="Maria Lindqvist",
        categories=("kista-science-city",),
        tags=("autonomous vehicles", "test bed"),
        description=(
            "Two self-driving buses will carry passengers between Kista Galleria and Electrum "
            "during a six-month pilot."
        ),
        flags=frozenset({"google-plus"}),
        body="""
Two self-driving electric buses will carry passengers between Kista Galleria and Electrum during a six-month pilot starting in October.

The pilot is part of the innovation hub for autonomous vehicles that Kista Science City runs together with Region Stockholm, Ericsson and the bus operator Nobina.

The buses will drive at a maximum speed of 20 km/h and always have a safety operator on board. Travel is free of charge, and passengers are asked to share their experiences in a short survey.

“We want to learn how autonomous transport works in a real urban environment, with real people, in a Swedish autumn,” said project manager Erik Nordin.
""",
    ),
    Post(
        id=1522,
        slug="nytt-samarbete-ska-gora-kista-till-testbadd-for-smarta-stader",
        title="Nytt samarbete ska göra Kista till testbädd för smarta städer",
        lang="sv",
        published=local("2020-01-22 09:00"),
        modified=local("2020-01-23 11:40:05"),
        author=KISTA,
        categories=("kista-science-city", "community"),
        tags=("smarta städer", "test bed"),
        description=(
            "Kista Science City, Stockholms stad och tre teknikföretag inleder ett samarbete för "
            "att testa smarta stadslösningar i Kista."
        ),
        flags=frozenset({"default-lang", "google-plus"}),
        body="""
Kista Science City, Stockholms stad och tre teknikföretag inleder ett samarbete för att testa nya lösningar för smarta städer direkt i stadsmiljön i Kista.

Under 2020 installeras sensorer för luftkvalitet, trafikflöden och energianvändning längs Kistagången och vid Kista torg. Data blir öppna för företag och forskare som vill utveckla nya tjänster.

– Kista är som gjort för att testa framtidens stad. Här finns både tekniken och människorna som kan använda den, säger projektledaren Sara Holm.

Samarbetet bygger vidare på erfarenheterna från det tidigare projektet för Kistas nya strukturplan, som du kan läsa mer om i <a href="http://www.kista.com/kista-makeover-work-new-structural-plan-initiated/">vår artikel från 2018</a>.
""",
    ),
    Post(
        id=1340,
        slug="sommarens-innovationslager-for-unga-i-kista",
        title="Sommarens innovationsläger för unga i Kista",
        lang="sv",
        published=local("2019-06-12 15:20"),
        modified=local("2019-06-14 10:05:19"),
        author=KISTA,
        categories=("community",),
        tags=("unga", "sommarläger"),
        description=(
            "I sommar bjuder Kista Science City in ungdomar mellan 15 och 19 år till ett "
            "innovationsläger i Kista."
        ),
        flags=frozenset({"undated", "default-lang", "google-plus"}),
        body="""
I sommar bjuder Kista Science City in ungdomar mellan 15 och 19 år till ett tvåveckors innovationsläger. Deltagarna får arbeta i team med verkliga utmaningar från företag i Kista.

Lägret pågår från den 24 juni till den 5 juli och hålls i Kista Science Tower. Deltagarna får sommarlön och handledning av yrkesverksamma ingenjörer och designers.

Förra årets deltagare tog fram allt från en app för säkrare skolvägar till en prototyp för smartare sopsortering. Flera av dem har sedan sökt sig till tekniska utbildningar.

Ansök senast den 31 maj via <a href="/category/community/">Kista Science Citys community-sida</a>.
""",
    ),
    Post(
        id=1118,
        slug="kista-innovation-week-2019-call-for-start-ups",
        title="Kista Innovation Week 2019 – call for start-ups",
        lang="en",
        published=local("2019-02-05 10:00"),
        modified=local("2019-02-05 10:00"),
        author=KISTA,
        categories=("kista-science-city",),
        tags=("start-ups", "Kista Innovation Week"),
        description=(
            "Start-ups with solutions for connected and sustainable cities are invited to pitch "
            "at Kista Innovation Week in May."
        ),
        flags=frozenset({"undated", "google-plus", "www-links"}),
        body="""
Start-ups with solutions for connected and sustainable cities are invited to apply to pitch at Kista Innovation Week, held on 13–17 May 2019.

Twenty selected start-ups will meet investors, large companies and public buyers during a week of workshops, demo sessions and matchmaking.

## Who can apply?

- Start-ups with a working prototype or product
- Teams with at least two founders
- Solutions within mobility, energy, health or digital infrastructure

The application closes on 15 March. Read more about last year’s winners in <a href="http://www.kista.com/kista-makeover-work-new-structural-plan-initiated/">our news section</a>.
""",
    ),
    Post(
        id=987,
        slug="kista-makeover-work-new-structural-plan-initiated",
        title="Kista makeover – work with the new structural plan has been initiated!",
        lang="en",
        published=local("2018-03-14 13:00"),
        modified=local("2018-03-15 08:31:27"),
        author=KISTA,
        categories=("kista-science-city",),
        tags=("urban development", "structural plan"),
        description=(
            "The City of Stockholm has started work on a new structural plan for Kista – the "
            "district’s largest makeover since the 1970s."
        ),
        flags=frozenset({"undated", "google-plus"}),
        body="""
The City of Stockholm has started work on a new structural plan for Kista. It is the district’s largest makeover since the first buildings went up in the 1970s.

The plan will show how Kista can grow with new homes, workplaces and meeting places while keeping its role as one of Europe’s leading ICT clusters.

Kista Science City takes part in the work together with property owners, companies and the universities in the area. The goal is a district that is alive around the clock – not only during office hours.

A first draft of the plan is expected in 2019, followed by a public consultation.
""",
    ),
]

# Static pages (body.page): not articles.
PAGES = {
    "urban-development-projects": (
        "Urban development projects",
        local("2023-05-04 10:22"),
        """
Kista is changing. New homes, workplaces, parks and transport links are being planned and built throughout the district.

Kista Science City follows the urban development closely and works to make sure that the needs of companies, students and residents are heard in the planning.

## Ongoing projects

- The new structural plan for Kista
- Kista torg and Kistagången
- The tram line Spårväg Norr
""",
    ),
    "privacy-policy": (
        "Privacy policy",
        local("2021-05-25 09:00"),
        """
Kista Science City AB processes personal data in accordance with the General Data Protection Regulation (GDPR).

We use cookies to see how the website is used. You can change your cookie settings at any time in your browser.
""",
    ),
    "regional-development-projects": (
        "Regional development projects",
        local("2022-11-18 14:03"),
        """
Kista Science City takes part in several regional projects together with the other innovation nodes in the Stockholm region.

The projects aim to strengthen innovation, skills supply and international visibility for the whole region.
""",
    ),
}
