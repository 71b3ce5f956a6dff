"""The <h1 class="entry-title">; after the post, 'Published by Daniel Lemire' and 'Posted on August 2, 2019 ... Author Daniel Lemire': a day (the later dates are comments').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lemire.me.json.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://lemire.me/blog/2019/08/02/json-parsing-simdjson-vs-json-for-modern-c/"
timezone = "America/Toronto"
lang = "en-US"
title = "JSON parsing: simdjson vs. JSON for Modern C++"
published = date(2019, 8, 2)
authors = ["Daniel Lemire"]
