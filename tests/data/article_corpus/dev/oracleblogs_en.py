"""A company's staff blog, 2012: 'November 23, 2012' in a span before the <h1>, the author's card 'Dave Dice / Senior Research Scientist' after it; <meta name="author">, a zoneless publish_date <meta>; no JSON-LD.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/blog-oracle.html (MIT).
"""

from datetime import date

url = "https://blogs.oracle.com/dave/java-contended-annotation-to-help-reduce-false-sharing"
timezone = "America/Los_Angeles"
lang = "en"
title = "Java @Contended annotation to help reduce false sharing"
published = date(2012, 11, 23)
authors = ["Dave Dice"]
