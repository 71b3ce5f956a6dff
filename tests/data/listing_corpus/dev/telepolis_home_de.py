"""Real page: the Telepolis front page (heise.de/tp/), saved by damoeb/rss-proxy for its tests.
German. Each <article class="news row"> is one link wrapping an <a-img> (with a <noscript> img),
the headline (<header class=tp_title>), a subtitle <p>, then a list: the author
(<li class=has-author>), "<time>heute, 18:00 Uhr</time>" or "gestern, 17:35 Uhr" (no absolute
dates anywhere) and a comment count. `now` is taken as Wednesday 18 November 2020, 19:00 in
Berlin (CET, UTC+1), so "heute" is that day.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.heise.de/tp/"
timezone = "Europe/Berlin"
now = datetime(2020, 11, 18, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.heise.de/tp/features/Wegen-oder-mit-COVID-19-4960288.html",
        "title": '"Wegen" oder "mit" COVID-19?',
        "published": datetime(2020, 11, 18, 17, 0, tzinfo=UTC),
        "author": "Thomas Schuster",
    },
    {
        "link": "https://www.heise.de/tp/features/Gantz-Es-ist-Zeit-die-Scharte-auszuwetzen-4960156.html",
        "title": 'Gantz: "Es ist Zeit, die Scharte auszuwetzen"',
        "published": datetime(2020, 11, 18, 16, 0, tzinfo=UTC),
        "author": "Peter Mühlbauer",
    },
    {
        "link": "https://www.heise.de/tp/features/Finnlands-Erfolgsweg-Distanz-zum-Menschen-Naehe-zur-digitalen-Technik-4959986.html",
        "title": "Finnlands Erfolgsweg: Distanz zum Menschen, Nähe zur digitalen Technik",
        "published": datetime(2020, 11, 18, 14, 0, tzinfo=UTC),
        "author": "Jens Mattern",
    },
    {
        "link": "https://www.heise.de/tp/features/Zunehmend-sektenartig-4959982.html",
        "title": '"Zunehmend sektenartig"',
        "published": datetime(2020, 11, 18, 13, 0, tzinfo=UTC),
        "author": "Thomas Pany",
    },
    {
        "link": "https://www.heise.de/tp/features/Maskenpflicht-in-der-Grundschule-4959380.html",
        "title": "Maskenpflicht in der Grundschule",
        "published": datetime(2020, 11, 18, 10, 45, tzinfo=UTC),
        "author": "Christof Kuhbandner",
    },
    {
        "link": "https://www.heise.de/tp/features/CIA-kauft-verstaerkt-deutsche-Hightech-Unternehmen-4954602.html",
        "title": "CIA kauft verstärkt deutsche Hightech-Unternehmen",
        "published": datetime(2020, 11, 18, 10, 0, tzinfo=UTC),
        "author": "Christoph Jehle",
    },
    {
        "link": "https://www.heise.de/tp/features/Wider-die-Geistphobie-in-der-digitalen-Welt-4958772.html",
        "title": "Wider die Geistphobie in der digitalen Welt",
        "published": datetime(2020, 11, 18, 8, 0, tzinfo=UTC),
        "author": "Winfried D’Avis",
    },
    {
        "link": "https://www.heise.de/tp/features/Deutsche-und-tuerkische-Rechtsextremisten-gleich-behandeln-4958975.html",
        "title": "Deutsche und türkische Rechtsextremisten gleich behandeln",
        "published": datetime(2020, 11, 18, 6, 0, tzinfo=UTC),
        "author": "Peter Mühlbauer",
    },
    {
        "link": "https://www.heise.de/tp/features/Das-sehr-idealistische-Anliegen-der-Tuerkei-4958729.html",
        "title": '"Das sehr idealistische Anliegen der Türkei"',
        "published": datetime(2020, 11, 17, 23, 0, tzinfo=UTC),
        "author": "Leo Ensel",
    },
    {
        "link": "https://www.heise.de/tp/features/Hat-die-Erfahrung-mit-dem-Homeoffice-die-Ablehnung-bei-den-Angestellten-verstaerkt-4948611.html",
        "title": "Hat die Erfahrung mit dem Homeoffice die Ablehnung bei den Angestellten verstärkt?",
        "published": datetime(2020, 11, 17, 23, 0, tzinfo=UTC),
        "author": "Florian Rötzer",
    },
    {
        "link": "https://www.heise.de/tp/features/Frankreichs-schwarze-Corona-Paedagogik-4958818.html",
        "title": "Frankreichs schwarze Corona-Pädagogik",
        "published": datetime(2020, 11, 17, 17, 0, tzinfo=UTC),
        "author": "Thomas Pany",
    },
    {
        "link": "https://www.heise.de/tp/news/Vattenfall-Urteil-Mehr-Steuergelder-an-die-Stromkonzerne-4958654.html",
        "title": "Vattenfall-Urteil: Mehr Steuergelder an die Stromkonzerne",
        "published": datetime(2020, 11, 17, 16, 35, tzinfo=UTC),
        "author": "Wolfgang Pomrehn",
    },
    {
        "link": "https://www.heise.de/tp/features/Sie-haben-da-unten-im-Sueden-einfach-ein-ganz-anderes-Wertesystem-als-hier-4951664.html",
        "title": '"Sie haben da unten im Süden einfach ein ganz anderes Wertesystem als hier"',
        "published": datetime(2020, 11, 17, 16, 0, tzinfo=UTC),
        "author": "Christian Bunke",
    },
    {
        "link": "https://www.heise.de/tp/features/Keine-Angst-vor-Corona-Toten-4958631.html",
        "title": "Keine Angst vor Corona-Toten!",
        "published": datetime(2020, 11, 17, 14, 30, tzinfo=UTC),
        "author": "Wolfram Meyerhöfer",
    },
    {
        "link": "https://www.heise.de/tp/features/Explizites-strafrechtliches-Verbot-des-politischen-Islam-4958416.html",
        "title": '"Explizites strafrechtliches Verbot des politischen Islam"',
        "published": datetime(2020, 11, 17, 13, 0, tzinfo=UTC),
        "author": "Peter Mühlbauer",
    },
]
