"""'Feb 19, 2018 Ricky Raps Leave a Comment' under the headline; og:title and the <title> hold a social headline (counted too); the <time datetime> marks the local time +00:00 and og:updated_time is four months later.

Page: alan-turing-institute/ReadabiliPy @ 947b229a90030588c77a98c2186d796693453d4c : tests/data/davidwolfe.com-1_full_page.html (MIT).
"""

from datetime import date

url = "https://www.davidwolfe.com/florida-school-shooter-medication/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "New Information Reveals Florida School Shooter Was On A Dangerous Type Of Medication"
also_titles = ["Medication: The Thread That Links Mass Shooters Together"]
published = date(2018, 2, 19)
authors = ["Ricky Raps"]
