"""'By Ivan Penn Aug. 16, 2020' (day only).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nytimes.com.blackouts.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nytimes.com/2020/08/16/business/california-blackouts.html"
timezone = "America/New_York"
lang = "en-US"
title = "Rolling Blackouts in California Have Power Experts Stumped"
published = date(2020, 8, 16)
authors = ["Ivan Penn"]
