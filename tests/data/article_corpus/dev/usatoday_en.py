"""'Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader Published 10:02 AM EST Nov 19, 2019' (written here in Sioux Falls' Central time). The <title> is another headline.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/776a1c046798b474e410f6edf3225d6a27fecd0de6aac22aef7b7f64fe87caaf.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.usatoday.com/story/news/nation/2019/11/19/meth-were-it-south-dakota-campaign-working-kristi-noem-says/4236383002/"
timezone = "America/Chicago"
lang = "en"
title = "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?"
published = datetime(2019, 11, 19, 15, 2, tzinfo=UTC)  # 2019-11-19 09:02 America/Chicago
authors = ["Lisa Kaczke", "Trevor J. Mitchell"]
