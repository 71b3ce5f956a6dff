"""Byline 'Dan Goodin - Apr 16, 2015 8:02 pm UTC'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/ars-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/"
timezone = "UTC"
lang = "en"
title = "Just-released Minecraft exploit makes it easy to crash game servers"
published = datetime(2015, 4, 16, 20, 2, tzinfo=UTC)  # 2015-04-16 20:02 UTC
authors = ["Dan Goodin"]
