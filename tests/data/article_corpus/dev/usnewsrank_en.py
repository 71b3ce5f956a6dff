"""'Submitted By: News Desk March 24, 2020' under the headline: a desk's byline, so authors are not scored. The <title>, og:title and JSON-LD headline are the headline in title case with ' | USNewsRank.com'; the post repeats the headline in an empty itemprop headline <h2>.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/Coronavirus_USNewsRank.com.html (Apache-2.0).
"""

from datetime import date

url = "https://www.usnewsrank.com/business-news/coronavirus-live-updates-new-cases-surge-in-spain-olympics-organizers-agree-to-a-delay/"
timezone = "America/New_York"
lang = "en"
title = "Coronavirus live updates: New cases surge in Spain; Olympics organizers agree to a delay"
published = date(2020, 3, 24)
