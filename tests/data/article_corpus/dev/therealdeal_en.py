"""'Nov.November 18, 2019' (a day), 'By David Jeans'; the account that posted it is declared instead ('kevin-r' in one JSON-LD block, a Yoast @id in the other, <meta name="author"> 'Kevin Rebong'). og:title and <title> are a search headline (counted too).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/bc13ff87b2630ffbebc33bc37b11178b14f03109055e1d17bf644f804b63d98a.html.gz (MIT).
"""

from datetime import date

url = "https://therealdeal.com/2019/11/18/thousands-of-wework-employees-to-be-laid-off-this-week/"
timezone = "America/New_York"
lang = "en-US"
title = "Major WeWork layoffs to begin today"
also_titles = ["WeWork employees to be laid off this week"]
published = date(2019, 11, 18)
authors = ["David Jeans"]
