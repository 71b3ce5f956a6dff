"""A culture magazine (2017): og:title and twitter:title the headline's first half ('11 Notorious, on-the-Record Harvey Weinstein Stories'), the <title> a shorter variant ('11 Notorious Harvey Weinstein Stories'), the <h1> whole; 'October 5, 2017 10/05/2017 7:14 pm' above it (a time in no zone the page names: the day is scored; article:published_time 19:14 -04:00) and 'By Hunter Harris@hunteryharris' under it.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/vulture/page.html (none stated).
"""

from datetime import date

url = "http://www.vulture.com/2017/10/notorious-harvey-weinstein-stories.html"
timezone = "America/New_York"
lang = "en"
title = (
    "11 Notorious, on-the-Record Harvey Weinstein Stories, Starting With That Time He Ate M&M’s Off the Floor"
)
published = date(2017, 10, 5)
authors = ["Hunter Harris"]
