"""Blogger (Google AI Blog): the <h1> is 'Blog'; the post's title, then 'Monday, August 3, 2020'; the post body (held in the page as a template the script shows) opens 'Posted by Jiawen Chen and Sam Hasinoff, Software Engineers, Google Research'.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/en/html/blog-googleai-live-hdr-and-dual-exposure-controls-on.html (no licence stated).
"""

from datetime import date

url = "http://ai.googleblog.com/2020/08/live-hdr-and-dual-exposure-controls-on.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Live HDR+ and Dual Exposure Controls on Pixel 4 and 4a"
published = date(2020, 8, 3)
authors = ["Jiawen Chen", "Sam Hasinoff"]
