"""The <h1> names the story's package ('2011 NFL coaching changes'); the headline is an <h2> after 'Story Milestone 11 of 41'. The byline is the site's ('Sporting News') and the only date relative ('LAST UPDATED 1 month and 4 days ago'): neither is scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/sportingnews.html (Apache-2.0).
"""

url = "http://www.sportingnews.com/nfl/feed/2011-01/nfl-coaches/story/raiders-cut-ties-with-cable"
timezone = "America/New_York"
lang = "en"
title = "Raiders cut ties with Cable"
