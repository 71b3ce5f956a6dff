"""The headline is an <h2> (the page has no <h1>), then 'By Tatyana Turner.' and 'Published November 8, 2023' (a day). The JSON-LD author is a Yoast @id reference.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/citylimits.org-Nycha.htm (Apache-2.0).
"""

from datetime import date

url = "https://citylimits.org/2023/11/08/video-voting-on-nychas-future/"
timezone = "America/New_York"
lang = "en-US"
title = "VIDEO: Voting on NYCHA’s Future"
published = date(2023, 11, 8)
authors = ["Tatyana Turner"]
