"""A Moldovan paper's column (2013, Romanian): no <h1>: the headline is a large <span>, after '09 Jun 2013 | 13:12' in table cells; the header's '15:30 09 Iun 2013' is the time the page was saved, 'sursa: Jurnal de Chişinău' names the paper (no byline: authors not scored). A browser's 'Save page' copy.

Page: 9-volt/radio-erevan @ 3697532107ac62996d8479695111e7ee60beb728 : spec/fixtures/jurnal_article.html (none stated).
"""

from datetime import UTC, datetime

url = "http://jurnal.md/ro/news/scrisorile-lui-buraga-lupu-ca-ou-1151985/"
timezone = "Europe/Chisinau"
lang = "ro"
title = "Scrisorile lui Buraga // Lupu ca ou"
published = datetime(2013, 6, 9, 10, 12, tzinfo=UTC)  # 09 Jun 2013 | 13:12 Europe/Chisinau
