"""The author's box ('Erin McCann, Associate Editor' and a bio) stands before the headline; under it a standfirst and a dateline 'TOPEKA, KS | November 28, 2012'. Related posts list their own dates and authors.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/healthcareitnews.html (Apache-2.0).
"""

from datetime import date

url = (
    "http://www.healthcareitnews.com/news/kansas-hie-share-data-cdc-system-population-health-monitoring-goal"
)
timezone = "America/New_York"
lang = "en"
title = "Kansas HIE to share data with CDC, population health tracking the goal"
published = date(2012, 11, 28)
authors = ["Erin McCann"]
