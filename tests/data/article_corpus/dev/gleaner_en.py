"""Jamaica Gleaner: the <h1> keeps the kicker 'Update |' (counted with and without it); 'Published:Tuesday | April 26, 2022 | 9:52 PM' (Jamaica, UTC-5) while article:published_time says 22:16 (the update's time). No byline.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/jamaica.gleaner.com-victims.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://jamaica-gleaner.com/article/news/20220426/update-deceased-clarendon-crash-victims-identified"
timezone = "America/Jamaica"
lang = "en"
title = "Update | Deceased Clarendon crash victims identified"
also_titles = ["Deceased Clarendon crash victims identified"]
published = datetime(2022, 4, 27, 2, 52, tzinfo=UTC)
