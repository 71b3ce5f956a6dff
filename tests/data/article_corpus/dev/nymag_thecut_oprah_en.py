"""A magazine blog post (2012): '10/16/12 at 1:13 PM' (a US-style date and the local time) in a list above the <h1>, after the previous post's link; 'By' and the name 'Charlotte Cowles' on their own lines under it; <meta name="author"> agrees. Three empty <h1>s follow.

Page: peterc/pismo @ 1bb2b0062b595f45d0219154440411820ae3cd18 : test/corpus/nymag.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://nymag.com/thecut/2012/10/oprah-winfrey-got-to-keep-her-shirt-on-it-seems.html"
timezone = "America/New_York"
lang = "en"
title = "Oprah Winfrey Got to Keep Her Shirt On, It Seems"
published = datetime(2012, 10, 16, 17, 13, tzinfo=UTC)  # 10/16/12 at 1:13 PM America/New_York
authors = ["Charlotte Cowles"]
