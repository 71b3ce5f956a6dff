"""A Czech business daily's print story online (2010): 'HN.IHNED.CZ 19. 1. 2010 00:00 (aktualizováno: 19. 1. 2010 07:26)' and a section name above the headline <h1> (00:00 is the print issue's: the day is scored), 'Autor/ři: Miroslava Jirsová' in a search form's box after the text (and in a hidden input); <meta name="author"> names the publisher; a comment form's 'Autor:' field. The address is the page's own link.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/ihnedCZ/test_articles/cc_2010.html (MIT).
"""

from datetime import date

url = "http://hn.ihned.cz/c1-40021370-uvery-na-bydleni-zlevnuji-dalsi-banky"
timezone = "Europe/Prague"
lang = "cs"
title = "Úvěry na bydlení zlevňují další banky"
published = date(2010, 1, 19)
authors = ["Miroslava Jirsová"]
