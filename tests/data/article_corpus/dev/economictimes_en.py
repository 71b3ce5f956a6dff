"""A slideshow: 'ET Online|' '09 Jun 2020, 02:32 PM IST'. No author: the byline is the desk's ('ET Online'), the JSON-LD's "Agencies". og:title adds the slide's title ('- Not a flagship').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/economictimes.indiatimes.com.slideshow.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://economictimes.indiatimes.com/tech/hardware/the-iphone-se-is-in-india-heres-all-we-know/not-a-flagship/slideshow/76280131.cms"
timezone = "Asia/Kolkata"
lang = "en"
title = "The iPhone SE is in India, here's all we know"
published = datetime(2020, 6, 9, 9, 2, tzinfo=UTC)
