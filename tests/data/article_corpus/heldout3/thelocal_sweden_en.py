"""'Catherine Edwards', her address and '6 August 2020 13:16 CEST+02:00' under the <h1> and again under the picture.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/en/html/blog-thelocal-checklist-what-you-need-to-do-when-leaving-sweden-for-good.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.thelocal.se/20200806/checklist-what-you-need-to-do-when-leaving-sweden-for-good"
timezone = "Europe/Stockholm"
lang = "en"
title = "Checklist: What you need to do when leaving Sweden for good"
published = datetime(2020, 8, 6, 11, 16, tzinfo=UTC)
authors = ["Catherine Edwards"]
