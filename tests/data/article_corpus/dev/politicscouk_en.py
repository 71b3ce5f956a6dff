"""'By Politics.co.uk staff Friday, 3 Nov, 2023 9:59 am' (a time in a zone the page does not name: the day). The byline is the site's staff: authors not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Politics.co.uk-starmer.html (Apache-2.0).
"""

from datetime import date

url = "https://www.politics.co.uk/news/2023/11/03/two-labour-councillors-call-on-starmer-to-resign-over-failure-to-listen-on-gaza-ceasefire-calls/"
timezone = "Europe/London"
lang = "en-US"
title = (
    "Two Labour council leaders call for Starmer to resign over ‘failure to listen’ on Gaza ceasefire calls"
)
published = date(2023, 11, 3)
