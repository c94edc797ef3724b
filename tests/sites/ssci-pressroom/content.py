"""Stockholm Science City's press room (pressrum.ssci.se): releases that exist only here.

The newer releases are copies of ssci.se news items and are built from the ssci mirror's own texts
(see build.py, COPIES), so the two mirrors cannot drift apart.
"""

# (published, lang, title, lead, subjects, image or None, body)
RELEASES = [
    (
        "2019-10-09 09:30",
        "sv",
        "Stockholm Science City bjuder in till första Hagastadsveckan",
        "Den 4–8 november öppnar Hagastaden sina dörrar för allmänheten. Under Hagastadsveckan visar forskare, vårdpersonal och företag vad som händer i Sveriges snabbast växande life science-kvarter.",
        ("Life science", "Evenemang"),
        None,
        """
Hagastadsveckan är ett samarbete mellan Stiftelsen Stockholm Science City, Karolinska Institutet,
KTH, Region Stockholm och fastighetsägarna i området. Programmet riktar sig både till de som
arbetar i Hagastaden och till de som bor i närheten.

## Program i urval

- öppna labb på Biomedicum och SciLifeLab
- stadsvandringar genom det nya kvarteret
- ett panelsamtal om framtidens vård &amp; forskning
- pitchkväll för unga life science-bolag

– Vi vill visa att Hagastaden är mer än en byggarbetsplats. Här skapas kunskap som gör skillnad
för patienter över hela världen, säger stiftelsens vd.

Alla aktiviteter är gratis. Anmälan till pitchkvällen öppnar den 14 oktober.
""",
    ),
    (
        "2018-05-16 11:00",
        "en",
        "International delegation explores Hagastaden’s life science cluster",
        "A delegation of 25 investors and research leaders from Japan and South Korea visited Hagastaden this week to learn how Stockholm builds a life science district from scratch.",
        ("Life science", "International"),
        (
            "https://mnd-assets.mynewsdesk.com/image/upload/delegation-hagastaden.jpg",
            "The delegation at Biomedicum. Photo: Stockholm Science City",
        ),
        """
The two-day visit was organised by the Stockholm Science City Foundation together with Invest
Stockholm and Business Sweden. The delegation met researchers at Karolinska Institutet, visited
the new Karolinska University Hospital and heard from start-ups in the district.

“Our guests were struck by how close everything is. In Hagastaden, a researcher can walk from the
lab to the clinic in five minutes,” says the Foundation’s head of international relations.

## Follow-up in Osaka

The visit is the first step in a longer exchange. A Swedish delegation will travel to Osaka in the
autumn to meet the region’s biomedical cluster.
""",
    ),
    (
        "2017-11-28 10:00",
        "sv",
        "Stockholm Science City och KTH samarbetar om stöd till nya bolag",
        "Stiftelsen Stockholm Science City och KTH Innovation inleder ett samarbete för att fler idéer inom medicinteknik ska bli bolag i Hagastaden.",
        ("Innovation", "Medicinteknik"),
        None,
        """
Samarbetet ger forskare och studenter vid KTH tillgång till stiftelsens nätverk av kliniker,
investerare och fastighetsägare i Hagastaden. KTH Innovation bidrar med affärscoachning och
rådgivning kring immateriella rättigheter.

– Medicinteknik är ett område där KTH och Karolinska Institutet kompletterar varandra perfekt.
Nu gör vi det enklare att ta steget från idé till bolag, säger stiftelsens vd.

Under 2018 planeras fyra gemensamma träffar där forskare möter vården för att hitta behov som
tekniken kan lösa.
""",
    ),
    (
        "2016-06-14 08:00",
        "sv",
        "Rapport: Hagastaden kan ge 20 000 nya jobb inom life science",
        "En ny rapport från Stiftelsen Stockholm Science City visar att Hagastaden kan bli en av Europas största arbetsplatser för life science, med upp till 20&nbsp;000 nya jobb till 2030.",
        ("Life science", "Rapport"),
        (
            "https://mnd-assets.mynewsdesk.com/image/upload/rapport-omslag-2016.jpg",
            "Rapportens omslag",
        ),
        """
Rapporten bygger på intervjuer med ett fyrtiotal företag och forskningsledare samt en analys av
planerade byggprojekt i området.

## Tre förutsättningar

Enligt rapporten krävs tre saker för att potentialen ska förverkligas:

- fler labblokaler för små och medelstora bolag
- bättre kollektivtrafik mellan Hagastaden, Solna och Flemingsberg
- en gemensam internationell marknadsföring av regionen

> Hagastaden har forskningen och vården. Nu måste vi se till att bolagen får plats.

Rapporten presenteras vid ett seminarium i Almedalen den 29 juni.
""",
    ),
    (
        "2015-03-04 09:00",
        "sv",
        "Ny vd för Stiftelsen Stockholm Science City",
        "Styrelsen för Stiftelsen Stockholm Science City har utsett en ny vd som tillträder den 1 april 2015.",
        ("Stiftelsen",),
        None,
        """
Den nya vd:n kommer närmast från en ledande roll inom Region Stockholms arbete med forskning och
innovation och har tidigare arbetat med internationella life science-frågor.

– Stiftelsen står inför en spännande fas när Hagastaden byggs. Jag ser fram emot att bidra till
att stadsdelen blir en mötesplats i världsklass, säger den tillträdande vd:n.

Styrelsen tackar den avgående vd:n för ett engagerat arbete under stiftelsens första år.
""",
    ),
    (
        "2014-09-22 10:30",
        "sv",
        "Ny mötesplats för life science öppnar i Hagastaden",
        "I dag öppnar Stockholm Science City en ny mötesplats för forskare, vårdpersonal och företag i Hagastaden.",
        ("Life science", "Mötesplatser"),
        None,
        """
Mötesplatsen ligger i gränslandet mellan Karolinska Institutet och Norra stationsområdet, där den
nya stadsdelen Hagastaden nu växer fram.

Här arrangeras frukostseminarier, nätverksträffar och utställningar om forskningen i området.
Lokalen kan också bokas av organisationer som vill ordna egna evenemang med koppling till life
science.

Invigningen sker klockan 15.00 i närvaro av representanter för stiftelsens huvudmän.
""",
    ),
]

# ssci.se news items that the press room republished: (ssci key, press-room publication time).
COPIES = [
    ("labb", "2025-05-21 09:00"),
    ("christenson-sv", "2024-03-12 13:15"),
    ("innovationsnoder", "2022-02-16 09:00"),
]
