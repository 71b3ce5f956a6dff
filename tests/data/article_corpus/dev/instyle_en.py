"""'By Kayla Greaves Oct 13, 2020 @ 4:48 pm' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/instyle.com.cancer.html (Apache-2.0).
"""

from datetime import date

url = "https://www.instyle.com/beauty/wigs-for-black-women-cancer"
timezone = "America/New_York"
lang = "en"
title = "Black Women Battling Breast Cancer Deserve More Wig Options, According to Coils to Locs Founder Dianne Austin"
published = date(2020, 10, 13)
authors = ["Kayla Greaves"]
