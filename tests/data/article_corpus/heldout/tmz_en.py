"""'2/26/2015 7:11 AM PST BY TMZ STAFF'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/tmz-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
published = datetime(2015, 2, 26, 15, 11, tzinfo=UTC)  # 2015-02-26 07:11 America/Los_Angeles
authors = ["TMZ Staff"]
