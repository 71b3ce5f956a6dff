"""'By Bill Herrfeldt' under the headline (and an author <meta>); a footer's 'Video of the Day' has its own div.byline 'By Ed Ibarguen'. The page shows no date (a publishdate <meta> is not shown): not scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/golflink.html (Apache-2.0).
"""

url = "http://www.golflink.com/how_1496_eat-cheap-las-vegas.html"
timezone = "America/New_York"
lang = "en"
title = "How to Eat Cheap in Las Vegas"
authors = ["Bill Herrfeldt"]
