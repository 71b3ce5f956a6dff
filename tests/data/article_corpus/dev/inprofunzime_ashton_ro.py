"""A Moldovan TV show's news page (2013, Romanian without diacritics): '16:59, 9 Iulie 2013, PRO TV' above the headline <h1> (the source a link, not a person: authors not scored); an empty <h1> (the logo's) comes first. No embedded metadata.

Page: 9-volt/radio-erevan @ 3697532107ac62996d8479695111e7ee60beb728 : spec/fixtures/inprofunzime_article.html (none stated).
"""

from datetime import UTC, datetime

url = "http://www.inprofunzime.md/stiri/politic/catherine-ashton-la-chisinau-ce-a-discutat-cu-presedintele-nicolae-1.html"
timezone = "Europe/Chisinau"
lang = "ro"
title = "Catherine Ashton, la Chisinau. Ce a discutat cu presedintele Nicolae Timofti"
published = datetime(2013, 7, 9, 13, 59, tzinfo=UTC)  # 16:59, 9 Iulie 2013 Europe/Chisinau
