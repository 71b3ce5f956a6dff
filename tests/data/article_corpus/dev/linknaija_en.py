"""'LinkNaija October 06, 2018': the byline is the site's name, author not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/article_with_divs.html (MIT).
"""

from datetime import date

url = "https://www.linknaija.com/2018/10/nollywood-actress-kate-henshaw-is.html"
timezone = "Africa/Lagos"
lang = "en"
title = "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos"
published = date(2018, 10, 6)
