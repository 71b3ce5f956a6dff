"""A city paper's film story: the headline in two <h1>s (the same words), 'Monday, December 29, 2014' (a day: the microdata datePublished and article:published_time give 05:38 Eastern), the byline 'By: April P. Bernard' in the microdata author block; no og:title, the <title> adds ' | Boston Herald'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/bostonherald.com1.html (MIT).
"""

from datetime import date

url = "http://www.bostonherald.com/entertainment/movies/movie_news/2014/12/selma_ava_duvernay_and_oprah_winfrey_turn_60s_civil_unrest"
timezone = "America/New_York"
lang = "en"
title = "'Selma': Ava DuVernay and Oprah Winfrey turn '60s civil unrest into a stirring, relevant film"
published = date(2014, 12, 29)
authors = ["April P. Bernard"]
