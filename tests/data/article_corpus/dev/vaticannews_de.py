"""'14 August 2022, 15:40' (Rome; the JSON-LD's datePublished too; article:published_time is 15:43, the record's). No byline. og:title carries ' - Vatican News'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/vaticannew.va-auschwitz.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.vaticannews.va/de/kirche/news/2022-08/deutschland-polen-pater-kolbe-erzbischof-schick-auschwitz.html"
timezone = "Europe/Rome"
lang = "de"
title = "D/Polen: Erzbischof Schick ehrt in Auschwitz Pater Kolbe"
published = datetime(2022, 8, 14, 13, 40, tzinfo=UTC)
