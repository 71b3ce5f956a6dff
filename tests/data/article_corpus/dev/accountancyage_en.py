"""'by Rose Orlik' and '26 Sep 2011' under the headline; the comments below carry 'Posted by: …, 27 Sep 2011 | 15:22' lines (not the article's); og:title is the headline, the <title> adds the date and the site.

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_issue25.html (Apache-2.0).
"""

from datetime import date

url = "http://www.accountancyage.com/aa/analysis/2111729/institutes-ifrs-bang"
timezone = "Europe/London"
lang = "en"
title = "Institutes get behind IFRS big bang"
published = date(2011, 9, 26)
authors = ["Rose Orlik"]
