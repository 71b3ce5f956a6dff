"""'By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm' in a zone the page does not name: the day is scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/video_article_02.html (MIT).
"""

from datetime import date

url = "https://www.oneesports.gg/league-of-legends/t1-worlds-2023-champion/"
timezone = "Asia/Singapore"
lang = "en-US"
title = "Faker wins 4th title as T1 embody Heartsteel’s song to become your Worlds 2023 champion!"
published = date(2023, 11, 19)
authors = ['Amanda "Tania Mae" Tan']
