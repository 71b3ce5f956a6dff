"""'입력 2025.05.15 20:00 수정 2025.05.15 20:57' (entered, then modified; Seoul time); og:title adds '| 한국일보', JSON-LD's headline drops the quotation marks. The reporter is named in the metadata only ('순천, 광양 구현모 기자', places and a title with the name): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/kr/HankookIlbo_2025_05_15.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.hankookilbo.com/News/Read/A2025051516330004328"
timezone = "Asia/Seoul"
lang = "ko"
title = "\"왜 경상도, 전라도 나눠서 싸우나\"... DJ 고향에서 '국민 통합' 외친 이재명"
published = datetime(2025, 5, 15, 11, 0, tzinfo=UTC)  # 2025-05-15 20:00 Asia/Seoul
