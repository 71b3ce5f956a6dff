"""A design magazine's house tour: the <h1>, a standfirst, then 'Text by Mayer Rus | Photography by Scott Frances | Produced by Howard Christian' (the writer is the author; the photographer and producer are credits). No date is shown for the article (the dates on the page are other stories'): not scored. <title> adds ' : Architectural Digest'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/architecturaldigest.com1.html (MIT).
"""

url = "http://www.architecturaldigest.com/decor/2015-01/marwan-al-sayed-jan-showers-designed-arizona-home-article"
timezone = "America/New_York"
lang = "en"
title = "An Extraordinary Paradise Valley Residence"
authors = ["Mayer Rus"]
