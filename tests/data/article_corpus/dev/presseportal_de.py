"""A German press-release portal: the <h1>, '20.01.2015 – 09:30' in a <p class="date"> (Berlin time; the JSON-LD datePublished is the same time with no zone), then 'Köln (ots)'; other releases' dates follow in <h5 class="date">s. No author scored: the release is the company's (the JSON-LD author is 'TravelTrex GmbH'). The JSON-LD headline is cut at the quotation mark.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/https___www.presseportal.de_pm_103258_2930232.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.presseportal.de/pm/103258/2930232"
timezone = "Europe/Berlin"
lang = "de"
title = 'Felix Neureuther vor der Ski-WM: "Ich denke von Rennen zu Rennen."'
published = datetime(2015, 1, 20, 8, 30, tzinfo=UTC)
