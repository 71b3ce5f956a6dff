"""'By Alexandra Tremayne-Pengelly • 11/08/23 5:19pm' (a time in a zone the page does not name: the day). The JSON-LD datePublished '2023-11-08 22:19:12' has no zone (it is UTC); the JSON-LD headline carries an entity (&#8217;).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/observer.com-LVMH.html (Apache-2.0).
"""

from datetime import date

url = "https://observer.com/2023/11/bernard-arnault-lvmh-louvre-chardin/"
timezone = "America/New_York"
lang = "en-US"
title = "Bernard Arnault’s LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece"
published = date(2023, 11, 8)
authors = ["Alexandra Tremayne-Pengelly"]
