"""The first <h1> is the site's. No date or byline in the saved page's text near the article: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/japanese_article2.html (MIT).
"""

url = "http://www.afpbb.com/articles/-/3178894"
timezone = "Asia/Tokyo"
lang = "ja"
title = "動画：ナイジェリアで少女らによる自爆攻撃、ロケット弾も撃ち込まれ31人死亡"
