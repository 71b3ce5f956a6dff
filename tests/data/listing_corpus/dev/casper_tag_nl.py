"""Written page rendered by hand from Ghost's Casper theme (TryGhost/Casper @
d523a868f3ed2b6df32d487d3f185d282ec9f531, version 5.12.2: tag.hbs, partials/post-card.hbs,
default.hbs; MIT) for a Dutch site (lang=nl): the tag's own card (an unlinked <section
class="post-card post-card-large"> with the tag's name and description) opens the feed, then
ten <article class=post-card>s whose title, primary tag and excerpt sit inside one
<a class=post-card-content-link>, an image link before it on most cards, and a footer with
`{{date format="DD MMM YYYY"}}` in Dutch ("05 nov. 2026", moment's abbreviations with a dot)
and "N min leestijd". Casper's cards print no author, so every author is None. The pager
says "Pagina 1 van 3" and "Oudere berichten".
"""

from datetime import UTC, date, datetime

url = "https://fietsroutes.example.nl/tag/gravel/"
timezone = "Europe/Amsterdam"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://fietsroutes.example.nl/gravel-door-de-veluwe/",
        "title": "Gravel door de Veluwe: 120 kilometer zand en dennen",
        "published": date(2026, 12, 3),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/bandenspanning-op-gravel/",
        "title": "Welke bandenspanning rijd je op gravel?",
        "published": date(2026, 11, 27),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/drenthe-in-de-herfst/",
        "title": "Drenthe in de herfst: hunebedden en heidepaden",
        "published": date(2026, 11, 19),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/tassen-voor-bikepacking/",
        "title": "Tassen voor bikepacking: wat past er echt in?",
        "published": date(2026, 11, 12),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/winterkleding-laagjes/",
        "title": "Laagjes in de winter, zonder het koud te krijgen",
        "published": date(2026, 11, 5),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/limburg-heuvels-onverhard/",
        "title": "Limburgse heuvels, maar dan onverhard",
        "published": date(2026, 10, 29),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/ketting-schoonmaken/",
        "title": "Je ketting schoonmaken na een modderrit",
        "published": date(2026, 10, 22),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/grensroute-belgie/",
        "title": "De grensroute: van Baarle-Nassau naar Hilvarenbeek",
        "published": date(2026, 10, 14),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/navigeren-zonder-gps/",
        "title": "Navigeren zonder gps: knooppunten op gravel",
        "published": date(2026, 10, 6),
        "author": None,
    },
    {
        "link": "https://fietsroutes.example.nl/eerste-gravelrace/",
        "title": "Mijn eerste gravelrace: lessen uit de achterhoede",
        "published": date(2026, 9, 28),
        "author": None,
    },
]
