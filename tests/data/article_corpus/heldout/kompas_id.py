"""'Kompas.com - 02/11/2023, 21:34 WIB' (Jakarta time); the credits: 'Isna Rifka Sri Rahayu Penulis' (writer), 'Yoga Sukmana Editor': the writer.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/money.kompas.com-Menhub.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://money.kompas.com/read/2023/11/02/213419026/menhub-bocorkan-penyebab-harga-tiket-pesawat-masih-mahal"
timezone = "Asia/Jakarta"
lang = "id"
title = "Menhub Bocorkan Penyebab Harga Tiket Pesawat Masih Mahal"
published = datetime(2023, 11, 2, 14, 34, tzinfo=UTC)  # 2023-11-02 21:34 Asia/Jakarta
authors = ["Isna Rifka Sri Rahayu"]
