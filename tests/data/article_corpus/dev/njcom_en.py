"""'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM' (no year: the metadata's); 'By Amy Kuperinsky | NJ Advance Media for NJ.com' (the publication after the bar; the JSON-LD author is the same text).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nj.com/entertainment/2019/11/florida-man-exists-south-dakota-hold-my-beer-meth-were-on-it.html"
timezone = "America/New_York"
lang = "en"
title = "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be."
published = datetime(2019, 11, 19, 1, 19, tzinfo=UTC)
authors = ["Amy Kuperinsky"]
