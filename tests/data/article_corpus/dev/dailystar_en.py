"""'By Cyrus Engineer & Sophie Alexander / Published 30th December 2014' under the headline; the <title> is another headline ('Ebola: Healthcare worker in Glasgow contracts Ebola').

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/dailystar.co.uk1.html (MIT).
"""

from datetime import date

url = "http://www.dailystar.co.uk/news/latest-news/417544/Ebola-virus-Glasgow-Scotland-Sierra-Leone"
timezone = "Europe/London"
lang = "en"
title = "Scot Ebola patient named: First pic of heroic nurse Pauline Cafferkey"
published = date(2014, 12, 30)
authors = ["Cyrus Engineer", "Sophie Alexander"]
