"""A trader's WordPress blog: a breadcrumb and 'Last updated on June 21, 2018' under the <h1> (an update: the date is not scored; article:published_time says 2016-11-01), the comments' <time>s below. No byline (the site is named after its author, who signs no post): authors not scored. og:title adds the site's name.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/timothysykes-keepol.html (MIT).
"""

url = "https://www.timothysykes.com/blog/10-things-know-short-selling/"
timezone = "America/New_York"
lang = "en"
title = "10 Things You Should Know About Short Selling"
