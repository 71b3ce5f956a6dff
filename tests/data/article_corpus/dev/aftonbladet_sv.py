"""'Amanda Hällsten' and 'Uppdaterad 15.59 | Publicerad 14.14' under the headline: times of the day the page's header dates 'torsdag 8 januari 2026' (Stockholm time; article:published_time 13:14:14Z agrees).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/se/Aftonbladet_2026_01_08.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.aftonbladet.se/nyheter/a/Ard8wM/hanna-18-forsvunnen-i-uddevalla"
timezone = "Europe/Stockholm"
lang = "sv"
title = "Hanna, 18, försvunnen i Uddevalla"
published = datetime(2026, 1, 8, 13, 14, tzinfo=UTC)  # 8 januari 2026 14.14 Europe/Stockholm
authors = ["Amanda Hällsten"]
