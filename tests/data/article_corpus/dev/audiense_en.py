"""'Paz Segura - Marketing Manager' (a job title after the name) and 'September 06, 2017' under the headline; no embedded date or author (a second <h1> is the newsletter box).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/audiense/input.html (MIT).
"""

from datetime import date

url = "https://resources.audiense.com/en/blog/twin-peaks-2017-using-the-social-data-audience-consumer-insights-to-create-the-next-big-tv-sensation"
timezone = "Europe/London"
lang = "en"
title = "Twin Peaks 2017: Using the data to create the next big TV sensation"
published = date(2017, 9, 6)
authors = ["Paz Segura"]
