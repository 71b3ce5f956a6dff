"""'Detroit News wire services Published 11:11 PM EST Nov 19, 2019': a desk, not a name: author not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/65ce3a4577a0306994efa190a0d96e84014f9d4257ad54753e807ede518f02c0.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.detroitnews.com/story/sports/college/2019/11/19/tuesdays-college-football-eastern-michigan-routs-northern-illinois-become-bowl-eligible/4244754002/"
timezone = "America/Detroit"
lang = "en"
title = "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible"
published = datetime(2019, 11, 20, 4, 11, tzinfo=UTC)  # 2019-11-19 23:11 America/Detroit
