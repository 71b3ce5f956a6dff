"""'5:45 AM PST 11/19/2019 by Patrick Shanley' (his address and handle after the name).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/8267acacb9e4a109b1f7ee7bafe735b73e9c94180b703b131f9e90c9be044f39.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.hollywoodreporter.com/news/google-bets-future-launch-stadia-game-streaming-service-1255663"
timezone = "America/Los_Angeles"
lang = "en"
title = "Google Bets on the Future With Launch of Stadia Game Streaming Service"
published = datetime(2019, 11, 19, 13, 45, tzinfo=UTC)
authors = ["Patrick Shanley"]
