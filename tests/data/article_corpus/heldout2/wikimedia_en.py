"""The <h1>; '15 January 2020' beside it: a day. The byline is the site's name, 'Wikimedia Foundation': not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/wikimediafoundation.org.turkey.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://wikimediafoundation.org/news/2020/01/15/access-to-wikipedia-restored-in-turkey-after-more-than-two-and-a-half-years/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Access to Wikipedia restored in Turkey after more than two and a half years"
published = date(2020, 1, 15)
