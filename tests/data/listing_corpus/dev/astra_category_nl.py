"""Written page rendered by hand from WordPress's Astra theme (brainstormforce/astra @
1d5cf3e904f6a4467d9f1ceb7bc1dbc299b645bc, tag v3.6.5: template-parts/content-blog.php,
template-parts/blog/blog-layout.php, inc/blog/blog.php, inc/blog/blog-config.php;
GPL-2.0-or-later) as a Dutch category archive (lang=nl-NL) with the meta line set to author /
date / category / comments: each <article class="… ast-article-post"> holds a thumbnail link,
an <h2 class=entry-title> link and the <div class=entry-meta> "<span class='posted-by vcard
author' itemprop=author>…<span class=author-name itemprop=name>Marieke de Jonge</span>…</span>
/ <span class=posted-on><span class=published> 3 december 2026</span><span class=updated>
4 december 2026</span></span> / Nieuws / Laat een reactie achter" (Astra 3 prints both days;
its stylesheet, inline in the page's <head>, hides `.updated:not(.published)`, so a reader sees
the publication day, which is expected; on four posts the hidden day differs), then the excerpt
and "Lees verder »" (the title in a screen-reader span). The sidebar's "Recente berichten"
repeats two posts and lists three others; "Archieven" lists months.
"""

from datetime import UTC, date, datetime

url = "https://vogelwerkgroep-zeeland.example.nl/category/nieuws/"
timezone = "Europe/Amsterdam"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/wintertelling-2026/",
        "title": "Wintertelling 2026: vrijwilligers gezocht",
        "published": date(2026, 12, 3),
        "author": "Marieke de Jonge",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/kleine-zilverreiger-slaapplaats/",
        "title": "Een nieuwe slaapplaats van de kleine zilverreiger",
        "published": date(2026, 11, 26),
        "author": "Joost Verhage",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/ringen-bij-de-vogeltrekpost/",
        "title": "Ringen bij de vogeltrekpost: een seizoen in cijfers",
        "published": date(2026, 11, 19),
        "author": "Marieke de Jonge",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/excursie-verdronken-land/",
        "title": "Excursieverslag: Verdronken Land van Saeftinghe",
        "published": date(2026, 11, 12),
        "author": "Fatima el Amrani",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/nestkasten-schoonmaken/",
        "title": "Nestkasten schoonmaken: wanneer en hoe?",
        "published": date(2026, 11, 5),
        "author": "Joost Verhage",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/lezing-trekvogels/",
        "title": "Lezing: hoe trekvogels de weg vinden",
        "published": date(2026, 10, 29),
        "author": "Fatima el Amrani",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/strandplevier-broedseizoen/",
        "title": "Strandplevier: het broedseizoen 2026 in beeld",
        "published": date(2026, 10, 21),
        "author": "Marieke de Jonge",
    },
    {
        "link": "https://vogelwerkgroep-zeeland.example.nl/vogelvoer-winter/",
        "title": "Vogels voeren in de winter: doe het goed",
        "published": date(2026, 10, 14),
        "author": "Joost Verhage",
    },
]
