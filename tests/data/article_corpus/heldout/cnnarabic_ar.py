"""The first <h1> is the site's logo. No date or byline near the article in the saved page: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/arabic_article.html (MIT).
"""

url = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
timezone = "Asia/Dubai"
lang = "ar"
title = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
