"""'November 20, 2019' (a day) 'Emiliano Bellini'; <meta name="author"> is empty, og:title and <title> carry the edition's name.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800.html.gz (MIT).
"""

from datetime import date

url = "https://www.pv-magazine.com/2019/11/20/south-koreas-roadmap-to-drive-down-solar-costs/"
timezone = "Europe/Berlin"
lang = "en-US"
title = "South Korea’s roadmap to drive down solar costs"
published = date(2019, 11, 20)
authors = ["Emiliano Bellini"]
