"""'Dominique Wehrmann am 4. Februar 2022 um 11:23' (Berlin time, as the metadata's +01:00 agrees). The JSON-LD author is a reference (@id) with no name in the page's graph; microdata names her.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/st-georg.de-olympia.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.st-georg.de/news/mehr-sport/pferdesport-definitiv-bei-olympia-2028-dabei/"
timezone = "Europe/Berlin"
lang = "de"
title = "Pferdesport definitiv bei Olympia 2028 dabei"
published = datetime(2022, 2, 4, 10, 23, tzinfo=UTC)  # 2022-02-04 11:23 Europe/Berlin
authors = ["Dominique Wehrmann"]
