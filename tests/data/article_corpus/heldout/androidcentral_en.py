"""'By Daniel Bader last updated 4 April 17': the page shows only an update, so the date is not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.androidcentral.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.androidcentral.com/index.test.js gives the ground truth checked here.
"""

url = "http://www.androidcentral.com/motorola-launch-new-phone-mobile-world-congress"
timezone = "America/New_York"
lang = "en"
title = "Motorola is announcing a new phone at Mobile World Congress in February"
authors = ["Daniel Bader"]
