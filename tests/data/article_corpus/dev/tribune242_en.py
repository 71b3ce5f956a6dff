"""No embedded metadata but og:title; the only <h1> is the site's name; 'As of Friday, April 22, 2022' above the sharing links, then 'By EARYEL BOWLEG Tribune Staff Reporter ebowleg@tribunemedia.net'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/tribune242.com-gunned.html (Apache-2.0).
"""

from datetime import date

url = "http://www.tribune242.com/news/2022/apr/22/two-more-gunned-down/"
timezone = "America/Nassau"
lang = "en"
title = "Two more gunned down"
published = date(2022, 4, 22)
authors = ["Earyel Bowleg"]
