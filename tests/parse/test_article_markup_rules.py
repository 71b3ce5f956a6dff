"""parse/article_markup.py and parse/article_dateline.py: the rules for pages whose embedded
metadata says nothing (the headline, byline and dateline a reader sees), written from the
article corpus's dev pages (tests/parse/test_article_corpus.py), each on a page made for it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _article import jsonld, read
from _article import page as _page

from aggregator.parse.article import read_article


def page(body: str, head: str = "", title: str = "Titre de l’onglet", lang: str = "en") -> bytes:
    return _page(head, body, lang, title)


# -- the headline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        # The site's logo in an <h1> that the <title> ends with: not the headline.
        (
            "How the Musical Came Back - Rolling Stone",
            "<header><h1>Rolling Stone</h1></header>"
            "<article><h1>‘La La Land’: the musical is back</h1></article>",
            "‘La La Land’: the musical is back",
        ),
        # The page's only <h1>, outside any <article>, which the <title> words differently.
        (
            "Amazon Alexa: 6 gadgets | Fortune.com",
            "<div><h1>Here Are 6 Gadgets Powered by Alexa</h1></div><article><p>Text</p></article>",
            "Here Are 6 Gadgets Powered by Alexa",
        ),
        # Two <h1>, neither in an <article>: the one most like the <title>'s headline.
        (
            "ファインの新聞ストッカーは引越しにも使える！ 新聞も家具も簡単に固定 | ライフハッカー",
            "<h1>lifehacker</h1>"
            "<div><h1>ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単</h1></div>",
            "ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単",
        ),
        # The logo is the page's <h1>: the <h2> that the <title> begins with is the headline.
        (
            "这个约会软件，想帮你找对象_智能_好奇心日报",
            "<h1>好奇心日报</h1><div><h2>推荐</h2><h2 class='title'>这个约会软件，想帮你找对象</h2></div>",
            "这个约会软件，想帮你找对象",
        ),
    ],
)
def test_the_headline_from_the_page_when_no_metadata_gives_it(title: str, body: str, want: str) -> None:
    assert read(page(body, title=title)).title == want


def test_twitter_card_title_before_an_h1_that_runs_into_the_next_element() -> None:
    head = '<meta name="twitter:title" content="Anticorrupción decidirá si recurre">'
    body = "<h1>Anticorrupción decidirá si recurre<span>Ultima Hora</span></h1>"

    assert read(page(body, head, title="Anticorrupción » Local » Ultima Hora")).title == (
        "Anticorrupción decidirá si recurre"
    )


# -- the byline ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A link right after a lone "By", and a link to the author's page named by its text.
        ('<span>By </span><a href="/u/9">Teresa Newsome</a>', ("Teresa Newsome",)),
        ('<div><a href="/profile/teresa-newsome-1910837">Teresa Newsome</a></div>', ("Teresa Newsome",)),
        # A link to the author's page whose text is not the name ("View author archive").
        (
            '<a href="/author/oli-coleman/">View author archive</a>'
            ' <span class="author-name">Oli Coleman</span>',
            ("Oli Coleman",),
        ),
        # A byline box with its authors' links and their roles: the links.
        (
            '<div class="byline__authors"><a href="/author/sam-stein">Sam Stein</a>'
            " <span>Senior Politics Editor, The Huffington Post</span></div>",
            ("Sam Stein",),
        ),
        # Two links, the second the publication.
        (
            '<a href="/author/john-pullen/">John Pullen,</a><a href="/author/time-magazine/">TIME</a>',
            ("John Pullen",),
        ),
        # What follows the name: a section, a handle, a date written out, the agency.
        ('<p class="byline">Written by Michael Larabel in Valve on 1 June 2019</p>', ("Michael Larabel",)),
        ('<p class="byline">By Tom DiChristopher@tdichristopher</p>', ("Tom DiChristopher",)),
        ('<p class="byline">Paul December 23, 2016</p>', ("Paul",)),
        ('<p class="author">By April Glaser</p>', ("April Glaser",)),
        ('<p class="byline">Fatima Hussein, The Associated Press</p>', ("Fatima Hussein",)),
        ('<div id="byline"><b>[</b>田中宏昌，<b>ITmedia]</b></div>', ("田中宏昌",)),
        # Name classes: "writer-name", "author-info__name-text".
        ('<cite class="tc-meta-writer-name">Lauren Jarvis-Gibson</cite>', ("Lauren Jarvis-Gibson",)),
        ('<span class="author-info__name-text">Melanie Wassink</span>', ("Melanie Wassink",)),
        # A line break in the source is a space on the page.
        ('<a class="author" href="/authors/will-leitch">Will\n      Leitch</a>', ("Will Leitch",)),
    ],
)
def test_byline_names(byline: str, names: tuple[str, ...]) -> None:
    assert read(page(f"<article><h1>Titre</h1>{byline}<p>Texte.</p></article>")).authors == names


def test_a_share_bar_named_comments_around_the_byline_is_not_the_comments() -> None:
    body = (
        '<article><h1>Titre</h1><div class="entry-meta social-comments">By '
        '<span class="author"><a rel="author" href="/author/sage-lazzaro/">Sage Lazzaro</a></span>'
        '</div><p>Text</p><div class="comments-area"><a rel="author" href="/u/1">Troll</a></div></article>'
    )

    assert read(page(body)).authors == ("Sage Lazzaro",)


def test_the_article_holding_the_headline_and_its_header_before_sidebar_cards() -> None:
    card = (
        '<article class="card"><a href="/x">Other story</a><span class="byline">Steve Straub</span></article>'
    )
    body = (
        f"<main>{card}<article><header><h1>The Failure Of Schools</h1>"
        '<span>By <a href="/u/rgehl">Bushrod Washington</a><br>Published December 21, 2016 at 8:31am</span>'
        f"</header><p>Text</p>{card}</article></main>"
    )
    article = read(page(body), timezone="America/New_York")

    assert article.authors == ("Bushrod Washington",)
    assert article.published == datetime(2016, 12, 21, 13, 31, tzinfo=UTC)


# -- the dateline -------------------------------------------------------------------------------


def test_a_time_element_of_the_update_is_skipped_and_the_original_one_taken() -> None:
    body = (
        '<article><header><h1>Titre</h1><div>Updated:</div><div><time datetime="2018-03-06T19:49:32-05:00">'
        'Mar 6, 2018</time></div><div>Original:</div><div><time datetime="2016-12-21T18:49:10-05:00">'
        "Dec 21, 2016</time></div></header></article>"
    )

    assert read(page(body)).published == datetime(2016, 12, 21, 23, 49, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("time", "want"),
    [
        # The datetime is the update's, the text the publication's (in the zone it names).
        (
            '<time class="timeStamp" datetime="2022-10-14T16:20:52.800Z">Posted: Oct 14, 2022 9:27 AM ET'
            " | Last Updated: 24 minutes ago</time>",
            datetime(2022, 10, 14, 13, 27, tzinfo=UTC),
        ),
        (
            '<time datetime="2016-12-20T13:00:00.000Z">Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016,'
            " 1:00 PM UTC</time>",
            datetime(2016, 12, 20, 12, 44, tzinfo=UTC),
        ),
        # A time written without its offset, off by whole hours but for its seconds.
        (
            '<time datetime="2016-12-06T21:08:12">Dec 6, 2016, 4:08pm EST</time>',
            datetime(2016, 12, 6, 21, 8, tzinfo=UTC),
        ),
    ],
)
def test_the_visible_dateline_beats_the_markup_datetime(time: str, want: datetime) -> None:
    article = read(
        page(f"<article><header><h1>Titre</h1>{time}</header></article>"), timezone="America/New_York"
    )

    assert article.published == want


@pytest.mark.parametrize(
    "dateline",
    [
        '<p class="author"> ZDNet Japan Staff 2019年04月28日 08時00分</p>',
        # A dateline named by its id, its update-named child skipped for it.
        '<div id="cmsDate"><span id="update">2019年04月28日 08時00分 公開</span></div>',
    ],
)
def test_a_japanese_dateline_gives_the_time_of_day(dateline: str) -> None:
    head = '<meta name="date" content="2019-04-28">'
    article = read(
        page(f"<article><h1>見出し</h1>{dateline}</article>", head, lang="ja"), timezone="Asia/Tokyo"
    )

    assert article.published == datetime(2019, 4, 27, 23, 0, tzinfo=UTC)
    assert not article.day_only


# -- declared names and titles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "author", "names"),
    [
        # The byline's "By" and the publication after the names, in the declared name.
        (
            "https://www.dailymail.co.uk/news/a.html",
            "By Glen Owen And Brendan Carlin For The Mail On Sunday",
            ("Glen Owen", "Brendan Carlin"),
        ),
        # A role named after the site before the name.
        ("https://www.focus.de/auto/a.html", "Von FOCUS-Online-Experte Robin Tschöpe", ("Robin Tschöpe",)),
        # Names with the place one of them wrote from.
        (
            "https://www.nzz.ch/international/a",
            "Markus M. Haefliger, London, Beat Bumbacher",
            ("Markus M. Haefliger", "Beat Bumbacher"),
        ),
        # An interview's "Propos recueillis par", and a sentence's full stop (not an initial's).
        ("https://www.ouest-france.fr/a", "Recueilli par Patrick ANGEVIN.", ("Patrick ANGEVIN",)),
        ("https://www.example.org/a", "By Perry Bacon Jr.", ("Perry Bacon Jr.",)),
        # A personal site named after its author keeps the author.
        ("https://mattiasgeniar.example/a", "Mattias Geniar", ("Mattias Geniar",)),
        # Not a name followed by a site role, nor two names.
        ("https://www.example.org/a", "Di Maria", ("Di Maria",)),
        ("https://www.example.org/a", "Doe, Jane", ("Doe, Jane",)),
    ],
)
def test_declared_author_names_without_the_bylines_words(
    url: str, author: str, names: tuple[str, ...]
) -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": author}})
    article = read_article(page("<p>T</p>", head), url=url)

    assert article.authors == names


def test_the_site_named_by_its_address_is_not_taken_for_the_rest_of_a_long_headline() -> None:
    # A headline of 100 characters or more may be cut (a search engine's limit): a longer
    # og:title that begins with it completes it, but " - Gala" on gala.fr is the site's name.
    headline = (
        "Jean-Paul Delevoye, monsieur retraites du gouvernement : "
        "Jacques Chirac lui donnait un surnom peu flatteur"
    )
    head = jsonld({"@type": "NewsArticle", "headline": headline}) + (
        f'<meta property="og:title" content="{headline} - Gala">'
    )
    article = read_article(page("<p>T</p>", head), url="https://www.gala.fr/l_actu/a_439447")

    assert article.title == headline


def test_the_sites_own_name_as_the_declared_author_gives_way_to_the_byline() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "L'Opinion"}}
    )
    body = '<article><h1>H</h1><span class="author">Emmanuelle Ducros</span><p>T</p></article>'

    assert read_article(page(body, head), url="https://www.lopinion.fr/edition/a").authors == (
        "Emmanuelle Ducros",
    )


def test_a_declared_headline_that_carried_the_site_s_name_is_completed_by_the_h1() -> None:
    # SEO plugins write the page's shortened <title> as the JSON-LD headline.
    head = jsonld(
        {"@type": "NewsArticle", "headline": "Meta Outage Hits Facebook and Messenger | Kulu Media"}
    ) + ('<meta property="og:site_name" content="Kulu Media">')
    body = "<article><h1>Meta Outage Hits Facebook and Messenger Worldwide</h1><p>T</p></article>"

    assert read_article(page(body, head), url="https://kulu-media.com/a/").title == (
        "Meta Outage Hits Facebook and Messenger Worldwide"
    )


def test_a_declared_headline_without_the_site_s_name_keeps_its_words() -> None:
    # The <h1> adds a subtitle to a whole headline: the declared one stays.
    head = jsonld({"@type": "NewsArticle", "headline": "Meta Outage Hits Facebook and Messenger"})
    body = "<article><h1>Meta Outage Hits Facebook and Messenger Worldwide</h1><p>T</p></article>"

    assert read_article(page(body, head), url="https://kulu-media.com/a/").title == (
        "Meta Outage Hits Facebook and Messenger"
    )


# -- quoted and embedded posts ------------------------------------------------------------------


def test_an_embedded_post_s_author_is_not_the_byline() -> None:
    # A newsletter platform's card of a quoted tweet, in the text, names the tweet's author;
    # the declared author, whose name is the site's, would give way to a byline's person.
    head = jsonld(
        {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "Jane Doe"}}
    )
    body = (
        '<article><h1>H</h1><p>T</p><div class="tweet"><div class="tweet-header">'
        '<span class="tweet-author-name">Ana Fabrega</span></div><p>Quoted.</p></div></article>'
    )

    assert read_article(page(body, head), url="https://janedoe.com/p/a").authors == ("Jane Doe",)


def test_an_embedded_post_s_time_is_not_the_dateline() -> None:
    # Instagram's embedding code quotes the post with its own <time> ("Jun 16, 2019 at
    # 7:30am PDT"), four days before the article.
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2019-06-20T10:59:05+0200"})
    body = (
        '<article><h1>H</h1><p>T</p><blockquote class="instagram-media"><p>'
        '<time datetime="2019-06-16T14:30:55+00:00">Jun 16, 2019 at 7:30am PDT</time></p>'
        "</blockquote></article>"
    )

    got = read_article(page(body, head, lang="de"), url="https://www.example.de/stars/a.html")
    assert got.published == datetime(2019, 6, 20, 8, 59, 5, tzinfo=UTC)


def test_a_byline_in_a_blockquote_is_the_quoted_source_s() -> None:
    body = (
        '<article><h1>H</h1><p>T</p><blockquote><p>Quoted.</p><span class="author">Jane Roe</span>'
        '</blockquote><p class="byline">By John Doe</p></article>'
    )

    assert read_article(page(body), url="https://www.example.org/a").authors == ("John Doe",)


def test_an_author_page_named_by_the_name_written_together_is_the_byline() -> None:
    # "/author/martinclavey" for "Martin Clavey": the byline's link, before a photo credit's
    # "by <a>Ninja Brick</a>" further down.
    body = (
        '<article><h1>H</h1><div class="entry-meta"><span class="byline"><span class="author vcard">'
        '<a class="url fn n" href="https://www.example.fr/author/martinclavey">Martin Clavey</a>'
        '</span></span></div><p>T</p><p><a href="https://photos.example.com/1">Lego</a> by '
        '<a class="owner-name" href="https://photos.example.com/u/2">Ninja Brick</a></p></article>'
    )

    assert read_article(page(body, lang="fr"), url="https://www.example.fr/1927").authors == (
        "Martin Clavey",
    )


@pytest.mark.parametrize(
    "href", ["/author-bio.asp?author_id=837", "/author.php?id=12", "/?author=12", "/authors/?lang=en&id=7"]
)
def test_a_link_to_an_author_page_addressed_by_number_is_the_byline(href: str) -> None:
    # No "By", no author class: the link's address says whose page it is.
    body = (
        '<div><h1>H</h1><span class="smaller gray">5/24/2016</span><div class="info-block">'
        f'<span class="smaller blue"><a class="color-link" href="{href}">Kelly Sheridan</a></span>'
        '</div><p>T</p><a href="/section.asp?id=12">Cloud Computing</a></div>'
    )

    assert read_article(page(body), url="https://www.example.com/cloud/a/d/d-id/1").authors == (
        "Kelly Sheridan",
    )
