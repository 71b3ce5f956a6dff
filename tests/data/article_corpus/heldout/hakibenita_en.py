"""A one-author blog: 'Haki Benita' heads the page, '21 September 2020' above the title.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/toc-missing/source.html (Apache-2.0).
"""

from datetime import date

url = "https://hakibenita.com/sql-anomaly-detection"
timezone = "UTC"
lang = "en"
title = "Simple Anomaly Detection Using Plain SQL"
published = date(2020, 9, 21)
authors = ["Haki Benita"]
