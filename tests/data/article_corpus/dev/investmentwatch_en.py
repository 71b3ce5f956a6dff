"""A blog: the <title> ends in ' – Investment Watch', and a microdata headline is the site's name ('Investment Watch', a <p> in the header) beside the <h1>'s. 'October 19, 2019 by IWB' (a day; the byline is the site's initials): authors not scored. htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0a3108e507c54157a95fe7a1338f5e9c.html (Apache-2.0).
"""

from datetime import date

url = "https://www.investmentwatchblog.com/biggest-money-laundering-scheme-in-history-uncovered-in-ukraine/"
timezone = "America/New_York"
lang = "en"
title = "Biggest money laundering scheme in history uncovered in Ukraine"
published = date(2019, 10, 19)
