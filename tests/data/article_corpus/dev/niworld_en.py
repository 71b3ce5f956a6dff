"""'By Valerie MartinPublished 29th Oct 2023, 12:47 GMT'. og:title is the social headline (counted too). Saved from larnetimes.co.uk, a sister title.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/larnetimes.co.uk-Adam-Johnson.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.northernirelandworld.com/news/people/adam-johnson-belfast-giants-postpone-game-following-death-of-player-in-freak-horror-injury-4389658"
timezone = "Europe/London"
lang = "en"
title = "Adam Johnson: Belfast Giants postpone game following death of player in 'freak' horror injury"
also_titles = ["Belfast Giants postpone game following death of player Adam Johnson in 'freak accident'"]
published = datetime(2023, 10, 29, 12, 47, tzinfo=UTC)
authors = ["Valerie Martin"]
