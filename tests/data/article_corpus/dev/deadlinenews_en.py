"""'Ivan Prothero - November 2, 2023' (a day) under the headline; 'Friday, November 3, 2023' in the top bar is the day it was saved. og:title and <title> are a shorter headline (counted too).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/deadlinenews.co.uk-football.html (Apache-2.0).
"""

from datetime import date

url = "https://www.deadlinenews.co.uk/2023/11/02/youngster-fighting-for-life-being-struck-by-lightning-playing-football/"
timezone = "Europe/London"
lang = "en-GB"
title = "Youngster left fighting for life after being struck by lightning whilst playing football"
also_titles = ["Youngster fighting for life being struck by lightning playing football"]
published = date(2023, 11, 2)
authors = ["Ivan Prothero"]
