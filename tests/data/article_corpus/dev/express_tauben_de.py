"""A Cologne tabloid's site: the breadcrumb's last item is an <h1> holding the search engines' headline ('Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toten Tauben', the JSON-LD's too); the shown headline is the <h2 class="dm_article_headline">, a kicker in <strong> and a colon hidden for screen readers ('Düsseldorf: Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige', og:title the same; without the kicker counted), then 'Von Dieter Sieckmeyer 19.10.19, 11:29 Uhr' (Berlin time, a two-digit year).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d57cfadc540842ebb09971e28df123ec.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.express.de/duesseldorf/duesseldorf-tote-tauben-im-iss-dome-gefunden----peta--erstattet-strafanzeige-33335766"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Düsseldorf: Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige"
also_titles = ["Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige"]
published = datetime(2019, 10, 19, 9, 29, tzinfo=UTC)
authors = ["Dieter Sieckmeyer"]
