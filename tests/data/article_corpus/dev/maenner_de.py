"""'von Michael Rädel, Redaktion 24. Januar 2022 15:40' (Berlin time). 'Redaktion' (the desk) is no one's name: the author is the person.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/maenner.media-church.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.maenner.media/gesellschaft/community/interview-mit-rainer-teuber-outinchurch/"
timezone = "Europe/Berlin"
lang = "de-de"
title = "Interview mit Rainer Teuber – #OutInChurch"
published = datetime(2022, 1, 24, 14, 40, tzinfo=UTC)  # 2022-01-24 15:40 Europe/Berlin
authors = ["Michael Rädel"]
