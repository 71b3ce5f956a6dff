"""'By: Paul Wiseman, Fatima Hussein, The Associated Press October 11, 2022 … 15:11': the agency is not a name; a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.investmentexecutive.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.investmentexecutive.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.investmentexecutive.com/news/research-and-markets/imf-dims-outlook-for-2023-global-economy-amid-ukraine-war/"
timezone = "America/Toronto"
lang = "en"
title = "IMF dims outlook for 2023 global economy amid Ukraine war"
published = date(2022, 10, 11)
authors = ["Paul Wiseman", "Fatima Hussein"]
