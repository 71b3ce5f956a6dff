"""'Reuters November 18, 2019 11:03 PM' (San Francisco; 07:03 UTC as the metadata says). No author scored: the byline is the agency's.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85.html.gz (MIT).
"""

from datetime import UTC, datetime

url = (
    "https://venturebeat.com/2019/11/18/new-york-state-attorney-general-investigating-wework-and-former-ceo/"
)
timezone = "America/Los_Angeles"
lang = "en-US"
title = "New York State Attorney General investigating WeWork and former CEO"
published = datetime(2019, 11, 19, 7, 3, tzinfo=UTC)
