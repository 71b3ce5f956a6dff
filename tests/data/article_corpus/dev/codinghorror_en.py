"""A programmer's Ghost blog, 2014: the blog's <h1> 'Coding Horror' before the post's <h1 class="post-title">, '03 Sep 2014' in a <time datetime="2014-09-03"> above it, 'Written by Jeff Atwood' in the author section at the foot. No embedded metadata, no canonical link.

Page: cantino/ruby-readability @ 90067593e6626d1a17577cb4520411b4bc4ddb71 : spec/fixtures/codinghorror.html (Apache-2.0).
"""

from datetime import date

url = "https://blog.codinghorror.com/standard-flavored-markdown/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Standard Flavored Markdown"
published = date(2014, 9, 3)
authors = ["Jeff Atwood"]
