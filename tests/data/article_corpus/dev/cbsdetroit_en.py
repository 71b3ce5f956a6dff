"""'November 19, 2019 at 9:45 am' (Detroit; the metadata writes that clock as UTC). No byline: the JSON-LD author is the Organization 'CBS Detroit'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://detroit.cbslocal.com/2019/11/19/michigan-officials-6th-fatality-linked-to-eastern-equine-encephalitis-reported/"
timezone = "America/Detroit"
lang = "en-US"
title = "Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported"
published = datetime(2019, 11, 19, 14, 45, tzinfo=UTC)
