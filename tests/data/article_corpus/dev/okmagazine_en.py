"""'By Catherine Earp' and 'Monday 29 Dec 2014' under the headline; the <title> is another headline ('Sean Penn and Charlize Theron 'engaged'').

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/ok.co.uk1.html (MIT).
"""

from datetime import date

url = "http://www.ok.co.uk/celebrity-news/sean-penn-charlize-theron-engaged"
timezone = "Europe/London"
lang = "en"
title = "Sean Penn 'proposes to Charlize Theron'"
published = date(2014, 12, 29)
authors = ["Catherine Earp"]
