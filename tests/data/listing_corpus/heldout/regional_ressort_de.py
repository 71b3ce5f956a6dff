"""Written page imitating a German regional newspaper's section front ("Politik"): a lead
article in its own <section> (image, <h2> headline and subline inside the link; byline, "heute,
14:05 Uhr" and "4 Min. Lesezeit" below), then teaser cards whose single link holds a kicker and
the <h3> headline, with "Von <author>" and "27.11.2026 • 18:24 Uhr" beside it (one without a
byline). A "Meistgelesen" box outside <main> uses the same card markup; the pager link is inside
<noscript>. `now` is Saturday 28 November 2026, 16:30 in Berlin. The kicker is not part of the
title.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.nordkurier-beispiel.de/politik"
timezone = "Europe/Berlin"
now = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)

entries = [
    {
        "link": "https://www.nordkurier-beispiel.de/politik/landtag-beschliesst-haushalt-2027-id4811.html",
        "title": "Landtag beschließt Haushalt 2027 nach zwölf Stunden Debatte",
        "published": datetime(2026, 11, 28, 13, 5, tzinfo=UTC),
        "author": "Jana Reuter",
    },
    {
        "link": "https://www.nordkurier-beispiel.de/politik/kreistag-streit-um-krankenhaus-id4808.html",
        "title": "Streit um das Kreiskrankenhaus geht in die nächste Runde",
        "published": datetime(2026, 11, 28, 8, 12, tzinfo=UTC),
        "author": "Malte Hinrichs",
    },
    {
        "link": "https://www.nordkurier-beispiel.de/politik/buergermeisterwahl-stichwahl-id4799.html",
        "title": "Stichwahl in Neustrelitz: Wer vorne liegt",
        "published": datetime(2026, 11, 27, 17, 24, tzinfo=UTC),
        "author": "Jana Reuter",
    },
    {
        "link": "https://www.nordkurier-beispiel.de/politik/schulgesetz-lehrermangel-id4790.html",
        "title": "Neues Schulgesetz soll Lehrermangel lindern",
        "published": datetime(2026, 11, 27, 6, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.nordkurier-beispiel.de/politik/windkraft-abstandsregel-id4772.html",
        "title": "Windkraft: Gemeinden dürfen Abstände selbst festlegen",
        "published": datetime(2026, 11, 26, 20, 3, tzinfo=UTC),
        "author": "Sören Kluge",
    },
    {
        "link": "https://www.nordkurier-beispiel.de/politik/grundsteuer-hebesatz-id4761.html",
        "title": "Grundsteuer: Diese Gemeinden erhöhen den Hebesatz",
        "published": datetime(2026, 11, 26, 11, 15, tzinfo=UTC),
        "author": "Malte Hinrichs",
    },
]
