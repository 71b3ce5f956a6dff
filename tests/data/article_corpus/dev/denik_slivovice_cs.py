"""A Czech regional daily's economy story (2010): the headline <h1>, the standfirst, then 'Autor:Michal Sklenář', counters and '9.2.2010 12:11 aktualizováno 9.2.2010 15:38' in the text under it (an author box with the name after 'Autor:' and a <br> beside); the header shows 'poslední aktualizace: 03:56' (the site's), a second <h1> is the video player's notice. No embedded metadata. The address is the page's own link to its comments, without the anchor.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/denikCZ/test_articles/cc_2011.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.denik.cz/ekonomika/svestek-bylo-letos-dostatek-20100209.html"
timezone = "Europe/Prague"
lang = "cs"
title = "Švestek bylo víc než dost, slivovice je výborná"
published = datetime(2010, 2, 9, 11, 11, tzinfo=UTC)  # 9.2.2010 12:11 Europe/Prague
authors = ["Michal Sklenář"]
