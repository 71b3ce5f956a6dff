"""A press release: the headline is a link (a.single_post_title) and the page's only <h1> is a footer's 'Our Clients'; the BlogPosting's headline is cut with '...'. '24 March 2020' under the headline; no byline (the JSON-LD names the poster, Marta Efozie, whom the page does not show): authors not scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/corona_Visiongain.html (Apache-2.0).
"""

from datetime import date

url = "https://www.visiongain.com/visiongain-publishes-novel-coronavirus-covid-19-drugs-in-development-market-forecast-2020-2030-report/"
timezone = "Europe/London"
lang = "en"
title = (
    "Visiongain publishes Novel Coronavirus (COVID-19) Drugs in Development Market Forecast 2020-2030 report"
)
published = date(2020, 3, 24)
