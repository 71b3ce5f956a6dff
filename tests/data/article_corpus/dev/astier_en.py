"""A personal blog (Pelican): the post's <h1> 'awk driven IoT', its subtitle in an <h2>, then 'July 05, 2017' (a day only); the sidebar names the blog's author, 'Anisse Astier', as does <meta name="author">; later <h1>s are the post's sections.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/astier/input.html (MIT); its address from the test's index.js.
"""

from datetime import date

url = "https://anisse.astier.eu/awk-driven-iot.html"
timezone = "Europe/Paris"
lang = "en"
title = "awk driven IoT"
published = date(2017, 7, 5)
authors = ["Anisse Astier"]
