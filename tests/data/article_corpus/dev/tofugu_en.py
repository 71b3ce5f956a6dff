"""The h1 holds the headline and its subtitle: with or without it counts. 'February 4, 2020 • words written by Kanae Nakamine • Art by Koichi': the writer; a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tofugu.com.dezuka-suisan.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tofugu.com/travel/dezuka-suisan/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh"
also_titles = [
    "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh Welcome to the Flavor Capital of Northern Japan"
]
published = date(2020, 2, 4)
authors = ["Kanae Nakamine"]
