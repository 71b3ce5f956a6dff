"""'Amelie Marie Nishizawa' 'Feb 8, 2020' (a day; its <time datetime="2020-02-08 11:00"> names no zone). The sidebar's cards have authors of their own.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/blog.gaijinpot.com.chikan.html (Apache-2.0).
"""

from datetime import date

url = "https://blog.gaijinpot.com/tweet-of-the-week-67-dealing-with-chikan/"
timezone = "Asia/Tokyo"
lang = "en_US"
title = "Tweet of the Week #67: Dealing With Chikan"
published = date(2020, 2, 8)
authors = ["Amelie Marie Nishizawa"]
