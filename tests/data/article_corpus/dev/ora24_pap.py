"""An Aruban paper in Papiamento (its <html lang> says en-US): '3 May, 2022, 11:37 pm' under the headline (UTC-4). No byline shown: authors not scored. The header shows the day the page was saved ('Tuesday , 03 May 2022').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/24ora.com-internationalschol.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://24ora.com/minister-president-presente-ne-trashion-fashion-show-di-international-school/"
timezone = "America/Aruba"
lang = "pap"
title = "Minister-president presente n’e “Trashion Fashion Show” di International School"
published = datetime(2022, 5, 4, 3, 37, tzinfo=UTC)
