"""'By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL December 16, 2016, 4:19 PM' (New York time).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/abcnews.go.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/abcnews.go.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864&cid=clicksource_4380645_2_three_posts_vert_hed"
timezone = "America/New_York"
lang = "en"
title = "Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From 'Personal Beef'"
published = datetime(2016, 12, 16, 21, 19, tzinfo=UTC)  # 2016-12-16 16:19 America/New_York
authors = ["JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL"]
