"""A WordPress blog: its name in the <h1>, the post's headline in an <h2> after '10 Oct 2010' (div.date); the footer says 'posted on Sunday, October 10th, 2010 at 3:49 pm' (no zone named: the day is scored). No byline: authors not scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/ninjatraderblog.html (Apache-2.0).
"""

from datetime import date

url = "http://www.ninjatraderblog.com/im/2010/10/seo-marketing-facts-about-google-instant-and-ranking-your-website/"
timezone = "America/New_York"
lang = "en"
title = "SEO Marketing- Facts About Google Instant And Ranking Your Website"
published = date(2010, 10, 10)
