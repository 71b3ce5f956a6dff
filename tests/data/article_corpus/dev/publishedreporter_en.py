"""'By Alejandro Villamor' 'Last updated Nov 8, 2023': no date scored (the page shows its update only).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/publishedreporter.com-Hottest.html (Apache-2.0).
"""

url = (
    "https://www.publishedreporter.com/2023/11/08/scientists-confirm-2023-as-hottest-year-ever-in-the-making/"
)
timezone = "America/New_York"
lang = "en-US"
title = "Scientists Confirm 2023 as Hottest Year Ever in the Making"
authors = ["Alejandro Villamor"]
