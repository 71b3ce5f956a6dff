"""The headline is an <h2>, 'Grenzschließungen' (its kicker) then 'Deutschland, Frankreich und die Rückkehr der Ressentiments' (og:title joins them with a colon: counted too); the page's <h1> is the breadcrumb's last item, and the JSON-LD headline and <title> an earlier headline ('Deutschland und Frankreich: Der enge Partner wird zum Fremden'). 'Thomas Hanke' '27.04.2020 - 18:50 Uhr'; 'Mittwoch, 8. Juli 2020' in the top bar is the day it was saved.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/handelsblatt.com.grenzschliessungen.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.handelsblatt.com/politik/international/grenzschliessungen-report-von-der-deutsch-franzoesischen-grenze-der-partner-wird-zum-fremden/25776812.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Deutschland, Frankreich und die Rückkehr der Ressentiments"
also_titles = ["Grenzschließungen: Deutschland, Frankreich und die Rückkehr der Ressentiments"]
published = datetime(2020, 4, 27, 16, 50, tzinfo=UTC)
authors = ["Thomas Hanke"]
