"""'By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.' (Eastern).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/b6906ca016bbfc64c90426e098c75b3e8c84457a77f51f1e7ea6941cb80c2147.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.politifact.com/truth-o-meter/article/2019/nov/18/politifacts-guide-understanding-tariffs-and-intern/"
timezone = "America/New_York"
lang = "en"
title = "PolitiFact’s guide to understanding tariffs and international trade"
published = datetime(2019, 11, 18, 16, 4, tzinfo=UTC)  # 2019-11-18 11:04 America/New_York
authors = ["Louis Jacobson"]
