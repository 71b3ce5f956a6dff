"""'Tuesday 15 October 2019 by Bradley M. Kuhn' under the <h1>, 'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.' below (no zone named): the day. The saved page names no address of its own: the blog's.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/ebb-org/source.html (Apache-2.0).
"""

from datetime import date

url = "http://ebb.org/bkuhn/blog/"
timezone = "America/New_York"
lang = "en-US"
title = "On Recent Controversial Events"
published = date(2019, 10, 15)
authors = ["Bradley M. Kuhn"]
