"""Real page: the home page of a personal outdoor blog in German (WordPress, a "Nomad" theme), saved
by adbar/htmldate for its tests. Above the list, a full-width carousel (<section id=home-slider>)
of 29 slides, each a picture and an <h1><a>title</a></h1>, shows the blog's posts back to 2016:
the theme's slider, not the page's list, left out. The list: ten <article class="post … hentry">,
each a thumbnail link, <h2 class=entry-title><a>title</a></h2> and <div class=entry-meta>:
<time class="entry-date published" datetime="2017-08-06T22:54:40+00:00">6. August
2017</time><time class=updated …>9. August 2017</time> in one link, then <span class="author
vcard"><a>admin</a></span>, and a "Read More" link. Dates: the publication's `datetime`, whose
+00:00 offset agrees with the day shown on every card (22:54 UTC on 6 August is 7 August in
Berlin): the site's clock is UTC. The update's <time> comes second and is not the publication.
Authors: the vcard's name. Not entries: the slider, the menu, the pager, the footer. `now`: the
commit that added the page (2017-10-13); the newest post is of August 2017.
"""

from datetime import UTC, datetime

url = "https://absegler.de/"
timezone = "UTC"
now = datetime(2017, 10, 13, 16, 11, tzinfo=UTC)

entries = [
    {
        "link": "https://absegler.de/vieux-bateau-chevroux/",
        "title": "Vieux Bateau Chevroux",
        "published": datetime(2017, 8, 6, 22, 54, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/parco-nazionale-del-gargano/",
        "title": "Parco Nazionale del Gargano",
        "published": datetime(2017, 7, 24, 18, 40, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/vacance-in-puglia/",
        "title": "Vacanze in Puglia",
        "published": datetime(2017, 7, 15, 15, 34, tzinfo=UTC),
        "author": "Markus Frey",
    },
    {
        "link": "https://absegler.de/mtb-kandelhoehenweg/",
        "title": "MTB Kandelhöhenweg",
        "published": datetime(2017, 6, 24, 23, 46, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/ygaggenau/",
        "title": "Y’Gaggenau",
        "published": datetime(2017, 6, 19, 22, 0, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/roro-lac-neuchatel/",
        "title": "Roro – Lac Neuchatel",
        "published": datetime(2017, 6, 15, 0, 32, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/roro-corsair-f24-am-lac-de-neuchatel/",
        "title": "Roro – Corsair F24 am Lac de Neuchatel",
        "published": datetime(2017, 5, 16, 23, 8, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/schifoarn-schauinsland-talabfahrt/",
        "title": "Schifoarn – Schauinsland-Talabfahrt",
        "published": datetime(2017, 1, 14, 21, 17, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/mtb-saisonabschluss-ist-der-31-12/",
        "title": "MTB Sylvester und Neujahr",
        "published": datetime(2017, 1, 1, 18, 3, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://absegler.de/noel-en-suisse/",
        "title": "Noël en suisse",
        "published": datetime(2016, 12, 29, 17, 58, tzinfo=UTC),
        "author": "admin",
    },
]
