"""Real page: page 5 of 35 of a personal site's "Articles" (the posts index, WordPress with a
Twenty Twelve child theme), saved by dannguyen/html_trawl for its tests. Ten <article
class="post … hentry">, each with <header class=entry-header> holding an empty dateline and
<h1 class="entry-title list"><a>title</a></h1>, the post's full text, and <footer
class=entry-meta> "This entry was posted in <a>category</a> on <a title="12:28 pm"><time
class=entry-date datetime="2012-07-26T12:28:55+00:00">July 26, 2012</time></a> by <span
class="author vcard"><a>Dan</a></span>". The theme never closes a <div class=entry-meta-header>
it opens in each header: a browser closes it at </header>, lxml nests each later article inside
the one before. Dates: the `datetime` attribute, whose +00:00 offset and whose minute agree
with the link's tooltip ("12:28 pm"): the site's clock is UTC. Not entries: the header, the
pager ("Older posts" to page 6, "Newer posts" to page 4), the sidebar ("My works", "Recent
Posts"). `now`: the commit that added the page (2013-06-08); the page was saved before it.
"""

from datetime import UTC, datetime

url = "http://danwin.com/articles/page/5/"
timezone = "UTC"
now = datetime(2013, 6, 8, 20, 25, tzinfo=UTC)

entries = [
    {
        "link": "http://danwin.com/2012/07/learning-music-the-python-way/",
        "title": "Learning Music, the Python Way",
        "published": datetime(2012, 7, 26, 12, 28, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/07/zombie-nouns-or-dont-add-clarification-to-your-writing-clarify-your-writing/",
        "title": "Zombie Nouns: Or: Don’t add clarification to your writing. Clarify your writing.",
        "published": datetime(2012, 7, 25, 14, 12, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/07/times-square-snowball-fight-photos-now-exhibited-in-dresden-gallery/",
        "title": "Times Square snowball fight photos: now exhibited in Dresden gallery",
        "published": datetime(2012, 7, 17, 8, 1, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/07/feynman-dont-you-have-time-to-think/",
        "title": "Feynman: Don’t you have time to think?",
        "published": datetime(2012, 7, 16, 12, 38, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/07/journatics-hiding-game/",
        "title": "Journatic’s hiding game",
        "published": datetime(2012, 7, 2, 11, 38, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/06/the-bastards-book-of-photography/",
        "title": "The Bastards Book of Photography",
        "published": datetime(2012, 6, 21, 10, 36, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/06/the-entrepreneurial-drive-in-mexicos-drug-trade-cocaine-inc/",
        "title": "The Entrepreneurial Drive in Mexico’s Drug Trade; “Cocaine, Inc.”",
        "published": datetime(2012, 6, 15, 16, 48, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/06/humble-bundle-payments-just-because-you-use-open-software-doesnt-mean-youre-cheap/",
        "title": "Humble Bundle payments: Just because you use open software doesn’t mean you’re cheap",
        "published": datetime(2012, 6, 7, 9, 21, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/06/the-greatest-sneaker-commercial-according-to-the-greatest-this-american-life-episode/",
        "title": "The greatest sneaker commercial, according to the greatest This American Life episode",
        "published": datetime(2012, 6, 6, 8, 52, tzinfo=UTC),
        "author": "Dan",
    },
    {
        "link": "http://danwin.com/2012/06/a-defense-of-web-scraping-as-a-vital-tool-for-journalists/",
        "title": "A defense of web-scraping as a vital tool for journalists",
        "published": datetime(2012, 6, 5, 15, 26, tzinfo=UTC),
        "author": "Dan",
    },
]
