"""'By National Desk The Plain Dealer on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM'.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/cleveland.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.cleveland.com/food/index.ssf/2014/12/let_me_google_that_for_you_201.html"
timezone = "America/New_York"
lang = "en-US"
title = "Let me Google that for you: 2014's most popular food-related searches"
published = datetime(2014, 12, 27, 17, 6, tzinfo=UTC)  # 2014-12-27 12:06 America/New_York
authors = ["National Desk"]
