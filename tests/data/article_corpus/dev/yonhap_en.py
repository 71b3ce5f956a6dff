"""'North Korea 09:31 August 20, 2019'; no byline: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/yna_co_kr.html (MIT).
"""

from datetime import UTC, datetime

url = "https://en.yna.co.kr/view/AEN20190820002300325"
timezone = "Asia/Seoul"
lang = "en"
title = "N. Korea slams S. Korea for joint military drill, warns of consequences"
published = datetime(2019, 8, 20, 0, 31, tzinfo=UTC)  # 2019-08-20 09:31 Asia/Seoul
