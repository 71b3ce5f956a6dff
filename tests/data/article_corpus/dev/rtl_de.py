"""'20. März 2021 - 15:00 Uhr' under the headline (htmldate's day too); the JSON-LD's datePublished is four days earlier (2021-03-16T16:16:10Z, the story's first version under another address). No byline: the JSON-LD author is the Organization 'RTL Online'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/rtl.de-lockdown.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.rtl.de/cms/bericht-bund-und-laender-wollen-lockdown-verlaengern-um-weitere-vier-wochen-4723862.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Medienbericht: Corona-Lockdown steht vor 4-wöchiger Verlängerung"
published = datetime(2021, 3, 20, 14, 0, tzinfo=UTC)
