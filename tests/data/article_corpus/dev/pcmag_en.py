"""'By Matthew Humphries February 7, 2020': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/pcmag.com.platters.html (Apache-2.0).
"""

from datetime import date

url = "https://www.pcmag.com/news/next-gen-hamr-platters-promise-80tb-hard-drives"
timezone = "America/New_York"
lang = "en"
title = "Next-Gen HAMR Platters Promise 80TB Hard Drives"
published = date(2020, 2, 7)
authors = ["Matthew Humphries"]
