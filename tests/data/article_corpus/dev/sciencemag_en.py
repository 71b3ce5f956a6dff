"""'by Michael Balter on 12 April 2011, 7:03 PM | Permanent Link' under the headline (a time in no zone the page names: the day is scored).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/sciencemag.html (Apache-2.0).
"""

from datetime import date

url = "http://news.sciencemag.org/sciencenow/2011/04/early-birds-smelled-good.html"
timezone = "America/New_York"
lang = "en"
title = "Early Birds Smelled Good"
published = date(2011, 4, 12)
authors = ["Michael Balter"]
