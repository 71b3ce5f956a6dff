"""A viral-video site's post: the headline in two <h1>s, 'Curator: Phoebe Gavin Follow @ohsoordinary' under it (the curator is the post's writer; article:author is her Facebook address). No date shown: not scored.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/upworthy.com1.html (MIT).
"""

url = "http://www.upworthy.com/what-a-service-dog-really-thinks-of-the-injured-vet-who-owns-him"
timezone = "America/New_York"
lang = "en"
title = "What A Service Dog Really Thinks Of The Injured Vet Who Owns Him"
authors = ["Phoebe Gavin"]
