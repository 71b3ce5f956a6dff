"""'By NEWSROOM - Oct 10, 2023' (a desk), then 'By Russell Bruce' opening the text: authors not scored. The metadata's 23:25Z is 11 October in London: the page shows the UTC day without saying so, so the date is not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Newsnet.scot-growth.html (Apache-2.0).
"""

url = "https://newsnet.scot/news-analysis/uk-to-have-lowest-growth-in-g7-in-2024/"
timezone = "Europe/London"
lang = "en-GB"
title = "UK to have lowest growth in G7 in 2024"
