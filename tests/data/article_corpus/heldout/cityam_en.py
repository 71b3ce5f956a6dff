"""'Wednesday 20 November 2019 9:22 am', 'Anna Menin'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.cityam.com/alibaba-to-raise-up-to-12-9bn-in-landmark-hong-kong-listing/"
timezone = "Europe/London"
lang = "en"
title = "Alibaba to raise up to $12.9bn in landmark Hong Kong listing"
published = datetime(2019, 11, 20, 9, 22, tzinfo=UTC)  # 2019-11-20 09:22 Europe/London
authors = ["Anna Menin"]
