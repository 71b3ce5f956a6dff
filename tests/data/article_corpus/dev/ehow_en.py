"""'By Lucy Akins'; the page shows no date: not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/ehow-1/source.html (Apache-2.0).
"""

url = "http://www.ehow.com/how_2042752_build-terrarium.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "How to Build a Terrarium"
authors = ["Lucy Akins"]
