"""The <h1> holds the headline then the columnist's title and name ('編集委員 中沢克二'); '2018/6/19 5:50'.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/japanese_article.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nikkei.com/article/DGXMZO31897660Y8A610C1000000/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
published = datetime(2018, 6, 18, 20, 50, tzinfo=UTC)  # 2018-06-19 05:50 Asia/Tokyo
authors = ["中沢克二"]
