"""Real page: the same football club's team page for the boys born 2009 ("Skeid Gutter 8 år Gutter 2009",
123klubb), saved on 17 June 2017 by froderystad/fotballvarsel as the test page that replaced
skeid_g2007_no. The same grid of eight cards (<div class="item col-md-6"><div class="w-box">): an
unlinked <h2> headline (one with an empty teaser, "Skeid Banekalender"; one ending in a space), a
teaser <p>, and a footer "<small>24.05.2017  | Svein Flattun</small>", some with a time of day
("28.03.2017 10:40 | Svein Flattun", Oslo time), beside the card's only text link, "Les mer" (read
more); one card opens with a picture whose caption buttons link the picture twice ("Vis bilde", an
empty link) and the article ("Vis nyhet"). Two posters (Svein Flattun on seven cards, Kjetil
Rohde on one). Titles are the unlinked headlines. Not entries: the picture links, the "Nyhetsarkiv"
(news archive) button, the side column's accordion of the club's team pages, its tabs of coaches
and players, the footer. `now` is the commit that saved the page.
"""

from datetime import UTC, date, datetime

url = "http://skeid.no/portal/theme/team/main.do?teamId=16047"
timezone = "Europe/Oslo"
now = datetime(2017, 6, 17, 10, 43, tzinfo=UTC)

entries = [
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9383780",
        "title": "Skeid Banekalender",
        "published": date(2017, 5, 24),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9380520",
        "title": "Første trening starter for fullt i dag",
        "published": date(2017, 4, 18),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9378936",
        "title": "Treningstider og foreldremøte for G09",
        "published": datetime(2017, 3, 28, 8, 40, tzinfo=UTC),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9375512",
        "title": "Skal sønnen din fortsette/begynne på Skeid G09 våren 2017?",
        "published": date(2017, 2, 14),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9375439",
        "title": "Skeid Gutter 2009 trenger flere foreldre trenere",
        "published": datetime(2017, 2, 13, 13, 30, tzinfo=UTC),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9368658",
        "title": "Skeidakademiet",
        "published": datetime(2016, 11, 3, 12, 31, tzinfo=UTC),
        "author": "Kjetil Rohde",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9354427",
        "title": "Ber alle følge med på siden: Skeid Gutter 7 år VTF Gutt 2009",
        "published": date(2016, 5, 2),
        "author": "Svein Flattun",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9353890",
        "title": "Facebook gruppe for Skeid Gutter 2009",
        "published": date(2016, 4, 28),
        "author": "Svein Flattun",
    },
]
