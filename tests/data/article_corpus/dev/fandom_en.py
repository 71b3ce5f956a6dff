"""'James Akinaka • 8h': a relative date, not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/wikia/source.html (Apache-2.0).
"""

url = "http://fandom.wikia.com/articles/star-wars-original-cuts-might-get-released-40th-anniversary"
timezone = "America/Los_Angeles"
lang = "en"
title = "‘Star Wars’ Original Cuts Might Get Released for 40th Anniversary"
authors = ["James Akinaka"]
