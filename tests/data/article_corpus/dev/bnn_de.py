"""'von dpa, unserer Redaktion' 'vor 9 Stunden' (a relative date: htmldate's day, which the metadata's 04:41 UTC agrees with). No author: an agency and the desk; the JSON-LD author is ' dpa' with an ItemList of it.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/bnn.de-Brand.html (Apache-2.0).
"""

from datetime import date

url = (
    "https://bnn.de/karlsruhe/karlsruhe-stadt/brand-in-karlsruher-autohaus-schaden-im-sechsstelligen-bereich"
)
timezone = "Europe/Berlin"
lang = "de"
title = "Brand in Karlsruher Autohaus: Schaden von rund 100.000 Euro"
published = date(2023, 10, 31)
