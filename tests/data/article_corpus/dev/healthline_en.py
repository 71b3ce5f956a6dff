"""'Written by Grant Tinsley, PhD on April 29, 2018' (day only); the degree is not part of the name.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/healthline.com.fat.html (Apache-2.0).
"""

from datetime import date

url = "https://www.healthline.com/nutrition/ways-to-measure-body-fat"
timezone = "America/New_York"
lang = "en"
title = "The 10 Best Ways to Measure Your Body Fat Percentage"
published = date(2018, 4, 29)
authors = ["Grant Tinsley"]
