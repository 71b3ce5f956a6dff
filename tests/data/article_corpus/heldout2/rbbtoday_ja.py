"""The <h1>; '2019年4月19日（金） 09時39分' under it (no zone named): the day. The byline is the writer's initials at the article's end, '《KT》'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.rbbtoday.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.rbbtoday.com/index.test.js gives the ground truth checked here (its author keeps the brackets).
"""

from datetime import date

url = "https://www.rbbtoday.com/article/2019/04/19/169284.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "小さいのに高性能！Ankerのモバイルプロジェクターで我が家がホームシアターに"
published = date(2019, 4, 19)
authors = ["KT"]
