"""'By Alissa Wilkinson', 'Updated Jul 24, 2018, 2:15pm EDT': the page shows only the update, date not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/videos-1/source.html (Apache-2.0).
"""

url = "https://www.vox.com/2017-in-review/2017/12/15/16751138/best-movies-2017-streaming-how-to-watch"
timezone = "America/New_York"
lang = "en"
title = "The 21 best movies of 2017"
also_titles = ["How to watch the 21 best films of 2017"]
authors = ["Alissa Wilkinson"]
