"""'21/06/2014 Tony Carter' ('Tested by: John Milbank' is the reviewer's credit in the text).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/30b771a40a4e96156d398716c877deef54b05d091770d2717c98e4c6b670010c.html.gz (MIT).
"""

from datetime import date

url = "https://www.morebikes.co.uk/7908/bike-style-book-soundtrack-review/"
timezone = "Europe/London"
lang = "en"
title = "Bike & Style book with soundtrack review"
published = date(2014, 6, 21)
authors = ["Tony Carter"]
