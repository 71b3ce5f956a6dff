"""'Daniel Neira - Los Angeles Writer … JUN 24, 2024, 4:23 PM EDT'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/hola/input.html (MIT).
"""

from datetime import UTC, datetime

url = (
    "https://www.hola.com/us/celebrities/20240624701307/rauw-alejandro-bruna-marquezine-dreams-to-accomplish/"
)
timezone = "America/New_York"
lang = "en-us"
title = "Rauw Alejandro and Bruna Marquezine on the dreams they want to accomplish: 'To have kids and a serene love'"
published = datetime(2024, 6, 24, 20, 23, tzinfo=UTC)  # 2024-06-24 16:23 EDT as the page names it
authors = ["Daniel Neira"]
