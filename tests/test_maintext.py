"""The general main-text layer (a page of a node with no selectors): what a theme prints around a
post stays out of the body, what the post holds stays in. Each page is written by hand, with the
lines that must be in the body and those that must not."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_article
from scrapers.extract.boilerplate import strip_dateline
from scrapers.extract.maintext import continuation
from scrapers.extract.tree import parse_page
from scrapers.registry import Node

NODE = Node(
    slug="exempel", name="Exempelnoden", base_url="https://exempelnoden.se", languages=("sv", "en")
)
URL = "https://exempelnoden.se/2024/03/01/post/"

# WordPress' default block theme (Twenty Twenty-Four's markup, shortened): the post-meta line
# ("— by", the author, "in", the category) and the headline in the same group as the content, then
# the tags, the links to the next and previous posts and the comment form.
BLOCK_THEME_POST = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>We open a new lab &#8211; Exempelnoden</title></head>
<body class="post-template-default single single-post postid-12 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group">
<p class="wp-block-site-title"><a href="https://exempelnoden.se" rel="home">Exempelnoden</a></p>
<nav class="wp-block-navigation" aria-label="Navigation"><ul><li><a href="/about/">About</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group">
<h1 class="wp-block-post-title">We open a new lab</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex">
<div class="wp-block-post-date"><time datetime="2024-03-01T10:12:00+00:00">March 1, 2024</time></div>
<p class="has-small-font-size">— by</p>
<div class="wp-block-post-author-name"><a href="/author/anna/" class="wp-block-post-author-name__link">Anna</a></div>
<p class="has-small-font-size">in</p>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">News</a></div>
</div></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Today we open a new lab for materials research in Kista, with room for twelve companies and two research groups from KTH who want to test new batteries.</p>
</div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms">
<span class="wp-block-post-terms__prefix">Tags: </span><a href="/tag/lab/" rel="tag">lab</a><span class="wp-block-post-terms__separator">, </span><a href="/tag/kista/" rel="tag">Kista</a></div></div>
<div class="wp-block-group"><nav class="wp-block-group is-layout-flex" aria-label="Post navigation">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="/2024/02/10/breakfast/" rel="prev">Breakfast meeting on hydrogen</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/2024/03/20/members/" rel="next">New members of the node</a></div>
</nav></div>
<div class="wp-block-comments"><h2 class="wp-block-heading">Comments</h2>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" class="comment-form">
<p class="comment-notes">Your email address will not be published.</p>
<p><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>
</main>
<footer class="wp-block-template-part"><p class="has-text-align-center">Proudly powered by WordPress</p></footer>
</div></body></html>"""

# A classic theme: the headline printed again at the head of the content, the meta line and the
# category line around it, the previous/next links and the comment form after it.
CLASSIC_THEME_POST = """<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8">
<title>Frukostmöte om vätgas | Exempelnoden</title></head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Exempelnoden</a></p></header>
<main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Frukostmöte om vätgas</h1>
<div class="entry-meta"><span class="posted-on">Publicerat <time class="entry-date published" datetime="2024-02-10T08:00:00+01:00">10 februari 2024</time></span>
<span class="byline">av <span class="author vcard"><a class="url fn n" href="/author/lars/">Lars</a></span></span></div></header>
<div class="entry-content">
<h2>Frukostmöte om vätgas</h2>
<p>Ett trettiotal företag kom till nodens frukostmöte om vätgas i Kista, där två forskare från KTH berättade om nya sätt att lagra vätgas för industrin.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Kategoriserat som <a href="/category/nyheter/" rel="category tag">Nyheter</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Inlägg"><div class="nav-links">
<div class="nav-previous"><a href="/2024/01/15/ar/" rel="prev">Föregående inlägg: Ett år i noden</a></div>
<div class="nav-next"><a href="/2024/03/01/labb/" rel="next">Nästa inlägg: Vi öppnar ett nytt labb</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Lämna ett svar</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Din e-postadress kommer inte publiceras.</p>
<p class="form-submit"><input type="submit" value="Publicera kommentar"></p></form></div></div>
</main>
<footer class="site-footer"><p>Drivs med WordPress</p></footer>
</body></html>"""

