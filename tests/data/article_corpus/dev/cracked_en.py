"""'By: Maxwell Yezpitelok March 02, 2011' under the headline (the headline is repeated above it); the sidebar lists other articles with their own 'By:' lines, some of two names.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/cracked.html (Apache-2.0).
"""

from datetime import date

url = "http://www.cracked.com/article_19029_6-things-social-networking-sites-need-to-stop-doing.html"
timezone = "America/Chicago"
lang = "en"
title = "6 Things Social Networking Sites Need to Stop Doing"
published = date(2011, 3, 2)
authors = ["Maxwell Yezpitelok"]
