"""The <h1> is the site's logo; the headline is the story's heading. 'By ALLY MUTNICK 12/30/2019 05:03 AM EST' (htmldate: 2019-12-30).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/politico.com.retirement.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.politico.com/news/2019/12/30/mark-meadows-retirement-elect-wife-friend-090838"
timezone = "America/New_York"
lang = "en"
title = "Mark Meadows accused of timing retirement to help elect wife’s friend"
published = datetime(2019, 12, 30, 10, 3, tzinfo=UTC)  # 2019-12-30 05:03 America/New_York
authors = ["Ally Mutnick"]
