"""'By Jemele Hill / ESPN.com' beside the headline; the page shows only 'Updated: August 13, 2010, 5:02 PM ET': date not scored. og:title is a second headline ('Hill: Meyer, Saban grandstanding about agents').

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_espn.html (Apache-2.0).
"""

url = "http://sports.espn.go.com/espn/commentary/news/story?id=5461430"
timezone = "America/New_York"
lang = "en"
title = "Florida, Alabama grandstanding?"
also_titles = ["Hill: Meyer, Saban grandstanding about agents"]
authors = ["Jemele Hill"]
