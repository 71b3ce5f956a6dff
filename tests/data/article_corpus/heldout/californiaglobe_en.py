"""'By Evan Symon , August 14, 2020 2:30 pm': a time in a zone the page does not name, so the day (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/californiaglobe.com.amazon.html (Apache-2.0).
"""

from datetime import date

url = "https://californiaglobe.com/section-2/amazon-liable-for-defective-third-party-products-rules-ca-appelate-court/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Amazon Liable for Defective Third-Party Products Rules CA Appellate Court"
published = date(2020, 8, 14)
authors = ["Evan Symon"]
