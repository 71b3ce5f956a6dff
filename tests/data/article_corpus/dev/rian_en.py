"""A news agency's English page: a topic line above the headline, then a photograph's credit and '17:08 10/04/2011' (day/month/year, Moscow time not named: the day is scored). No byline: authors not scored. A second <h1> ('Stories »') heads a sidebar.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/rian.html (Apache-2.0).
"""

from datetime import date

url = "http://en.rian.ru/world/20110410/163458489.html"
timezone = "Europe/Moscow"
lang = "en"
title = "Japanese rally against nuclear power industry"
published = date(2011, 4, 10)
