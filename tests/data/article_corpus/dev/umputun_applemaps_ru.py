"""A Russian personal blog: the <h1>, then '2015-25-09 3 мин. разное' (year, day, month: 25 September; article:published_time agrees). No byline (an author's picture only): authors not scored. No JSON-LD.

Page: ukeeper/ukeeper-readability @ 0baca68bc0eb68c317c40a7c00af29c00ed28533 : extractor/testdata/poiezdka-s-apple-maps.html (MIT).
"""

from datetime import date

url = "https://p.umputun.com/2015/09/25/poiezdka-s-apple-maps/"
timezone = "America/Chicago"
lang = "ru"
title = "Поездка с Apple Maps"
published = date(2015, 9, 25)
