"""Written page rendered by hand from phpBB's prosilver style (phpbb/phpbb @
00ff33c9b42479bee386cd45e863cb0bfe25a882: phpBB/styles/prosilver/template/viewforum_body.html;
GPL-2.0) as a forum's topic list with the German language pack (lang=de, times in Europe/Berlin
as the footer says): each <li class=row> holds a <dl> whose <dt> has the a.topictitle link,
for long topics a <div class=pagination> of page links (1 2 3), "von <a class=username>…</a>
» Mo 30. Nov 2026, 18:12" (the topic's starter and first post, phpBB's default German
"D j. M Y, H:i"), a hidden (display:none) responsive copy of the last post, then <dd>s of
replies, views and the last post ("Letzter Beitrag von <user>", an icon link to it, its time).
Unread topics start with an empty icon link and a "Neuester Beitrag" icon link. The first
topic is a sticky by the admin (a coloured user name). Entries are the topics: the starter is
the author and the first post's time the date (to the minute); the last post's user and time
are not. Pager, breadcrumbs, sort form and footer are not entries.
"""

from datetime import UTC, datetime

url = "https://forum.aquaristik-nord.example.de/viewforum.php?f=4"
timezone = "Europe/Berlin"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=17",
        "title": "Forenregeln und Hinweise für neue Mitglieder – bitte zuerst lesen",
        "published": datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        "author": "Admin",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=981",
        "title": "Trübes Wasser nach dem Filterwechsel",
        "published": datetime(2026, 12, 4, 20, 37, tzinfo=UTC),
        "author": "Kaktusfreund",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=978",
        "title": "Welche Pflanzen für ein 60-Liter-Becken ohne CO2?",
        "published": datetime(2026, 12, 3, 17, 5, tzinfo=UTC),
        "author": "Sabine K.",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=975",
        "title": "Garnelen vermehren sich nicht mehr – Ideen?",
        "published": datetime(2026, 12, 2, 9, 22, tzinfo=UTC),
        "author": "Garnelen-Gerd",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=970",
        "title": "Erfahrungen mit LED-Leuchten um 50 Euro",
        "published": datetime(2026, 11, 29, 14, 48, tzinfo=UTC),
        "author": "hb_mueller",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=966",
        "title": "Schnecken im Aquarium: Plage oder Nutzen?",
        "published": datetime(2026, 11, 27, 19, 15, tzinfo=UTC),
        "author": "Lotte_B",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=961",
        "title": "Meerwasser-Einstieg: mein Tagebuch",
        "published": datetime(2026, 11, 24, 8, 3, tzinfo=UTC),
        "author": "NordseeNemo",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=957",
        "title": "Suche Ableger Javamoos im Raum Kiel",
        "published": datetime(2026, 11, 21, 12, 30, tzinfo=UTC),
        "author": "moosbart",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=952",
        "title": "Wasserwerte: Nitrit plötzlich bei 0,5 mg/l",
        "published": datetime(2026, 11, 18, 6, 55, tzinfo=UTC),
        "author": "Wasserfloh",
    },
    {
        "link": "https://forum.aquaristik-nord.example.de/viewtopic.php?f=4&t=948",
        "title": "Urlaubsvertretung: Futterautomat oder Nachbar?",
        "published": datetime(2026, 11, 15, 15, 40, tzinfo=UTC),
        "author": "Garnelen-Gerd",
    },
]
