"""A Russian personal blog: the <h1>, then '2015-26-11 5 мин. для гиков подкасты' (year, day, month: 26 November; article:published_time agrees). No byline (an author's picture only): authors not scored. No JSON-LD.

Page: ukeeper/ukeeper-readability @ 0baca68bc0eb68c317c40a7c00af29c00ed28533 : extractor/testdata/vsiem-mirom-dlia-obshchiei-polzy.html (MIT).
"""

from datetime import date

url = "https://p.umputun.com/2015/11/26/vsiem-mirom-dlia-obshchiei-polzy/"
timezone = "America/Chicago"
lang = "ru"
title = "Всем миром для общей пользы"
published = date(2015, 11, 26)
