"""'by Laura June Topolsky July 10, 2015': a day only.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/article-author-tag/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.atlasobscura.com/articles/the-deck-of-cards-that-made-tarot-a-global-phenomenon"
timezone = "America/New_York"
lang = "en"
title = "The Deck of Cards That Made Tarot A Global Phenomenon"
published = date(2015, 7, 10)
authors = ["Laura June Topolsky"]
