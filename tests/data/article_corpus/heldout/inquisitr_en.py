"""'December 12, 2016' above the headline, byline 'Patrick Frye': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.inquisitr.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.inquisitr.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.inquisitr.com/3790467/donald-trump-intelligence-briefings-security-president-elect-smart-mike-pence/"
timezone = "America/New_York"
lang = "en"
title = "Donald Trump Has Skipped Nearly All Intelligence Briefings? President-Elect’s Reasoning Is ‘Well, I Get It When I Need It’"
published = date(2016, 12, 12)
authors = ["Patrick Frye"]
