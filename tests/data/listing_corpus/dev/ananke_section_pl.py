"""Written page rendered by hand from Hugo's Ananke theme (theNewDynamic/gohugo-theme-ananke @
69f2871e872b8c4c32cabbc6d9c5eed07295b901: layouts/post/list.html, layouts/post/summary.html,
layouts/baseof.html and its site header and footer partials; MIT) as a Polish section list
(lang=pl) of cards in an <aside class=flex-ns>: each a <div class=f6> with the date as
`time.Format "January 2, 2006"` prints it in Polish, month first and in the genitive of
CLDR's Polish format names ("grudnia 2, 2026"), an <h1 class=f3> link, the summary's <p>
and a "czytaj dalej" link (the site's read_more_copy). No byline on the cards: every author is
None. Hugo's pager is a <ul class=pagination> of page links.
"""

from datetime import UTC, date, datetime

url = "https://zielnik-babci.example.pl/wpisy/"
timezone = "Europe/Warsaw"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://zielnik-babci.example.pl/wpisy/nalewka-z-pigwowca/",
        "title": "Nalewka z pigwowca na zimowe wieczory",
        "published": date(2026, 12, 2),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/suszenie-melisy/",
        "title": "Suszenie melisy bez utraty aromatu",
        "published": date(2026, 11, 25),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/lipa-na-przeziebienie/",
        "title": "Herbata z lipy na przeziębienie",
        "published": date(2026, 11, 18),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/zielnik-na-parapecie/",
        "title": "Zielnik na parapecie: co rośnie zimą",
        "published": date(2026, 11, 10),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/syrop-z-sosny/",
        "title": "Syrop z pędów sosny – czy warto robić go jesienią?",
        "published": date(2026, 11, 2),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/mieta-trzy-odmiany/",
        "title": "Trzy odmiany mięty, które warto mieć w ogrodzie",
        "published": date(2026, 10, 26),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/czarny-bez/",
        "title": "Czarny bez: kwiaty, owoce i ostrożność",
        "published": date(2026, 10, 19),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/rumianek-zbior/",
        "title": "Kiedy zbierać rumianek pospolity",
        "published": date(2026, 10, 12),
        "author": None,
    },
    {
        "link": "https://zielnik-babci.example.pl/wpisy/ocet-ziolowy/",
        "title": "Ocet ziołowy z ogrodowych resztek",
        "published": date(2026, 10, 5),
        "author": None,
    },
]
