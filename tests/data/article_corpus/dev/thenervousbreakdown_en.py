"""The <title> ends in a dangling ' |'. 'By Tim Anderson July 11, 2011' (a day, in a <span itemprop=datePublished> without content; article:published_time 15:10 UTC, modified two years later). htmldate's day 2011-07-11.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thenervousbreakdown.com.loneliest.html (Apache-2.0).
"""

from datetime import date

url = "http://thenervousbreakdown.com/tanderson/2011/07/the-loneliest-woman-in-the-world-an-appreciation-of-hearts-alone/"
timezone = "America/New_York"
lang = "en"
title = "The Loneliest Woman in the World: An Appreciation of Heart’s “Alone”"
published = date(2011, 7, 11)
authors = ["Tim Anderson"]
