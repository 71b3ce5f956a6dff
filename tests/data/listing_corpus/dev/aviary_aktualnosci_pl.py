"""Real page: the "Aktualności" (news) category archive of Aviary.pl, the Polish Mozilla
localization team's WordPress 4.5 blog ("Archiwum kategorii „Aktualności”"), in a static mirror
the team publishes at aviarypl.github.io (links rewritten to "../../2014/05/<slug>/index.html").
A two-column page: on the left a sidebar of categories and a month archive ("May 2014" … "October
2004"), on the right ten whole posts, each <div class="post"> with an <h3 class='entryh3'> title
link, a line "<strong>7.05.2014, 23:32</strong>; kategorie: Aktualności, Mozilla." (day first,
24-hour clock, Warsaw time) and the post's full text (some with their own <h2>s: "Agenda",
"Rejestracja"). No bylines (authors None). Not entries: the skip links, the menu, the sidebar,
the category links, links inside the posts' text, the pager ("« Starsze"). `now`: the commit that
last changed the page.
"""

from datetime import UTC, datetime

url = "http://www.aviary.pl/category/aktualnosci/"
timezone = "Europe/Warsaw"
now = datetime(2017, 2, 25, 1, 55, tzinfo=UTC)


entries = [
    {
        "link": "http://www.aviary.pl/2014/05/kwietniowe-spotkanie-aviary-pl/index.html",
        "title": "Kwietniowe spotkanie Aviary.pl",
        "published": datetime(2014, 5, 7, 21, 32, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2014/03/ankieta-dla-deweloperow/index.html",
        "title": "Ankieta dla deweloperów ‒ szansa na zdobycie 415 zł",
        "published": datetime(2014, 3, 9, 11, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2014/03/co-u-nas-slychac-czyli-ostatnie-miesiace-w-aviary-pl/index.html",
        "title": "Co u nas słychać, czyli ostatnie miesiące w Aviary.pl",
        "published": datetime(2014, 3, 5, 5, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2013/04/mozilla-swietuje-15-urodziny/index.html",
        "title": "Mozilla świętuje 15 urodziny!",
        "published": datetime(2013, 4, 2, 8, 43, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2013/01/firefox-os-app-day-w-warszawie/index.html",
        "title": "Firefox OS App Day w Warszawie",
        "published": datetime(2013, 1, 12, 19, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2013/01/firefox-os-app-day-w-polsce/index.html",
        "title": "Firefox OS App Day w Polsce",
        "published": datetime(2013, 1, 2, 2, 19, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2012/11/mozillapl-org-chwilowo-niedostepna/index.html",
        "title": "MozillaPL.org chwilowo niedostępna",
        "published": datetime(2012, 11, 26, 1, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2012/09/wydano-gnome-3-6/index.html",
        "title": "Wydano GNOME 3.6",
        "published": datetime(2012, 9, 27, 11, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2012/07/zmiana-koordynatora-gnome/index.html",
        "title": "Zmiana koordynatora GNOME",
        "published": datetime(2012, 7, 15, 18, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.aviary.pl/2012/03/bugzilla-4-2-po-polsku/index.html",
        "title": "Bugzilla 4.2 po polsku",
        "published": datetime(2012, 3, 3, 5, 47, tzinfo=UTC),
        "author": None,
    },
]
