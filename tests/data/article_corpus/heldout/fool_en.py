"""'By Keith Noonan - Jan 9, 2017 at 10:05AM': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.fool.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.fool.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.fool.com/investing/2017/01/09/why-amazon-microsoft-and-activision-blizzard-are-b.aspx"
timezone = "America/New_York"
lang = "en"
title = "Why Amazon and Activision Blizzard Are Betting on eSports As Gaming's Next Big Thing"
published = date(2017, 1, 9)
authors = ["Keith Noonan"]
