"""'By Jennifer Van Grove Aug. 27, 2019 5 PM' under the <h1> (no zone named): the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/sandiegouniontribune.com.html (MIT OR Apache-2.0).
"""

from datetime import date

url = "https://www.sandiegouniontribune.com/business/growth-development/story/2019-08-27/sdsu-mission-valley-stadium-management-firm"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "SDSU wants well-versed operator to run Mission Valley stadium"
published = date(2019, 8, 27)
authors = ["Jennifer Van Grove"]
