"""A teen magazine (2017): the <h1> 'All Love: Justin Bieber Is …' (a kicker before the colon), the JSON-LD headline without it, og:title a social headline of another story's angle, the <title> an SEO one; 'Updated: Oct 6, 2017 10:35 am By Alex Riccardi' under it (an update only: no date scored).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/j14/page.html (none stated).
"""

url = "http://www.j-14.com/posts/justin-bieber-girlfriend-paola-paulin-143518"
timezone = "America/New_York"
lang = "en"
title = "All Love: Justin Bieber Is Reportedly Officially Dating Actress Paola Paulin"
also_titles = ["Justin Bieber Is Reportedly Officially Dating Actress Paola Paulin"]
authors = ["Alex Riccardi"]
