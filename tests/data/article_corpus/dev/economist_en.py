"""Kicker 'Open Progress' inside the h1: with or without it counts. 'Open Future Jun 18th 2018': a day only (htmldate's). No byline (the paper signs none): not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/economist.com.thinking.html (Apache-2.0).
"""

from datetime import date

url = "https://www.economist.com/open-future/2018/06/18/why-collaborative-thinking-beats-individual-smarts"
timezone = "Europe/London"
lang = "en"
title = "Why collaborative thinking beats individual smarts"
also_titles = ["Open Progress: Why collaborative thinking beats individual smarts"]
published = date(2018, 6, 18)
