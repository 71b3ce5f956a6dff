"""Dateline '05/08/2019' above the headline (day only; the metadata's 2019-05-08 says May). No byline: the JSON-LD author is the site (futurezone.at).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/futurezone.at.lyft.html (Apache-2.0).
"""

from datetime import date

url = (
    "https://futurezone.at/digital-life/uber-konkurrent-lyft-startet-mit-waymo-robotertaxis-in-usa/400487461"
)
timezone = "Europe/Vienna"
lang = "de"
title = "Uber-Konkurrent Lyft startet mit Waymo-Robotertaxis in USA"
published = date(2019, 5, 8)
