"""Real page: the blog index of a German protest movement's site (WordPress, Twenty Ten theme
in German), saved by adbar/trafilatura for its evaluation set. Ten posts, each a <div
class="post … hentry"> with <h2 class=entry-title><a>title</a></h2> and <div class=entry-meta>
"<span class="meta-prep meta-prep-author">Publiziert am</span> <a title="16:01"
rel=bookmark><span class=entry-date>13. Januar 2014</span></a> <span class=meta-sep>von</span>
<span class="author vcard"><a class="url fn n">uriebe</a></span>", then the post's text (some
in full, some cut at "Weiterlesen →"). Dates: the day shown and the post's time of day, which
the theme puts in the link's tooltip (title="16:01"), in the site's time (Europe/Berlin).
Authors: the vcard's name ("Publiziert am" is the theme's label, marked "meta-prep-author").
Not entries: the pager ("← Ältere Beiträge"), the sidebar's "letzte blogartikel" and "alle
blogartikel" lists and the month archive. `now`: the commit that added the page (2020-02-11);
the page was saved before it (the newest post is of 2014).
"""

from datetime import UTC, datetime

url = "http://www.echte-demokratie-jetzt.de/blog/"
timezone = "Europe/Berlin"
now = datetime(2020, 2, 11, 19, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.echte-demokratie-jetzt.de/2014/01/liebe-menschen-europas/",
        "title": "Liebe Menschen Europas",
        # 13. Januar 2014, 16:01
        "published": datetime(2014, 1, 13, 15, 1, tzinfo=UTC),
        "author": "uriebe",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2013/07/sei-doch-nicht-so-negativ/",
        "title": "Sei doch nicht so negativ!",
        # 23. Juli 2013, 21:04
        "published": datetime(2013, 7, 23, 19, 4, tzinfo=UTC),
        "author": "uriebe",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2013/07/nie-wieder-prism-nsa/",
        "title": "Nie wieder! #prism #nsa",
        # 10. Juli 2013, 19:59
        "published": datetime(2013, 7, 10, 17, 59, tzinfo=UTC),
        "author": "uriebe",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2013/05/occupy-love-der-occupy-film/",
        "title": "„Occupy Love“ – Der Occupy-Film",
        # 26. Mai 2013, 17:17
        "published": datetime(2013, 5, 26, 15, 17, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2013/03/zorn-aus-der-lust-am-leben-stephane-hessel/",
        "title": "Zorn aus der Lust am Leben: Stéphane Hessel",
        # 2. März 2013, 15:11
        "published": datetime(2013, 3, 2, 14, 11, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2012/11/occupy-befreit-schulden-the-rolling-jubilee/",
        "title": "Occupy befreit Schulden: The Rolling Jubilee",
        # 28. November 2012, 21:10
        "published": datetime(2012, 11, 28, 20, 10, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2012/07/israel-zelte-zuruck/",
        "title": "In Israel kamen die Zelte zurück",
        # 8. Juli 2012, 15:06
        "published": datetime(2012, 7, 8, 13, 6, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2012/06/marktforschung/",
        "title": "Marktforschung begegnet Occupy",
        # 4. Juni 2012, 14:21
        "published": datetime(2012, 6, 4, 12, 21, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2012/05/blockupy-nachlese/",
        "title": "Blockupy Nachlese",
        # 23. Mai 2012, 01:12
        "published": datetime(2012, 5, 22, 23, 12, tzinfo=UTC),
        "author": "Tom Stelling",
    },
    {
        "link": "http://www.echte-demokratie-jetzt.de/2012/05/der-diplomat-stephane-hessel-der-film/",
        "title": "„Der Diplomat Stéphane Hessel“ – der Film",
        # 21. Mai 2012, 01:33
        "published": datetime(2012, 5, 20, 23, 33, tzinfo=UTC),
        "author": "Tom Stelling",
    },
]
