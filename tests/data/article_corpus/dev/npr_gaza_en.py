"""'November 9, 2023 5:01 AM ET By Daniel Wood'. The JSON-LD author's name is a list.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/npr.org-bombing.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.npr.org/2023/11/09/1211571220/israel-gaza-damage-map-satellite-imagery"
timezone = "America/New_York"
lang = "en"
title = "Map: After a month of bombardments, as much as a third of Gaza City is damaged"
published = datetime(2023, 11, 9, 10, 1, tzinfo=UTC)  # 2023-11-09 05:01 America/New_York
authors = ["Daniel Wood"]
