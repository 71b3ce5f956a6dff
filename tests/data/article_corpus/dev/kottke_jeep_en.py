"""A link blog's post (2011) with no <h1>: the headline an <h2>, the text, then 'By Jason Kottke •' and 'Apr 22, 2011 at 02:43 pm •' after it (the byline and date at the foot; a zone the page does not name: a day only). No embedded metadata; the address is the site's permalink form (the page does not state it).

Page: peterc/pismo @ c47d11c1e6544b0c84bbc4f8e92d4cd8d7d54da0 : test/corpus/videos.html (Apache-2.0).
"""

from datetime import date

url = "http://kottke.org/11/04/it-takes-four-minutes-to-disassemble-and-then-reassemble-a-jeep"
timezone = "America/New_York"
lang = "en"
title = "It takes four minutes to disassemble and then reassemble a Jeep"
published = date(2011, 4, 22)
authors = ["Jason Kottke"]
