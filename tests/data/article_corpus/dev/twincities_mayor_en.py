"""The <h1> begins with its section's link ('Politics |'). 'By Staff and news service reports PUBLISHED: November 8, 2023 at 11:30 p.m.' (a time in a zone the page does not name: the day); the metadata's 05:30Z is the next day in UTC. The byline is no person's: authors not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/twincities.com-mayor.html (Apache-2.0).
"""

from datetime import date

url = "https://www.twincities.com/2023/11/08/st-louis-park-elects-a-new-mayor-apparently-the-first-somali-american-to-lead-a-u-s-city/"
timezone = "America/Chicago"
lang = "en-US"
title = "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city"
published = date(2023, 11, 8)
