"""'By Sarah E. Needleman … Nov. 19, 2019 8:03 am ET'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-so-many-ways-to-playand-pay-11574168580"
timezone = "America/New_York"
lang = "en"
title = "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"
published = datetime(2019, 11, 19, 13, 3, tzinfo=UTC)  # 2019-11-19 08:03 America/New_York
authors = ["Sarah E. Needleman"]
