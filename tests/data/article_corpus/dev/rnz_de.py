"""'12.10.2015, 19:16 Uhr' (Berlin time; <meta name=datecreated> is 2019-05-07, the page's migration). An agency's story ('Frankfurt/Main (dpa)'), no byline: authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/rnz.de.witzel.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.rnz.de/nachrichten_artikel,-zz-dpa-Schlaglichter-Frank-Witzel-erhaelt-Deutschen-Buchpreis-2015-_arid,133484.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Frank Witzel erhält Deutschen Buchpreis 2015"
published = datetime(2015, 10, 12, 17, 16, tzinfo=UTC)  # 2015-10-12 19:16 Europe/Berlin
