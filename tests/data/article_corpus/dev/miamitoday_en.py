"""'Written by Miami Today on November 7, 2023' (a day). No author: the byline is the publication's. article:published_time 23:18 UTC is the evening of the 7th in Miami.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/miamitodaynews.com-Transitway.html (Apache-2.0).
"""

from datetime import date

url = (
    "https://www.miamitodaynews.com/2023/11/07/transit-tax-trust-rejects-countys-south-dade-transitway-data/"
)
timezone = "America/New_York"
lang = "en-US"
title = "Transit tax trust rejects county’s South Dade Transitway data"
published = date(2023, 11, 7)
