"""'By Sarah Yang Updated May 06, 2019': the date is shown only as an update, not scored (the JSON-LD datePublished is 2016). og:title is a shorter headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/realsimple.com.hydrangea.html (Apache-2.0).
"""

url = "https://www.realsimple.com/home-organizing/gardening/outdoor/hydrangea-care"
timezone = "America/New_York"
lang = "en"
title = "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block"
also_titles = ["How to Care for Hydrangeas"]
authors = ["Sarah Yang"]
