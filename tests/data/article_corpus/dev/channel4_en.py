"""'1 Nov 2023' above the headline (day only), 'Lindsey Hilsum International Editor' under it. article:author is a Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/channel4.com-Israel.html (Apache-2.0).
"""

from datetime import date

url = "https://www.channel4.com/news/israel-hunts-hamas-leaders-in-gaza-foreigners-and-wounded-allowed-to-leave-for-first-time"
timezone = "Europe/London"
lang = "en-GB"
title = "Israel hunts Hamas leaders in Gaza, foreigners and wounded allowed to leave for first time"
published = date(2023, 11, 1)
authors = ["Lindsey Hilsum"]
