"""'By Natalie Gagliordi for Between the Lines | May 24, 2016 -- 13:30 GMT (06:30 PDT)' (a column's name after the author's).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/zdnet/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.zdnet.com/article/email-security-startup-agari-raises-22-million-to-help-enterprises-fight-phishing-attacks/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Email security startup Agari raises $22 million to help enterprises fight phishing attacks"
published = datetime(2016, 5, 24, 13, 30, tzinfo=UTC)  # 2016-05-24 13:30 UTC as the page names it
authors = ["Natalie Gagliordi"]
