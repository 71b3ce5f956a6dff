"""The `<h1>` is 'A Guide to JSON-LD for Beginners'; og:title, twitter:title and the JSON-LD headline add a search phrase in brackets ('[Json Ld Code]'), the `<title>` that and '- Moz'. 'By: Alexis Sanders February 9, 2017' beside the headline (a day only; JSON-LD has 2017-02-09T00:12-08:00).

Page: audriga/html2jsonld-php @ 2c57b704803c1930bfb40b32c0fab997dd61cf46 : tests/resources/jsonld-website-real-example.html (MIT).
"""

from datetime import date

url = "https://moz.com/blog/json-ld-for-beginners"
timezone = "America/Los_Angeles"
lang = "en"
title = "A Guide to JSON-LD for Beginners"
published = date(2017, 2, 9)
authors = ["Alexis Sanders"]
