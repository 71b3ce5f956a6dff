"""'This story is from October 9, 2019 … Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST': the publication day only (the time shown is the update's).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/timesofindia.indiatimes.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/timesofindia.indiatimes.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://timesofindia.indiatimes.com/india/china-snubs-imran-says-resolve-jk-bilaterally/articleshow/71496416.cms"
timezone = "Asia/Kolkata"
lang = "en"
title = "China snubs Imran Khan, says resolve J&K bilaterally"
published = date(2019, 10, 9)
authors = ["Saibal Dasgupta"]
