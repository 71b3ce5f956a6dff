"""'by Madeleine Gregory 21 August 2019, 7:40am' (a time in a zone the page does not name: the day).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/vice.com.amazon.html (Apache-2.0).
"""

from datetime import date

url = "https://www.vice.com/en_uk/article/d3avvm/the-amazon-is-on-fire-and-the-smoke-can-be-seen-from-space"
timezone = "Europe/London"
lang = "en"
title = "The Amazon Is on Fire and the Smoke Can Be Seen from Space"
published = date(2019, 8, 21)
authors = ["Madeleine Gregory"]
