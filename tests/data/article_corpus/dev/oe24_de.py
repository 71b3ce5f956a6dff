"""'Auto Thema | 05. November 2021 | 08:02 Uhr' above the kicker ('Dringlicher Appell') and the <h1>; og:title, the JSON-LD and the <title> name the chief and quote with single marks (counted too); article:published_time is the day alone. No byline: the JSON-LD author is the site (an Organization), not scored.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/auto.oe24.at-golfchina.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://auto.oe24.at/thema/vw-chef-diess-warnt-vor-tesla-und-golf-aus-china/497533355"
timezone = "Europe/Vienna"
lang = "de"
title = 'VW-Chef warnt vor Tesla und "Golf aus China"'
also_titles = ["VW-Chef Diess warnt vor Tesla und 'Golf aus China'"]
published = datetime(2021, 11, 5, 7, 2, tzinfo=UTC)
