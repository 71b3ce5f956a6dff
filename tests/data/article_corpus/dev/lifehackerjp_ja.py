"""Byline '島津健吾'. The page shows '2019.03.26 lastupdate' only (postlight/parser's 2019-03-08 is not on the page): not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.lifehacker.jp.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.lifehacker.jp/index.test.js gives the ground truth checked here.
"""

url = "https://www.lifehacker.jp/2019/03/amazon-fine-newspaper-stocker.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単"
authors = ["島津健吾"]
