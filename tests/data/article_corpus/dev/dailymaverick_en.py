"""'By Victoria O’Regan Follow 03 May 2025'; og:title and the <title> are the social headline; an empty <h1> comes first and other articles' <h1>s follow.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/DailyMaverick_2025_05_22.html.gz (MIT).
"""

from datetime import date

url = "https://www.dailymaverick.co.za/article/2025-05-03-icj-concludes-hearings-on-israel-aid-obligations-in-gaza/"
timezone = "Africa/Johannesburg"
lang = "en"
title = "Legal opinion expected after ICJ concludes hearings on Israel’s aid obligations in Gaza"
also_titles = ["ICJ concludes hearings on Israel aid obligations in Gaza"]
published = date(2025, 5, 3)
authors = ["Victoria O’Regan"]
