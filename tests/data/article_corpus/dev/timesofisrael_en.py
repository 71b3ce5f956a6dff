"""'By Emily Burack 8 January 2020, 3:51 pm' (htmldate: 2020-01-08); the other 'By TOI staff' bylines are other items'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/timesofisrael.com.washington.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/"
timezone = "Asia/Jerusalem"
lang = "en"
title = "State of Washington swears in first Native American-Jewish Supreme Court justice"
published = datetime(2020, 1, 8, 13, 51, tzinfo=UTC)  # 2020-01-08 15:51 Asia/Jerusalem
authors = ["Emily Burack"]
