"""A magazine interview of 2009: an empty logo <h1> then the headline <h1> 'BERKELEY BREATHED', 'Published December, 2009' above it (a month only: the date is not scored) and 'INTERVIEW BY JESSE PEARSON, PHOTO BY JODY BOYMAN' under it (the interviewer is the author, the photographer is not); readers' comments with their own dates below.

Page: peterc/pismo @ 2f37aab1393a9d20f27b60f1f7ee4231da8ca962 : test/corpus/cant_read.html (Apache-2.0).
"""

url = "http://www.viceland.com/int/v16n12/htdocs/berkeley-breathed-273.php"
timezone = "America/New_York"
lang = "en"
title = "BERKELEY BREATHED"
authors = ["Jesse Pearson"]
