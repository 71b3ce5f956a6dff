"""'Our Foreign Staff 16 November 2017 • 2:15pm'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/telegraph/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/"
timezone = "Europe/London"
lang = "en-GB"
title = "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate"
published = datetime(2017, 11, 16, 14, 15, tzinfo=UTC)  # 2017-11-16 14:15 Europe/London
authors = ["Our Foreign Staff"]
