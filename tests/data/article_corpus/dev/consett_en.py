"""A reader's poem: the <h1> names its author ('Life Is A Highway – By Lorraine Weightman'); 'By Lorraine Weightman - November 8, 2023' (a day); 'Thursday, November 9, 2023' in the top bar is the day it was saved. article:author is the site's Facebook page. og:title carries the site's name and tagline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/consettmagazine.com-Highway.html (Apache-2.0).
"""

from datetime import date

url = "https://consettmagazine.com/2023/11/08/life-is-a-highway-by-lorraine-weightman-23946/"
timezone = "Europe/London"
lang = "en-US"
title = "Life Is A Highway – By Lorraine Weightman"
also_titles = ["Life Is A Highway"]
published = date(2023, 11, 8)
authors = ["Lorraine Weightman"]
