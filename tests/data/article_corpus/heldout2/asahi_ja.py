"""The <h1>; '2019年3月1日 13時16分' under it (no zone named): the day. No byline (the test's author is the article:author Facebook address): not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.asahi.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.asahi.com/index.test.js gives the ground truth checked here (title; 2019-03-01T04:16:56Z is 13:16 in Tokyo).
"""

from datetime import date

url = "https://www.asahi.com/articles/ASM2Q5HKNM2QUCVL02D.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"
published = date(2019, 3, 1)
