"""A comics and film site (2017): 25 <h1 itemprop="headline">s, the sidebar's and the latest stories' cards (each with its kicker, byline and day) before and after the article's; the JSON-LD headline with its quotation marks written '&#39;'; og:site_name the section ('Movies'); 'by Megan Peters | October 5, 2017' under the headline (a day; datePublished 00:53 UTC the next day).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/comicbook/page.html (none stated).
"""

from datetime import date

url = "http://comicbook.com/movies/2017/10/06/matrix-reboot-keanu-reeves-reaction/"
timezone = "America/New_York"
lang = "en"
title = "Keanu Reeves Comments On The 'Matrix' Reboot"
published = date(2017, 10, 5)
authors = ["Megan Peters"]
