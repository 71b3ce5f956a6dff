"""'Ami Angelowicz 4:20PM, 10/28/2010' under the headline: a name with no label, then a time before an American month/day/year (in no zone the page names: the day is scored).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/thefrisky.html (Apache-2.0).
"""

from datetime import date

url = "http://www.thefrisky.com/post/246-rachel-dratch-met-her-baby-daddy-in-a-bar/"
timezone = "America/New_York"
lang = "en"
title = "Rachel Dratch Met Her Baby Daddy At A Bar"
published = date(2010, 10, 28)
authors = ["Ami Angelowicz"]
