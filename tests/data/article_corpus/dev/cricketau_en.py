"""A sports body's match report: 'MatchReport 30 December 2014 CommBank Test Series v India' above the <h1>, 'Andrew Ramsey, Melbourne Cricket Ground 30 December 2014' under it (the author, a place after a comma); a day only (parsely-pub-date 07:44 UTC is 18:44 in Melbourne, the same day). No JSON-LD; <title> adds ' | cricket.com.au'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/cricket.com.au1.html (MIT).
"""

from datetime import date

url = "http://www.cricket.com.au/news/match-report/third-test-day-five-australia-v-india-mcg/2014-12-30"
timezone = "Australia/Melbourne"
lang = "en"
title = "Aussies seal series win in MCG draw"
published = date(2014, 12, 30)
authors = ["Andrew Ramsey"]
