"""'Le Monde with AFP Published on October 29, 2023, at 4:28 am (Paris)'. The byline is the site's with an agency: authors not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lemonde.fr-Striking.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lemonde.fr/en/economy/article/2023/10/29/striking-us-auto-union-reaches-tentative-deal-with-stellantis_6211625_19.html"
timezone = "Europe/Paris"
lang = "en"
title = "Striking US auto union reaches tentative deal with Stellantis"
published = datetime(2023, 10, 29, 3, 28, tzinfo=UTC)  # 2023-10-29 04:28 Europe/Paris
