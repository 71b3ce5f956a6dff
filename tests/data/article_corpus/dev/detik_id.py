"""'Vidya Pinandhita - detikHealth Kamis, 02 Nov 2023 20:59 WIB' (Jakarta time): the name without the desk.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/health.detik.com-Stroke.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://health.detik.com/true-story/d-7016153/curhat-wanita-kena-stroke-di-umur-26-ketahuan-saat-terkapar-di-kamar-mandi"
timezone = "Asia/Jakarta"
lang = "id"
title = "Curhat Wanita Kena Stroke di Umur 26, Ketahuan saat Terkapar di Kamar Mandi"
published = datetime(2023, 11, 2, 13, 59, tzinfo=UTC)  # 2023-11-02 20:59 Asia/Jakarta
authors = ["Vidya Pinandhita"]
