"""Two <h1>s: a visually hidden one with the section and the site ('Rams News | Los Angeles Rams - therams.com'), then the headline; the <title> is a longer headline ('Rams wide receiver Cooper Kupp …'). 'Apr 22, 2024 at 03:44 PM Stu Jackson Senior Staff Writer' (Los Angeles time; JSON-LD 22:44 UTC; <meta name="date"> is three days later, an update's).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/therams/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.therams.com/news/cooper-kupp-being-present-best-version-of-himself-prepares-2024-season"
timezone = "America/Los_Angeles"
lang = "en"
title = "Cooper Kupp focused on being present, best version of himself as he prepares for 2024 season"
published = datetime(2024, 4, 22, 22, 44, tzinfo=UTC)
authors = ["Stu Jackson"]
