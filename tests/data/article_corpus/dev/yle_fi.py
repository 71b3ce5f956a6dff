"""'Kotimaa 19.2.2020 klo 14.00' (htmldate: 2020-02-19), 'Markus Mäki'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/yle.fi.3-11212601.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://yle.fi/uutiset/3-11212601"
timezone = "Europe/Helsinki"
lang = "fi"
title = "Leudot talvet tekevät meistä väsyneempiä – näillä keinoilla torjut kaamosoireita"
published = datetime(2020, 2, 19, 12, 0, tzinfo=UTC)  # 2020-02-19 14:00 Europe/Helsinki
authors = ["Markus Mäki"]
