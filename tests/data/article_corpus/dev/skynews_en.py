"""'Tom Gillespie News reporter @TomGillespie1', 'Wednesday 20 November 2019 11:42, UK' (the JSON-LD's datePublished, 06:37 without a zone, is the record's). The JSON-LD author is the Organization 'Sky'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://news.sky.com/story/jose-mourinho-agrees-deal-to-replace-mauricio-pochettino-as-tottenham-manager-11865382"
timezone = "Europe/London"
lang = "en"
title = "Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager"
published = datetime(2019, 11, 20, 11, 42, tzinfo=UTC)
authors = ["Tom Gillespie"]
