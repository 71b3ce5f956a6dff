"""'by: Griffin Haas Posted: Nov 9, 2023 / 01:14 AM EST Updated: Nov 9, 2023 / 05:26 AM EST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/news10.com-UAlbany.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.news10.com/sports/first-look-at-ualbanys-renovated-broadview-center/"
timezone = "America/New_York"
lang = "en-US"
title = "First look at UAlbany’s renovated Broadview Center"
published = datetime(2023, 11, 9, 6, 14, tzinfo=UTC)  # 2023-11-09 01:14 America/New_York
authors = ["Griffin Haas"]
