"""'JANIE HAR Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.': the publication shows a day only.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c.html.gz (MIT).
"""

from datetime import date

url = "https://www.timesunion.com/news/us/article/PG-E-begins-new-mass-power-shutoff-over-fire-14848251.php"
timezone = "America/New_York"
lang = "en"
title = "PG&E begins new mass power shutoff over fire danger"
published = date(2019, 11, 20)
authors = ["Janie Har"]
