"""A PIXNET blog post: 'Dec 28 Sat 2013 00:28' over the headline (an <li class="title">; the <h1>s are the platform's logo and the blog's name). No author scored: the byline names the blog ('史蒂文的家_藍天 發表在 痞客邦 PIXNET'), which is also og:site_name. readability's expected-metadata.json has the title with the blog's and platform's names and no date.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/pixnet/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://stevenhgm.pixnet.net/blog/post/39926056"
timezone = "Asia/Taipei"
lang = "zh-TW"
title = "新竹尖石_美樹營地賞楓 (2)"
published = datetime(2013, 12, 27, 16, 28, tzinfo=UTC)
