"""'02.02.2022 · 11:14', 'von Juliane Ziegengeist' (the JSON-LD author is the site, an Organization).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/motorsport-total.com-romeo.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.motorsport-total.com/formel-1/news/nach-erstem-f1-test-2022-alfa-romeo-plant-spaeten-launch-des-c42-22020203"
timezone = "Europe/Berlin"
lang = "de"
title = "Nach erstem F1-Test 2022: Alfa Romeo plant späten Launch des C42"
published = datetime(2022, 2, 2, 10, 14, tzinfo=UTC)
authors = ["Juliane Ziegengeist"]
