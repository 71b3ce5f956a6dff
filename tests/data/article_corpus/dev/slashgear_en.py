"""'Chris Davies - Nov 19, 2019, 10:31 pm CST' (04:31 UTC, as OpenGraph says; the JSON-LD writes the UTC clock with -06:00).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/06ee193de4bd611f7fafbab0c59b0f6fe3495093516720632cd093b24c7a0e98.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.slashgear.com/the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon-with-a-secret-message-19600475/"
timezone = "America/Chicago"
lang = "en-US"
title = "The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message"
published = datetime(2019, 11, 20, 4, 31, tzinfo=UTC)
authors = ["Chris Davies"]
