"""Real page: the engagement-rings category ("Pierścionki zaręczynowe", page 1 of 10) of a Polish
jeweller's shop (michelson.pl, Magento, March 2016), saved by TeamHG-Memex/autopager for its
pagination data. An offers listing in Polish: the shop's menus, a breadcrumb, a filter of gold
kinds with counts, the sort form and "1-11 of 107" with a pager (above and below the grid), a
category blurb cut with "... Więcej", then eleven <li class=item> cards: a picture link (its
`title` a generic "pierścionek zaręczynowy z brylantem" on most), the product's name as an <h3>
link ("Złoty pierścionek zaręczynowy z diamentem 0,15ct", three cards with that same name and
other addresses) and the price ("9 900,00 zł", or an old and a new price). Titles: the <h3>
link's text, as displayed (one in capitals). No dates or bylines (published None, author None).
Not entries: the menus, the filter, the sort and pager links, the blurb, the footer's shop
links. The address is autopager's record. `now` is the save (10 March 2016).
"""

from datetime import UTC, datetime

url = "http://www.michelson.pl/pierscionki-zareczynowe-1-html/"
timezone = "Europe/Warsaw"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/urok-luksusu-pierscionek-z-diamentami-o-lacznej-masie-0-72-ct;m-p-585b-214r-072/",
        "title": "Urok luksusu - Pierścionek z diamentami o łącznej masie 0,72 ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-2ct;m-p-585z-1050-020/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,2ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-15ct;m-p-585z-1096-015/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,15ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-15ct;m-p-585z-1206-015/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,15ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-15ct;m-p-585z-0896-015/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,15ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-4ct;m-p-585b-364r-040/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,4ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-3ct;m-p-585b-348r-030/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,3ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/zloty-pierscionek-zareczynowy-z-diamentem-0-25ct;m-p-585b-0445-025/",
        "title": "Złoty pierścionek zaręczynowy z diamentem 0,25ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/karmazycja-szafiru-i-brylantow;m-p-585z-370-050-s/",
        "title": "Karmazycja szafiru i brylantów",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/najpiekniejszy-pierscionek-zareczynowy-z-brylantem-0-15-ct;m-p-585d-001-015/",
        "title": "Najpiękniejszy pierścionek zaręczynowy z brylantem 0,15 ct",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.michelson.pl/pierscionki-zareczynowe-1-html/monaco-zloty-pierscionek-z-diamentem-0-06-ct-w-probie-585;m-p-585b-460-006/",
        "title": "MONACO - ZŁOTY PIERŚCIONEK Z DIAMENTEM 0,06 CT W PRÓBIE 585",
        "published": None,
        "author": None,
    },
]
