"""A music channel's news (2017): the <h1> and the JSON-LD headline agree, og:title and twitter:title a social headline ('Indiana Mayor Pete Buttigieg On Coming Out …'); the <title> the headline in title case with ' - MTV'; 'Ana Marie Cox anamariecox 6h ago' under the dek (a relative date: none scored; JSON-LD dateCreated only).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/mtvnews/page.html (none stated).
"""

url = "http://www.mtv.com/news/2996150/south-bend-mayor-pete-buttigieg-on-poetry-and-personal-connections/"
timezone = "America/New_York"
lang = "en"
title = "South Bend Mayor Pete Buttigieg On Poetry And Personal Connections"
authors = ["Ana Marie Cox"]
