"""A design magazine's interview (2010): the headline <h1>, 'by Jocelyn K. Glei' (a <span class="name">) under it; <meta name="author"> names the publisher (Behance); no date shown. The address is written from the site's name, the page does not state it.

Page: peterc/pismo @ 925d277cd0779a9e158c4a8881674047801c4101 : test/corpus/zefrank.html (Apache-2.0).
"""

url = "http://the99percent.com/articles/ze-frank-on-imaginary-audiences"
timezone = "America/New_York"
lang = "en"
title = "Ze Frank on Imaginary Audiences"
authors = ["Jocelyn K. Glei"]
