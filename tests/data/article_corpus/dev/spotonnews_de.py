"""'06. November 2023' under the headline (day only). No byline (the JSON-LD author's name is empty).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/public.spot-on-news.de-Traumfrau.html (Apache-2.0).
"""

from datetime import date

url = "https://public.spot-on-news.de/neue-traumfrau-bei-sturm-der-liebe-so-geht-es-am-fuerstenhof-weiter/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Neue Traumfrau bei „Sturm der Liebe“: So geht es am Fürstenhof weiter"
published = date(2023, 11, 6)
