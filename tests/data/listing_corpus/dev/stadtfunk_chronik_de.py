"""Written page imitating a German broadcaster's regional news chronicle (de): the day's
date only in a group heading (<h2 class=day-header>"Montag, 30. November 2026"</h2>) above
a <ul class=teaserlist> per day; each <li class=teaser> shows only a time, "<span
class=teaser__time>14:05 Uhr</span>", then one link holding a kicker ("Region") and the
headline (<span class=teaser__headline>). The date of an entry is its day heading's day at the
item's time, in Europe/Berlin. Not entries: the "Meistgelesen" sidebar, the pager, the menu.
No bylines, no excerpts.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.stadtfunk.example/region/index.html"
timezone = "Europe/Berlin"
now = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.stadtfunk.example/region/landtag-haushalt-beschlossen-100.html",
        "title": "Landtag beschließt Haushalt für die kommenden zwei Jahre",
        "published": datetime(2026, 12, 2, 15, 40, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/buslinie-altstadt-messe-100.html",
        "title": "Neue Buslinie verbindet Altstadt und Messegelände ab Januar",
        "published": datetime(2026, 12, 2, 12, 5, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/weihnachtsmarkt-besucherrekord-100.html",
        "title": "Weihnachtsmarkt meldet Besucherrekord am ersten Wochenende",
        "published": datetime(2026, 12, 2, 8, 12, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/klinikum-anbau-plaene-100.html",
        "title": "Klinikum stellt Pläne für neuen Anbau vor",
        "published": datetime(2026, 12, 1, 17, 30, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/streik-nahverkehr-donnerstag-100.html",
        "title": "Streik im Nahverkehr: Was Pendler am Donnerstag wissen müssen",
        "published": datetime(2026, 12, 1, 10, 45, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/stadtrat-parkgebuehren-100.html",
        "title": "Stadtrat streitet über Parkgebühren in der Innenstadt",
        "published": datetime(2026, 11, 30, 19, 15, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/hochwasserschutz-ausbau-100.html",
        "title": "Hochwasserschutz am Fluss wird bis 2028 ausgebaut",
        "published": datetime(2026, 11, 30, 14, 50, tzinfo=UTC),
    },
    {
        "link": "https://www.stadtfunk.example/region/polizei-zeugen-ringstrasse-100.html",
        "title": "Polizei sucht Zeugen nach Unfall auf der Ringstraße",
        "published": datetime(2026, 11, 30, 7, 5, tzinfo=UTC),
    },
]
