"""'By Glen Owen And Brendan Carlin For The Mail On Sunday', 'Published: 22:00 GMT, 26 September 2020 | Updated: …'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/dailymail.co.uk.food.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.dailymail.co.uk/news/article-8772683/Chef-Jamie-Oliver-joins-Mail-Sundays-war-toxic-food.html"
timezone = "Europe/London"
lang = "en"
title = "Chef Jamie Oliver joins Mail on Sunday's war on toxic US food"
published = datetime(2020, 9, 26, 22, 0, tzinfo=UTC)  # 2020-09-26 22:00 UTC
authors = ["Glen Owen", "Brendan Carlin"]
