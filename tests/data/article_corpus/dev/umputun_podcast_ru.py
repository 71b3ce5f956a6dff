"""A Russian weekly podcast's episode page (Hugo): the site's <h1> 'Еженедельный подкаст от Umputun' before the episode's <h2 class="article__title">, '2015-11-22' under it and again at the foot beside the byline 'umputun' (the author's pen name; <meta name="author"> agrees). <html lang="en"> on a Russian page. No JSON-LD.

Page: ukeeper/ukeeper-readability @ 0baca68bc0eb68c317c40a7c00af29c00ed28533 : extractor/testdata/podcast-369.html (MIT).
"""

from datetime import date

url = "https://podcast.umputun.com/p/2015/11/22/podcast-369/"
timezone = "America/Chicago"
lang = "ru"
title = "UWP - Выпуск 369"
published = date(2015, 11, 22)
authors = ["umputun"]
