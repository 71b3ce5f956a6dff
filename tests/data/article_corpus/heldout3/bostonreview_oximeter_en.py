"""Magazine essay: 'August 5, 2020' and 'Amy Moran-Thomas' under the standfirst; article:published_time says 2 August (the page's day is taken); no JSON-LD.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/en/html/news-boston-review-amy-moran-thomas-how-popular-medical-device-encodes-racial-bias.html (no licence stated).
"""

from datetime import date

url = "https://bostonreview.net/science-nature-race/amy-moran-thomas-how-popular-medical-device-encodes-racial-bias"
timezone = "America/New_York"
lang = "en"
title = "How a Popular Medical Device Encodes Racial Bias"
published = date(2020, 8, 5)
authors = ["Amy Moran-Thomas"]
