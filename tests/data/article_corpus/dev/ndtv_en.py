"""'Edited by Swati Bhasin (with inputs from Agencies) Updated: April 07, 2020 03:49 pm IST': the page shows only an update, so the date is not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.ndtv.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.ndtv.com/index.test.js gives the ground truth checked here.
"""

url = "https://www.ndtv.com/india-news/coronavirus-us-president-donald-trump-says-there-may-be-retaliation-if-india-doesnt-clear-export-of-2207327"
timezone = "Asia/Kolkata"
lang = "en"
title = 'COVID-19: Trump Talks "Retaliation" If India Rejects Export Of Key Drug'
authors = ["Swati Bhasin"]
