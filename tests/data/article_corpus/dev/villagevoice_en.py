"""'by R.C. Baker', 'November 5, 2023' (a day). The JSON-LD author is a Yoast @id reference; the navigation's cards have bylines of their own before the article's.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/villagevoice.com-Party.html (Apache-2.0).
"""

from datetime import date

url = "https://www.villagevoice.com/party-like-its-1923-will-donald-trump-write-his-own-mein-kampf-in-jail/"
timezone = "America/New_York"
lang = "en"
title = "Party Like It’s 1923: Will Donald Trump Write His Own ‘Mein Kampf’ in Jail?"
published = date(2023, 11, 5)
authors = ["R.C. Baker"]
