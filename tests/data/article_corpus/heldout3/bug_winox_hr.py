"""Croatian tech site: the byline 'Radoslav Dejanović' and 'utorak, 4. kolovoza 2020. u 06:00' under the <h1> (the first <h1> is the logo); JSON-LD names another author (Drago Galić): the page's byline is taken.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-bug-linux-na-windowsima--winox-lindows-15613.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.bug.hr/softver/linux-na-windowsima--winox-lindows-15613"
timezone = "Europe/Zagreb"
lang = "hr"
title = "Linux na Windowsima = Winox? Lindows?"
published = datetime(2020, 8, 4, 4, 0, tzinfo=UTC)
authors = ["Radoslav Dejanović"]
