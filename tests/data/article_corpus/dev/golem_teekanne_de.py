"""A German IT news site: the <h1> is a kicker ('HTTP Error 418') and the headline joined by a hidden
': '; JSON-LD's headline and og:title name the site after a dash ('… - Golem.de'), JSON-LD's
datePublished writes the Berlin time as UTC (2017-08-13T13:50:02Z) while the <time> says
'13. August 2017, 13:50 Uhr' with +02:00. 'Hauke Gierow' after the date.

Page: rijkvp/article-extractor @ 844da346415d01a09ecbb7d1727c831566e16da6 : resources/tests/ftr/golem/source.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.golem.de/news/http-error-418-fehlercode-ich-bin-eine-teekanne-darf-bleiben-1708-129460.html"
)
timezone = "Europe/Berlin"
lang = "de"
title = 'HTTP Error 418: Fehlercode "Ich bin eine Teekanne" darf bleiben'
also_titles = ['Fehlercode "Ich bin eine Teekanne" darf bleiben']
published = datetime(2017, 8, 13, 11, 50, 2, tzinfo=UTC)  # '13. August 2017, 13:50 Uhr' Europe/Berlin
authors = ["Hauke Gierow"]
