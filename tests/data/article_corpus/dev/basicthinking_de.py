"""'5. Dez 2018' and 'geschrieben von Meike Neitz'; og:title, <title> and the WebPage name are the social headline; a comment's <time> is two days later.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/basicthinking.de.tweets.html (Apache-2.0).
"""

from datetime import date

url = "https://www.basicthinking.de/blog/2018/12/05/erfolgreiche-tweets-zutaten/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets"
also_titles = ["Erfolgreiche Tweets: 12 Twitter-Nutzer verraten ihre Zutaten"]
published = date(2018, 12, 5)
authors = ["Meike Neitz"]
