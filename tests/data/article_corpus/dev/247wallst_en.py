"""'Chris Lange March 24, 2020 10:11 am' under the headline (a time in no zone the page names: the day is scored); the <title> adds ' – 24/7 Wall St.'.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/corona_247wallst.html (Apache-2.0).
"""

from datetime import date

url = "https://247wallst.com/healthcare-business/2020/03/24/how-coronavirus-stocks-are-holding-up/"
timezone = "America/New_York"
lang = "en"
title = "How Coronavirus Stocks Are Holding Up"
published = date(2020, 3, 24)
authors = ["Chris Lange"]
