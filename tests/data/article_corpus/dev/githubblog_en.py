"""'March 29, 2019 Community' above the headline, 'Jessica Rudder' under it (day only).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/github.blog.spiceland.html (Apache-2.0).
"""

from datetime import date

url = "https://github.blog/2019-03-29-leader-spotlight-erin-spiceland/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Leader spotlight: Erin Spiceland"
published = date(2019, 3, 29)
authors = ["Jessica Rudder"]
