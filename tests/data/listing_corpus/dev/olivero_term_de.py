"""Written page rendered by hand from Drupal's Olivero theme (drupal/drupal @
0644c25265786db3bbf0894f87083bf4846c8d50: core/themes/olivero/templates/content/node--teaser.html.twig;
@ abf79d7125adc5eeb37e393de8d4b35c74cd3b9d: core/themes/olivero/components/teaser/teaser.twig;
GPL-2.0-or-later) as a German taxonomy term page (views' taxonomy_term page display): each
<div class=views-row> holds an <article class="node … teaser"> whose header puts the meta line
"Von <span class=node__author>Anna Weber</span>, <time title="Donnerstag, 3. Dezember 2026 -
18:20">3 Dezember, 2026</time>" (the olivero_medium format "j F, Y" in German; the author an
unlinked schema:Person span, as for visitors without "access user profiles") above an optional
image link and the <h2 class=teaser__title> link, then the body summary. The sidebar's
"Neueste Inhalte" view repeats two posts and lists three others; the pager is Drupal's. Dates
are days as shown (the clock is only in the tooltip).
"""

from datetime import UTC, date, datetime

url = "https://gemeinschaftsgarten.example.de/taxonomy/term/12"
timezone = "Europe/Berlin"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/kompost-im-winter",
        "title": "Kompost im Winter: Was jetzt noch rein darf",
        "published": date(2026, 12, 3),
        "author": "Anna Weber",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/saatgutboerse-rueckblick",
        "title": "Rückblick auf die Saatgutbörse im Nachbarschaftshaus",
        "published": date(2026, 11, 28),
        "author": "Jonas Krüger",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/hochbeet-bauen",
        "title": "Ein Hochbeet aus Lärchenholz bauen",
        "published": date(2026, 11, 21),
        "author": "Anna Weber",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/winterharte-kraeuter",
        "title": "Sechs Kräuter, die den Winter überstehen",
        "published": date(2026, 11, 14),
        "author": "Mehmet Yılmaz",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/wasserfass-frostschutz",
        "title": "Regentonnen frostsicher machen",
        "published": date(2026, 11, 7),
        "author": "Jonas Krüger",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/gartentreffen-november",
        "title": "Protokoll des Gartentreffens im November",
        "published": date(2026, 10, 31),
        "author": "Lisa Hoffmann",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/gruenduengung",
        "title": "Gründüngung: Phacelia, Senf oder Roggen?",
        "published": date(2026, 10, 24),
        "author": "Anna Weber",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/apfelernte-streuobst",
        "title": "Apfelernte auf der Streuobstwiese",
        "published": date(2026, 10, 17),
        "author": "Mehmet Yılmaz",
    },
    {
        "link": "https://gemeinschaftsgarten.example.de/garten/schnecken-ohne-gift",
        "title": "Schnecken abwehren ohne Gift",
        "published": date(2026, 10, 10),
        "author": "Lisa Hoffmann",
    },
]
