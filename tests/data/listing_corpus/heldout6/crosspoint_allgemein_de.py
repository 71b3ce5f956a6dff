"""Real page: the "All" category of a refugee movement's video and news site (cross-point.tv,
posts of June to September 2013), a static export of its WordPress site in
cross-point-tv/cross-point-tv.github.io (committed 3 June 2020). `lang="de-DE"`, the posts in
German and English. A page header "All", then <div class="eleven columns blogwrap"> of five <div
class=blogpost>: a left column (<div class="darkbubble date"> with the day in an <h3> over "Sep
<br> 2013", then "No Comments" / "One Comment" linked to the post's comments, "In All, Movements…"
category links, "By crosspoint" as plain text), and a right column (the <h2 class=blogtitle>
link, a mobile-only repeat of the details, "On 03, Sep  2013 | … | By crosspoint", a picture
link, the teaser and "Read more…"). Entries: the five, in page order. Dates: the day of the
bubble. Authors: the plain-text "By …" name (crosspoint, aboutsource, Redaktion). Not entries:
the sidebar (search, "Neueste Beiträge" naming the same posts and one more, categories,
archives), the menus, the footer. `now`: the export's commit, 3 June 2020, 09:35 +02:00.
"""

from datetime import UTC, date, datetime

url = "http://www.cross-point.tv/kategorie/allgemein/"
timezone = "Europe/Berlin"
now = datetime(2020, 6, 3, 7, 35, tzinfo=UTC)

entries = [
    {
        "link": "http://www.cross-point.tv/2013/09/pressemitteilung-soltani-nigeria/index.html",
        "title": "Pressemitteilung von Hatef Soltani gegen Kollaboration Deportation in nigerianscher Botschaft",
        "published": date(2013, 9, 3),
        "author": "crosspoint",
    },
    {
        "link": "http://www.cross-point.tv/2013/08/dies-ist-keine-verteidigung-es-ist-die-verurteilung-eines-gerichts/index.html",
        "title": "Dies ist keine Verteidigung. Es ist die Verurteilung eines Gerichts.",
        "published": date(2013, 8, 13),
        "author": "crosspoint",
    },
    {
        "link": "http://www.cross-point.tv/2013/07/gefluchtete-streiken-in-eisenberg-gegen-immer-schlimmer-werdende-schikane/index.html",
        "title": "Geflüchtete streiken in Eisenberg gegen immer schlimmer werdende Schikane",
        "published": date(2013, 7, 29),
        "author": "aboutsource",
    },
    {
        "link": "http://www.cross-point.tv/2013/06/mobi-video-for-tribunal.html",
        "title": "International Refugee Tribunal (Documentation during 13th to 16th of June 2013)",
        "published": date(2013, 6, 4),
        "author": "Redaktion",
    },
    {
        "link": "http://www.cross-point.tv/2013/06/livestream/index.html",
        "title": "Livestream of the Tribunal",
        "published": date(2013, 6, 4),
        "author": "Redaktion",
    },
]
