"""'by Nancy Atkinson on October 28, 2010' under the headline.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/universetoday.html (Apache-2.0).
"""

from datetime import date

url = "http://www.universetoday.com/76881/podcast-more-from-tony-colaprete-on-lcross/"
timezone = "America/New_York"
lang = "en"
title = "Podcast: More From Tony Colaprete on LCROSS"
published = date(2010, 10, 28)
authors = ["Nancy Atkinson"]
