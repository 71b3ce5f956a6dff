"""A British news portal: the <h1>, then 'By Charles Walton for SurgeZirc UK - 3 November 2023' (a day; the publication after 'for'); microdata and JSON-LD blocks, the declared author 'Charles Walton for SurgeZirc UK'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/surgezirc.co.uk-Storm.html (Apache-2.0).
"""

from datetime import date

url = "https://surgezirc.co.uk/storm-ciaran-hurricane-force-winds-bash-uk-as-dozens-of-flood-warnings-issued/"
timezone = "Europe/London"
lang = "en-GB"
title = "Storm Ciarán: Hurricane-force Winds Bash UK As Dozens Of Flood Warnings Issued"
published = date(2023, 11, 3)
authors = ["Charles Walton"]
