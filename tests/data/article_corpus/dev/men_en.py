"""'By Ashlie Blakey Live and breaking news reporter 10:04, 3 NOV 2023' (a time in a zone the page does not name: the day). og:title is another social headline: it counts too. article:author is a Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/manchestereveningnews.co.uk-tragic.html (Apache-2.0).
"""

from datetime import date

url = "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/update-tragic-case-axe-attack-28037002"
timezone = "Europe/London"
lang = "en"
title = "Update on tragic case of axe attack victim Cameron Brooksbank following unexplained death and BBC's The Detectives appearance"
also_titles = ["BBC The Detectives: Update following unexplained death of Cameron Brooksbank"]
published = date(2023, 11, 3)
authors = ["Ashlie Blakey"]
