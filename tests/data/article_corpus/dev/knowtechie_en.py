"""'by Josiah Motley August 21, 2019' under the headline (day only).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/knowtechie.com.rally.html (Apache-2.0).
"""

from datetime import date

url = "https://knowtechie.com/rocket-pass-4-in-rocket-league-brings-with-it-a-new-rally-inspired-car/"
timezone = "America/New_York"
lang = "en-US"
title = "Rocket Pass 4 in Rocket League brings with it a new rally-inspired car"
published = date(2019, 8, 21)
authors = ["Josiah Motley"]
