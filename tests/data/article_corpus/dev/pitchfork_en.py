"""An album review: the artist (the h1) above the album's name, both 'Lust for Youth'; either counts. 'By Larry Fitzmaurice … Reviewed: June 7, 2019'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/pitchfork.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/pitchfork.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://pitchfork.com/reviews/albums/lust-for-youth-lust-for-youth/"
timezone = "America/New_York"
lang = "en"
title = "Lust for Youth: Lust for Youth"
also_titles = ["Lust for Youth"]
published = date(2019, 6, 7)
authors = ["Larry Fitzmaurice"]
