"""'By NewsGram Desk - March 24, 2020' under the headline and its standfirst: a desk's byline, so authors are not scored. The headline sits among related stories' <h1>s; the <title> adds ' | NewsGram'.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/corona_newsgram.html (Apache-2.0).
"""

from datetime import date

url = "https://www.newsgram.com/anxiety-coronavirus-mental-health/"
timezone = "Asia/Kolkata"
lang = "en"
title = "Prolonged Anxiety Due to Novel Coronavirus Harmful for Mental Health"
published = date(2020, 3, 24)
