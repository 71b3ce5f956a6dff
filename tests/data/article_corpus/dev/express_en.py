"""'By Astha Saxena 16:23, Thu, Nov 2, 2023 | UPDATED: …' (London time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Express.co.uk-bubbly.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.express.co.uk/news/uk/1830835/bubbly-daughter-found-dead-foot-mum-bed-inquest-heard"
timezone = "Europe/London"
lang = "en"
title = "'Bubbly' daughter 'with infectious laugh' found dead at the foot of her mum's bed"
published = datetime(2023, 11, 2, 16, 23, tzinfo=UTC)  # 2023-11-02 16:23 Europe/London
authors = ["Astha Saxena"]
