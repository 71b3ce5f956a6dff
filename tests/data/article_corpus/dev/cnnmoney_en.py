"""'February 1, 2016: 12:41 PM ET' beside the byline is the update; 'First published February 1, 2016: 1:28 AM ET' is the publication.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/cnn/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html"
timezone = "America/New_York"
lang = "en"
title = "The 'birth lottery' and economic mobility"
published = datetime(2016, 2, 1, 6, 28, tzinfo=UTC)  # 2016-02-01 01:28 America/New_York
authors = ["Ahiza Garcia"]
