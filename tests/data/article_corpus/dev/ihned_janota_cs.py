"""A Czech business daily's politics story (2009): the headline <h1> after tag links, then 'dom, foto: archiv HN 5. 5. 2009 08:49 (aktualizováno 11:15)': the byline is a desk's initials (authors not scored); article:published_time gives the day only; the <title> writes the quotation marks otherwise.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/ihnedCZ/test_articles/cc_2017.html (MIT).
"""

from datetime import UTC, datetime

url = "https://domaci.ihned.cz/c1-36974330-ministrem-financi-bude-pan-rozpocet-janotu-premluvil-kalousek"
timezone = "Europe/Prague"
lang = "cs"
title = 'Ministrem financí bude "pan rozpočet". Janotu přemluvil Kalousek'
published = datetime(2009, 5, 5, 6, 49, tzinfo=UTC)  # 5. 5. 2009 08:49 Europe/Prague
