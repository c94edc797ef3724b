"""Barkarby Science (barkarbyscience.se): the news posts of the mirror, in the node's voice.

The real site's news section was never seen; this is a plausible small Swedish-only site on an
Umbraco-like CMS. Two generations of the post template: before 2021 "Publicerad 21 november 2017"
and no preamble field; from 2021 "Publicerat: 17 mars 2023", a preamble (also the meta
description), and `article:published_time` only where the editor filled in the SEO tab.
"""

POSTS = [
    {
        "slug": "barkarby-science-soker-foretag-till-testbadd-for-smart-laddning",
        "title": "Barkarby Science söker företag till testbädd för smart laddning",
        "published": "2024-11-05 09:00",
        "modified": "2024-11-08 13:30",
        "meta_time": True,
        "author": "Karin Sjöberg",
        "preamble": "Vid den nya tunnelbanestationen i Barkarbystaden öppnar en testbädd för smart laddning av elbilar och elcyklar. Nu söker Barkarby Science företag som vill pröva sina lösningar i verklig miljö.",
        "body": """
Testbädden omfattar ett 40-tal laddplatser i ett parkeringshus intill stationen. Laddningen styrs
efter elnätets belastning och efter hur mycket solel som produceras på taket.

## Vem kan söka?

Vi välkomnar både små och etablerade företag. Ni behöver:

- en lösning som är redo att prövas i full skala
- möjlighet att medverka under minst sex månader
- vilja att dela resultat med övriga deltagare

Ansökan görs via formuläret på vår webbplats senast den 31 januari 2025. Uppdaterat 8 november:
informationsmötet flyttas till den 3 december.

– Barkarbystaden är en stadsdel som byggs nu. Det gör det möjligt att pröva lösningar som är
svåra att få plats med i en befintlig stad, säger Barkarby Sciences projektledare.
""",
    },
    {
        "slug": "hummeltorp-blir-delagare-i-barkarby-science",
        "title": "Hummeltorp blir delägare i Barkarby Science",
        "published": "2023-03-17 10:00",
        "modified": None,
        "meta_time": True,
        "author": "Karin Sjöberg",
        "preamble": "Fastighetsutvecklaren Hummeltorp går in som delägare i Barkarby Science. Därmed är bolaget en av sju delägare som tillsammans driver utvecklingen av innovationsnoden i Järfälla.",
        "body": """
Hummeltorp utvecklar bostäder och lokaler i Barkarbystaden och har länge samarbetat med Barkarby
Science i frågor om hållbart byggande.

– Vi vill vara med och forma en stadsdel där nya idéer får plats. Som delägare kan vi bidra med
både mark och kunskap om hur man bygger för framtiden, säger Hummeltorps vd.

## Sju delägare med ett gemensamt mål

Barkarby Science ägs av Järfälla kommun tillsammans med fastighetsägare och företag i området.
Delägarna finansierar verksamheten och sitter i bolagets styrelse.

> Fler delägare betyder fler testbäddar och fler möjligheter för företag att växa här.

Nästa steg är en gemensam handlingsplan för Veddesta, där flera nya kvarter planeras de kommande
åren.
""",
    },
    {
        "slug": "tunnelbanan-till-barkarby-narmar-sig",
        "title": "Tunnelbanan till Barkarby närmar sig – så förbereder vi stationsområdet",
        "published": "2022-05-10 08:30",
        "modified": None,
        "meta_time": False,
        "author": None,
        "preamble": "När tunnelbanans blå linje når Barkarbystaden förändras hela området. Barkarby Science samlar aktörerna kring stationen för att göra platsen till en levande mötesplats från dag ett.",
        "body": """
Arbetet med den nya stationen pågår för fullt. Runt stationsentrén planeras handel, service och
lokaler för företag och föreningar.

Barkarby Science leder en arbetsgrupp med Järfälla kommun, Region Stockholm och fastighetsägarna.
Gruppen tittar bland annat på tillfälliga aktiviteter under byggtiden, så kallad platsutveckling.

Under sommaren bjuder vi in till promenader i området där invånare kan tycka till om hur
stationsområdet ska utformas.
""",
    },
    {
        "slug": "barkarby-science-pa-science-week",
        "title": "Barkarby Science på Science Week: regionens noder samlas",
        "published": "2021-09-23 14:00",
        "modified": None,
        "meta_time": True,
        "author": None,
        "preamble": "Under Science Week möttes regionens innovationsnoder i ett gemensamt seminarium om hur samverkan kan bidra till hållbar tillväxt.",
        "body": """
Barkarby Science, Flemingsberg Science, Kista Science City, Södertälje Science Park och Stockholm
Science City stod tillsammans bakom seminariet.

Barkarby Science berättade om arbetet med Barkarbystaden som testbädd för hållbar
stadsutveckling &amp; cirkulärt byggande.

Seminariet finns att se i efterhand på Science Weeks webbplats.
""",
    },
    {
        "slug": "ny-forstudie-fossilfri-varme-i-barkarbystaden",
        "title": "Ny förstudie: fossilfri värme i hela Barkarbystaden",
        "published": "2020-02-18 09:00",
        "modified": None,
        "meta_time": False,
        "author": "Johan Ek",
        "preamble": None,
        "body": """
En förstudie från Barkarby Science visar att hela Barkarbystaden kan värmas utan fossila
bränslen redan 2030. Nyckeln är att byggnaderna delar värme med varandra.

Förstudien har gjorts tillsammans med energibolag, fastighetsägare och forskare från KTH. Den
pekar på tre åtgärder:

- lågtempererade värmenät mellan kvarteren
- återvinning av spillvärme från serverhallar och livsmedelsbutiker
- säsongslager för solvärme

Nästa steg är att pröva tekniken i ett av de nya kvarteren i Veddesta.
""",
    },
    {
        "slug": "oppet-hus-i-barkarbystaden-lockade-2000-besokare",
        "title": "Öppet hus i Barkarbystaden lockade 2 000 besökare",
        "published": "2019-06-05 16:00",
        "modified": None,
        "meta_time": False,
        "author": None,
        "preamble": None,
        "body": """
Över 2&nbsp;000 besökare kom till årets öppna hus i Barkarbystaden. Barkarby Science visade
tillsammans med företag och KTH-studenter hur framtidens stadsdel tar form.

Mest uppmärksamhet fick den självkörande minibussen som körde mellan Barkarby handelsplats och
det nya bostadsområdet.

Tack till alla som kom! Vi ses nästa år.
""",
    },
    {
        "slug": "veddesta-blir-testbadd-for-cirkulart-byggande",
        "title": "Veddesta blir testbädd för cirkulärt byggande",
        "published": "2018-10-03 10:00",
        "modified": None,
        "meta_time": False,
        "author": None,
        "preamble": None,
        "body": """
Veddesta i Järfälla ska bli en testbädd för cirkulärt byggande. När äldre industrilokaler rivs
ska så mycket material som möjligt tas tillvara och användas igen i nya hus.

Barkarby Science samordnar projektet. Byggföretag, rivningsentreprenörer och forskare deltar.

![/media/2231/veddesta-rivning.jpg|Material från rivningen i Veddesta märks upp för återbruk. Foto: Barkarby Science]

## Från rivning till byggsten

I ett första steg inventeras fem byggnader. Tegel, stål och trä märks upp och lagras i väntan på
nya projekt i Barkarbystaden.

Resultaten ska spridas till andra kommuner i regionen.
""",
    },
    {
        "slug": "barkarby-science-samverkar-med-kth",
        "title": "Barkarby Science samverkar med KTH",
        "published": "2018-04-12 09:00",
        "modified": None,
        "meta_time": False,
        "author": None,
        "preamble": None,
        "body": """
Barkarby Science och KTH har tecknat en avsiktsförklaring om samverkan. Målet är att Järfälla
och Barkarbystaden ska bli en plats där forskning om hållbara städer prövas i praktiken.

Samarbetet omfattar examensarbeten, forskningsprojekt och gemensamma seminarier.

– Barkarbystaden ger oss en unik möjlighet att följa en stadsdel från ritbordet till färdiga
kvarter, säger en av KTH:s forskare inom samhällsplanering.

Den första gemensamma kursen startar till hösten med ett 30-tal studenter.
""",
    },
    {
        "slug": "eon-och-barkarby-science-i-samarbete-om-framtidens-energi",
        "title": "E.ON och Barkarby Science i samarbete om framtidens energi",
        "published": "2017-11-21 11:00",
        "modified": None,
        "meta_time": False,
        "author": None,
        "preamble": None,
        "body": """
E.ON och Barkarby Science inleder ett samarbete för att utveckla energisystemet i
Barkarbystaden. Tillsammans ska parterna pröva lokala lösningar där el och värme produceras och
delas i stadsdelen.

Samarbetet är ett av de första för Barkarby Science, som bildades för att göra nordvästra
Stockholm till en plats för innovation inom hållbar stadsutveckling.

Mer information kommer under våren 2018.
""",
    },
]

STATIC_PAGES = [
    (
        "/om-oss/",
        "Om oss",
        "2023-03-20",
        "Barkarby Science är en innovationsnod i Järfälla som driver hållbar stadsutveckling tillsammans med sina delägare.",
    ),
    (
        "/om-oss/vad-vi-gor/",
        "Vad vi gör",
        "2023-03-20",
        "Vi samlar kommun, fastighetsägare, akademi och företag kring testbäddar i Barkarbystaden och Veddesta.",
    ),
    (
        "/om-oss/delagare/",
        "Delägare",
        "2023-03-17",
        "Barkarby Science ägs av sju delägare, med Järfälla kommun som största ägare.",
    ),
    (
        "/kontakt/",
        "Kontakt",
        "2022-01-10",
        "Välkommen att kontakta oss på info@barkarbyscience.se.",
    ),
]