# A long post: subheadings, a list, a quote, all of them the article's.
LONG_POST = """<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8">
<title>Så bygger vi en testbädd för laddning av tunga fordon – Exempelnoden</title></head>
<body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">Exempelnoden</a></p>
<nav class="primary-navigation"><ul><li><a href="/">Start</a></li><li><a href="/nyheter/">Nyheter</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Så bygger vi en testbädd för laddning av tunga fordon</h1></header>
<div class="entry-content">
<p>I Barkarbystaden byggs nu en testbädd där åkerier, elbolag och forskare tillsammans prövar hur tunga lastbilar kan laddas snabbt och säkert i en växande stadsdel.</p>
<p>Testbädden är ett samarbete mellan sju företag och två lärosäten, och den första laddstationen tas i drift redan i höst, när de tre första lastbilarna levereras.</p>
<h2>Varför tunga fordon?</h2>
<p>Lastbilarna står för en stor del av utsläppen från trafiken i regionen, men de går inte att ladda som personbilar: de behöver mer effekt och kortare stopp.</p>
<p>Därför prövar testbädden tre sätt att ladda, som alla ska utvärderas under två år:</p>
<ul>
<li>snabbladdning vid depån under lunchrasten,</li>
<li>långsam laddning över natten med smart styrning mot elnätet,</li>
<li>laddning vid lastkajen medan lasten byts.</li>
</ul>
<blockquote><p>Vi vill veta vad som fungerar i vardagen, inte bara i labbet, och det kan vi bara ta reda på tillsammans med dem som kör bilarna varje dag.</p></blockquote>
<p>Det säger projektledaren, som har arbetat med elektrifiering av transporter i tio år och som leder arbetet från noden i Barkarby.</p>
<h2>Nästa steg</h2>
<p>Under våren bjuder noden in fler åkerier att delta. Den som vill vara med kan anmäla sig fram till den sista mars, och resultaten publiceras öppet när försöken är klara.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Publicerat i <a href="/category/nyheter/" rel="category tag">Nyheter</a></span></footer>
</article></main>
<footer class="site-footer"><p>Drivs med WordPress</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    "html, present, absent",
    [
        (
            BLOCK_THEME_POST,
            ["Today we open a new lab for materials research in Kista, with room for twelve "
             "companies and two research groups from KTH who want to test new batteries."],
            ["We open a new lab", "Exempelnoden", "— by", "by", "Anna", "in", "News",
             "Tags: lab, Kista", "Breakfast meeting on hydrogen", "New members of the node",
             "Comments", "Leave a Reply", "Your email address will not be published.",
             "Proudly powered by WordPress"],
        ),
        (
            CLASSIC_THEME_POST,
            ["Ett trettiotal företag kom till nodens frukostmöte om vätgas i Kista, där två "
             "forskare från KTH berättade om nya sätt att lagra vätgas för industrin."],
            ["Frukostmöte om vätgas", "Exempelnoden", "Publicerat 10 februari 2024", "av Lars",
             "Kategoriserat som Nyheter", "Föregående inlägg: Ett år i noden",
             "Nästa inlägg: Vi öppnar ett nytt labb", "Lämna ett svar",
             "Din e-postadress kommer inte publiceras.", "Drivs med WordPress"],
        ),
        (
            LONG_POST,
            ["I Barkarbystaden byggs nu en testbädd där åkerier, elbolag och forskare tillsammans "
             "prövar hur tunga lastbilar kan laddas snabbt och säkert i en växande stadsdel.",
             "Testbädden är ett samarbete mellan sju företag och två lärosäten, och den första "
             "laddstationen tas i drift redan i höst, när de tre första lastbilarna levereras.",
             "Varför tunga fordon?",
             "Lastbilarna står för en stor del av utsläppen från trafiken i regionen, men de går "
             "inte att ladda som personbilar: de behöver mer effekt och kortare stopp.",
             "Därför prövar testbädden tre sätt att ladda, som alla ska utvärderas under två år:",
             "snabbladdning vid depån under lunchrasten,",
             "långsam laddning över natten med smart styrning mot elnätet,",
             "laddning vid lastkajen medan lasten byts.",
             "Vi vill veta vad som fungerar i vardagen, inte bara i labbet, och det kan vi bara "
             "ta reda på tillsammans med dem som kör bilarna varje dag.",
             "Det säger projektledaren, som har arbetat med elektrifiering av transporter i tio år "
             "och som leder arbetet från noden i Barkarby.",
             "Nästa steg",
             "Under våren bjuder noden in fler åkerier att delta. Den som vill vara med kan anmäla "
             "sig fram till den sista mars, och resultaten publiceras öppet när försöken är "
             "klara."],
            ["Så bygger vi en testbädd för laddning av tunga fordon", "Exempelnoden", "Start",
             "Nyheter", "Publicerat i Nyheter", "Drivs med WordPress"],
        ),
    ],
    ids=["block-theme-short-post", "classic-theme-short-post", "long-post"],
)  # fmt: skip
def test_the_body_is_the_post_and_only_the_post(html, present, absent):
    article = extract_article(html, URL, NODE).article
    assert article.sources["body"] == "maintext"
    for line in absent:
        assert line not in article.paragraphs
    assert article.paragraphs == present  # in order, and nothing else


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # ssci's datelines: an ISO date set apart in bold, or a date and a dash
        (["2019-04-10 Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram.", "Två"],
         "2019-04-10", ["Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram.",
                        "Två"]),
        (["December 18, 2020 – A year like no other is coming to an end."], "2020-12-18",
         ["A year like no other is coming to an end."]),
        (["18 december 2020: Ett år som inget annat går mot sitt slut."],
         "2020-12-18T09:00:00+01:00", ["Ett år som inget annat går mot sitt slut."]),
        # a date alone on the first line goes with its line
        (["10 februari 2024", "Ett trettiotal företag kom."], "2024-02-10",
         ["Ett trettiotal företag kom."]),
        # a date that is not the published day is the text's own (an event's day)
        (["2024-05-10: Seminarium om vätgas på KTH."], "2024-04-01",
         ["2024-05-10: Seminarium om vätgas på KTH."]),
        # a sentence that begins with the date, with nothing to set the date apart
        (["December 18, 2020 was the day the lab opened."], "2020-12-18",
         ["December 18, 2020 was the day the lab opened."]),
        # only the head of the body
        (["Ett trettiotal företag kom.", "2024-02-10 Mer om mötet."], "2024-02-10",
         ["Ett trettiotal företag kom.", "2024-02-10 Mer om mötet."]),
        (["2024-02-10 Mellan KI och Vasastan."], None, ["2024-02-10 Mellan KI och Vasastan."]),
        ([], "2024-02-10", []),
    ],
)  # fmt: skip
def test_strip_dateline(paragraphs, published, expected):
    assert strip_dateline(paragraphs, published) == expected


DATELINE_POST = """<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8">
<title>Hagastaden tar form</title></head><body><main><article>
<h1>Hagastaden tar form</h1>
<div class="content">
<p><strong>2019-04-10</strong> Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram. Här ska forskning, vård, företag och bostäder mötas.</p>
<p>De första husen står klara nästa år, och fler än tusen forskare väntas arbeta i området när det är färdigbyggt om tio år.</p>
</div></article></main></body></html>"""


def test_the_dateline_a_date_was_read_from_leaves_the_body():
    article = extract_article(DATELINE_POST, "https://exempelnoden.se/hagastaden/", NODE).article
    assert article.published == "2019-04-10"
    assert article.paragraphs[0] == (
        "Mellan Karolinska Institutet och Vasastan växer en ny stadsdel fram. Här ska forskning, "
        "vård, företag och bostäder mötas."
    )


# --- an article cut into chunks ---------------------------------------------------------------

P1 = (
    "The region's five innovation nodes signed a joint agreement on Monday that commits them to "
    "share their testbeds, their events calendar and their contacts with the municipalities."
)
P2 = (
    "Until now each node has run its own programme for companies, and a company that wanted to "
    "test a product in two places had to apply twice, with two contracts and two sets of fees."
)
P3 = (
    "The agreement runs for three years, and the first joint call for companies opens in the "
    "autumn with places in Kista, Flemingsberg, Hagastaden, Södertälje and Barkarby alike."
)
P4 = (
    "The nodes will also publish one calendar of events, so that a researcher in Flemingsberg can "
    "see what happens in Kista the same week without having to look on five websites."
)
P5 = (
    "The region pays for a coordinator who works from each node in turn, one month at a time, and "
    "who reports to the five boards together twice a year on how the cooperation goes."
)
SUB = "What changes for companies"
P6 = (
    "A company that joins one node is welcome at all five, and the fees it pays in one place count "
    "in the others, which the nodes say will make the region easier to work in for start-ups."
)
BIO = (
    "Anna Berg writes about research and innovation in the Stockholm region. Before joining the "
    "newsroom she worked for ten years at a university press office, where she wrote about "
    "medicine, materials and computer science, and she still teaches science writing at the "
    "university in the spring. She lives in Solna with her family and a very old cat, and she "
    "can be reached by email at the address on the contact page of this website, where her "
    "colleagues in the newsroom are listed as well, each with the subjects they cover."
)
CHUNKED_PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Nodes sign an agreement</title></head>
<body><article class="story"><h1>Nodes sign an agreement</h1>
<div class="chunks">
<div class="chunk"><div class="chunk-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="chunk-rail"><p>Advertisement</p></div></div>
<div class="ad-row"><div class="ad">Advertisement</div></div>
<div class="chunk"><div class="chunk-body"><p>{P4}</p><p>{P5}</p><h2>{SUB}</h2><p>{P6}</p>
<h3>More stories</h3><ul><li>Read: <a href="/a">a new lab opens in Kista</a></li>
<li>Read: <a href="/b">the region's budget for research</a></li></ul></div>
<div class="chunk-rail"></div></div>
<div class="chunk"><div class="author-box"><p>{BIO}</p></div></div>
<div class="chunk"><div class="chunk-body"><p>Share this story</p></div></div>
</div></article>
<article class="story"><h1>The next story</h1><div class="chunks"><div class="chunk">
<div class="chunk-body"><p>{BIO}</p></div></div></div></article>
</body></html>"""


@pytest.mark.parametrize(
    "lines, expected",
    [
        # trafilatura took the first chunk: the second follows, without its list of other stories
        # (nor that list's heading); the author's box (same class, no body inside) and a short
        # chunk stay out
        ([P1, P2, P3], ([], [P4, P5, SUB, P6])),
        # it took the second: the first comes before
        ([P4, P5, SUB, P6], ([P1, P2, P3], [])),
        # it took the whole body: nothing to add, and never the next story's article
        ([P1, P2, P3, P4, P5, SUB, P6], ([], [])),
        ([], ([], [])),
    ],
)  # fmt: skip
def test_continuation_of_a_body_in_chunks(lines, expected):
    assert continuation(parse_page(CHUNKED_PAGE), lines) == expected
