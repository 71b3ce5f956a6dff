"""'Posted by Michael David Smith' 'November 19, 2019, 6:21 AM EST'; the comments have dates of their own. The JSON-LD's datePublished is a day in prose ('November 19, 2019'); its headline has entities.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://profootballtalk.nbcsports.com/2019/11/19/anthony-lynn-we-needed-to-win-this-game/"
timezone = "America/New_York"
lang = "en"
title = "Anthony Lynn: “We needed to win this game”"
published = datetime(2019, 11, 19, 11, 21, tzinfo=UTC)
authors = ["Michael David Smith"]
