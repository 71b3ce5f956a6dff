"""A lead, 'Dominika Rafalska' and '16 marca 2021' under the first <h1> (a related story's headline is a second <h1 class=entry-title>); the <time> says 08:00:48+00:00 but the page shows the day only. No JSON-LD.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Finowie odkrywają wino _ Res Publica Nowa.html (Apache-2.0).
"""

from datetime import date

url = "https://publica.pl/teksty/rafalska-finowie-odkrywaja-wino-68379.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Finowie odkrywają wino"
published = date(2021, 3, 16)
authors = ["Dominika Rafalska"]
