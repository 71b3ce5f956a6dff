"""The first <h1> is the site's name. No date or byline near the article in the saved page: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/thai_article.html (MIT).
"""

url = "https://prachatai.com/journal/2019/01/80642"
timezone = "Asia/Bangkok"
lang = "th"
title = "ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย"
