"""South African portal, 2018: the site's slogan is an <h1> before the headline's; '2018-11-21 20:56' under the headline (Johannesburg, UTC+2) while cxense's publishtime marks the same digits UTC and article:published_time is '2018/11/21 8:56:38 PM' (no zone); the header's 'LAST UPDATED: 2018-11-23, 09:02' is the site's. No byline (the text cites AFP).

Page: chimbori/crux @ 4aa31ad9b6ce3c954edbda3e69be581fafb010f4 : test_data/news24.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.news24.com/World/News/watch-indonesia-frees-bali-nine-drug-smuggler-lawrence-from-prison-20181121"
timezone = "Africa/Johannesburg"
lang = "en"
title = "WATCH: Indonesia frees Bali Nine drug smuggler Lawrence from prison"
published = datetime(2018, 11, 21, 18, 56, tzinfo=UTC)
