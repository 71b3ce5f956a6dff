"""'by Madeline Fry | November 18, 2019 12:01 PM' (17:01 UTC: the "datepublished" <meta> writes it with Z, article:published_time the same clock without a zone); 'Wednesday November 20, 2019' in the top bar is the day it was saved, the hero box below names another article's authors.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/87bf60570e6e2e33cb1f0fdb5600d6c85012e60be25ba6fa587b8f90eb9a3770.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.washingtonexaminer.com/opinion/in-prince-andrews-dumpster-fire-epstein-interview-the-truth-comes-out"
timezone = "America/New_York"
lang = "en"
title = "In Prince Andrew’s dumpster-fire Epstein interview, the truth comes out"
published = datetime(2019, 11, 18, 17, 1, tzinfo=UTC)
authors = ["Madeline Fry"]
