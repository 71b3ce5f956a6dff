"""'2023/11/02 22:27' (htmldate: 2023-11-02); no byline: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/yomiuri.co.jp-gaza.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.yomiuri.co.jp/world/20231102-OYT1T50240/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "邦人１０人含む外国籍３６１人、ガザからエジプトに退避…今後２～３週間で６０か国の７０００人も予定"
published = datetime(2023, 11, 2, 13, 27, tzinfo=UTC)  # 2023-11-02 22:27 Asia/Tokyo
