"""'by Laura Winter19 Nov 2019 05:44 GMT'. The JSON-LD's datePublished is prose, '19 Nov 2019 07:09 GMT' (the record's).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html.gz (MIT).
"""

from datetime import UTC, datetime

url = (
    "https://www.aljazeera.com/ajimpact/nasas-commercial-moon-shot-musk-bezos-firms-bid-191119041538885.html"
)
timezone = "Asia/Qatar"
lang = "en"
title = "NASA’s commercial moon shot: Musk's and Bezos's firms to bid"
published = datetime(2019, 11, 19, 5, 44, tzinfo=UTC)
authors = ["Laura Winter"]
