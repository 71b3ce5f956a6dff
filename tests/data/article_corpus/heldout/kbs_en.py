"""'Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46' (htmldate: 2023-11-07); no byline: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/world.kbs.co.kr-Temperatures.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181595"
timezone = "Asia/Seoul"
lang = "en"
title = "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues."
published = datetime(2023, 11, 7, 6, 3, tzinfo=UTC)  # 2023-11-07 15:03 Asia/Seoul
