"""'by Logan C. Ritchie' 'November 8, 2023 | 6:03 pm' (the site's zone, Atlanta: 23:03 UTC, as its metadata says). Saved from reporternewspapers.net, which redirects to Rough Draft Atlanta.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/reporternewspapers.net-Brookhaven.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://roughdraftatlanta.com/2023/11/08/brookhaven-village-closed-due-to-gas-leak/"
timezone = "America/New_York"
lang = "en-US"
title = "Brookhaven Village closed due to gas leak"
published = datetime(2023, 11, 8, 23, 3, tzinfo=UTC)
authors = ["Logan C. Ritchie"]
