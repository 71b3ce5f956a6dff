"""A magazine's blog post: the post's date 'Thursday, October 28th, 2010 at 3:32 pm | 16 responses' stands above the <h1> (after the previous and next posts' links), the standfirst in an <h2>, then '<em>by Brad Graham</em>'; comments below carry 'Posted: Oct.28 at …'. The time is in no zone the page names: the day is scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/slamonline.html (Apache-2.0).
"""

from datetime import date

url = "http://www.slamonline.com/online/nba/2010/10/nba-schoolyard-rankings/"
timezone = "America/New_York"
lang = "en"
title = "NBA Schoolyard Rankings"
published = date(2010, 10, 28)
authors = ["Brad Graham"]
