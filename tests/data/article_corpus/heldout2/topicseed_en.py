"""'On 6/13/2018 by @lazharichir' under the standfirst: a day (the metadata's 2018-06-12T23:00Z is that midnight in London); the byline is a handle, not a name: not scored. The second <h1> is the newsletter box's.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/topicseed-1/source.html (Apache-2.0).
"""

from datetime import date

url = "https://topicseed.com/blog/content-depth-for-seo"
timezone = "Europe/London"
lang = "en"
title = "Content Depth — Write Comprehensively About Your Core Topics"
published = date(2018, 6, 13)
