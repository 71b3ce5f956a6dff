"""'Author: Lauren Briggs Updated: Mar 6, 2018 Original: Dec 21, 2016': the original day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.opposingviews.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.opposingviews.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = (
    "http://www.opposingviews.com/i/politics/trump-picks-investing-mogul-icahn-advise-him-finance-regulation"
)
timezone = "America/New_York"
lang = "en"
title = "Investor Icahn To Advise Trump On Finances, Regulation"
published = date(2016, 12, 21)
authors = ["Lauren Briggs"]
