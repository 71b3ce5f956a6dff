"""'Maya Margit 03/24/2020' under the headline (a name and a day, no labels); the <title> and og:title add ' - The Media Line'.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/Coronavirus_The Media Line.html (Apache-2.0).
"""

from datetime import date

url = "https://themedialine.org/top-stories/coronavirus-treatment-could-be-ready-in-matter-of-months/"
timezone = "Asia/Jerusalem"
lang = "en"
title = "Coronavirus Treatment Could Be Ready in ‘Matter of Months’"
published = date(2020, 3, 24)
authors = ["Maya Margit"]
