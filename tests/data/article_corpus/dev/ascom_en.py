"""A press release: 'August 23, 2018', no byline: author not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/c69e539d689a8335a69042727f1b58edab09d5d99fb607ec625a63151a537dc2.html.gz (MIT).
"""

from datetime import date

url = "https://www.ascom.com/news-and-events/Ascom-business-news/ascom-and-draeger-introduce-integrated-clinical-alarm-management-solution-in-north-america-to-improve-patient-care.html"
timezone = "Europe/Zurich"
lang = "en"
title = "Ascom and Dräger introduce integrated clinical alarm management solution in North America to improve patient care"
published = date(2018, 8, 23)
