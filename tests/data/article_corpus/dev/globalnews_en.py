"""'By Samya Kullab and Vasilisa Stepanenko The Associated Press Posted May 24, 2026 10:05 am' under the headline (Toronto time); JSON-LD's author is the two names in one string; og:title adds ' - National | Globalnews.ca'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ca/GlobalNews_2026_05_24.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://globalnews.ca/news/11862251/russia-missile-attack-kyiv-ukraine/"
timezone = "America/Toronto"
lang = "en"
title = "Russia hits Kyiv with ballistic missile, damages buildings and schools"
published = datetime(2026, 5, 24, 14, 5, tzinfo=UTC)  # May 24, 2026 10:05 am America/Toronto
authors = ["Samya Kullab", "Vasilisa Stepanenko"]
