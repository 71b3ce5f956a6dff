"""'19.2.2020 16:20' (htmldate: 2020-02-19); no byline shown: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/uusisuomi.fi.angela.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.uusisuomi.fi/uutiset/sanna-marin-tapasi-angela-merkelin-myos-saksa-haluaa-pitaa-kiinni-maataloustuista-meidan-nakemyksiamme-suurimpana-nettomaksajana-ei-ole-otettu-riittavasti-huomioon/b29c11d3-9590-4045-8e2c-a568f9f24617"
timezone = "Europe/Helsinki"
lang = "fi"
title = "Sanna Marin tapasi Angela Merkelin: Myös Saksa haluaa pitää kiinni maataloustuista - ”Meidän näkemyksiämme suurimpana nettomaksajana ei ole otettu riittävästi huomioon”"
published = datetime(2020, 2, 19, 14, 20, tzinfo=UTC)  # 2020-02-19 16:20 Europe/Helsinki
