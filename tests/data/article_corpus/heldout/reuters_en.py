"""'January 19, 2020 / 12:25 PM' in a zone the page does not name: the day (htmldate's) is scored. 'Jill Serjeant'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/reuters.com.parasite.html (Apache-2.0).
"""

from datetime import date

url = "https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH"
timezone = "UTC"
lang = "en"
title = "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
published = date(2020, 1, 19)
authors = ["Jill Serjeant"]
