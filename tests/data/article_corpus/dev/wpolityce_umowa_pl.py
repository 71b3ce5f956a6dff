"""The logo's empty <h1>, then the headline's <h1> (ending in a stray quotation mark); the <title>, og:title and JSON-LD name stop before 'Michel:' (counted too). The date is a <time class=js-relative-date> whose text is '2021-04-29 17:13:04.031886+02:00'; a <time class=js-print-date> holds the time the page was saved (2021-05-11). No author scored: none is shown (a 'Autor' section lists the weekly's writers).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Jest zgoda PE na umowę handlową między UE a Londynem.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://wpolityce.pl/gospodarka/549052-jest-zgoda-pe-na-umowe-handlowa-miedzy-ue-a-londynem"
timezone = "Europe/Warsaw"
lang = "pl"
title = 'Jest zgoda PE na umowę handlową między UE a Londynem. Michel: Wielka Brytania pozostanie przyjacielem i partnerem UE"'
also_titles = ["Jest zgoda PE na umowę handlową między UE a Londynem"]
published = datetime(2021, 4, 29, 15, 13, tzinfo=UTC)  # 2021-04-29 17:13 Europe/Warsaw
