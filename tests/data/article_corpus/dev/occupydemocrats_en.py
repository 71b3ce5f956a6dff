"""The <title> (and the WebPage's name) is another headline than the <h1> and og:title ('GOP House Speaker in North Carolina accused of blackmail & group sex'). 'by Stephanie Bazzle June 19, 2023' (a day; <time itemprop=datePublished> 19:48-04:00). The header shows the day the page was saved, June 20.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/OccupyDemocrats_2023_06_20.html.gz (MIT).
"""

from datetime import date

url = "https://occupydemocrats.com/2023/06/19/gop-house-speaker-in-north-carolina-accused-of-blackmail-and-group-sex/"
timezone = "America/New_York"
lang = "en"
title = "SCANDAL! GOP House Speaker in NC accused of blackmail and group sex"
also_titles = ["GOP House Speaker in North Carolina accused of blackmail & group sex"]
published = date(2023, 6, 19)
authors = ["Stephanie Bazzle"]
