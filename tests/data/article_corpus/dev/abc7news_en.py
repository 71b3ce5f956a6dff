"""'By J.R. Stone Thursday, November 9, 2023 7:35AM': the metadata's 07:35Z is the evening before in San Francisco, so the page shows UTC without saying so; the date is not scored. The page's other JSON-LD headlines are related stories'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/abc7news.com-Napa.html (Apache-2.0).
"""

url = (
    "https://abc7news.com/camp-margaritaville-resort-napa-county-lake-berryessa-hotel-jimmy-buffett/14031465/"
)
timezone = "America/Los_Angeles"
lang = "en"
title = "Napa Co. enters exclusive agreement that could bring Margaritaville Resort to Lake Berryessa"
authors = ["J.R. Stone"]
