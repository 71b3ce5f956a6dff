"""'Published: November 2, 2023 6.55pm SAST' (htmldate: 2023-11-02), 'Colin Manning, Hayley J. Fowler, Newcastle University'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/theconversation.com-Storm.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://theconversation.com/storm-ciaran-is-breaking-records-and-research-suggests-more-severe-weather-in-future-216842"
timezone = "Africa/Johannesburg"
lang = "en"
title = "Storm Ciarán is breaking records and research suggests more severe weather in future"
published = datetime(2023, 11, 2, 16, 55, tzinfo=UTC)  # 2023-11-02 18:55 Africa/Johannesburg
authors = ["Colin Manning", "Hayley J. Fowler"]
