"""A blog of the magazine (PRNewser): 'By Patrick Coffee on Aug. 1, 2014 - 12:45 PM' under the headline (a time in no zone the page names: the day is scored); the section line 'People | Research' above it.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/adweek.html (Apache-2.0).
"""

from datetime import date

url = "http://www.adweek.com/prnewser/5-digital-data-metricstools-that-pr-pros-need-to-know/97735"
timezone = "America/New_York"
lang = "en"
title = "5 Digital Metrics/Tools That PR Pros Need to Know"
published = date(2014, 8, 1)
authors = ["Patrick Coffee"]
