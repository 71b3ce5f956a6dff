"""An essay on a personal site (2003, saved 2010): the site's name is the only <h1>; the headline, 'by Joel Spolsky' and 'Wednesday, October 08, 2003' on lines of their own above the text. No embedded metadata.

Page: peterc/pismo @ c51affa290b15c31ba5c5864dc5a5b293bfdd6f0 : test/corpus/spolsky.html (Apache-2.0).
"""

from datetime import date

url = "http://www.joelonsoftware.com/articles/Unicode.html"
timezone = "America/New_York"
lang = "en"
title = "The Absolute Minimum Every Software Developer Absolutely, Positively Must Know About Unicode and Character Sets (No Excuses!)"
published = date(2003, 10, 8)
authors = ["Joel Spolsky"]
