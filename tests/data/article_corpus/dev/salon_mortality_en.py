"""'By Nicole Karlis Senior Writer Published November 9, 2023 5:30AM (EST)'. article:published_time is '2023-11-09 10:30:01' (UTC, no zone written); the JSON-LD datePublished '05:30:01Z' is the local time marked UTC. The JSON-LD headline is another one (not shown).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Salon.com-mortality.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.salon.com/2023/11/09/why-is-infant-mortality-so-high-in-the-us-because-our-health-care-system-fails-mothers-too/"
timezone = "America/New_York"
lang = "en"
title = "Why is infant mortality so high in the US? Because our health care system fails mothers, too"
published = datetime(2023, 11, 9, 10, 30, tzinfo=UTC)  # 2023-11-09 05:30 America/New_York
authors = ["Nicole Karlis"]
