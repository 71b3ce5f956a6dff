"""'By Timothy H.J. Nerozzi Fox News Published November 2, 2023 10:12am EDT'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/foxnews.com-Russia.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.foxnews.com/world/putin-pulls-russia-nuclear-test-ban-treaty"
timezone = "America/New_York"
lang = "en"
title = "Putin pulls Russia out of nuclear test ban treaty"
published = datetime(2023, 11, 2, 14, 12, tzinfo=UTC)  # 2023-11-02 10:12 America/New_York
authors = ["Timothy H.J. Nerozzi"]
