"""'October 22, 2019 report' above the headline, 'by Bob Yirka , Phys.org' under it: a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/phys.org.tool.html (Apache-2.0).
"""

from datetime import date

url = "https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html"
timezone = "UTC"
lang = "en"
title = "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking"
published = date(2019, 10, 22)
authors = ["Bob Yirka"]
