"""'January 29th, 2013 in Pop' under the headline; a lyrics blog with no byline: author not scored.

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_allnewlyrics1.html (Apache-2.0).
"""

from datetime import date

url = "http://allnewlyrics.com/only-one-lyrics-pj-morton-ft-stevie-wonder.html"
timezone = "America/New_York"
lang = "en"
title = "“Only One” Lyrics : PJ Morton (Ft. Stevie Wonder)"
published = date(2013, 1, 29)
