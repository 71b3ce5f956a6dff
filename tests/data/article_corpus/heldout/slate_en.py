"""The displayed headline, and the short 'Broken Pledge' (postlight/parser's title) that counts too. 'By Jamelle Bouie', 'March 9 2017 4:21 PM': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.slate.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.slate.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.slate.com/articles/news_and_politics/politics/2017/03/trumpcare_proves_that_trump_s_promise_to_take_care_of_rural_voters_was_always.html"
timezone = "America/New_York"
lang = "en"
title = "Trump’s Promises to “Take Care” of Inner City and Rural Voters Were a Con"
also_titles = ["Broken Pledge"]
published = date(2017, 3, 9)
authors = ["Jamelle Bouie"]
