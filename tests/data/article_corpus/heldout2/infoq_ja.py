"""The <h1>; '2019年2月27日 読了時間 3 分': a day; '作者： Diogo Carleto 翻訳者 中村 真子': the author (the translator is not an author).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.infoq.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.infoq.com/index.test.js gives the ground truth checked here (2019-02-26T15:00Z is that day in Tokyo).
"""

from datetime import date

url = "https://www.infoq.com/jp/news/2019/02/chrome-never-slow-mode/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "Google ChromeのNever-Slow Mode"
published = date(2019, 2, 27)
authors = ["Diogo Carleto"]
