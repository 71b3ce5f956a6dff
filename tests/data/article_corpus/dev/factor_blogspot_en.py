"""A Blogger blog of 2010: the <h1> is the blog's name, the date header 'Sunday, January 10, 2010' above the post's <h3> headline, '9:34 AM' in the post's footer in a zone the page does not name (a day only). No byline (the blog's owner), no embedded metadata.

Page: peterc/pismo @ f6897ced5d4de39691039c28930a36bb5d71b473 : test/corpus/factor.html (Apache-2.0).
"""

from datetime import date

url = "http://factor-language.blogspot.com/2010/01/factors-bootstrap-process-explained.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Factor's bootstrap process explained"
published = date(2010, 1, 10)
