"""'Elliot Brownstein Florida Today Published 2:16 AM EST Nov 20, 2019' (the JSON-LD's datePublished is a placeholder, '0001-01-01T00:00:00Z', its author empty). og:title is the short headline ('HS Roundup: …', counted too).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/c81e134ed49902bcf69b551426b4a346c5a77ae993cac8bda68b5541a664ef4c.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.floridatoday.com/story/sports/high-school/2019/11/20/hs-roundup-viera-defeats-rockledge-remain-undefeated/4246736002/"
timezone = "America/New_York"
lang = "en"
title = "High School Roundup: Viera defeats Rockledge to remain undefeated"
also_titles = ["HS Roundup: Viera defeats Rockledge to remain undefeated"]
published = datetime(2019, 11, 20, 7, 16, tzinfo=UTC)
authors = ["Elliot Brownstein"]
