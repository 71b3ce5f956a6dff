"""'By Alistair Grant Published 8th Nov 2023, 18:58 GMT Updated 8th Nov 2023, 20:14 GMT': the metadata's datePublished (20:14Z) is the update's time.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/scotsman.com-Humza.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.scotsman.com/news/politics/humza-yousaf-accused-of-lying-to-the-scottish-parliament-over-covid-whatsapps-4403063"
timezone = "Europe/London"
lang = "en"
title = "Humza Yousaf accused of lying to the Scottish Parliament over Covid WhatsApps"
published = datetime(2023, 11, 8, 18, 58, tzinfo=UTC)
authors = ["Alistair Grant"]
